"""Where a name ends and begins, on shapes read on heldout20 after it was opened (sentences
invented): an age glued on by a comma, a body and a person joined by "and", a plural noun for
people before a list of names."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


@pytest.mark.parametrize("sentence, present, absent", [
    ("The campers include singer Mara Quell,29, and chef Dov Arnett,41, who arrived on Monday.",
     {"Mara Quell", "Dov Arnett"}, {"Mara Quell,29", "Dov Arnett,41"}),
    ("The winners were Lise Harrow,23, and Dov Arnett,31.", {"Lise Harrow", "Dov Arnett"},
     {"Lise Harrow,23", "Dov Arnett,31"}),
    ("Finalists Mara Quell, Dov Arnett and Lise Harrow met on Sunday.", {"Mara Quell", "Dov Arnett", "Lise Harrow"},
     {"Finalists Mara Quell"}),
    ("Judges from the University of Dunmore and Pavel Ostrow wrote the report.",
     {"University of Dunmore", "Pavel Ostrow"}, {"University of Dunmore and Pavel Ostrow"}),
    ("Contestants Mara Quell, Dov Arnett and Lise Harrow will sleep in the camp.",
     {"Mara Quell", "Dov Arnett", "Lise Harrow"}, {"Contestants Mara Quell"}),
    # Negatives: a body whose name goes on after "and", a comma with a space, a one-word name.
    ("The National Commission for Museums and Monuments opened the hall.",
     {"National Commission for Museums and Monuments"}, set()),
    ("Mara Quell, 29, and Dov Arnett, 41, arrived on Monday.", {"Mara Quell", "Dov Arnett"}, set()),
])
def test_name_edges(sentence, present, absent):
    names = {a.name for a in analyze(article_from_text(sentence, "T")).actors}
    assert present <= names, names
    assert not (absent & names), names
