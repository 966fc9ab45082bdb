"""`make bench`: every benchmark, one after another, printing their numbers."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    ("Extraction quality (hand-annotated gold set)", ["extraction_eval.py"]),
    ("Analysis speed (shared corpus, first 400 articles)", ["analysis_speed.py", "--limit", "400"]),
    ("Near-linear analysis of hostile text (growth per doubling of the input)", ["linearity.py"]),
    ("Open a file → first paint → highlights", ["open_to_highlights.py"]),
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
