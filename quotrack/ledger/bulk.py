"""Bulk writes and lookups: a Core statement compiled once per database, run on the DBAPI cursor.

Storing a document writes a few dozen rows into several tables.  Through
``Connection.execute`` each statement pays SQLAlchemy's per-execution work
(cache key, parameter processing for every row), which costs more than the
database's own work for rows this small.  :func:`run_many` compiles each
statement once per dialect and column set and hands the rows to the DBAPI
cursor of the same connection, so they are part of the caller's transaction;
:func:`fetch` does the same for a lookup, and :func:`select_in` for a lookup
whose ``IN`` lists vary in length (one compiled form per length).

Values go through their column types' bind processors (a date on SQLite) as
with ``Connection.execute``, and a database error is raised as SQLAlchemy's
own exception class.

>>> import sqlalchemy as sa
>>> pk, v = sa.Column("pk", sa.Integer, primary_key=True), sa.Column("v", sa.Text)
>>> table = sa.Table("t", sa.MetaData(), pk, v)
>>> def by_pk(values):  # a lookup for select_in: one IN list
...     return sa.select(table.c.v).where(table.c.pk.in_(values)).order_by(table.c.pk)
>>> engine = sa.create_engine("sqlite://")
>>> table.metadata.create_all(engine)
>>> with engine.begin() as conn:
...     run_many(conn, table.insert(), [{"v": "a"}, {"v": "b"}])
...     fetch(conn, sa.select(table.c.pk).where(table.c.v == sa.bindparam("v")), {"v": "b"})
...     select_in(conn, by_pk, [1, 2])
[(2,)]
[('a',), ('b',)]
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect

__all__ = ["fetch", "run_many", "select_in"]


@attrs.frozen
class _Compiled:
    """A statement's SQL for one database, and how to bind its parameters."""

    statement: sa.sql.ClauseElement  # kept, so that no other statement gets its id
    sql: str
    constants: dict[str, Any]  # the values of the statement's own literals
    processors: Mapping[str, Callable[[Any], Any]]  # the parameters whose type converts them for the DBAPI
    pick: Callable[[dict[str, Any]], tuple[Any, ...]] | None  # positional paramstyle: a row's values in order

    def bind(self, parameters: dict[str, Any]) -> Any:
        """The DBAPI parameters of one execution."""
        if self.constants:
            parameters = {**self.constants, **parameters}
        if self.processors:
            parameters = {
                name: self.processors[name](value) if name in self.processors else value
                for name, value in parameters.items()
            }
        return parameters if self.pick is None else self.pick(parameters)


def _picker(order: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values for these names, in this order, as a tuple (``itemgetter`` works at C speed)."""
    if len(order) < 2:  # itemgetter gives a bare value for one name
        return lambda row: tuple(row[name] for name in order)
    return cast(Callable[[dict[str, Any]], tuple[Any, ...]], operator.itemgetter(*order))


_compiled: dict[tuple[str, int, tuple[str, ...]], _Compiled] = {}


def _compile(dialect: Dialect, statement: sa.sql.ClauseElement, keys: tuple[str, ...]) -> _Compiled:
    cache_key = (dialect.name, id(statement), keys)
    found = _compiled.get(cache_key)
    if found is None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys))
        assert isinstance(compiled, sa.sql.compiler.SQLCompiler)
        constants = {name: value for name, value in compiled.params.items() if name not in keys}
        processors = {
            name: processor
            for name, bind in compiled.binds.items()
            if (processor := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        }
        pick = _picker(tuple(compiled.positiontup)) if compiled.positiontup is not None else None
        found = _Compiled(statement, compiled.string, constants, processors, pick)
        _compiled[cache_key] = found
    return found


def _execute(conn: Connection, sql: str, parameters: Any, *, many: bool) -> list[tuple[Any, ...]]:
    dbapi = conn.dialect.loaded_dbapi
    cursor = conn.connection.cursor()
    try:
        if many:
            cursor.executemany(sql, parameters)
            return []
        cursor.execute(sql, parameters)
        return [tuple(row) for row in cursor.fetchall()]
    except dbapi.Error as error:
        raise sa.exc.DBAPIError.instance(sql, parameters, error, dbapi.Error) from error
    finally:
        cursor.close()


def run_many(conn: Connection, statement: sa.sql.ClauseElement, rows: Sequence[dict[str, Any]]) -> None:
    """Execute ``statement`` once for each row (all rows have the same keys), in ``conn``'s transaction.

    ``statement`` must be a module-level constant: its compiled form is kept.
    """
    if rows:
        compiled = _compile(conn.dialect, statement, tuple(rows[0]))
        _execute(conn, compiled.sql, [compiled.bind(row) for row in rows], many=True)


def fetch(
    conn: Connection, statement: sa.sql.ClauseElement, parameters: dict[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of a lookup (a module-level statement, named bind parameters), in ``conn``'s transaction."""
    compiled = _compile(conn.dialect, statement, ())
    return _execute(conn, compiled.sql, compiled.bind(parameters), many=False)


Maker = Callable[..., sa.sql.ClauseElement]
"""Builds a lookup from lists of bind parameters, one list for each ``IN`` (``column.in_(params)``)."""


@functools.cache
def _made(make: Maker, sizes: tuple[int, ...]) -> sa.sql.ClauseElement:
    # an empty list is IN (NULL), which nothing matches (SQLAlchemy's own empty IN needs its compiler)
    binds: list[list[sa.ColumnElement[Any]]] = [
        [sa.bindparam(f"in{i}_{j}") for j in range(size)] or [sa.null()] for i, size in enumerate(sizes)
    ]
    return make(*binds)


def select_in(
    conn: Connection, make: Maker, *lists: Sequence[Any], **parameters: Any
) -> list[tuple[Any, ...]]:
    """The rows of ``make``'s lookup for these ``IN`` lists (and other named ``parameters``).

    ``make`` must be a module-level function: its statements are kept, one for
    each combination of list lengths.
    """
    statement = _made(make, tuple(len(values) for values in lists))
    for i, values in enumerate(lists):
        parameters.update({f"in{i}_{j}": value for j, value in enumerate(values)})
    return fetch(conn, statement, parameters)
