"""Alembic environment for the ReadingLog library (SQLite).

The app runs migrations through ``readinglog.core.migrate``, which passes a connection in
``config.attributes["connection"]`` with foreign keys off and a transaction already begun; it
commits or rolls back itself. From the command line (see alembic.ini) this file opens the
library named by ``-x db=PATH`` or ``$READINGLOG_HOME`` the same way.

Every pending step runs in ONE transaction (SQLite can roll back DDL), so a failure leaves the
library exactly as it was. Foreign keys must be off: batch mode recreates a table (copy, drop,
rename), and dropping ``items`` with foreign keys on would cascade-delete every note link,
event and session that points at it.
"""

from __future__ import annotations

import os
from logging.config import fileConfig
from pathlib import Path

from alembic import context
from alembic.util import CommandError
from sqlalchemy import Connection

from readinglog import paths
from readinglog.core import migrate
from readinglog.core.models import Base

config = context.config
target_metadata = Base.metadata


def _database() -> Path:
    given = context.get_x_argument(as_dictionary=True).get("db")
    if given:
        return Path(given)
    home = os.environ.get(paths.HOME_ENV)
    if home:
        return paths.in_home(Path(home)).database
    raise CommandError(f"Name the library: alembic -x db=PATH ..., or set {paths.HOME_ENV}.")


def _run(connection: Connection) -> None:
    if connection.exec_driver_sql("PRAGMA foreign_keys").scalar() != 0:
        raise CommandError("Foreign keys must be off while migrating (batch mode drops tables).")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters most things by recreating the table
        transactional_ddl=True,  # SQLite can roll back DDL: all steps commit together
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        _run(given)  # the caller owns the transaction
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    engine = migrate.migration_engine(_database())
    try:
        with engine.connect() as connection, connection.begin():
            _run(connection)
            migrate.raise_for_foreign_keys(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise CommandError("ReadingLog migrations need a database (they migrate data); no --sql mode.")
run_migrations_online()
