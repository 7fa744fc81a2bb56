"""What one vault operation changed, told to subscribers (screens) once it is committed."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID


@dataclass
class Changes:
    """What one operation changed, for screens to decide whether to refresh."""

    kinds: set[str] = field(default_factory=set)
    participant_ids: set[UUID] = field(default_factory=set)
