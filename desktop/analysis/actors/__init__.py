"""Actors: named people, organisations, places and groups, one per real-world entity.

spaCy's small model finds the names; the rules in this package clean, type and merge them.
Read the modules in this order, each answering one question:

- `candidates`: where are the names? The model's entities and the names it missed.
- `bounds`: where does a name start and end, and does a span name an actor at all?
  ("President Donald Trump" → Donald Trump; "Heineken Cup" is an event, no actor.)
- `things`: which names name things, not actors? ("the Kepler telescope", "the Treaty of
  Lisbon", "the Dow Jones index", "the Child Savings Bond scheme", "Athletics' ruling body")
- `works`: which names are titles of films, shows, books or awards ("the comedy Tallow Street",
  "Lantern star Moira Kenning", "CSI: Miami", "the Golden Globes"): no actors at all.
- `kinds`: what kind of actor is it? ("Trump" tagged ORG is the person named earlier;
  "Parma beat Lazio 2-1": the town's team.)
- `joining`: which mentions are one actor? ("U.S." = United States; a bare surname goes to
  the nearest full name before it; two people with one surname stay apart.)
- `resolver`: the pipeline that runs them in order.

`words` holds the small word lists they take as evidence; `candidate` the candidate type and
the per-document context. Roles are facts, read in ..facts.
"""
from .resolver import ActorResolver

__all__ = ["ActorResolver"]
