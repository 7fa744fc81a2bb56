"""Koers opens no network connection, ever: the whole workflow under an audit hook."""

import os
import subprocess
import sys
from pathlib import Path

GUARD = Path(__file__).with_name("network_guard.py")


def _run_guard(tmp_path: Path, script: str | None = None) -> subprocess.CompletedProcess:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    argv = [sys.executable, "-c", script] if script else [sys.executable, str(GUARD), str(tmp_path)]
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)


def test_whole_workflow_opens_no_socket(tmp_path):
    result = _run_guard(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]


def test_the_guard_sees_a_connection_attempt(tmp_path):
    """The hook must catch what it is there to catch (a test that cannot fail is a defect)."""
    probe = (f"import sys, socket; sys.path.insert(0, {str(GUARD.parent)!r}); import network_guard as g; "
             "sys.addaudithook(g.hook)\n"
             "try: socket.getaddrinfo('example.org', 443)\nexcept OSError: pass\n"
             "s = socket.socket(); s.close()\n"
             "print('\\n'.join(g.VIOLATIONS))")
    result = _run_guard(tmp_path, probe)
    assert "socket.getaddrinfo" in result.stdout and "socket.__new__" in result.stdout
