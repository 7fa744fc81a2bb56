"""The settings show, read-only, each participant language's translator and review status from
its .po headers (issue 16 §2), so a programme knows what it hands over."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from desktop.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog
from forms import translations
from forms.catalogue import PARTICIPANT_LANGUAGES


def test_each_participant_language_says_who_translated_it_and_if_it_was_reviewed(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    table = dialog.translations
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [r[0] for r in rows] == ["Nederlands", "Engels", "Roemeens", "Bulgaars", "Hongaars", "Pools", "Spaans",
                                    "Portugees", "Thai"]
    assert rows[0][1:] == ["Koers team", "ja, door een moedertaalspreker"]
    for row in rows[2:]:
        assert row[1:] == ["Koers team (machine-assisted draft)", "nee, nog niet door een moedertaalspreker"]
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_status_comes_from_the_po_headers(tmp_path, monkeypatch):
    for lang in PARTICIPANT_LANGUAGES:
        (tmp_path / lang).mkdir()
    (tmp_path / "ro" / "plan.po").write_text(
        '# test\nmsgid ""\nmsgstr ""\n"Language: ro\\n"\n"X-Koers-Translator: Ana Popescu\\n"\n'
        '"X-Koers-Review: native\\n"\n\nmsgid "plan.title"\nmsgstr "Plan"\n', "utf-8")
    monkeypatch.setattr(translations, "CATALOGUE_DIR", tmp_path)
    found = {s.lang: s for s in translations.translation_status()}
    assert found["ro"] == translations.TranslationStatus("ro", ("Ana Popescu",), True)
    assert found["th"] == translations.TranslationStatus("th", (), False)  # no file: nothing reviewed
