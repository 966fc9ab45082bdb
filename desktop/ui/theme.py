"""Colours and palettes. Entity colours follow the Okabe–Ito colour-blind-safe set, with a
darker variant for light backgrounds and a lighter one for dark backgrounds."""
from __future__ import annotations

from dataclasses import dataclass, field
from PySide6.QtCore import Qt

from ..paths import bundled
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

RESOURCES = bundled("resources")


@dataclass(frozen=True)
class Theme:
    name: str  # "light" | "dark"
    window: str
    base: str  # reading surface
    text: str
    muted: str
    accent: str
    quote_bg: str
    quote_bar: str
    highlight_bg: str  # user highlights (notes)
    flash_bg: str
    entity: dict[str, str]  # actor type → foreground/underline colour
    entity_bg: dict[str, str]  # actor type → faint background tint
    # The user's highlight colours (notes.COLOURS) as backgrounds that `text` reads on.
    highlights: dict[str, str] = field(default_factory=dict)
    # The same colours as small dots (colour menus, the Notes tab): a fill saturated enough to
    # tell the five apart and a ring that stands out from `window` and `base` (WCAG 2.1's 3:1
    # for graphics, SC 1.4.11). The pale highlight backgrounds above vanish as dots.
    marks: dict[str, tuple[str, str]] = field(default_factory=dict)  # colour → (fill, ring)
    # Reported (indirect) speech: the reporter's words, so a cool, quieter tint than a quote's
    # warm one (a quote inside it keeps its own); `reported_bar` is its legend swatch.
    reported_bg: str = "#e9eef4"
    reported_bar: str = "#5d7088"
    # Search and find hits: orange, apart from every highlight colour the user picks (a user
    # test found hits and yellow highlights the same olive in the dark theme), the current hit
    # a stronger orange with its own ink.
    hit_bg: str = "#f0a830"
    hit_ink: str = "#1f1d1a"
    hit_current_bg: str = "#f05000"
    hit_current_ink: str = "#1f1d1a"

    def highlight(self, colour: str) -> str:
        return self.highlights.get(colour, self.highlight_bg)

    def mark(self, colour: str) -> tuple[str, str]:
        """(fill, ring) of the dot that stands for a highlight colour."""
        return self.marks.get(colour, (self.highlight(colour), self.text))

    @property
    def is_dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light", window="#f3f1ec", base="#fffdf8", text="#1f1d1a", muted="#6b665e",
    accent="#0b5cad", quote_bg="#f6e3d3", quote_bar="#b07d12", highlight_bg="#fffa99",
    flash_bg="#ffd54f",
    entity={"person": "#005a8f", "organisation": "#a6420a", "place": "#00704f", "group": "#8e3f73"},
    entity_bg={"person": "#e3f0fa", "organisation": "#fbe9de", "place": "#ddf3ea", "group": "#f6e6f0"},
    highlights={"yellow": "#fffa99", "green": "#d3f0c4", "blue": "#a3bbff", "pink": "#fbcbe4", "purple": "#cdb6e7"},
    marks={"yellow": ("#f2c200", "#8a6d00"), "green": ("#4caf50", "#2e6b31"), "blue": ("#3b82f6", "#1d4ed8"),
           "pink": ("#ec4899", "#a3195b"), "purple": ("#8b5cf6", "#5b21b6")},
    reported_bg="#e9eef4", reported_bar="#5d7088",
)
DARK = Theme(
    name="dark", window="#1e1f22", base="#25262a", text="#e8e6e1", muted="#a09b92",
    accent="#6cb4ff", quote_bg="#3d3020", quote_bar="#e0b040", highlight_bg="#635e1d",
    flash_bg="#7a6410",
    entity={"person": "#7cc4f2", "organisation": "#f0a868", "place": "#5fd6a8", "group": "#eaa6cf"},
    entity_bg={"person": "#20384a", "organisation": "#4a3020", "place": "#1d4236", "group": "#44283b"},
    highlights={"yellow": "#635e1d", "green": "#2c4a26", "blue": "#004ba8", "pink": "#5a2640", "purple": "#634b7c"},
    # bright fills read on the dark window; the dark ring keeps a dot visible on a selected
    # (light blue) row
    marks={"yellow": ("#f5d142", "#141517"), "green": ("#7bd88f", "#141517"), "blue": ("#6cb4ff", "#141517"),
           "pink": ("#f58fb8", "#141517"), "purple": ("#b39dff", "#141517")},
    reported_bg="#2f343c", reported_bar="#9cb0c9",
    hit_bg="#a84800", hit_ink="#f5f1e6", hit_current_bg="#ffb000", hit_current_ink="#141517",
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_theme(choice: str) -> Theme:
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


def apply_theme(app: QApplication, theme: Theme, force_palette: bool) -> None:
    """Use the system palette unless a theme was chosen explicitly; Fusion gives the same
    look on every platform when we do set colours ourselves."""
    if force_palette:
        app.setStyle("Fusion")
        app.setPalette(_palette(theme))
    qss = RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@accent", theme.accent)
                          .replace("@muted", theme.muted).replace("@window", theme.window)
                          .replace("@base", theme.base).replace("@text", theme.text)
                          .replace("@tab_close", (RESOURCES / "icons" / f"tab-close-{theme.name}.svg").as_posix()))


def on_accent(theme: Theme) -> str:
    """Text on the accent colour (a selected row): white on the light theme's deep blue, the
    dark window colour on the dark theme's light blue — whichever reads better."""
    from ..colors import contrast_ratio

    return max(("#ffffff", theme.window, theme.text), key=lambda c: contrast_ratio(c, theme.accent))


def _palette(theme: Theme) -> QPalette:
    pal = QPalette()
    window, base, text = QColor(theme.window), QColor(theme.base), QColor(theme.text)
    muted = QColor(theme.muted)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, window)
        pal.setColor(group, QPalette.ColorRole.WindowText, text)
        pal.setColor(group, QPalette.ColorRole.Base, base)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, window)
        pal.setColor(group, QPalette.ColorRole.Text, text)
        pal.setColor(group, QPalette.ColorRole.Button, window)
        pal.setColor(group, QPalette.ColorRole.ButtonText, text)
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        pal.setColor(group, QPalette.ColorRole.ToolTipText, text)
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        pal.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.accent))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(on_accent(theme)))
        pal.setColor(group, QPalette.ColorRole.Link, QColor(theme.accent))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, muted)
    return pal
