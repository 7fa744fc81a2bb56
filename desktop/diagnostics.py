"""What Koers may tell about itself when something goes wrong: never a name, never typed text.

    technical_report(error)        # for the crash dialog: versions, type and stack frames only
    start_log(folder) / stop_log() # the opt-in diagnostic log (Settings.diagnostic_log)
    log.info("vergrendeld: %s", Code("idle"))

An exception's message is left out everywhere: pydantic's and SQLite's quote the values that
were typed. The log keeps a message's fixed template and only numbers and `Code` words from
its arguments (PrivacyFilter); text from other libraries is dropped. Logs are 0600 in a 0700
folder, at most KEEP_FILES of them and none older than KEEP_DAYS (like Electrum's logging).
No Qt here: the CLI may use it too.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
import traceback
import uuid
from pathlib import Path

from platformdirs import user_log_dir

from desktop.vault.paths import prepare_private_dir
from forms.catalogue import text
from forms.version import VERSION

log = logging.getLogger("koers")
KEEP_FILES = 5
KEEP_DAYS = 14
MAX_BYTES = 2_000_000  # a log that grows past this stops: a loop of errors must not fill the disk
_ROOTS = [Path(__file__).resolve().parent.parent]  # the Koers source tree; paths are shown inside it


class Code(str):
    """A fixed word chosen by the program (a reason, a screen), never text a person typed."""


# --- the technical report --------------------------------------------------------------
def _where(filename: str) -> str:
    """A frame's file without the folders above it (they may hold the user's name)."""
    path = Path(filename)
    for root in _ROOTS:
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1:])
    return path.name


def frames(error: BaseException, lang: str | None = None) -> list[str]:
    """`file:line in function` for each frame of the error, its causes first (as Python prints);
    between two errors the catalogue's "then" in `lang` (the process's language when None)."""
    chain, seen = [], set()
    while error is not None and id(error) not in seen and len(chain) < 5:
        seen.add(id(error))
        chain.append(error)
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    lines = []
    for number, item in enumerate(reversed(chain)):
        if number:
            lines.append(text("desktop.diagnostics.then", lang))
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}")
        lines += [f"  {_where(f.filename)}:{f.lineno} in {f.name}" for f in traceback.extract_tb(item.__traceback__)]
    return lines


def versions() -> str:
    return f"Koers {VERSION} · Python {platform.python_version()} · {platform.system()} {platform.release()}"


def technical_report(error: BaseException, extra: str = "", lang: str | None = None) -> str:
    """What the crash dialog copies: when, which versions, the error's type and frames. No message."""
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
    return "\n".join([versions() + (f" · {extra}" if extra else ""), when, *frames(error, lang)])


# --- the opt-in log --------------------------------------------------------------------
def _safe(value: object) -> object:
    if isinstance(value, (bool, int, float, Code)) or value is None:
        return value
    if isinstance(value, BaseException):
        return type(value).__name__
    if isinstance(value, uuid.UUID):
        return "‹id›"
    return "‹tekst›"


class PrivacyFilter(logging.Filter):
    """Rewrites a record before it is written: the template stays, values that could carry a
    name or a note go. Koers's own loggers keep their (constant) template; other libraries'
    messages are replaced, since they may quote anything. Exceptions become type and frames."""

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name == "koers" or record.name.startswith("koers.")
        if not own or not isinstance(record.msg, str):
            record.msg = "‹bericht weggelaten›"
            record.args = None
        elif isinstance(record.args, dict):
            record.args = {key: _safe(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_safe(value) for value in record.args)
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.msg}\n" + "\n".join(frames(record.exc_info[1]))
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


class _CappedFileHandler(logging.FileHandler):
    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None or self.stream.tell() < MAX_BYTES:
            super().emit(record)


def log_dir() -> Path:
    """`KOERS_LOG_DIR` if set, else the platform's log folder."""
    chosen = os.environ.get("KOERS_LOG_DIR")
    return Path(chosen) if chosen else Path(user_log_dir("koers", appauthor=False))


def prune(folder: Path, now: dt.datetime | None = None) -> None:
    """Keep the newest KEEP_FILES logs, none older than KEEP_DAYS."""
    now = now or dt.datetime.now()
    logs = sorted(folder.glob("koers-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    for number, path in enumerate(logs):
        age = now - dt.datetime.fromtimestamp(path.stat().st_mtime)
        if number >= KEEP_FILES or age > dt.timedelta(days=KEEP_DAYS):
            path.unlink(missing_ok=True)


_handler: list[logging.Handler] = []


def start_log(folder: Path | None = None) -> Path:
    """Start writing the diagnostic log (a new 0600 file); returns its path. Idempotent."""
    if _handler:
        return Path(_handler[0].baseFilename)
    folder = prepare_private_dir(folder or log_dir())
    prune(folder)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"koers-{stamp}-{os.getpid()}.log"
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))  # 0600 before the first byte
    handler = _CappedFileHandler(path, encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PrivacyFilter())
    logging.getLogger().addHandler(handler)
    log.setLevel(logging.INFO)
    _handler.append(handler)
    log.info("log gestart: %s, %s", Code(versions()), Code(sys.platform))
    return path


def stop_log() -> None:
    """Stop writing the diagnostic log (the files stay until pruned)."""
    while _handler:
        handler = _handler.pop()
        logging.getLogger().removeHandler(handler)
        handler.close()


__all__ = ["Code", "PrivacyFilter", "frames", "log", "log_dir", "prune", "start_log", "stop_log", "technical_report"]
