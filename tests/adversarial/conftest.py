"""The attacks of issue 11; GUI ones drive the real window with the GUI tests' fixtures."""

from tests.desktop.gui.conftest import make_session, settings_file  # noqa: F401 - fixtures
