"""Time consecutive steps: wall time of the build's stages, CPU time of a worker's steps."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable


class StepClock:
    """Seconds spent in each step, read from ``clock`` (CPU time of this process by default)."""

    def __init__(self, clock: Callable[[], float] = time.process_time) -> None:
        self.seconds: Counter[str] = Counter()
        self._clock = clock
        self._last = clock()

    def lap(self, step: str) -> None:
        """Add the time since the last lap to ``step``."""
        now = self._clock()
        self.seconds[step] += now - self._last
        self._last = now
