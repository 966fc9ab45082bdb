"""`make bench`: every benchmark, one after another, printing their numbers."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    ("Extraction quality (hand-annotated gold set)", ["extraction_eval.py"]),
    ("Analysis speed (shared corpus, first 400 articles)", ["analysis_speed.py", "--limit", "400"]),
    ("Near-linear analysis of hostile text (growth per doubling of the input)", ["linearity.py"]),
    ("Open a file → first highlights painted → all highlights (470, 5,000, 20,000 words)", ["open_to_highlights.py"]),
    ("First screen first: how often the first screen's highlights change (whole corpus)",
     ["first_screen.py", "--limit", "2370"]),
    ("Both cores: extract --jobs 1 vs --jobs 2 on 200 corpus articles, peak memory, one long article",
     ["pool_throughput.py", "--pairs", "2"]),
    ("The command line on hostile files (1 MB paragraph, 3,000 quotes, 5,000-level HTML, 20 MB)",
     ["hostile_cli.py"]),
    ("Longest GUI-thread stall while 200 corpus articles are imported into the window", ["import_stall.py"]),
    ("What each spaCy component costs on a 5,000-word article", ["pipeline_components.py"]),
    ("Memory while opening and closing 500 articles", ["memory_open_close.py"]),
    ("Search index over the whole shared corpus (analysis takes a few minutes)", ["search_bench.py"]),
    ("Library: start-up, memory, queries and size at 2,370 and 23,700 articles; import on one core and on all",
     ["library_bench.py"]),
]

failed = 0
for title, args in BENCHMARKS:
    print(f"\n== {title}", flush=True)
    failed |= subprocess.call([sys.executable, str(HERE / args[0]), *args[1:]]) != 0
sys.exit(1 if failed else 0)
