"""The command line on hostile files: `python -m desktop extract FILE`, start to exit.

    python benchmarks/hostile_cli.py [--json]

Issue 17's target: each of these files is handled (analysed, or refused with a message) in
under 10 s on an idle 2-core machine. The files are the ones the hardening tests generate
(`tests/bad_inputs.py`): one 1 MB paragraph, 3,000 quotations, HTML nested 5,000 levels deep,
a 20 MB file. Wall time includes Python's and the model's start-up, as a user waits for it;
CPU time is that of the whole process tree (the command starts worker processes), which a busy
machine disturbs less. The load average is printed beside the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from bad_inputs import CASES  # noqa: E402

FILES = ("one_mb_paragraph.txt", "three_thousand_quotes.txt", "deep_nesting.html", "twenty_mb.txt")
TARGET_SECONDS = 10.0


def run(path: Path) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "desktop", "extract", str(path)], cwd=ROOT,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    message = (proc.stderr.strip().splitlines() or [""])[-1]
    return {"file": path.name, "bytes": path.stat().st_size, "exit": proc.returncode,
            "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "output_bytes": len(proc.stdout), "message": message[:160]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for name in FILES:
            path = Path(tmp) / name
            content = CASES[name]
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
            results.append(run(path))
    if args.json:
        print(json.dumps({"load": load, "target_seconds": TARGET_SECONDS, "files": results}, indent=2))
        return 0
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores; "
          f"target: each file handled in < {TARGET_SECONDS:.0f} s on an idle machine")
    for r in results:
        verdict = "met" if r["seconds"] < TARGET_SECONDS else "NOT met"
        what = "analysed" if r["exit"] == 0 else f"refused (exit {r['exit']}: {r['message']})"
        print(f"{r['file']:<28} {r['bytes'] / 1e6:6.1f} MB  {r['seconds']:6.2f} s wall  {r['cpu_seconds']:6.2f} s CPU  "
              f"{what}  [{verdict}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
