"""Backup rotation on a fake calendar: the last 10, one a day for 7 days, one a week for 4 weeks,
one a month for 12 months — and nothing else."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from qiuxue_desktop.db.rotation import Policy, kept, to_remove

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = dt.datetime(2025, 1, 1, 9, 0, tzinfo=SHANGHAI)


def _every(hours: float, days: int) -> list[dt.datetime]:
    step = dt.timedelta(hours=hours)
    return [START + i * step for i in range(int(days * 24 / hours))]


def _kept_times(times: list[dt.datetime]) -> list[dt.datetime]:
    return sorted((times[i] for i in kept(times, tz=SHANGHAI)), reverse=True)


def test_a_year_of_backups_every_three_hours_keeps_what_the_rules_say() -> None:
    times = _every(3, 400)
    keep = _kept_times(times)
    newest = sorted(times, reverse=True)
    assert keep[:10] == newest[:10]
    # the newest of each of the last 7 days, 4 ISO weeks and 12 months is there
    by_day: dict[dt.date, dt.datetime] = {}
    by_week: dict[tuple[int, int], dt.datetime] = {}
    by_month: dict[tuple[int, int], dt.datetime] = {}
    for t in newest:
        by_day.setdefault(t.date(), t)
        by_week.setdefault(t.isocalendar()[:2], t)
        by_month.setdefault((t.year, t.month), t)
    expected = (
        set(newest[:10])
        | set(sorted(by_day.values(), reverse=True)[:7])
        | set(sorted(by_week.values(), reverse=True)[:4])
        | set(sorted(by_month.values(), reverse=True)[:12])
    )
    assert set(keep) == expected
    assert len(keep) <= 10 + 7 + 4 + 12
    # the oldest kept is about a year old: the monthly rule reaches back 12 months
    assert (newest[0] - keep[-1]).days > 300


def test_a_holiday_does_not_cost_the_daily_backups() -> None:
    """Backups of the 7 most recent days that have one are kept, even across a 3-week gap."""
    before = [START + dt.timedelta(days=d, hours=h) for d in range(10) for h in (0, 4)]
    after = [START + dt.timedelta(days=31, hours=h) for h in (0, 1)]
    keep = _kept_times(before + after)
    days = sorted({t.date() for t in keep}, reverse=True)
    assert len(days) >= 7
    assert days[0] == (START + dt.timedelta(days=31)).date()
    assert days[6] == (START + dt.timedelta(days=4)).date()


def test_days_are_counted_in_local_time() -> None:
    """23:30 and 00:30 in Shanghai are two days, though both fall on one UTC day."""
    late = dt.datetime(2025, 3, 3, 15, 30, tzinfo=dt.UTC)  # 23:30 in Shanghai
    early = dt.datetime(2025, 3, 3, 16, 30, tzinfo=dt.UTC)  # 00:30 the next day
    times = [late, early]
    only_daily = Policy(last=0, daily=2, weekly=0, monthly=0)
    assert kept(times, policy=only_daily, tz=SHANGHAI) == {0, 1}
    assert kept(times, policy=only_daily, tz=dt.UTC) == {1}


def test_to_remove_lists_the_rest_oldest_first() -> None:
    times = _every(1, 3)
    gone = to_remove(times, tz=SHANGHAI)
    assert set(gone) | kept(times, tz=SHANGHAI) == set(range(len(times)))
    assert [times[i] for i in gone] == sorted(times[i] for i in gone)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2 * 365 * 24 * 60), min_size=0, max_size=120, unique=True))
def test_rotation_keeps_the_newest_is_bounded_and_stable(minutes: list[int]) -> None:
    times = [START + dt.timedelta(minutes=m) for m in minutes]
    keep = kept(times, tz=SHANGHAI)
    assert len(keep) <= 33
    if times:
        assert times.index(max(times)) in keep
    # rotating what was kept lets nothing more go
    survivors = [times[i] for i in sorted(keep)]
    assert kept(survivors, tz=SHANGHAI) == set(range(len(survivors)))
