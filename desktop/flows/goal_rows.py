"""A goal's sub-goals and actions as the goal editor's tables hold them: typed rows, with
dates as typed (dd-mm-jjjj) so a half-typed row survives in a draft. No Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from forms import Action, SubGoal

DATE_FORMAT = "%d-%m-%Y"


def shown_date(day: dt.date | None) -> str:
    return day.strftime(DATE_FORMAT) if day else ""


def typed_date(text: str) -> dt.date | None:
    """The date in `text` (dd-mm-jjjj); None when empty; ValueError when it is no date."""
    text = text.strip()
    return dt.datetime.strptime(text, DATE_FORMAT).date() if text else None


@dataclass
class SubGoalRow:
    text: str = ""
    start: int | None = None
    target: int | None = None
    deadline: str = ""
    id: str | None = None  # a stored sub-goal's id, kept so evaluations still find it

    @classmethod
    def of(cls, sub: SubGoal) -> SubGoalRow:
        return cls(sub.text, sub.start, sub.target, shown_date(sub.deadline), str(sub.id))

    def is_blank(self) -> bool:
        return not self.text.strip()

    def model(self) -> SubGoal:
        """Raises ValueError for a bad date, ValidationError for the rest."""
        known = {"id": self.id} if self.id else {}
        return SubGoal(**known, text=self.text.strip(), start=self.start, target=self.target,
                       deadline=typed_date(self.deadline))


@dataclass
class ActionRow:
    what: str = ""
    who: str = ""
    by_when: str = ""
    done: bool = False
    id: str | None = None

    @classmethod
    def of(cls, action: Action) -> ActionRow:
        return cls(action.what, action.who or "", shown_date(action.by_when), action.done, str(action.id))

    def is_blank(self) -> bool:
        return not self.what.strip()

    def model(self) -> Action:
        known = {"id": self.id} if self.id else {}
        return Action(**known, what=self.what.strip(), who=self.who.strip() or None,
                      by_when=typed_date(self.by_when), done=self.done)


__all__ = ["ActionRow", "SubGoalRow", "shown_date", "typed_date"]
