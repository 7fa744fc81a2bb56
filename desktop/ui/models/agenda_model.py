"""The agenda as a tree model: two groups, *Deze week* and *Te laat*, each line with its day,
her roepnaam and what is due (matrix.agenda); a line knows the dossier and the tab it opens."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from desktop.ui.i18n import tr
from desktop.ui.models.caseload_model import OVERDUE, short_date
from matrix.agenda import Agenda, Line, Rules

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_ROLE = Qt.ItemDataRole.UserRole + 2


def line_text(line: Line, rules: Rules) -> str:
    """What is due, in the screen's language (her words and a partner's name as they are)."""
    words = {
        "goal": tr("Doel: {what}"), "action": tr("Actie: {what}"),
        "checkin": tr("Nazorg: contact na {months} maanden"), "meting": tr("Nieuwe zelfredzaamheidsmeting"),
        "contact": tr("Geen contact in {weeks} weken"),
        "referral": tr("Verwijzing naar {what} wacht langer dan gewoonlijk"),
        "retention": tr("Bewaartermijn: dossier nakijken"),
    }[line.kind]
    return words.format(what=" ".join(line.what.split()), months=line.months, weeks=rules.contact_weeks)


class AgendaModel(QStandardItemModel):
    """Read-only; `show(agenda, rules)` replaces everything."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr("Wanneer"), tr("Roepnaam"), tr("Wat")])

    def show(self, agenda: Agenda, rules: Rules) -> None:
        self.removeRows(0, self.rowCount())
        for title, lines, late in ((tr("Deze week (%1)"), agenda.this_week, False),
                                   (tr("Te laat (%1)"), agenda.overdue, True)):
            group = QStandardItem(title.replace("%1", str(len(lines))))
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for line in lines:
                group.appendRow(self._row(line, rules, late))
            self.appendRow([group, _cell(""), _cell("")])

    @staticmethod
    def _row(line: Line, rules: Rules, late: bool) -> list[QStandardItem]:
        cells = [_cell(short_date(line.due)), _cell(line.roepnaam), _cell(line_text(line, rules))]
        for cell in cells:
            cell.setData(line.participant_id, ID_ROLE)
            cell.setData(line.tab, TAB_ROLE)
            if late:
                cell.setForeground(QBrush(OVERDUE))
        return cells

    def group(self, overdue: bool) -> QStandardItem:
        return self.item(1 if overdue else 0)

    @staticmethod
    def target(index) -> tuple[UUID, str] | None:
        """The dossier and tab a line opens; None for a group's title."""
        pid = index.data(ID_ROLE)
        return (pid, index.data(TAB_ROLE)) if pid is not None else None


def _cell(words: str) -> QStandardItem:
    cell = QStandardItem(words)
    cell.setEditable(False)
    return cell
