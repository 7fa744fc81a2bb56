"""Translation: Dutch source strings, English from resources/i18n/koers_en.qm.

`tr` marks a string for Qt Linguist (lupdate sees bare `tr("...")` calls, context "").
Vocabulary labels and validation messages come translated from `forms` and use `lang()`.
Qt's own texts (standard buttons, file dialogs, the calendar) are English in Qt's source:
the Dutch screens load the `qtbase_nl.qm` that PySide6 ships, and the matching locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from forms.resources import RESOURCES

I18N = RESOURCES / "i18n"
LOCALES = {"nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_state: dict = {"lang": "nl", "translators": []}


def tr(text: str) -> str:
    """The text in the current language (the source text is Dutch)."""
    return QCoreApplication.translate("", text)


def lang() -> str:
    """The language the screens are shown in: 'nl' or 'en'."""
    return _state["lang"]


def _catalogues(code: str) -> list[str]:
    """The .qm files a language needs: Koers's own English, or Qt's own Dutch."""
    if code == "en":
        return [str(I18N / "koers_en.qm")]
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath) + "/qtbase_nl.qm"]


def install_language(code: str) -> bool:
    """Switch the app's language; screens built afterwards use it. False if a .qm is missing."""
    app = QCoreApplication.instance()
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    _state["lang"] = "en" if code == "en" else "nl"
    QLocale.setDefault(LOCALES[_state["lang"]])  # month and day names in the calendar popup
    for path in _catalogues(_state["lang"]):
        translator = QTranslator(app)
        if not translator.load(path):
            return False
        app.installTranslator(translator)
        _state["translators"].append(translator)
    return True
