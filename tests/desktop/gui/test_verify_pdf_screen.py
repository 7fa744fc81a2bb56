"""*Ondertekende PDF controleren* (Koers menu, Ctrl+Shift+V): the same checks as `koers verify-pdf`,
driven through the screen: a signed plan checks out and names its signer, an altered one and a
stranger's are not trusted, a device that never ends is refused without reading it whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.ui.verify_pdf_screen import VerifyPdfScreen
from desktop.vault import KdfParams, Vault
from desktop.vault.documents import plan_pdf_job
from tests.conftest import PASSPHRASE, WORKER
from tests.desktop.gui.conftest import unlock
from tests.exports.test_pdf_signing import flip_byte_in_signed_range
from tests.exports.test_plan_pdf import make_dossier


@pytest.fixture
def signed(tmp_path):
    """(open vault holding a signed plan, its PDF on disk)."""
    vault, _ = Vault.create(tmp_path / "kluis", PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())
    dossier, plan = make_dossier(signed=True)
    vault.save_all(dossier.records())
    pdf = tmp_path / "plan-1.pdf"
    pdf.write_bytes(plan_pdf_job(vault, plan).render())
    yield vault, pdf
    vault.close()


def _check(qtbot, vault, path, monkeypatch) -> VerifyPdfScreen:
    screen = VerifyPdfScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    return screen


def test_a_signed_plan_checks_out_and_names_its_signer(qtbot, signed, monkeypatch):
    vault, pdf = signed
    screen = _check(qtbot, vault, pdf, monkeypatch)
    assert screen.verdict.text() == "De handtekening klopt"
    details = screen.details.text()
    assert f"Ondertekend door {WORKER} (deze kluis)" in details
    assert "Niet veranderd sinds het ondertekenen" in details and "gelijk aan die in de kluis" in details


def test_an_altered_pdf_is_not_trusted(qtbot, signed, tmp_path, monkeypatch):
    vault, pdf = signed
    altered = tmp_path / "veranderd.pdf"
    altered.write_bytes(flip_byte_in_signed_range(pdf.read_bytes()))
    screen = _check(qtbot, vault, altered, monkeypatch)
    assert screen.verdict.text() == "Niet te vertrouwen"
    assert "veranderd" in screen.details.text()


def test_a_stranger_signature_is_unknown_and_its_name_only_a_claim(qtbot, signed, tmp_path, monkeypatch):
    _vault, pdf = signed
    other, _ = Vault.create(tmp_path / "ander", PASSPHRASE, "Iemand Anders", kdf=KdfParams.fast_for_tests())
    screen = _check(qtbot, other, pdf, monkeypatch)
    other.close()
    assert screen.verdict.text() == "Onbekende ondertekenaar"
    assert "kan iedereen invullen" in screen.details.text()
    assert screen.details.textFormat() == Qt.TextFormat.PlainText  # the file's words are never markup


def test_hostile_files_are_refused_in_plain_words(qtbot, signed, tmp_path, monkeypatch):
    vault, _pdf = signed
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n<<<<<<<<" * 1000)
    assert _check(qtbot, vault, junk, monkeypatch).verdict.text() == "Niet te vertrouwen"
    screen = _check(qtbot, vault, "/dev/zero", monkeypatch)  # read capped, not to the end
    assert screen.verdict.text() == "Niet gecontroleerd" and "te groot" in screen.details.text()


def test_ctrl_shift_v_opens_it_from_the_window(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    session.window.actions["verify_pdf"].trigger()
    qtbot.waitUntil(lambda: isinstance(session.window.findChild(VerifyPdfScreen), VerifyPdfScreen), timeout=2000)
    assert session.window.actions["verify_pdf"].shortcut().toString() == "Ctrl+Shift+V"
