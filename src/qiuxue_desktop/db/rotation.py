"""Which backups to keep: the last 10, one a day for 7 days, one a week for 4 weeks, one a month
for 12 months. A pure function over timestamps, so a fake calendar can test it.

The rules are those of borg and restic (`--keep-last 10 --keep-daily 7 --keep-weekly 4
--keep-monthly 12`): walking from the newest backup back, each rule keeps the newest backup of
each of its most recent periods *that hold a backup*. An office PC switched off over a holiday
therefore still keeps seven daily backups, not seven empty days. Days, ISO weeks and months are
counted in local time (the office's calendar), given as `tz`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    last: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = Policy()

Period = Callable[[dt.datetime], Hashable]


def _day(t: dt.datetime) -> Hashable:
    return t.date()


def _week(t: dt.datetime) -> Hashable:
    year, week, _ = t.isocalendar()
    return (year, week)


def _month(t: dt.datetime) -> Hashable:
    return (t.year, t.month)


def kept(
    times: Sequence[dt.datetime], *, policy: Policy = DEFAULT_POLICY, tz: dt.tzinfo | None = None
) -> set[int]:
    """The indexes (into `times`) of the backups to keep; all timestamps must be timezone-aware."""
    if any(t.tzinfo is None for t in times):
        raise ValueError("backup timestamps must be timezone-aware")
    local = [t.astimezone(tz) for t in times]
    newest_first = sorted(range(len(times)), key=lambda i: local[i], reverse=True)
    keep = set(newest_first[: policy.last])
    rules: tuple[tuple[int, Period], ...] = (
        (policy.daily, _day),
        (policy.weekly, _week),
        (policy.monthly, _month),
    )
    for count, period in rules:
        seen: set[Hashable] = set()
        for i in newest_first:
            if len(seen) >= count:
                break
            key = period(local[i])
            if key not in seen:
                seen.add(key)
                keep.add(i)
    return keep


def to_remove(
    times: Sequence[dt.datetime], *, policy: Policy = DEFAULT_POLICY, tz: dt.tzinfo | None = None
) -> list[int]:
    """The indexes of the backups rotation lets go, oldest first."""
    keep = kept(times, policy=policy, tz=tz)
    return sorted((i for i in range(len(times)) if i not in keep), key=lambda i: times[i])
