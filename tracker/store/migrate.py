"""Alembic, imported only by `tracker init` and by a database that needs setting up."""

from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

    from tracker.store.database import Database


def _config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("tracker.migrations")))
    return config


def known_revisions() -> set[str]:
    """Every revision id that the shipped migrations define."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def head_revision() -> str:
    """The newest revision the shipped migrations define."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def upgrade(database: "Database", revision: str = "head") -> None:
    """Run the migrations up to `revision` on `database`, in one transaction."""
    from alembic import command

    config = _config()
    with database.engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
