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
