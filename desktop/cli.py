"""Command line: `python -m desktop [FILES…]` opens the window; subcommands work headless."""
from __future__ import annotations

import argparse
import sys

from . import APP_NAME, __version__

SUBCOMMANDS = ("extract", "search", "export", "actors", "quotes", "library")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        from . import commands

        return commands.run(argv[0], argv[1:])
    return _gui(argv)


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description=f"{APP_NAME}: a reading assistant for news. Subcommands: {', '.join(SUBCOMMANDS)}.",
    )
    parser.add_argument("files", nargs="*", help="articles to open (.txt, .md, .html)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--size", default="1280x800", type=_size, help="window size for --screenshot, e.g. 900x600")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system")
    parser.add_argument("--filter", metavar="ACTOR", help="with --screenshot: filter the view to this actor")
    parser.add_argument("--search", metavar="QUERY", help="with --screenshot: search and open the first hit")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    args = parser.parse_args(argv)
    from .ui.app import run_gui

    return run_gui(args.files, screenshot=args.screenshot, size=args.size, theme=args.theme,
                   filter_actor=args.filter, search=args.search)


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected WIDTHxHEIGHT, e.g. 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height
