"""Kill -9 in the middle of library writes: every committed article survives and the file opens."""
import os
import random
import signal
import subprocess
import sys
import time

from desktop.library import Library

from .conftest import ROOT

# The child imports articles as fast as it can — text with its path, then the analysis (the two
# writes an import makes) — and prints each article's id once its transaction has returned.
CHILD = r"""
import sys
sys.path.insert(0, {root!r})
from desktop.article import article_from_text
from desktop.library import Library
from tests.library_samples import carney_analysis, TEXT

store = Library({db!r})
print("ready", flush=True)
n = int({start})
while True:
    text = TEXT + f"\n\nArticle number {{n}} of the import, with a paragraph to index." * 3
    article = article_from_text(text, f"Import {{n}}")
    store.add(article, f"/imported/{{n}}.txt")
    store.set_analysis(article.id, carney_analysis(text))
    print(article.id, flush=True)
    n += 1
"""


def test_kill_during_import_loses_nothing_committed(tmp_path):
    db = tmp_path / "library.sqlite3"
    rng = random.Random(16)
    committed: list[str] = []
    for round_ in range(20):
        child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), db=str(db), start=round_ * 10_000)],
                                 stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))  # somewhere inside a write, sooner or later
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=60)
        committed += [line for line in out.split() if len(line) == 16]
        store = Library(db)  # opens without complaint, after every kill
        try:
            assert store.warning == "" and not store.in_memory
            assert store._read_db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            present = set(store.ids())
            assert set(committed) <= present, f"round {round_}: lost {set(committed) - present}"
            if committed:  # the last committed write (an analysis) is there, and searchable
                assert store.analysis(committed[-1]) is not None
                assert store.search('speaker:"Mark Carney"').hits
            # the index is never out of step with the articles: they are written together
            indexed = store._read_db.execute("SELECT count(*) FROM index_rows").fetchone()[0]
            assert indexed == len(present)
        finally:
            store.close()
    assert len(committed) > 20  # the child did get work done between kills
