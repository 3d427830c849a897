"""Progress and reading sessions as a person says them; one wording for the window and the CLI.

- ``clock(8580)`` is ``2:23:00``: every duration shown to a user.
- ``amount_said`` is one logged amount: ``page 120``, ``45%``, ``1:10:00``, ``episode 3``.
- ``progress_text`` is where an entry stands: ``page 120 of 685 (18%)``, ``2 of 5 courses``,
  ``episode 3 of 10``, ``1:10:00 of 2:23:00``; ``progress_fraction`` the same as 0..1 (a bar).
  ``load_progress`` gathers what they need from the database (``ProgressFacts``).
- ``session_said`` is one read-through and ``session_lines`` all of an entry's: a session
  without dates says so (``finished, date unknown``), and undated read-throughs in a row are
  one line (``finished twice, dates unknown``), never ``open`` or ``? → …``.

No Qt: the CLI prints the same strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from readinglog.core.errors import Message
from readinglog.core.models import Item
from readinglog.core.services import load_item
from readinglog.core.types import ItemKind, ProgressUnit, SessionView, Status

# What a logged event's amount and its time spent are called in a sentence about them
# (``values.parse_number(text, AMOUNT)``: "amount: 'x' is not a number").
AMOUNT = Message("amount")
TIME = Message("time")
# What an entry with parts counts them in ("2 of 5 courses").
PART_NAMES = {ItemKind.SERIES: ("course", "courses"), ItemKind.PODCAST: ("episode", "episodes")}


def clock(seconds: float) -> str:
    """A duration as a clock reads: ``2:23:00``, ``45:00``, ``0:07``."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _number(value: float) -> str:
    return f"{value:g}"


def amount_said(value: float, unit: ProgressUnit | None) -> Message:
    """One logged amount: ``page 120``, ``45%``, ``1:10:00`` (minutes), ``episode 3``; a
    ``Message``, which the window says in its language."""
    if unit is ProgressUnit.PAGES:
        return Message("page {page}", page=_number(value))
    if unit is ProgressUnit.MINUTES:
        return Message("{clock}", clock=clock(value * 60))
    if unit is ProgressUnit.EPISODES:
        return Message("episode {number}", number=_number(value))
    return Message("{value}%", value=_number(value))


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
    said = progress_said(facts)
    return None if said is None else str(said)


def progress_said(facts: ProgressFacts) -> Message | None:
    """``progress_text`` as a ``Message``, which the window says in its language."""
    value, unit = facts.value, facts.unit
    if value is not None and unit is ProgressUnit.PAGES:
        if not facts.pages:
            return amount_said(value, unit)
        share = round(100 * value / facts.pages)
        return Message(
            "page {page} of {pages} ({share}%)", page=_number(value), pages=facts.pages, share=share
        )
    if value is not None and unit is ProgressUnit.MINUTES:
        if not facts.duration_s:
            return amount_said(value, unit)
        return Message("{done} of {length}", done=clock(value * 60), length=clock(facts.duration_s))
    if value is not None and unit is ProgressUnit.EPISODES:
        if facts.parts_total:
            return Message(
                "episode {number} of {total}", number=_number(value), total=facts.parts_total
            )
        return Message("episode {number}", number=_number(value))
    if _counts_parts(facts):
        return _parts(facts)
    if value is not None:
        return amount_said(value, unit)
    return None


def _parts(facts: ProgressFacts) -> Message:
    """``2 of 5 courses``, ``1 of 1 episode``: a series' or a show's parts finished."""
    done, total = facts.parts_done, facts.parts_total
    if facts.kind is ItemKind.SERIES:
        if total == 1:
            return Message("{done} of {total} course", done=done, total=total)
        return Message("{done} of {total} courses", done=done, total=total)
    if total == 1:
        return Message("{done} of {total} episode", done=done, total=total)
    return Message("{done} of {total} episodes", done=done, total=total)


# -- sessions --------------------------------------------------------------------------------


# How a read-through ended, as a word of a sentence ("started" while it is still open).
_ENDED = {
    Status.WANT: Message("want"),
    Status.IN_PROGRESS: Message("in-progress"),
    Status.FINISHED: Message("finished"),
    Status.ABANDONED: Message("abandoned"),
    Status.PAUSED: Message("paused"),
}
_STARTED = Message("started")


def _closing(session: SessionView) -> Message:
    """The word for how the session ended ("started" while it is still open)."""
    return _ENDED[session.outcome] if session.outcome is not None else _STARTED


def session_said(session: SessionView) -> Message:
    """One read-through: its dates, and how it ended; a missing date is said plainly.

    ``2023-01-02 → 2023-02-03 · finished``, ``finished 2023-02-03``,
    ``started 2023-01-02 · finished, date unknown``, ``finished, date unknown``,
    ``started 2023-01-02, not finished``, ``started, date unknown``."""
    start, end, outcome = session.started_on, session.finished_on, session.outcome
    if outcome is None:
        if start is None:
            return Message("started, date unknown")
        return Message("started {start}, not finished", start=start.isoformat())
    ended = _ENDED[outcome]
    if start and end:
        return Message(
            "{start} → {end} · {outcome}",
            start=start.isoformat(),
            end=end.isoformat(),
            outcome=ended,
        )
    if end:
        return Message("{outcome} {end}", outcome=ended, end=end.isoformat())
    if start:
        return Message(
            "started {start} · {outcome}, date unknown", start=start.isoformat(), outcome=ended
        )
    return Message("{outcome}, date unknown", outcome=ended)


def _undated(session: SessionView) -> bool:
    return session.started_on is None and session.finished_on is None


def session_lines(sessions: Sequence[SessionView]) -> list[str]:
    """An entry's read-throughs, one line each, except that undated ones ending the same way
    in a row make one line: ``finished twice, dates unknown``."""
    return [str(line) for line in session_lines_said(sessions)]


def session_lines_said(sessions: Sequence[SessionView]) -> list[Message]:
    """``session_lines`` as ``Message``s, which the window says in its language."""
    lines: list[Message] = []
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
            lines.append(session_said(session))
        else:
            lines.append(
                Message(
                    "{outcome} {times}, dates unknown", outcome=_closing(session), times=_times(run)
                )
            )
        at += run
    return lines


def _times(count: int) -> Message:
    """``once``, ``twice``, ``3 times``."""
    if count == 1:
        return Message("once")
    if count == 2:
        return Message("twice")
    return Message("{count} times", count=count)
