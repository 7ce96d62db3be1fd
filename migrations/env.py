"""Alembic environment: runs on the connection tracker hands over, or on `-x db=...`."""

from alembic import context

from tracker.store.schema import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        context.run_migrations()
        return
    from tracker.store.database import Database

    database = Database(context.get_x_argument(as_dictionary=True).get("db"))
    with database.engine.connect() as conn, conn.begin():
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run against a database")
run_migrations()
