"""Writing many rows at once: one driver-level executemany per chunk, for demo data and imports.

Rows are tuples in the order of `columns`, every column given (no defaults filled
in). Each column's bind processor runs once per distinct value — a date column of
two million rows holds a few hundred distinct dates — so the stored values are
exactly those `session.execute(insert(table), dicts)` would store, at a fraction
of the cost (performance.md: Core with dicts is about twice raw executemany).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """INSERT `rows` (tuples ordered like `columns`) into `table` in the session's transaction."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    if set(names) != set(columns):
        missing = sorted(set(names) ^ set(columns))
        raise ValueError(f"insert_rows into {table.name}: columns do not match: {missing}")
    index = {c: i for i, c in enumerate(columns)}
    data: list[list[Any]] = []
    for key in names:
        i = index[key]
        column = [r[i] for r in rows]
        process = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            converted = {v: process(v) for v in set(column)}
            column = list(map(converted.__getitem__, column))
        data.append(column)
    params: list[Any] = (
        list(zip(*data, strict=True))
        if compiled.positional
        else [dict(zip(names, t, strict=True)) for t in zip(*data, strict=True)]
    )
    conn.exec_driver_sql(compiled.string, params)


def next_id(session: Session, table: Table) -> int:
    """The first free integer primary key of `table` (for rows whose children are written next)."""
    from sqlalchemy import func, select

    return int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def sync_id_sequence(session: Session, table: Table) -> None:
    """After rows with explicit ids: move PostgreSQL's id sequence past them (SQLite needs nothing)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
        f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
    )
