"""The article view: renders an `Article` into a QTextDocument with reading typography.

The document holds the title and a meta line, then one block per paragraph. Offsets into
`Article.text` map to document positions through `OffsetMap`: each paragraph separator is
two characters in the article ("\\n\\n") and one block break in the document.
"""
from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush, QColor, QCursor, QFont, QPainter, QPen, QPolygon, QResizeEvent, QTextBlockFormat, QTextCharFormat,
    QTextCursor, QTextDocument, QTextListFormat,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QToolTip

from ..analysis.types import Analysis
from ..article import Article
from ..dates import reading_date
from ..notes import hashtag
from ..search import speakers_of_spans
from ..snapping import snap_to_words
from ..wording import counted
from .theme import Theme

ACTOR_SCHEME = "actor:"
HEADER_BLOCKS = 2  # title and meta line precede paragraph 0
TYPE_LABELS = {"person": "person", "organisation": "organisation", "place": "place", "group": "group"}

READING_WIDTH_PX = 720  # ~70 characters at the body size: a comfortable measure
# How a quote's speaker was decided, in words for the quote's tooltip (see analysis/quotes.py).
HOW_TOLD = {
    "cue-after": "the speech verb after the quote",
    "cue-before": "the speech verb before the quote",
    "colon": "the sentence that leads into the quote with a colon",
    "dash": "the name after a dash",
    "label": "the speaker's label (transcript or round-up)",
    "pronoun": "a pronoun, resolved to the nearest fitting person — check it",
    "running": "the previous quote: the same speaker goes on",
    "context": "the sentence before, which names who is talking — check it",
}


def speech_tooltip(quote, names: dict[str, str]) -> str:
    """What a quote's or a reported statement's tooltip says: what it is, who (and the cue),
    and how the speaker was decided (`Quote.how`, in words from HOW_TOLD)."""
    who = names.get(quote.speaker.actor_id) or quote.speaker.text or "unknown speaker"
    if quote.kind == "direct":
        kind = "Partial quote" if quote.partial else "Quote"
    else:
        kind = "Reported speech"  # the reporter's paraphrase: say so, it is not their words
    how = HOW_TOLD.get(quote.how)
    lines = [f"{kind} — {who}" + (f" ({quote.cue})" if quote.cue else ""),
             f"Attributed by {how}" if how else "No speaker found"]
    if quote.kind != "direct":
        lines.append("In the reporter's words, not a quotation")
    return "\n".join(lines)


FOLD_GAP = 30  # px above a paragraph that follows folded ones: room for the "⋯ folded" marker
# Highlights of a long article are applied in slices of about this many characters, as many
# as fit in SLICE_MS per event-loop turn (the one on screen first): see _apply_formats.
SLICE_CHARS = 6_000
SLICE_MS = 8.0


@dataclass(frozen=True)
class ReaderStyle:
    font_family: str = "DejaVu Serif"
    font_size: float = 12.5
    width_px: int = READING_WIDTH_PX

    def zoomed(self, steps: int) -> "ReaderStyle":
        if steps == 0:
            return replace(self, font_size=ReaderStyle.font_size)
        return replace(self, font_size=min(32.0, max(8.0, self.font_size + steps)))


