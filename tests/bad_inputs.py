"""A corpus of hostile and broken inputs, generated in code (no large binaries in git)."""
from __future__ import annotations

import codecs
from pathlib import Path


def _deep_html(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + "<p>Deep text said nobody.</p>" + "</div>" * levels + "</body></html>"


def _many_quotes(n: int) -> str:
    return "\n\n".join(f'"Quote number {i} is here," said Speaker{i % 7} Person.' for i in range(n))


CASES: dict[str, bytes | str] = {
    "binary.txt": bytes(range(256)) * 64,
    "image_renamed.md": b"\x89PNG\r\n\x1a\n" + bytes(4096),
    "empty.txt": b"",
    "whitespace.md": b"   \n\n\t  \r\n  ",
    "one_mb_paragraph.txt": ("word " * 210_000).encode(),
    "twenty_mb.txt": b"A paragraph of text.\n\n" * 1_000_000,
    "utf16_bom.txt": codecs.BOM_UTF16_LE + "Hello “world”, said Zoë Ångström.\n\nSecond.".encode("utf-16-le"),
    "cp1252.txt": "Caf\u00e9 owner Ren\u00e9e said \u201cno\u201d.\n\nMore text \u2013 here.".encode("cp1252"),
    "invalid_utf8.txt": b"Valid start \xff\xfe\xfa invalid bytes\n\nmore \xc3\x28 text",
    "nul_bytes.txt": b"Text with \x00 NUL \x00 bytes inside",
    "crlf_cr.txt": b"Headline\r\n\r\nFirst line.\rSecond line after lone CR.\r\n\r\nThird paragraph.",
    "rtl.txt": "عنوان الخبر\n\nقال الوزير \"هذا يوم تاريخي\" للصحفيين.\n\nשלום עולם".encode(),
    "emoji_zero_width.txt": "Emoji 🎉🇺🇦 text\u200b with zero\u200d width\ufeff chars.\n\n\"Quote 🙂,\" said Ana Ruiz.".encode(),
    "unclosed_quotes.txt": b'"This never closes.\n\nNor "this one.\n\n"Nested \'single\' and "double" inside," she said.',
    "three_thousand_quotes.txt": _many_quotes(3000).encode(),
    "deep_nesting.html": _deep_html(5000).encode(),
    "hostile.html": (b"<html><head><script>alert(1)</script><style>body{background:url(http://evil.invalid/x.png)}"
                     b"</style><link rel=stylesheet href=http://evil.invalid/x.css></head><body>"
                     b"<iframe src=http://evil.invalid></iframe><p onclick=\"steal()\">Click "
                     b"<a href=\"javascript:alert(1)\">here</a> <img src=http://evil.invalid/t.gif "
                     b"onerror=alert(1)> for <b style=\"background:url(http://evil.invalid/y)\">news</b>.</p>"
                     b"<form action=http://evil.invalid><input name=x></form></body></html>"),
    "raw_html.md": (b"# Title\n\n<script>alert(1)</script>\n\nText with ![remote](http://evil.invalid/i.png) image "
                    b"and <img src=\"http://evil.invalid/j.png\"> tag.\n\n<iframe src=http://evil.invalid></iframe>"),
}


def write_cases(folder: Path) -> dict[str, Path]:
    paths = {}
    for name, content in CASES.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        paths[name] = path
    return paths


# ---------------------------------------------------------------------------- special paths
ARTICLE_TEXT = b'Mayor Ines Duarte said "the quay reopens on Monday" to the council.\n\nSecond paragraph.'
NON_UTF8_NAME = b"caf\xe9 council.txt"  # Latin-1 bytes: not valid UTF-8


def write_special_paths(folder: Path) -> dict[str, Path]:
    """Paths that are not plain readable files, made at test time: a FIFO named like an
    article, a socket, a device (through a link, so no mknod is needed), symbolic-link loops,
    a folder named like an article, a name with a newline, a name that is not UTF-8, a file
    without read permission (root still reads it: tests say so), and a readable article."""
    import os
    import socket

    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    paths["fifo"] = folder / "f.txt"
    os.mkfifo(paths["fifo"])
    paths["socket"] = folder / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(paths["socket"]))
    server.close()  # the socket file stays
    paths["device"] = folder / "zero.txt"
    os.symlink("/dev/zero", paths["device"])
    paths["self_loop"] = folder / "loop.txt"
    os.symlink(paths["self_loop"].name, paths["self_loop"])
    paths["pair_loop"] = folder / "ping.md"
    os.symlink("pong.md", paths["pair_loop"])
    os.symlink("ping.md", folder / "pong.md")
    paths["folder"] = folder / "folder.txt"
    paths["folder"].mkdir()
    paths["newline"] = folder / "two\nlines.txt"
    paths["newline"].write_bytes(bytes(range(256)) * 8)  # binary: refused with one line
    paths["non_utf8"] = Path(os.fsdecode(os.path.join(os.fsencode(folder), NON_UTF8_NAME)))
    paths["non_utf8"].write_bytes(ARTICLE_TEXT)
    paths["no_permission"] = folder / "secret.txt"
    paths["no_permission"].write_bytes(ARTICLE_TEXT.replace(b"Mayor", b"Deputy"))
    paths["no_permission"].chmod(0)
    paths["folder_loop"] = folder / "back"
    os.symlink(".", paths["folder_loop"])  # a link to its own folder: walking must not follow it
    return paths


# What loading each special path must say (a fragment of the one-line message).
SPECIAL_REFUSALS = {
    "fifo": "named pipe", "socket": "socket", "device": "device", "self_loop": "link loop",
    "pair_loop": "link loop", "folder": "folder", "newline": "binary",
}
