"""Progress and reading sessions as a person says them; one wording for the window and the CLI.

- ``clock(8580)`` is ``2:23:00``: every duration shown to a user.
- ``amount_text`` is one logged amount: ``page 120``, ``45%``, ``1:10:00``, ``episode 3``.
- ``progress_text`` is where an entry stands: ``page 120 of 685 (18%)``, ``2 of 5 courses``,
  ``episode 3 of 10``, ``1:10:00 of 2:23:00``; ``progress_fraction`` the same as 0..1 (a bar).
  ``load_progress`` gathers what they need from the database (``ProgressFacts``).
- ``session_text`` is one read-through and ``session_lines`` all of an entry's: a session
  without dates says so (``finished, date unknown``), and undated read-throughs in a row are
  one line (``finished twice, dates unknown``), never ``open`` or ``? → …``.

No Qt: the CLI prints the same strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from readinglog.core.models import Item
from readinglog.core.services import load_item
from readinglog.core.types import ItemKind, ProgressUnit, SessionView, Status

# What an entry with parts counts them in ("2 of 5 courses").
PART_NAMES = {ItemKind.SERIES: ("course", "courses"), ItemKind.PODCAST: ("episode", "episodes")}
TIMES = {1: "once", 2: "twice"}


def clock(seconds: float) -> str:
    """A duration as a clock reads: ``2:23:00``, ``45:00``, ``0:07``."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _number(value: float) -> str:
    return f"{value:g}"


def amount_text(value: float, unit: ProgressUnit | None) -> str:
    """One logged amount: ``page 120``, ``45%``, ``1:10:00`` (minutes), ``episode 3``."""
    if unit is ProgressUnit.PAGES:
        return f"page {_number(value)}"
    if unit is ProgressUnit.MINUTES:
        return clock(value * 60)
    if unit is ProgressUnit.EPISODES:
        return f"episode {_number(value)}"
    return f"{_number(value)}%"


@dataclass(frozen=True)
class ProgressFacts:
    """What an entry's progress is measured against."""

    kind: ItemKind
    status: Status
    value: float | None  # the last progress logged, in ``unit``
    unit: ProgressUnit | None
    pages: int | None  # a book's length
    duration_s: int | None  # an episode's, a video's or a course's length
    parts_done: int  # parts finished (a series' courses, a show's episodes)
    parts_total: int  # parts in the library


def load_progress(s: Session, item_id: int) -> ProgressFacts:
    """The facts ``progress_text`` needs about entry ``item_id``."""
    item = load_item(s, item_id)
    rows = s.execute(
        select(Item.status, func.count()).where(Item.parent_id == item_id).group_by(Item.status)
    ).all()
    by_status: dict[Status, int] = {status: count for status, count in rows}  # noqa: C416
    return ProgressFacts(
        kind=item.kind,
        status=item.status,
        value=item.progress,
        unit=item.progress_unit,
        pages=item.pages,
        duration_s=item.duration_s,
        parts_done=by_status.get(Status.FINISHED, 0),
        parts_total=sum(by_status.values()),
    )


def progress_fraction(facts: ProgressFacts) -> float | None:
    """How far along, 0..1; None when there is nothing to measure against."""
    value, unit = facts.value, facts.unit
    fraction: float | None = None
    if value is not None and unit is ProgressUnit.PAGES and facts.pages:
        fraction = value / facts.pages
    elif value is not None and unit is ProgressUnit.MINUTES and facts.duration_s:
        fraction = value * 60 / facts.duration_s
    elif value is not None and unit is ProgressUnit.EPISODES and facts.parts_total:
        fraction = value / facts.parts_total
    elif value is not None and unit is ProgressUnit.PERCENT and not _counts_parts(facts):
        fraction = value / 100
    elif facts.parts_total:
        fraction = facts.parts_done / facts.parts_total
    return None if fraction is None else max(0.0, min(1.0, fraction))


def _counts_parts(facts: ProgressFacts) -> bool:
    """A series or a show with parts in the library is measured in parts, not percent."""
    return facts.kind in PART_NAMES and facts.parts_total > 0


def progress_text(facts: ProgressFacts) -> str | None:
    """Where the entry stands, as a person says it; None when nothing is known.

    ``page 120 of 685 (18%)``, ``page 120``, ``1:10:00 of 2:23:00``, ``45%``,
    ``episode 3 of 10``, ``2 of 5 courses``."""
    value, unit = facts.value, facts.unit
    if value is not None and unit is ProgressUnit.PAGES:
        if not facts.pages:
            return amount_text(value, unit)
        share = round(100 * value / facts.pages)
        return f"page {_number(value)} of {facts.pages} ({share}%)"
    if value is not None and unit is ProgressUnit.MINUTES:
        if not facts.duration_s:
            return amount_text(value, unit)
        return f"{clock(value * 60)} of {clock(facts.duration_s)}"
    if value is not None and unit is ProgressUnit.EPISODES:
        total = f" of {facts.parts_total}" if facts.parts_total else ""
        return f"episode {_number(value)}{total}"
    if _counts_parts(facts):
        one, many = PART_NAMES[facts.kind]
        return (
            f"{facts.parts_done} of {facts.parts_total} {one if facts.parts_total == 1 else many}"
        )
    if value is not None:
        return amount_text(value, unit)
    return None


# -- sessions --------------------------------------------------------------------------------


def _closing(session: SessionView) -> str:
    """The word for how the session ended ("started" while it is still open)."""
    return session.outcome.value if session.outcome is not None else "started"


def session_text(session: SessionView) -> str:
    """One read-through: its dates, and how it ended; a missing date is said plainly.

    ``2023-01-02 → 2023-02-03 · finished``, ``finished 2023-02-03``,
    ``started 2023-01-02 · finished, date unknown``, ``finished, date unknown``,
    ``started 2023-01-02, not finished``, ``started, date unknown``."""
    start, end, outcome = session.started_on, session.finished_on, session.outcome
    if outcome is None:
        if start is None:
            return "started, date unknown"
        return f"started {start.isoformat()}, not finished"
    if start and end:
        return f"{start.isoformat()} → {end.isoformat()} · {outcome.value}"
    if end:
        return f"{outcome.value} {end.isoformat()}"
    if start:
        return f"started {start.isoformat()} · {outcome.value}, date unknown"
    return f"{outcome.value}, date unknown"


def _undated(session: SessionView) -> bool:
    return session.started_on is None and session.finished_on is None


def session_lines(sessions: Sequence[SessionView]) -> list[str]:
    """An entry's read-throughs, one line each, except that undated ones ending the same way
    in a row make one line: ``finished twice, dates unknown``."""
    lines: list[str] = []
    at = 0
    while at < len(sessions):
        session = sessions[at]
        run = 1
        if _undated(session):
            while (
                at + run < len(sessions)
                and _undated(sessions[at + run])
                and sessions[at + run].outcome == session.outcome
            ):
                run += 1
        if run == 1:
            lines.append(session_text(session))
        else:
            times = TIMES.get(run, f"{run} times")
            lines.append(f"{_closing(session)} {times}, dates unknown")
        at += run
    return lines