class OffsetMap:
    """Article offset ↔ document position. Pure arithmetic, no Qt state."""

    def __init__(self, article: Article, body_base: int) -> None:
        self._starts = [p.start for p in article.paragraphs]
        self._base = body_base

    def to_doc(self, offset: int) -> int:
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self._base + offset - index

    def to_article(self, position: int) -> int | None:
        """None for positions in the title/meta header."""
        if position < self._base:
            return None
        # Paragraph i starts at doc position base + start_i - i; find the last one <= position.
        lo, hi = 0, len(self._starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._base + self._starts[mid] - mid <= position:
                lo = mid
            else:
                hi = mid - 1
        return position - self._base + lo


class ArticleView(QTextBrowser):
    """Read-only reader for one article. It renders the spans the core computed; it
    computes nothing itself."""

    actor_clicked = Signal(str, bool)  # actor id, additive (Ctrl held)
    highlight_requested = Signal(int, int, bool)  # start, end, ask for a note
    note_edit_requested = Signal(str)  # note id
    note_delete_requested = Signal(str)  # note id
    highlights_applied = Signal()  # every highlight of the latest request is in the text

    def __init__(self, article: Article, theme: Theme, parent=None, style: ReaderStyle | None = None) -> None:
        super().__init__(parent)
        self._article = article
        self._theme = theme
        self._style = style or ReaderStyle()
        self._offsets: OffsetMap | None = None
        self._analysis: Analysis | None = None
        self._preview: Analysis | None = None  # the first screen's, until the whole article's arrives
        self._formatted = False  # any highlight applied since the text was rendered
        self._format_slices: list[tuple[int, int, bool, list]] = []  # (start, end, reset, spans) to apply
        # The next slice runs on a timer, not a posted call: Qt delivers calls posted while it
        # delivers posted calls in the same pass, so a chain of them never let input (or any
        # timer) in between; a timer's turn comes after the window has had its turn.
        self._format_timer = QTimer(self)
        self._format_timer.setSingleShot(True)
        self._format_timer.setInterval(1)
        self._format_timer.timeout.connect(self._continue_formats)
        self._hidden_blocks: set[int] = set()  # paragraphs folded away
        self._gapped_blocks: set[int] = set()  # shown paragraphs right after folded ones
        self._filter: set[str] = set()
        self._hidden_types: set[str] = set()
        self._fold = False
        self._visible_paragraphs: list[int] | None = None  # None: no filter
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)  # a bound method: no lambda keeping self alive
        self._search_hits: list[tuple[int, int]] = []
        self._hits_are_speech = False  # a speaker: search: the hits are speech; mark who said it
        self._speaker_mark: tuple[int, int] | None = None  # the mention of the hovered quote's speaker
        self._notes: list = []  # the user's highlights (desktop.notes.Note)
        self._hit_index = -1
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName(f"Article: {article.title}")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.anchorClicked.connect(self._on_anchor)
        self._render()

    # ------------------------------------------------------------------ public API
    @property
    def article(self) -> Article:
        return self._article

    @property
    def offsets(self) -> OffsetMap:
        assert self._offsets is not None
        return self._offsets

    def cursor_for_span(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_doc(start))
        cursor.setPosition(self.offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def span_rect(self, start: int, end: int) -> QRect:
        """The span's on-screen rectangle in global coordinates (what a dialog must not cover)."""
        first = self.cursorRect(self.cursor_for_span(start, start))
        last = self.cursorRect(self.cursor_for_span(end, end))
        rect = first.united(last)
        if last.top() > first.top():  # several lines: the whole width of the text column
            rect.setLeft(0)
            rect.setRight(self.viewport().width())
        rect = rect.intersected(self.viewport().rect()) if rect.intersects(self.viewport().rect()) else rect
        return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def scroll_to_offset(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_doc(offset))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_appearance(self, theme: Theme, style: ReaderStyle) -> None:
        """New colours or typography, applied at once; the reading position is kept."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._theme, self._style = theme, style
        self._render()
        self._centre_text()
        self._apply_formats()
        # Lay the new document out at the viewport's width now, so the scroll range is right
        # for the fraction. (QTextDocument.adjustSize() did this at an "ideal" width of its own
        # choosing — wider than a small window at a larger size — and the text stopped wrapping.)
        self.document().setTextWidth(self.viewport().width())
        bar.setValue(int(fraction * bar.maximum()))

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(int(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def restore_scroll_fraction(self, fraction: float) -> None:
        """Scroll to `fraction` and keep it there while the text is laid out: a hidden tab
        has no scroll range yet and a long text's range grows as layout proceeds. The first
        scroll by the user ends it."""
        bar = self.verticalScrollBar()
        applying = [False]

        def follow(_minimum: int = 0, _maximum: int = 0) -> None:
            applying[0] = True
            self.set_scroll_fraction(fraction)
            applying[0] = False

        def moved(_value: int) -> None:
            if not applying[0] and bar.maximum() > 0:
                stop()  # the reader (keys, wheel, a search hit) moved on: leave them there

        def stop() -> None:
            for signal, slot in ((bar.rangeChanged, follow), (bar.valueChanged, moved)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass  # already stopped

        bar.rangeChanged.connect(follow)
        bar.valueChanged.connect(moved)
        follow()

    def flash(self, start: int, end: int, light: bool = True) -> None:
        """Scroll to a span and light it up briefly, so the eye finds it. light=False: a search
        hit, which its own "current" colour marks already (a flash over it hid that colour)."""
        if self._fold and self._visible_paragraphs is not None and \
                self._article.paragraph_at(start) not in self._visible_paragraphs:
            self.set_filter(self._filter, fold=False)
        self.scroll_to_offset(start)
        if not light:
            self.setExtraSelections(self._search_selections())
            return
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for_span(start, end)
        selection.format.setBackground(QColor(self._theme.flash_bg))
        self.setExtraSelections(self._search_selections() + [selection])
        self._flash_timer.start(1200)

    # ------------------------------------------------------------------ search hits
    def set_search_hits(self, spans: list[tuple[int, int]], current: int | None = None,
                        speakers_of_speech: bool = False) -> None:
        """Mark every hit of the current search; `current` (an offset) picks the one to show.
        `speakers_of_speech`: the hits are (in) quotes or reported speech found by speaker:,
        so the mention of each one's speaker is marked too, more quietly (hit_speaker_marks)."""
        self._search_hits = sorted(spans)
        self._hits_are_speech = speakers_of_speech and bool(spans)
        self._hit_index = -1
        if current is not None and self._search_hits:
            self._hit_index = max(0, bisect.bisect_right([s for s, _ in self._search_hits], current) - 1)
        self.setExtraSelections(self._search_selections())

    def step_hit(self, delta: int) -> bool:
        """F3 / Shift+F3: go to the next or previous hit, wrapping around."""
        if not self._search_hits:
            return False
        self._hit_index = (self._hit_index + delta) % len(self._search_hits)
        self.flash(*self._search_hits[self._hit_index], light=False)
        return True

    def step_to(self, index: int) -> None:
        """Show hit number `index` (from 0)."""
        if self._search_hits:
            self._hit_index = index % len(self._search_hits)
            self.flash(*self._search_hits[self._hit_index], light=False)

    @property
    def hit_index(self) -> int:
        return self._hit_index

    def _end_flash(self) -> None:
        self.setExtraSelections(self._search_selections() + self._speaker_selections())

    # ------------------------------------------------------------------ a quote's speaker
    @property
    def marked_speaker(self) -> tuple[int, int] | None:
        """The article span of the speaker mention marked for the hovered or clicked quote."""
        return self._speaker_mark

    def quote_at(self, offset: int | None):
        """The quote under an article offset — a direct one before the reported statement
        around it — or None."""
        if offset is None or self._analysis is None:
            return None
        for kind in ("direct", "reported"):
            for quote in self._analysis.quotes:
                if quote.kind == kind and any(s <= offset < e for s, e in quote.segments or ((quote.start, quote.end),)):
                    return quote
        return None

    def mark_speaker_of(self, quote) -> None:
        """Mark where the quote's speaker is named for it (nothing when unknown)."""
        sp = quote.speaker if quote is not None else None
        mark = (sp.start, sp.end) if sp is not None and sp.start is not None and sp.end is not None else None
        if mark != self._speaker_mark:
            self._speaker_mark = mark
            self.setExtraSelections(self._search_selections() + self._speaker_selections())

    def _speaker_selections(self) -> list:
        if self._speaker_mark is None or not 0 <= self._speaker_mark[0] < self._speaker_mark[1] <= len(self._article.text):
            return []
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for_span(*self._speaker_mark)
        selection.format.setBackground(QColor(self._theme.flash_bg))
        selection.format.setFontUnderline(True)
        return [selection]

    def _quote_under(self, event):
        position = self.cursorForPosition(event.position().toPoint()).position()
        return self.quote_at(self.offsets.to_article(position))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        self.mark_speaker_of(self._quote_under(event))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        quote = self._quote_under(event)
        self.mark_speaker_of(quote)
        if quote is not None:
            event.accept()  # a click on a quote marks its speaker: handled

    def release(self) -> None:
        """The tab is closing: drop the analysis and notes now rather than when Qt gets to it."""
        self._analysis = self._preview = None
        self._notes = []
        self._search_hits = []
        self._hits_are_speech = False
        self._speaker_mark = None
        self._flash_timer.stop()
        self._format_timer.stop()
        self._format_slices = []

    @property
    def search_hits(self) -> list[tuple[int, int]]:
        return list(self._search_hits)

    def hit_speaker_marks(self) -> list[tuple[tuple[int, int], str]]:
        """For hits that are speech (a speaker: search): the mentions naming who said each
        one (search.speakers_of_spans), as (span, the speaker's actor type), from the analysis
        shown (none until it arrives)."""
        analysis = self._analysis or self._preview
        if not self._hits_are_speech or analysis is None:
            return []
        types = {a.id: a.type for a in analysis.actors}
        return [((start, end), types.get(actor, "person"))
                for start, end, actor in speakers_of_spans(analysis.quotes, self._search_hits)
                if end <= len(self._article.text)]

    def _search_selections(self) -> list:
        """Every hit marked; the current one (F3, Enter in the find bar) in the stronger colour.
        Speakers of speech hits first, in the tint the actor filter gives their mentions."""
        out = []
        for (start, end), kind in self.hit_speaker_marks():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for_span(start, end)
            selection.format.setBackground(QColor(self._theme.entity_bg.get(kind, self._theme.entity_bg["person"])))
            out.append(selection)
        theme = self._theme
        for index, (start, end) in enumerate(self._search_hits):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for_span(start, end)
            current = index == self._hit_index
            selection.format.setBackground(QColor(theme.hit_current_bg if current else theme.hit_bg))
            selection.format.setForeground(QColor(theme.hit_current_ink if current else theme.hit_ink))
            out.append(selection)
        return out

    @property
    def analysis(self) -> Analysis | None:
        return self._analysis

    @property
    def actor_filter(self) -> set[str]:
        return set(self._filter)

    @property
    def visible_paragraphs(self) -> list[int] | None:
        return self._visible_paragraphs

    def show_analysis(self, analysis: Analysis, preliminary: bool = False) -> None:
        """Highlight an analysis. A `preliminary` one (the first screen's, analysed alone) is
        only drawn: `analysis`, filters and the panel wait for the whole article's, which
        then replaces it in place — formats only, so the text and scroll do not move."""
        if preliminary:
            if self._analysis is not None:
                return  # the whole article's came first
            self._preview = analysis
        else:
            self._analysis, self._preview = analysis, None
        self._apply_formats()
        if self._hits_are_speech:  # the speakers of the speech found are known now
            self.setExtraSelections(self._search_selections() + self._speaker_selections())

    def set_filter(self, actor_ids: set[str], fold: bool | None = None) -> None:
        """Filter (and fold) without moving the text under the reader's eyes: the line under
        the mouse (or at the top of the view) stays where it was, when it is still shown."""
        anchor = self._anchor()
        self._filter = set(actor_ids)
        if fold is not None:
            self._fold = fold
        self._apply_formats()
        self._restore_anchor(anchor)

    def _anchor(self) -> tuple[int, int]:
        """(document position, its y in the viewport) of the point the reader is looking at."""
        point = self.viewport().mapFromGlobal(QCursor.pos())
        if not self.viewport().rect().contains(point):
            point = QPoint(self.viewport().width() // 2, 8)
        position = self.cursorForPosition(point).position()
        return position, self.cursorRect(self._cursor_at(position)).top()

    def _restore_anchor(self, anchor: tuple[int, int]) -> None:
        position, y = anchor
        self.document().documentLayout().documentSize()  # lay out the change first
        if not self.document().findBlock(position).isVisible():
            return
        now = self.cursorRect(self._cursor_at(position)).top()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + now - y)

    def _cursor_at(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        return cursor

    def paragraph_on_screen(self, indexes: list[int]) -> bool:
        """Whether any of these paragraphs is (partly) in view."""
        layout = self.document().documentLayout()
        top, bottom = self.verticalScrollBar().value(), self.verticalScrollBar().value() + self.viewport().height()
        for index in indexes:
            block = self.document().findBlockByNumber(index + HEADER_BLOCKS)
            rect = layout.blockBoundingRect(block)
            if block.isVisible() and rect.bottom() >= top and rect.top() <= bottom:
                return True
        return False

    def set_hidden_types(self, hidden: set[str]) -> None:
        if set(hidden) == self._hidden_types:
            return  # called on every tab switch: re-formatting a long article is not free
        self._hidden_types = set(hidden)
        self._apply_formats()

    # ------------------------------------------------------------------ highlighting
    def formats_pending(self) -> bool:
        """Whether highlights are still being applied, slice by slice (see _apply_formats)."""
        return bool(self._format_slices)

    def _apply_formats(self) -> None:
        """Re-apply every highlight. A short article is done at once, in one edit block. In a
        long one, merging formats makes Qt lay the touched text out again, which grows with
        the article (~80 ms for 20,000 words): the paragraphs on screen are done at once, the
        rest in slices of ~SLICE_CHARS over the next event-loop turns (SLICE_MS each), so the
        window keeps answering. Only formats change: the text and the scroll stay put."""
        analysis, article, theme = self._analysis or self._preview, self._article, self._theme
        doc = self.document()
        keep = set(range(len(article.paragraphs)))
        if analysis is not None and self._filter:
            keep = set(analysis.paragraphs_about(article, self._filter))
        self._visible_paragraphs = sorted(keep) if (analysis is not None and self._filter) else None
        # Only blocks whose visibility changes are touched, and the document is laid out again
        # only then: on a 20,000-word article a full relayout costs the GUI thread ~25 ms.
        hidden = set(range(len(article.paragraphs))) - keep if self._fold else set()
        changed = hidden ^ self._hidden_blocks
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for index in changed:
            doc.findBlockByNumber(index + HEADER_BLOCKS).setVisible(index not in hidden)
        self._hidden_blocks = hidden
        # Room for the "⋯ N paragraphs folded" marker above a paragraph that follows folded ones.
        gapped = {i for i in range(len(article.paragraphs)) if i not in hidden and i - 1 in hidden}
        for index in gapped ^ self._gapped_blocks:
            self._set_top_gap(doc.findBlockByNumber(index + HEADER_BLOCKS), FOLD_GAP if index in gapped else 0)
        changed = changed or bool(gapped ^ self._gapped_blocks)
        self._gapped_blocks = gapped
        cursor.endEditBlock()
        if changed:
            doc.markContentsDirty(0, doc.characterCount())

        spans: list[tuple[int, int, QTextCharFormat]] = []  # in order: a later span's format wins
        if len(keep) < len(article.paragraphs):
            dim = QTextCharFormat()
            dim.setForeground(QColor(theme.muted))
            spans += [(article.paragraphs[i].start, article.paragraphs[i].end, dim)
                      for i in sorted(set(range(len(article.paragraphs))) - keep)]
        if analysis is not None:
            spans += self._quote_spans(analysis, keep)
            spans += self._mention_spans(analysis, keep)
        spans += self._note_spans()
        reset = self._formatted  # a freshly rendered text has nothing to undo
        self._formatted = True
        self._format_slices = self._slices(spans, reset)
        if len(article.text) <= 2 * SLICE_CHARS:
            self._apply_slices(len(self._format_slices))
        else:
            self._apply_slices(1)  # the paragraphs on screen: the first slice
            if self._format_slices:
                self._format_timer.start()
                return
        self.highlights_applied.emit()

    def _slices(self, spans: list, reset: bool) -> list[tuple[int, int, bool, list]]:
        """The article cut at paragraph ends into ranges of ~SLICE_CHARS, the one on screen
        first, then those below it, then those above; each with the spans that touch it
        (clipped to it, so slices can be applied in any order)."""
        paragraphs = self._article.paragraphs
        if not paragraphs:
            return []
        ranges: list[tuple[int, int]] = []
        start = paragraphs[0].start
        for paragraph in paragraphs:
            if paragraph.end - start >= SLICE_CHARS:
                ranges.append((start, paragraph.end))
                start = paragraph.end
        if start < paragraphs[-1].end or not ranges:
            ranges.append((start, paragraphs[-1].end))
        ranges[-1] = (ranges[-1][0], len(self._article.text))
        ranges[0] = (0, ranges[0][1])
        top = self.offsets.to_article(self.cursorForPosition(QPoint(0, 0)).position()) or 0
        range_starts = [r[0] for r in ranges]  # once: per span it was O(spans × slices) on a 10 MB text
        first = max(0, bisect.bisect_right(range_starts, top) - 1)
        order = list(range(first, len(ranges))) + list(range(first - 1, -1, -1))
        starts = sorted(range(len(spans)), key=lambda k: spans[k][0])
        buckets: list[list] = [[] for _ in ranges]
        for k in starts:
            s, e, fmt = spans[k]
            index = max(0, bisect.bisect_right(range_starts, s) - 1)
            while index < len(ranges) and ranges[index][0] < e:
                a, b = ranges[index]
                buckets[index].append((k, max(s, a), min(e, b), fmt))
                index += 1
        out = []
        for index in order:
            if reset or buckets[index]:  # a fresh text needs nothing where nothing is marked
                # back in request order: dims, quotes, mentions, then notes on top
                spans_here = [(s, e, f) for _, s, e, f in sorted(buckets[index], key=lambda x: x[0])]
                out.append((*ranges[index], reset, spans_here))
        return out

    def _apply_slices(self, count: int, budget_ms: float | None = None) -> None:
        """Apply up to `count` slices (or as many as fit in `budget_ms`), one edit block each."""
        clock = time.perf_counter()
        reset = self._reset_format()
        while self._format_slices and count > 0:
            start, end, undo, spans = self._format_slices.pop(0)
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            if undo:
                self.cursor_for_span(start, end).mergeCharFormat(reset)
            for s, e, fmt in spans:
                self.cursor_for_span(s, e).mergeCharFormat(fmt)
            cursor.endEditBlock()
            count -= 1
            if budget_ms is not None and (time.perf_counter() - clock) * 1000 >= budget_ms:
                break

    def _continue_formats(self) -> None:
        self._apply_slices(len(self._format_slices), budget_ms=SLICE_MS)
        if self._format_slices:
            self._format_timer.start()
        else:
            self.highlights_applied.emit()

    def _set_top_gap(self, block, gap: int) -> None:
        base = 10 if self._article.paragraphs[block.blockNumber() - HEADER_BLOCKS].kind == "heading" else 0
        if int(block.blockFormat().topMargin()) != base + gap:
            fmt = block.blockFormat()
            fmt.setTopMargin(base + gap)
            QTextCursor(block).setBlockFormat(fmt)

    def _reset_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(self._theme.text))
        fmt.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.setFontUnderline(False)
        fmt.setToolTip("")
        return fmt

    def _quote_spans(self, analysis: Analysis, keep: set[int]) -> list:
        """Reported speech first, then direct quotes: a quote inside a reported statement
        (said the figures were "broadly credible") keeps its own, stronger tint and tooltip."""
        out = []
        names = {a.id: a.name for a in analysis.actors}
        for kind, legend_key in (("reported", "reported"), ("direct", "quote")):
            if legend_key in self._hidden_types:
                continue
            for quote in analysis.quotes:
                if quote.kind != kind:
                    continue
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(self._theme.quote_bg if kind == "direct" else self._theme.reported_bg))
                fmt.setToolTip(speech_tooltip(quote, names))
                out += [(start, end, fmt) for start, end in quote.segments or ((quote.start, quote.end),)
                        if self._article.paragraph_at(start) in keep]
        return out

    def _mention_spans(self, analysis: Analysis, keep: set[int]) -> list:
        out = []
        quoted_by = {}
        for q in analysis.quotes:
            if q.kind == "direct" and q.speaker.actor_id:
                quoted_by[q.speaker.actor_id] = quoted_by.get(q.speaker.actor_id, 0) + 1
        for actor in analysis.actors:
            if actor.type in self._hidden_types:
                continue
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(self._theme.entity[actor.type]))
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(QColor(self._theme.entity[actor.type]))
            fmt.setAnchor(True)
            fmt.setAnchorHref(ACTOR_SCHEME + actor.id)
            if actor.id in self._filter:
                fmt.setBackground(QColor(self._theme.entity_bg[actor.type]))
            quotes = quoted_by.get(actor.id, 0)
            fmt.setToolTip(f"{actor.name} — {actor.type}, {counted(len(actor.mentions), 'mention')}"
                           + (f", {counted(quotes, 'quote')}" if quotes else "") + "\nClick to filter; Ctrl+click to add")
            out += [(m.start, m.end, fmt) for m in actor.mentions if self._article.paragraph_at(m.start) in keep]
        return out

    def _note_spans(self) -> list:
        out = []
        for note in self._notes:
            if not (0 <= note.start < note.end <= len(self._article.text)):
                continue  # a note from a differently-loaded text: shown in the panel, not here
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self._theme.highlight(getattr(note, "colour", "yellow"))))
            fmt.setForeground(QColor(self._theme.text if not self._theme.is_dark else "#f5f1e6"))
            tags = " ".join(hashtag(t) for t in note.tags)
            fmt.setToolTip("\n".join(x for x in (("Note: " + note.note) if note.note else "Your highlight", tags,
                                                   "Right-click to edit") if x))
            if note.note:  # a note hangs on it: a dotted underline, and a marker in the margin
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(self._theme.accent))
            out.append((note.start, note.end, fmt))
        return out

    # ------------------------------------------------------------------ notes
    def set_notes(self, notes: list) -> None:
        if list(notes) == self._notes:
            return
        self._notes = list(notes)
        self._apply_formats()

    @property
    def notes(self) -> list:
        return list(self._notes)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as article offsets, snapped to whole words (desktop.snapping), or
        None when nothing in the body is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        end = self.offsets.to_article(cursor.selectionEnd())
        if end is None:
            return None  # the selection lies in the title or meta line
        start = self.offsets.to_article(cursor.selectionStart()) or 0  # may begin in the header
        return snap_to_words(self._article.text, start, end)

    def note_at(self, offset: int | None):
        if offset is None:
            return None
        for note in self._notes:
            if note.start <= offset < note.end:
                return note
        return None

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        span = self.selected_span()
        add = menu.addAction("Highlight\tCtrl+H", lambda: span and self.highlight_requested.emit(*span, False))
        add_note = menu.addAction("Highlight with Note…", lambda: span and self.highlight_requested.emit(*span, True))
        add.setEnabled(span is not None)
        add_note.setEnabled(span is not None)
        if event.reason() == event.Reason.Mouse:
            position = self.cursorForPosition(self.viewport().mapFromParent(event.pos())).position()
        else:  # the Menu key: the note at the text cursor, not at a point Qt guessed for it
            position = self.textCursor().selectionStart()
        note = self.note_at(self.offsets.to_article(position))
        if note is not None:
            menu.addAction("Edit Note…", lambda: self.note_edit_requested.emit(note.id))
            menu.addAction("Delete Highlight", lambda: self.note_delete_requested.emit(note.id))
        menu.exec(event.globalPos())

    def _on_anchor(self, url) -> None:
        href = url.toString()
        if href.startswith(ACTOR_SCHEME):
            additive = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            self.actor_clicked.emit(href[len(ACTOR_SCHEME):], additive)

    def event(self, event) -> bool:  # noqa: D401 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(self.viewport().mapFromParent(event.pos()))
            tip = cursor.charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # ------------------------------------------------------------------ margin markers
    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint_note_markers(painter)
            self._paint_fold_markers(painter)
        finally:
            painter.end()

    def note_marker_rects(self) -> list[tuple[object, QRect]]:
        """Where the margin marker of each highlight with a note is drawn (viewport coordinates)."""
        out = []
        for note in self._notes:
            if not note.note or not (0 <= note.start < note.end <= len(self._article.text)):
                continue
            index = self._article.paragraph_at(note.start)
            if not self._paragraph_shown(index):
                continue
            start = self._article.paragraphs[index].start
            left = self.cursorRect(self.cursor_for_span(start, start)).left()  # the text column's edge
            line = self.cursorRect(self.cursor_for_span(note.start, note.start))
            size = 14
            out.append((note, QRect(left - size - 8, line.center().y() - size // 2, size, size)))
        return out

    def _paint_note_markers(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._theme.accent))
        for _note, rect in self.note_marker_rects():
            if rect.bottom() < 0 or rect.top() > self.viewport().height():
                continue
            painter.drawRoundedRect(rect.adjusted(0, 1, 0, -2), 3, 3)  # a small speech bubble
            tail = QPolygon([QPoint(rect.left() + 3, rect.bottom() - 2), QPoint(rect.left() + 8, rect.bottom() - 2),
                             QPoint(rect.left() + 3, rect.bottom() + 2)])
            painter.drawPolygon(tail)

    def _paragraph_shown(self, index: int) -> bool:
        return not (self._fold and self._visible_paragraphs is not None and index not in self._visible_paragraphs)

    def hidden_runs(self) -> list[tuple[int, int]]:
        """Folded paragraphs as (first index, count) runs, in reading order."""
        if not self._fold or self._visible_paragraphs is None:
            return []
        shown = set(self._visible_paragraphs)
        runs: list[tuple[int, int]] = []
        for index in range(len(self._article.paragraphs)):
            if index in shown:
                continue
            if runs and runs[-1][0] + runs[-1][1] == index:
                runs[-1] = (runs[-1][0], runs[-1][1] + 1)
            else:
                runs.append((index, 1))
        return runs

    def _paint_fold_markers(self, painter: QPainter) -> None:
        """A dashed rule and "⋯ 3 paragraphs folded" where hidden paragraphs were."""
        runs = self.hidden_runs()
        if not runs:
            return
        doc = self.document()
        layout = doc.documentLayout()
        offset = self.verticalScrollBar().value()
        left = self.cursorRect(QTextCursor(doc)).left()  # the title's edge: it is never folded
        right = self.viewport().width() - left
        font = QFont("DejaVu Sans")
        font.setPointSizeF(max(7.5, self._style.font_size * 0.68))
        painter.setFont(font)
        for first, count in runs:
            block = doc.findBlockByNumber(first + count + HEADER_BLOCKS)  # the next shown block
            if block.isValid():
                y = int(layout.blockBoundingRect(block).top()) - offset - FOLD_GAP // 2
            else:  # folded up to the end
                y = int(layout.documentSize().height()) - offset - FOLD_GAP // 2 - 10
            if y < -20 or y > self.viewport().height() + 20:
                continue
            label = f"⋯ {counted(count, 'paragraph')} folded"
            width = painter.fontMetrics().horizontalAdvance(label) + 16
            pen = QPen(QColor(self._theme.muted))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(left, y, right, y)
            box = QRect((left + right - width) // 2, y - 9, width, 18)
            painter.fillRect(box, QColor(self._theme.base))
            painter.setPen(QColor(self._theme.muted))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    # ------------------------------------------------------------------ rendering
    def loadResource(self, type_: int, name):  # noqa: N802 (Qt override)
        # Articles are plain text we render ourselves; nothing is ever fetched, local or remote.
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._centre_text()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._centre_text()  # a tab laid out while hidden may have a stale width

    def _centre_text(self) -> None:
        """Keep a comfortable measure by widening the document's own side margins; the
        document relays itself out, whether the tab is visible or not."""
        side = max(36, (self.viewport().width() - self._style.width_px) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def _render(self) -> None:
        article, theme = self._article, self._theme
        doc = QTextDocument(self)
        doc.setDocumentMargin(28)
        body_font = QFont(self._style.font_family)
        body_font.setStyleHint(QFont.StyleHint.Serif)
        body_font.setPointSizeF(self._style.font_size)
        doc.setDefaultFont(body_font)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()

        title_fmt = QTextCharFormat()
        title_fmt.setFontPointSize(self._style.font_size * 1.6)
        title_fmt.setFontWeight(QFont.Weight.Bold)
        title_fmt.setForeground(QColor(theme.text))
        cursor.setBlockFormat(_block(line_height=120, bottom=6))
        cursor.insertText(article.title, title_fmt)

        meta_fmt = QTextCharFormat()
        meta_fmt.setFontPointSize(max(8.0, self._style.font_size * 0.8))
        meta_fmt.setFontFamilies(["DejaVu Sans", "sans-serif"])
        meta_fmt.setForeground(QColor(theme.muted))
        cursor.insertBlock(_block(bottom=22), meta_fmt)
        cursor.insertText(self._meta_line(), meta_fmt)

        body_base = cursor.position() + 1
        para_fmt = QTextCharFormat()
        para_fmt.setForeground(QColor(theme.text))
        for i, paragraph in enumerate(article.paragraphs):
            text = article.text[paragraph.start:paragraph.end]
            if paragraph.kind == "heading":
                heading_fmt = QTextCharFormat(para_fmt)
                heading_fmt.setFontWeight(QFont.Weight.Bold)
                heading_fmt.setFontPointSize(self._style.font_size * (1.2 if paragraph.level <= 2 else 1.05))
                cursor.insertBlock(_block(top=10, bottom=6), heading_fmt)
                cursor.insertText(text, heading_fmt)
            elif paragraph.kind == "item":
                cursor.insertBlock(_block(line_height=155, bottom=6, indent=paragraph.level), para_fmt)
                if paragraph.marker:
                    cursor.createList(_list_format(paragraph))
                cursor.insertText(text, para_fmt)
            elif paragraph.kind == "blockquote":
                fmt = _block(line_height=155, bottom=14)
                fmt.setLeftMargin(QUOTE_INDENT * paragraph.level)
                fmt.setRightMargin(QUOTE_INDENT)
                cursor.insertBlock(fmt, para_fmt)
                cursor.insertText(text, para_fmt)
            else:
                cursor.insertBlock(_block(line_height=155, bottom=14), para_fmt)
                cursor.insertText(text, para_fmt)
        cursor.endEditBlock()
        self.setDocument(doc)
        self._offsets = OffsetMap(article, body_base)
        self._formatted, self._hidden_blocks, self._gapped_blocks = False, set(), set()

    def _meta_line(self) -> str:
        a = self._article
        parts = [p for p in (a.byline and f"By {a.byline}", reading_date(a.date)) if p]
        parts.append(counted(a.word_count, "word"))
        return "  ·  ".join(parts)


QUOTE_INDENT = 28  # px a block quote stands in from the text, per level of nesting
_LIST_STYLES = {"•": QTextListFormat.Style.ListDisc, "◦": QTextListFormat.Style.ListCircle,
                "▪": QTextListFormat.Style.ListSquare}


def _list_format(paragraph) -> QTextListFormat:
    """The bullet or number Qt draws beside a list item: drawn, not inserted, so document
    positions still map to article offsets one to one. A numbered item is a list of its own
    starting at its source number, so "3." stays 3 even when items around it are folded."""
    fmt = QTextListFormat()
    fmt.setIndent(paragraph.level)
    number = paragraph.marker.rstrip(".")
    if number.isdigit():
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        fmt.setStart(int(number))
    else:
        fmt.setStyle(_LIST_STYLES.get(paragraph.marker, QTextListFormat.Style.ListDisc))
    return fmt


def _block(line_height: int = 0, top: int = 0, bottom: int = 0, indent: int = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setIndent(indent)
    if line_height:
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    return fmt

