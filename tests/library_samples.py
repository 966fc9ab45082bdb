"""One small article and its analysis written by hand (no spaCy), for the library's tests.

A module of its own, importing nothing of pytest's: test_library_faults' child processes
import it twenty times, and pytest's import cost them ~0.2 CPU-s each."""
from desktop.analysis.types import Actor, Analysis, Fact, Mention, Quote, Speaker

TEXT = 'Mark Carney spoke first.\n\n"We are ready," Carney said on Monday.'


def carney_analysis(text=TEXT) -> Analysis:
    start = text.index("Carney said")
    actor = Actor("p1", "Mark Carney", "person", ["Carney"],
                  [Mention(0, 11, "Mark Carney", "p1", (0, 24)), Mention(start, start + 6, "Carney", "p1", (26, len(text)))])
    q0 = text.index("We are")
    quote = Quote("q1", q0, q0 + 13, "We are ready,", "direct", False, Speaker("Carney", "p1", start, start + 6),
                  "said", (26, len(text)), ((q0, q0 + 13),))
    fact = Fact("date", text.index("Monday"), text.index("Monday") + 6, "Monday", None, None, (26, len(text)))
    return Analysis([actor], [quote], [fact], analysed_chars=len(text))
