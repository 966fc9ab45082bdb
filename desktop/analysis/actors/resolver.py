"""The actor pipeline, top to bottom: find candidate names, decide their types, join them.

Each step is a function of one of this package's modules; the order matters, because later
steps read what earlier ones decided (the surname rules need every full name first).
"""
from __future__ import annotations

from ..arrays import of as arrays_of
from ..names import slug, unique_id
from ..types import Actor, Mention
from .bounds import a_currency_amount_at, a_unit_after_a_number_at, join_dashed_organisations, names_a_product_or_term
from .candidate import Candidate, NameContext
from .candidates import (
    constituencies, outlets_after_a_place, firms_of_two_names, from_entities, joined_at_a_slash, nicknamed_people, possessive_places, initialled_people, known_names, named_by_context, westminster_short_names, party_adjectives, unlabelled_bodies,
    unlabelled_organisations, unlabelled_people,
)
from .joining import assign_keys, canonical_name, join_former_names, join_spelling_variants, one_actor_per_name, share_a_surname
from .works import a_subtitle, titles_of_works
from .kinds import (
    a_group_that_acts, coordinated_with_a_person, corrected_type, employers_before_a_job, fix_person_surnames,
    clubs_listed_with_clubs, placed_by_geography, plurals_take_the_singular_type, team_sheet_people, typed_by_a_class_noun,
)
from .things import acronyms_of_things, names_an_object, products_of_firms, things_everywhere, without_tickets


class ActorResolver:
    """doc → actors with their mentions, and a map from token index to actor id."""

    def resolve(self, doc) -> tuple[list[Actor], dict[int, str]]:
        ctx = NameContext(doc)
        # Where the names are: the model's entities first, then the names it missed.
        candidates = possessive_places(ctx.doc, from_entities(ctx))  # "[Hawke]'s [Bay]" → Hawke's Bay
        candidates = nicknamed_people(ctx.doc, candidates)  # '[Ana] "Nan" [Ruiz]' → one person
        candidates += known_names(doc, candidates)
        candidates += westminster_short_names(ctx, candidates)
        candidates += unlabelled_organisations(ctx, candidates)
        candidates += unlabelled_people(ctx, candidates)
        candidates += unlabelled_bodies(doc, candidates)
        candidates += party_adjectives(ctx, candidates)
        candidates += initialled_people(ctx, candidates)
        candidates += named_by_context(ctx, candidates)
        candidates = joined_at_a_slash(doc, candidates)  # "[AB]/CD" → AB/CD
        candidates = constituencies(doc, candidates)  # "the MP for [Tatton] and [Knutsford]" → one place
        candidates = outlets_after_a_place(doc, candidates)  # "according to [Hollywood] Reporter"
        candidates = firms_of_two_names(doc, candidates)  # "… Harlow Tobacco and Brown and Whitcombe"
        # Which names are no actors: things, schemes, laws (things), titles of works (works).
        things = acronyms_of_things(doc)
        objects = things_everywhere(doc, candidates)  # "the Tarvo worm" … "hit by Tarvo"
        objects |= products_of_firms(doc, candidates)  # "Nintendo's DS"
        # (pure tests, the cheap set lookups first)
        candidates = [c for c in candidates if c.text.split()[0] not in things and c.text not in objects
                      and not names_an_object(doc, c)
                      and not (c.token_end - c.token_start == 1 and names_a_product_or_term(doc, doc[c.token_start]))
                      and not a_currency_amount_at(doc, c.token_start, c.token_end)  # "CHF 12,500", found as an acronym
                      and not a_unit_after_a_number_at(doc, c.token_start, c.token_end)]  # "1.8GB"
        works = titles_of_works(ctx, candidates)  # "the comedy Tallow Street", "Lantern star Moira Kenning"
        candidates = [c for c in candidates if c.text not in works and not a_subtitle(doc, c)]  # "CSI: [Miami]"
        candidates = join_dashed_organisations(doc, candidates)
        # What each name is.
        for c in candidates:
            c.type = corrected_type(doc, c)
        typed_by_a_class_noun(doc, candidates)  # "technology firms Quillo and Brightnet"
        coordinated_with_a_person(doc, candidates)  # "written by Lionel Quarry and Michael Jansen"
        placed_by_geography(doc, candidates)  # "east of Bantaral", "from Marabo to Havana"
        clubs_listed_with_clubs(doc, candidates)  # "runners-up Manchester United and Liverpool"
        employers_before_a_job(doc, candidates)  # "former Qwenta boss Mikhail Orlov"
        candidates += team_sheet_people(doc, candidates)  # "Subs: Wright, Pistone, Weir …"
        plurals_take_the_singular_type(candidates)
        fix_person_surnames(ctx, candidates)
        share_a_surname(doc, candidates)
        candidates = without_tickets(candidates)
        # Which mentions are one actor.
        candidates.sort(key=lambda c: c.start)
        assign_keys(ctx, candidates)
        join_spelling_variants(candidates)
        join_former_names(doc, candidates)  # "founded in 1987 as the Ratepayers League"
        return self._build_actors(doc, candidates)

    def _build_actors(self, doc, candidates: list[Candidate]) -> tuple[list[Actor], dict[int, str]]:
        clusters: dict[str, list[Candidate]] = {}
        for c in candidates:
            clusters.setdefault(c.key, []).append(c)
        clusters = one_actor_per_name(clusters)
        clusters = {key: members for key, members in clusters.items()
                    if members[0].type != "group" or a_group_that_acts(doc, members)}
        actors: list[Actor] = []
        token_actor: dict[int, str] = {}
        used_ids: set[str] = set()
        for key, members in clusters.items():
            name = canonical_name(key, members)
            actor_id = unique_id(slug(members[0].type, name), used_ids)
            seen: set[tuple[int, int]] = set()
            mentions = []
            for m in members:
                if (m.start, m.end) in seen:
                    continue
                seen.add((m.start, m.end))
                sent = arrays_of(doc).sent(m.token_start)
                mentions.append(Mention(m.start, m.end, m.text, actor_id, (sent.start_char, sent.end_char)))
                for i in range(m.token_start, m.token_end):
                    token_actor[i] = actor_id
            aliases = sorted({m.text for m in mentions} - {name})
            actors.append(Actor(actor_id, name, members[0].type, aliases, mentions))
        actors.sort(key=lambda a: a.mentions[0].start)
        return actors, token_actor
