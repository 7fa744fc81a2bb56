"""First run as a state machine: worker -> passphrase -> (vault made) -> recovery check -> done.

The screen draws the current step and calls the methods below; every method returns the
problems (catalogue Messages, said in the screen's language) that keep the flow where it is,
so the rules are tested without Qt.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum

from desktop.flows.new_passphrase import Problem, new_passphrase_problems
from desktop.vault.service import ROLES
from forms.catalogue import Message
from forms.messages import name_problem


MAX_NAME = 120


class Step(Enum):
    WORKER = "worker"
    PASSPHRASE = "passphrase"
    CREATING = "creating"
    RECOVERY = "recovery"
    DONE = "done"


@dataclass
class FirstRunFlow:
    """The answers so far and the step the worker is on."""

    step: Step = Step.WORKER
    worker_name: str = ""
    role: str = "begeleider"
    passphrase: str = field(default="", repr=False)
    recovery_code: str = field(default="", repr=False)
    check_group: int = 0  # which group of the code she retypes (0-based)
    rng: random.Random = field(default_factory=random.SystemRandom, repr=False)

    def set_worker(self, name: str, role: str) -> list[Problem]:
        name = name.strip()
        problems = []
        if not name:
            problems.append(Message("desktop.first-run.fill-in-name"))
        elif len(name) > MAX_NAME:
            problems.append(Message("desktop.first-run.name-too-long", most=MAX_NAME))
        elif problem := name_problem(name):  # the rule for every name, as `koers init` applies it
            problems.append(Message("forms.your-name", problem=problem))
        if role not in ROLES:
            problems.append(Message("desktop.first-run.choose-role"))
        if not problems:
            self.worker_name, self.role, self.step = name, role, Step.PASSPHRASE
        return problems

    def set_passphrase(self, passphrase: str, repeated: str) -> list[Problem]:
        problems = new_passphrase_problems(passphrase, repeated, [self.worker_name])
        if not problems:
            self.passphrase, self.step = passphrase, Step.CREATING
        return problems

    def vault_created(self, recovery_code: str) -> None:
        """The vault exists; forget the passphrase and ask her to retype one group of the code."""
        self.passphrase = ""
        self.recovery_code = recovery_code
        self.check_group = self.rng.randrange(len(self.groups))
        self.step = Step.RECOVERY

    def creation_failed(self) -> None:
        self.passphrase, self.step = "", Step.PASSPHRASE

    @property
    def groups(self) -> list[str]:
        return self.recovery_code.split("-")

    def confirm_recovery(self, typed: str) -> list[Problem]:
        cleaned = "".join(c for c in typed.upper() if c.isalnum())
        if cleaned != self.groups[self.check_group]:
            return [Message("desktop.first-run.code-differs")]
        self.recovery_code, self.step = "", Step.DONE
        return []

    def back(self) -> None:
        if self.step is Step.PASSPHRASE:
            self.step = Step.WORKER
