"""Keys and trust in the app, between real vaults: a worker saves her public key from *Sleutels*,
the supervisor trusts it there after seeing the fingerprint, a revoked key's bundle is refused,
and the import screen trusts an unknown sender in place, then reads her bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.demo import WORKER, demo_dossiers
from desktop.ui.keys_screen import KeysScreen
from desktop.ui.supervisor.import_screen import ImportScreen
from desktop.ui.trust_dialog import TrustDialog
from desktop.vault.exchange import export_bundle, mark_sent
from desktop.vault.trust import key_entries, own_public_key, trust_key, trusted_keys
from exports.bundle import PublicKey
from tests.desktop.gui.test_supervisor import _vault
from tests.desktop.gui.conftest import unlock


@pytest.fixture
def pair(tmp_path):
    """(worker vault with the demo dossiers and her supervisor's key, supervisor vault trusting nobody)."""
    worker = _vault(tmp_path / "w", WORKER, "begeleider")
    supervisor = _vault(tmp_path / "s", "Sam Super", "supervisor")
    trust_key(worker, PublicKey.from_file(own_public_key(supervisor).to_file()), "supervisor")
    worker.save_all([r for d in demo_dossiers()[:2] for r in d.records()])
    yield worker, supervisor
    worker.close()
    supervisor.close()


def _bundle(worker, path):
    export = export_bundle(worker, "Sam Super")
    mark_sent(worker, export)
    path.write_bytes(export.data)
    return path


def _screen(qtbot, vault) -> KeysScreen:
    screen = KeysScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _save_key(qtbot, worker, folder, monkeypatch):
    """The worker clicks *Openbare sleutel opslaan* and accepts the suggested name in `folder`."""
    screen = _screen(qtbot, worker)
    asked = {}

    def save_dialog(_parent, _title, start, _filter):
        asked["start"] = start
        return str(folder / start.rsplit("/", 1)[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    return screen, folder / asked["start"].rsplit("/", 1)[-1]


def _trust_in_dialog(qtbot, dialog: TrustDialog, key_file, monkeypatch) -> None:
    """Open the key file, see the fingerprint, tick that it matches (keyboard), press Vertrouwen."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(key_file), ""))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok.isEnabled()  # not before she says the fingerprints match
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Space)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_worker_saves_her_key_and_the_supervisor_trusts_it_after_the_fingerprint(qtbot, pair, tmp_path, monkeypatch):
    worker, supervisor = pair
    stick = tmp_path / "usb"
    stick.mkdir()
    mine, key_file = _save_key(qtbot, worker, stick, monkeypatch)
    me = own_public_key(worker)
    assert key_file.name == f"koers-begeleider-{me.fingerprint}.pub"  # nothing personal in the name
    assert PublicKey.from_file(key_file.read_bytes()) == me
    assert mine.own_fingerprint.text() == "   ".join(me.fingerprint.split("-"))
    assert str(key_file) in mine.status.text()

    screen = _screen(qtbot, supervisor)
    dialog = screen.open_trust_dialog()
    _trust_in_dialog(qtbot, dialog, key_file, monkeypatch)
    assert dialog.fingerprint.text() == mine.own_fingerprint.text()  # what she reads aloud is what he sees
    assert dialog.name.text() == WORKER and dialog.role.currentData() == "begeleider"
    assert [k.fingerprint for k in trusted_keys(supervisor, "begeleider")] == [me.fingerprint]
    assert screen.model.rowCount() == 1 and screen.model.row(0).key.name == WORKER
    assert "vertrouwd als begeleider" in screen.status.text()


def test_the_next_dialog_opens_in_the_folder_used_last(qtbot, pair, tmp_path, monkeypatch):
    worker, supervisor = pair
    stick = tmp_path / "stick"
    stick.mkdir()
    _save_key(qtbot, worker, stick, monkeypatch)
    seen = []

    def open_dialog(_parent, _title, start, _filter):
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    dialog = TrustDialog(supervisor)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert seen == [str(stick)]


def test_a_revoked_keys_bundle_is_refused(qtbot, pair, tmp_path, monkeypatch):
    worker, supervisor = pair
    trust_key(supervisor, own_public_key(worker), "begeleider")
    screen = _screen(qtbot, supervisor)
    screen.table.selectRow(0)
    box = screen.ask_revoke()
    assert box.defaultButton().text() == "Annuleren"  # Enter does not revoke
    revoke = next(b for b in box.buttons() if b.text() == "&Intrekken")
    qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)
    assert key_entries(supervisor)[0].revoked_at is not None
    assert "Ingetrokken op" in screen.model.data(screen.model.index(0, 3))
    assert not screen.revoke_button.isEnabled()

    importer = ImportScreen(supervisor)
    qtbot.addWidget(importer)
    importer.import_file(_bundle(worker, tmp_path / "na-intrekken.koers"))
    qtbot.waitUntil(lambda: not importer.busy, timeout=10_000)
    assert "is ingetrokken" in importer.error.text() and "niets veranderd" in importer.error.text()
    assert not importer.trust_button.isVisibleTo(importer)  # a revoked key is not trusted again here
    assert supervisor.participants() == []


def test_cancelling_the_revoke_question_keeps_the_key(qtbot, pair):
    worker, supervisor = pair
    trust_key(supervisor, own_public_key(worker), "begeleider")
    screen = _screen(qtbot, supervisor)
    screen.table.selectRow(0)
    box = screen.ask_revoke()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert key_entries(supervisor)[0].revoked_at is None


def test_import_screen_trusts_the_unknown_sender_in_place_then_reads_her_bundle(qtbot, pair, tmp_path, monkeypatch):
    worker, supervisor = pair
    bundle = _bundle(worker, tmp_path / "bundel.koers")
    stranger = _vault(tmp_path / "x", "Iemand Anders", "begeleider")
    wrong = tmp_path / "ander.pub"
    wrong.write_bytes(own_public_key(stranger).to_file())
    stranger.close()
    right = tmp_path / "anna.pub"
    right.write_bytes(own_public_key(worker).to_file())
    screen = ImportScreen(supervisor)
    qtbot.addWidget(screen)
    screen.show()
    screen.import_file(bundle)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.trust_button.isVisible() and "koers keys" not in screen.error.text()
    assert "Sleutel van de afzender vertrouwen" in screen.error.text()

    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    dialog = screen.trust_dialog
    assert own_public_key(worker).fingerprint in dialog.intro.text()  # the bundle's signer, to compare with
    dialog.load_file(wrong)
    assert "hoort niet bij de afzender" in dialog.error.text() and dialog.key is None
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Space)
    assert not dialog.ok.isEnabled()  # a wrong key cannot be trusted, ticked or not
    _trust_in_dialog(qtbot, dialog, right, monkeypatch)
    qtbot.waitUntil(lambda: screen.report_box.isVisible(), timeout=10_000)
    assert screen.counts["new"].text() != "0"
    assert not screen.trust_button.isVisible()
    assert WORKER in screen.trusted.text()


def test_a_damaged_key_file_is_refused_in_plain_words(qtbot, pair, tmp_path):
    _worker, supervisor = pair
    bad = tmp_path / "kapot.pub"
    bad.write_text("{niet een sleutel")
    dialog = TrustDialog(supervisor)
    qtbot.addWidget(dialog)
    dialog.load_file(bad)
    assert "Vraag de ander het bestand opnieuw op te slaan." in dialog.error.text()
    assert not dialog.ok.isEnabled() and trusted_keys(supervisor) == []
    dialog.load_file(Path("/dev/zero"))  # no size and no end: read capped, refused as too large
    assert "te groot" in dialog.error.text() and trusted_keys(supervisor) == []


@pytest.mark.parametrize("role", ["begeleider", "supervisor"])
def test_ctrl_k_opens_sleutels_for_both_roles(qtbot, make_session, tmp_path, role):
    folder = tmp_path / role
    _vault(folder, "Sam Super" if role == "supervisor" else WORKER, role).close()
    session = make_session(folder)
    unlock(qtbot, session)
    assert session.window.actions["keys"].shortcut().toString() == "Ctrl+K"
    session.window.actions["keys"].trigger()
    screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KeysScreen) and w.isVisible())
    assert own_public_key(session.vault).fingerprint.split("-")[0] in screen.own_fingerprint.text()
    session.lock()
    qtbot.waitUntil(lambda: not any(isinstance(w, KeysScreen) for w in QApplication.topLevelWidgets()), timeout=5000)
    assert not session.window.actions["keys"].isEnabled()


def test_sleutels_in_english(qtbot, pair):
    from desktop.ui.i18n import install_language

    assert install_language("en")
    try:
        screen = _screen(qtbot, pair[1])
        assert screen.windowTitle() == "Keys" and screen.save_button.text() == "&Save public key…"
        dialog = screen.open_trust_dialog()
        assert dialog.matches.text() == "The fingerprint &matches"
    finally:
        install_language("nl")
