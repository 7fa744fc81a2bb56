"""Slow work (unlocking, PDFs, exports, imports) off the UI thread, in one place.

    run_in_background(fn, on_success, on_failure, on_progress)
    run_in_background(on_own_connection(vault, fn), ...)     # fn(own_vault, ...) reads or writes

`fn` runs on a pool thread; if it takes a `progress` keyword it gets a callable(int 0-100).
The callbacks run on the UI thread (queued through a QObject living there), so they may
touch widgets; `fn` never should.

The rule for the vault (issue 10 §7): work off the UI thread never uses the screens'
connection. It runs on its own one (`on_own_connection`), so
- what the screens read during a background import is the vault as it was before the import
  (SQLite's WAL snapshot); the import becomes visible all at once when it commits;
- a save on the screens while an import writes waits for its commit (the busy timeout);
- locking calls `cancel_running()`: every job's connection fails at its next statement or
  commit, so an import is rolled back whole, and no callback of a job started before the lock
  runs afterwards (a vault an overtaken unlock opened is closed unseen).
A job that finds the vault's storage unusable (disk full, file unreadable) also reports it on
`failures().storage`; the session locks then (desktop.ui.app.Session.vault_failed).
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from desktop.diagnostics import Code, log
from desktop.vault import Vault
from desktop.vault.db import is_storage_failure

_running: set[BackgroundTask] = set()  # keeps tasks alive until their callbacks ran
_connections: set[Vault] = set()  # the jobs' own connections, to cancel when locking
_guard = threading.Lock()


class Failures(QObject):
    storage = Signal(object)  # the exception: a job found the vault's storage unusable


_failures: list[Failures] = []


def failures() -> Failures:
    """The one object that announces background failures the whole app must act on."""
    if not _failures:
        _failures.append(Failures())
    return _failures[0]


class _Relay(QObject):
    progress = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)


def _owner_gone(callback: Callable) -> bool:
    """True when the callback is a method of a widget that was deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not isValid(owner)


class BackgroundTask(QRunnable):
    """One call of `fn` on the pool; see run_in_background."""

    def __init__(self, fn: Callable[..., Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[Exception], None] | None,
                 on_progress: Callable[[int], None] | None):
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self.cancelled = False
        self.name = Code(getattr(fn, "__qualname__", type(fn).__name__))
        self.relay = _Relay()  # created on the UI thread: its signals are delivered there
        self.relay.succeeded.connect(self._done_with(on_success))
        self.relay.failed.connect(self._done_with(on_failure or _reraise, failure=True))
        if on_progress:
            self.relay.progress.connect(self._done_with(on_progress, finished=False))

    def _done_with(self, callback: Callable[[Any], None], failure: bool = False,
                   finished: bool = True) -> Callable[[Any], None]:
        @Slot(object)
        def finish(value: Any) -> None:
            if finished:
                _running.discard(self)
                self.relay.deleteLater()  # its connections hold this task: without this both stay forever
            if self.cancelled:
                if finished and hasattr(value, "close"):
                    value.close()  # e.g. the vault an unlock opened after a panic overtook it
                return
            if failure and is_storage_failure(value):
                failures().storage.emit(value)  # the session locks and says so
                if callback is _reraise:
                    return
            if not _owner_gone(callback):
                callback(value)
        return finish

    def run(self) -> None:
        started = time.monotonic()
        try:
            wants_progress = "progress" in inspect.signature(self._fn).parameters
            result = self._fn(progress=self.relay.progress.emit) if wants_progress else self._fn()
        except Exception as error:  # noqa: BLE001 - handed to on_failure on the UI thread
            log.info("taak mislukt: %s (%s) na %s ms", self.name, error, _ms(started))
            self.relay.failed.emit(error)
        else:
            log.info("taak klaar: %s in %s ms", self.name, _ms(started))
            self.relay.succeeded.emit(result)


def _ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def _reraise(error: Exception) -> None:
    raise error


def run_in_background(fn: Callable[..., Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[int], None] | None = None,
                      pool: QThreadPool | None = None) -> BackgroundTask:
    """Run `fn` off the UI thread; the callbacks run on the UI thread afterwards.

    A callback that is a method of a widget deleted meanwhile is skipped."""
    task = BackgroundTask(fn, on_success, on_failure, on_progress)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def on_own_connection(vault: Vault, fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn(own_vault, **kwargs)` as a job for run_in_background, on a second connection to `vault`
    that is closed when it returns (see the rule above). `progress` is passed on if fn takes it."""
    def job(**kwargs: Any) -> Any:
        own = vault.opened_again()
        with _guard:
            _connections.add(own)
        try:
            return fn(own, **kwargs)
        finally:
            with _guard:
                _connections.discard(own)
            own.close(make_backup=False)

    params = list(inspect.signature(fn).parameters.values())[1:]
    job.__signature__ = inspect.Signature(params)
    job.__qualname__ = getattr(fn, "__qualname__", "job")
    return job


def tasks_running() -> int:
    """How many jobs have not yet delivered their result (tests wait for none before measuring)."""
    return len(_running)


def cancel_running() -> None:
    """Locking: stop every job's own connection and drop the callbacks of every running job."""
    for task in list(_running):
        task.cancelled = True
    with _guard:
        for own in _connections:
            own.cancel()


__all__ = ["BackgroundTask", "Failures", "cancel_running", "failures", "on_own_connection", "run_in_background", "tasks_running"]
