"""Where bundled files live: inside the installed package, or beside it in a checkout."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """`resources` or `seeds`: installed as desktop/<name>, kept at the repository root."""
    installed = PACKAGE / name
    return installed if installed.is_dir() else PACKAGE.parent / name
