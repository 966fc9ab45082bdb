"""Which open article is analysed next (no Qt: the window asks, a table test checks the order).

A user test opened a 9 MB file with 40 others: the tab being read showed "Finding actors and
quotes…" for over a minute, waiting behind the big file and every tab before it. The order:

1. the tab the user is looking at (asked again whenever the current tab changes);
2. then the other articles in the order they were opened, short ones first: an article over
   `huge_chars` waits until no shorter one is waiting;
3. at most one huge article runs at a time, so with two slots one always serves the others
   (a huge article's parse is spread over every worker process anyway, see analysis.pool).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable

# ~35,000 words: a few seconds of parsing or more. Shorter articles go first.
HUGE_CHARS = 200_000


@dataclass
class AnalysisQueue:
    slots: int = 2
    huge_chars: int = HUGE_CHARS
    _waiting: dict = field(default_factory=dict)  # key → size, in the order added
    _running: dict = field(default_factory=dict)  # key → size

    def add(self, key: Hashable, size: int) -> None:
        if key not in self._running:
            self._waiting[key] = size

    def discard(self, key: Hashable) -> None:
        """Forget `key`, waiting or running (its tab closed, or its analysis finished)."""
        self._waiting.pop(key, None)
        self._running.pop(key, None)

    def clear(self) -> None:
        """Drop everything still waiting (quitting); running ones stay counted until discarded."""
        self._waiting.clear()

    def waiting(self) -> list:
        return list(self._waiting)

    def running(self) -> list:
        return list(self._running)

    def _huge(self, size: int) -> bool:
        return size > self.huge_chars

    def take(self, current: Hashable | None = None) -> list:
        """The keys to start now (moved to running), best first, filling the free slots."""
        started = []
        while len(self._running) < self.slots:
            key = self._pick(current)
            if key is None:
                break
            self._running[key] = self._waiting.pop(key)
            started.append(key)
        return started

    def _pick(self, current: Hashable | None):
        if not self._waiting:
            return None
        huge_running = any(self._huge(s) for s in self._running.values())

        def allowed(key) -> bool:
            return not (huge_running and self._huge(self._waiting[key]))

        if current in self._waiting and allowed(current):
            return current
        short = [k for k, size in self._waiting.items() if not self._huge(size)]
        if short:
            return short[0]
        return next((k for k in self._waiting if allowed(k)), None)
