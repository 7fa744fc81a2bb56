"""A bar and a word for how strong a new passphrase is (the rules live in vault.passphrase)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.ui.i18n import lang, tr
from desktop.vault.passphrase import LEVELS, strength

COLOURS = ("#b3261e", "#c8641e", "#b08a12", "#2f7d4f", "#1f6a45")


class StrengthMeter(QWidget):
    """Call `update_for(passphrase)` on every keystroke."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(maximum=len(LEVELS) - 1, textVisible=False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(tr("Sterkte van het wachtwoord"))
        self.verdict = QLabel()
        self.verdict.ensurePolished()  # the style sheet's font, for one line's height
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().height())  # no jump at the first key
        self.tips = QLabel(objectName="Hint", wordWrap=True)
        for widget in (self.bar, self.verdict, self.tips):
            layout.addWidget(widget)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        if not passphrase:  # nothing typed yet is no verdict: an empty, neutral meter
            self.bar.setValue(0)
            for widget in (self.bar, self.verdict, self.tips):
                widget.setStyleSheet("")
            self.verdict.clear()
            self.tips.clear()
            self.tips.hide()  # shown again with its text, so the layout makes room for its lines
            self.bar.setAccessibleDescription("")
            return
        result = strength(passphrase)
        self.bar.setValue(result.level)
        colour = COLOURS[result.level]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}")
        self.verdict.setText(tr("Sterkte: {label}").format(label=result.label(lang())))
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.tips.setText("\n".join(result.tips(lang())))
        self.tips.show()
        self.bar.setAccessibleDescription(result.label(lang()))
