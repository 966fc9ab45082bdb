"""The main window: tabs of articles, menus, recent files, drag and drop, status bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget,
)

from .. import APP_NAME, __version__
from ..article import Article
from ..loaders import LoadError, load_article
from .reader import ArticleView
from .theme import Theme

MAX_RECENT = 10
OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class MainWindow(QMainWindow):
    article_opened = Signal(object)  # Article
    load_failed = Signal(str, str)  # path, message

    def __init__(self, theme: Theme, settings: QSettings, interactive: bool = True) -> None:
        super().__init__()
        self._theme = theme
        self._settings = settings
        self._interactive = interactive  # False when rendering a screenshot: no modal dialogs
        self._views_by_source: dict[str, ArticleView] = {}

        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._tabs = QTabWidget(self)
        self._tabs.setDocumentMode(True)
        self._tabs.setTabsClosable(True)
        self._tabs.setMovable(True)
        self._tabs.setAccessibleName("Open articles")
        self._tabs.tabCloseRequested.connect(self.close_tab)
        self._tabs.currentChanged.connect(self._on_current_changed)
        self.setCentralWidget(self._tabs)
        self._empty_hint = QLabel(
            "Open an article with File ▸ Open (Ctrl+O) or drop files here.", self
        )
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status_words = QLabel(self)
        self.statusBar().addPermanentWidget(self._status_words)
        self._build_menus()
        self._refresh_recent_menu()

    # ------------------------------------------------------------------ opening
    def open_paths(self, paths: list[str]) -> list[Article]:
        """Open each file in its own tab; report failures together, keep the successes."""
        opened: list[Article] = []
        failures: list[str] = []
        for path in paths:
            key = str(Path(path).resolve())
            if key in self._views_by_source:
                self._tabs.setCurrentWidget(self._views_by_source[key])
                continue
            try:
                article = load_article(path)
            except LoadError as exc:
                failures.append(str(exc))
                self.load_failed.emit(path, str(exc))
                continue
            self._add_article(article, key)
            self._remember_recent(key)
            opened.append(article)
        if failures:
            self._show_error("Some files could not be opened", failures)
        return opened

    def _add_article(self, article: Article, key: str) -> None:
        view = ArticleView(article, self._theme, self._tabs)
        index = self._tabs.addTab(view, _elide(article.title, 32))
        self._tabs.setTabToolTip(index, f"{article.title}\n{article.source}")
        self._tabs.setCurrentIndex(index)
        self._views_by_source[key] = view
        for notice in article.notices:
            self.statusBar().showMessage(notice, 10_000)
        self.article_opened.emit(article)

    def current_view(self) -> ArticleView | None:
        widget = self._tabs.currentWidget()
        return widget if isinstance(widget, ArticleView) else None

    def views(self) -> list[ArticleView]:
        return [self._tabs.widget(i) for i in range(self._tabs.count())]

    def close_tab(self, index: int) -> None:
        view = self._tabs.widget(index)
        self._tabs.removeTab(index)
        self._views_by_source = {k: v for k, v in self._views_by_source.items() if v is not view}
        view.deleteLater()

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action("&Open…", QKeySequence.StandardKey.Open, self._open_dialog)
        file_menu.addAction(self.open_action)
        self._recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Close Tab", QKeySequence.StandardKey.Close, self._close_current))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", QKeySequence.StandardKey.Quit, self.close))

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self._action("Next Tab", QKeySequence("Ctrl+Tab"), lambda: self._step_tab(1)))
        view_menu.addAction(self._action("Previous Tab", QKeySequence("Ctrl+Shift+Tab"), lambda: self._step_tab(-1)))
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard Shortcuts", QKeySequence("F1"), self._show_shortcuts))
        help_menu.addAction(self._action(f"&About {APP_NAME}", None, self._show_about))
        self.help_menu = help_menu

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self.findChildren(QAction):
            seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if seq and action.text():
                rows.append((action.text().replace("&", "").rstrip("…"), seq))
        return sorted(set(rows))

    def _show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{name}</td><td><b>{seq}</b></td></tr>" for name, seq in self.shortcut_rows())
        QMessageBox.information(self, "Keyboard shortcuts", f"<table cellpadding=4>{rows}</table>")

    def _show_about(self) -> None:
        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>A reading assistant for news: who is in an "
            "article and who said what.</p><p>Qt for Python (PySide6) is LGPL-3.0; spaCy and "
            "the en_core_web_sm model are MIT.</p>",
        )

    def _open_dialog(self) -> None:
        start = self._settings.value("last_dir", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(self, "Open articles", start, OPEN_FILTER)
        if paths:
            self._settings.setValue("last_dir", str(Path(paths[0]).parent))
            self.open_paths(paths)

    def _close_current(self) -> None:
        if self._tabs.count():
            self.close_tab(self._tabs.currentIndex())

    def _step_tab(self, step: int) -> None:
        if self._tabs.count():
            self._tabs.setCurrentIndex((self._tabs.currentIndex() + step) % self._tabs.count())

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a bare string for one-item lists
            value = [value]
        return [str(v) for v in value or []]

    def _remember_recent(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self._settings.setValue("recent_files", recent[:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self._recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self._recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        self._recent_menu.setEnabled(bool(recent))

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # ------------------------------------------------------------------ status
    def _on_current_changed(self, _index: int) -> None:
        view = self.current_view()
        if view is None:
            self._status_words.setText("")
            self.setWindowTitle(APP_NAME)
            return
        a = view.article
        self._status_words.setText(f"{a.word_count:,} words · {len(a.paragraphs)} paragraphs · {a.format}")
        self.setWindowTitle(f"{a.title} — {APP_NAME}")

    def _show_error(self, title: str, messages: list[str]) -> None:
        text = "\n".join(messages)
        self.statusBar().showMessage(messages[0], 15_000)
        if self._interactive:
            QMessageBox.warning(self, title, text)


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def tab_widget(window: MainWindow) -> QWidget:
    return window.centralWidget()
