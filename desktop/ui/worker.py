"""Slow work (unlocking, PDFs, exports, imports) off the UI thread, in one place.

    run_in_background(fn, on_success, on_failure, on_progress)

`fn` runs on a pool thread; if it takes a `progress` keyword it gets a callable(int 0-100).
The callbacks run on the UI thread (queued through a QObject living there), so they may
touch widgets; `fn` never should.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[BackgroundTask] = set()  # keeps tasks alive until their callbacks ran


class _Relay(QObject):
    progress = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    """One call of `fn` on the pool; see run_in_background."""

    def __init__(self, fn: Callable[..., Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[Exception], None] | None,
                 on_progress: Callable[[int], None] | None):
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self.relay = _Relay()  # created on the UI thread: its signals are delivered there
        self.relay.succeeded.connect(self._done_with(on_success))
        self.relay.failed.connect(self._done_with(on_failure or _reraise))
        if on_progress:
            self.relay.progress.connect(on_progress)

    def _done_with(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        @Slot(object)
        def finish(value: Any) -> None:
            _running.discard(self)
            self.relay.deleteLater()  # its connections hold this task: without this both stay forever
            callback(value)
        return finish

    def run(self) -> None:
        try:
            wants_progress = "progress" in inspect.signature(self._fn).parameters
            result = self._fn(progress=self.relay.progress.emit) if wants_progress else self._fn()
        except Exception as error:  # noqa: BLE001 - handed to on_failure on the UI thread
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


def _reraise(error: Exception) -> None:
    raise error


def run_in_background(fn: Callable[..., Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[int], None] | None = None,
                      pool: QThreadPool | None = None) -> BackgroundTask:
    """Run `fn` off the UI thread; the callbacks run on the UI thread afterwards."""
    task = BackgroundTask(fn, on_success, on_failure, on_progress)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
