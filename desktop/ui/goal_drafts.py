"""The goal being written on the plan tab: marked unsaved in the goal list while she types,
autosaved into the vault as a draft, and put back after a crash, a lock or a quit."""

from __future__ import annotations

import json
from uuid import UUID

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.ui.drafts import DraftAutosaver
from desktop.ui.i18n import tr
from desktop.ui.widgets.common import Banner
from forms import Goal

DRAFT_VERSION = 1


class GoalDrafts(QObject):
    """Works on a PlanTab (`tab.plan`, `tab.pending`, `tab.editor`, `tab.tree`, `tab.show_goal`)."""

    def __init__(self, tab, vault, key: str, interval_s: float):
        super().__init__(tab)
        self._tab = tab
        self._saver = DraftAutosaver(vault, key, self._dump, interval_s, self)
        self.banner = Banner()

    # --- the list ------------------------------------------------------------------------
    def is_unsaved(self, goal: Goal) -> bool:
        editor = self._tab.editor
        return goal is self._tab.pending or (editor.dirty and goal.id == editor.goal_id)

    def mark(self, item: QTreeWidgetItem) -> None:
        """The row says it is not saved: a dot, italics, and what she has typed so far."""
        item.setText(0, "● " + (self._tab.editor.text.toPlainText().strip() or tr("(nieuw doel)")))
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        item.setToolTip(0, tr("Niet opgeslagen"))

    def edited(self) -> None:
        item = self._tab.tree.currentItem()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == str(self._tab.editor.goal_id):
            self.mark(item)
        self._saver.touched()

    # --- the draft -----------------------------------------------------------------------
    def _dump(self) -> str:
        tab = self._tab
        return json.dumps({"version": DRAFT_VERSION, "form": "goal", "plan": str(tab.plan.id),
                           "goal": str(tab.editor.goal_id), "fields": tab.editor.draft()}, ensure_ascii=False)

    def flush(self) -> None:
        self._saver.flush()

    def saved(self) -> None:
        """Stored or thrown away: the draft goes."""
        self._saver.saved()
        self.banner.setVisible(False)

    def restore(self) -> bool:
        """Put a draft back on its (unsigned) plan version; a draft that fits nothing is dropped."""
        tab, body = self._tab, self._saver.stored()
        if not body:
            return False
        try:
            data = json.loads(body)
            plan = next(p for p in tab.dossier.plans if str(p.id) == data["plan"] and not p.frozen)
            goal_id = UUID(data["goal"])
        except (ValueError, KeyError, StopIteration):
            self._saver.saved()
            return False
        if data.get("version") != DRAFT_VERSION:
            return False
        goal = next((g for g in plan.goals if g.id == goal_id), None)
        tab.show_goal(plan, goal or Goal(id=goal_id, text=""), pending=goal is None)
        tab.editor.restore(data.get("fields", {}))
        self.banner.show_message(tr("Niet-opgeslagen doel teruggezet. Kies Doel opslaan om het te bewaren."))
        return True


__all__ = ["GoalDrafts"]
