"""One place for background work: a list of running jobs and the status-bar indicator
that shows them, with progress and Cancel.

    job = window.jobs.start("Analysing the library", total=len(items))   # GUI thread
    run_in_background(lambda report: work(report, job.cancelled), done, failed,
                      on_progress=job.progress)
    ...
    job.finish()                                                         # in done / failed

Work on a worker checks `job.cancelled` (a threading.Event) and stops at its next step.
Every method here runs on the GUI thread (progress arrives there through
`run_in_background`'s on_progress), so nothing is locked. Status-bar messages no longer
compete with work in progress: the indicator is a permanent widget of its own, so a
passing message ("Exported to …") never hides it and two jobs never overwrite each other.
"""
from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QToolButton, QWidget

_ids = itertools.count(1)


@dataclass(eq=False)
class Job:
    label: str  # "Analysing the library" — what is being done, without a trailing ellipsis
    total: int = 0  # 0: no known size (the bar is indeterminate)
    done: int = 0
    cancellable: bool = True
    cancelled: threading.Event = field(default_factory=threading.Event)
    id: int = field(default_factory=lambda: next(_ids))
    _jobs: "Jobs | None" = None

    def progress(self, done: int, total: int | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if self._jobs is not None:
            self._jobs.changed.emit()

    def set_label(self, label: str) -> None:
        self.label = label
        if self._jobs is not None:
            self._jobs.changed.emit()

    def cancel(self) -> None:
        self.cancelled.set()
        if self._jobs is not None:
            self._jobs.changed.emit()

    def finish(self) -> None:
        if self._jobs is not None:
            self._jobs.finish(self)

    def text(self) -> str:
        return self.name() + (f" {self.count()}" if self.count() else "")

    def name(self) -> str:
        """What is being done, without the count: "Importing and analysing news…"."""
        return f"{self.label} — cancelling…" if self.cancelled.is_set() else f"{self.label}…"

    def count(self) -> str:
        """ "1,234 of 2,370", or "" when the size is not known (or it is being cancelled)."""
        return f"{self.done:,} of {self.total:,}" if self.total > 1 and not self.cancelled.is_set() else ""


class Jobs(QObject):
    """The running jobs, oldest first."""

    changed = Signal()
    finished = Signal(object)  # Job

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []

    def start(self, label: str, total: int = 0, cancellable: bool = True) -> Job:
        job = Job(label, total, cancellable=cancellable, _jobs=self)
        self._jobs.append(job)
        self.changed.emit()
        return job

    def finish(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            job._jobs = None
            self.changed.emit()
            self.finished.emit(job)

    def running(self) -> list[Job]:
        return list(self._jobs)

    def cancel_all(self) -> None:
        for job in self._jobs:
            if job.cancellable:
                job.cancel()

    def __len__(self) -> int:
        return len(self._jobs)


class ElidedLabel(QLabel):
    """A one-line label that, when the status bar is short of room, ends its text with "…"
    instead of being cut mid-letter (the whole text is in the indicator's tooltip)."""

    MIN_CHARS = 14

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MIN_CHARS * self.fontMetrics().horizontalAdvance("n")), hint.height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())


class JobsIndicator(QWidget):
    """The status bar's right side: what the main job does (shortened with "…" when room is
    short), its count ("1,234 of 2,370") and "+2 more", which are never cut, its progress, and
    Cancel. Every job is listed whole in the tooltip."""

    def __init__(self, jobs: Jobs, parent=None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.label = ElidedLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.count = QLabel(self)
        self.more = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName("Background work")
        self.cancel = QToolButton(self)
        self.cancel.setText("Cancel")
        self.cancel.setAutoRaise(True)
        self.cancel.setAccessibleName("Cancel background work")
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.more)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        jobs.changed.connect(self.refresh)
        self.refresh()

    def current(self) -> Job | None:
        """The job shown: the one with a known size that is furthest from done, else the oldest."""
        running = self._jobs.running()
        sized = [j for j in running if j.total > 1]
        return max(sized, key=lambda j: j.total - j.done) if sized else (running[0] if running else None)

    def refresh(self) -> None:
        job = self.current()
        self.setVisible(job is not None)
        if job is None:
            return
        others = len(self._jobs) - 1
        self.label.setText(job.name())
        self.count.setText(job.count())
        self.count.setVisible(bool(job.count()))
        self.more.setText(f"(+{others} more)" if others else "")
        self.more.setVisible(bool(others))
        # Wide enough for the text now, at once: a user test saw "24 of 4 (+24 more" while 41
        # files opened (the labels kept the width of their first text until a later layout).
        # The count gets room for its largest value, so it does not jitter as it grows.
        metrics = self.count.fontMetrics()
        self.count.setMinimumWidth(metrics.horizontalAdvance(f"{job.total:,} of {job.total:,}") if job.count() else 0)
        self.more.setMinimumWidth(metrics.horizontalAdvance(self.more.text()))
        self.layout().activate()
        self.updateGeometry()
        self.setToolTip("\n".join(j.text() for j in self._jobs.running()))
        if job.total > 1:
            self.bar.setRange(0, job.total)
            self.bar.setValue(min(job.done, job.total))
        else:
            self.bar.setRange(0, 0)  # indeterminate
        self.cancel.setVisible(job.cancellable and not job.cancelled.is_set())
        self.cancel.setToolTip(f"Stop: {job.label.lower()}")

    def _cancel(self) -> None:
        job = self.current()
        if job is not None and job.cancellable:
            job.cancel()



