"""Exports link back to their article from wherever they are read: the command line writes the
same absolute file:// back-links and source as the window, and one date form in front matter."""
import datetime as dt
import os

import pytest
import yaml

from desktop.article import article_from_text
from desktop.export import ExportItem, note_link, render
from desktop.loaders import load_article
from desktop.notes import Note, NotesStore

ARTICLE = "---\ntitle: Tide tables\ndate: {date}\n---\n\nThe harbour master said the tide tables were wrong.\n"


@pytest.mark.parametrize("written, expected", [
    ("14 March 2026", dt.date(2026, 3, 14)),
    ("2026-06-19", dt.date(2026, 6, 19)),
    ("Mon, 2 May 2022 10:00:00 GMT", dt.date(2022, 5, 2)),
    ("March 2026", "2026-03"),
    ("sometime last spring", "sometime last spring"),  # cannot be read: as written
])
def test_front_matter_date_has_one_form(written, expected):
    article = article_from_text("Body text.", "Tide tables", date=written)
    front = render([ExportItem(article, None, [])], "md").split("\n---\n", 1)[0].removeprefix("---\n")
    assert yaml.safe_load(front)["date"] == expected


def test_cli_export_links_back_with_absolute_file_uris(tmp_path, cli_here, monkeypatch):
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "tides.md"
    source.write_text(ARTICLE.format(date="14 March 2026"), encoding="utf-8")
    article = load_article(source)
    notes = NotesStore(str(tmp_path / "notes.sqlite3"))
    start = article.text.index("tide tables")
    note = notes.add(Note(article.id, start, start + 11, "tide tables"))
    notes.close()
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)  # relative paths, as a user in that folder types them (in this process)
    result = cli_here("export", os.path.join("in", "tides.md"), "-o", "out/x.md",
                      "--notes", str(tmp_path / "notes.sqlite3"), text=True)
    assert result.returncode == 0, result.stderr
    markdown = (tmp_path / "out" / "x.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(markdown.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert meta["source"] == str(source) and meta["date"] == dt.date(2026, 3, 14)
    window_article = load_article(str(source))  # the window opens absolute paths
    assert note_link(window_article, note) in markdown
    assert f"<{source.as_uri()}#chars={start}-{start + 11}>" in markdown
