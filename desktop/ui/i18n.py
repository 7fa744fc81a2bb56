"""Translation: Dutch source strings, English from resources/i18n/koers_en.qm.

`tr` marks a string for Qt Linguist (lupdate sees bare `tr("...")` calls, context "").
Vocabulary labels and validation messages come translated from `forms` and use `lang()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from forms.resources import RESOURCES

I18N = RESOURCES / "i18n"
_state = {"lang": "nl", "translator": None}


def tr(text: str) -> str:
    """The text in the current language (the source text is Dutch)."""
    return QCoreApplication.translate("", text)


def lang() -> str:
    """The language the screens are shown in: 'nl' or 'en'."""
    return _state["lang"]


def install_language(code: str) -> bool:
    """Switch the app's language; screens built afterwards use it. False if the .qm is missing."""
    app = QCoreApplication.instance()
    if _state["translator"] is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    _state["lang"] = "en" if code == "en" else "nl"
    if _state["lang"] == "nl":
        return True
    translator = QTranslator(app)
    if not translator.load(str(I18N / f"koers_{_state['lang']}.qm")):
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    return True
