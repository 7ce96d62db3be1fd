"""The `tracker` command line: a thin click layer over `tracker.api.Tracker`.

Nothing heavy is imported at module level, so `tracker --help` starts fast; each command
imports what it needs when it runs. Library errors (`TrackerError`) become one
`Error: ...` line and exit 1; misuse stays click's usage error, exit 2.
"""

import errno
import gc
import importlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import click

from tracker import __version__
from tracker.errors import TrackerError

# Each command and the function of tracker.cli that defines it ("module:function"; the
# function of `import` is `import_`, a keyword cannot name one), imported only when the
# command is run (or listed by --help and completion): `tracker add` loads no query,
# export or admin code.
COMMANDS = {
    "init": "admin:init",
    "add": "record:add",
    "correct": "record:correct",
    "retract": "record:retract",
    "cite": "sources:cite",
    "withdraw": "sources:withdraw",
    "import": "record:import_",
    "draft": "intake:draft",
    "stance": "query:stance",
    "timeline": "query:timeline",
    "events": "query:events",
    "show": "query:show",
    "diff": "query:diff",
    "export": "query:export",
    "report": "report:report",
    "verify": "admin:verify",
    "anchor": "admin:anchor",
    "rebuild": "admin:rebuild",
    "countries": "admin:countries",
    "topics": "topics:topics",
    "info": "admin:info",
}


class TrackerGroup(click.Group):
    """Maps library errors to `Error: ...` (exit 1), never a traceback."""

    def main(self, args: Any = None, *rest: Any, **options: Any) -> Any:
        if args is None:
            # Run as the program (its own argv; not embedded, not under a test runner):
            # what start-up made lives until exit, so freeze it out of the collector's
            # view. Freezing also restarts the count towards a full collection, which
            # otherwise falls mid-command and scans every object SQLAlchemy and pydantic
            # just made (15-50 ms of `tracker add`, and as much of `stance` or `export`);
            # `open_tracker` freezes again once a command's imports are done.
            gc.freeze()
        with _checked_standard_output():
            return super().main(args, *rest, **options)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = COMMANDS.get(cmd_name)
        if where is not None and cmd_name not in self.commands:
            module, function = where.split(":")
            self.add_command(getattr(importlib.import_module(f"tracker.cli.{module}"), function))
        return super().get_command(ctx, cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in COMMANDS:
            # Not a command's name: load them all, so that click's error can name the
            # closest ones (an error path, where time does not matter).
            for name in COMMANDS:
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        interrupted: list[bool] = []

        def on_interrupt(signum: int, frame: Any) -> None:
            interrupted.append(True)
            raise KeyboardInterrupt

        # Signal handlers can only be set from the main thread (not when embedded).
        in_main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGINT, on_interrupt) if in_main else None
        try:
            return super().invoke(ctx)
        except TrackerError as error:
            if interrupted:
                # Ctrl-C inside a driver call, which the API reports as a database error.
                _interrupted()
            from tracker.formats.output import show_controls

            # A message quotes what the user gave (a file name, a value): never let its
            # control characters reach the terminal.
            raise click.ClickException(show_controls(str(error))) from None
        except (BrokenPipeError, _ReaderGone):
            _reader_gone()
        except KeyboardInterrupt:
            _interrupted()
        except Exception as error:
            if interrupted:
                # Ctrl-C may surface wrapped by a library (a driver, a serializer).
                _interrupted()
            message = _database_error_message(error)
            if message is None:
                raise
            raise click.ClickException(message) from None
        finally:
            if in_main:
                signal.signal(signal.SIGINT, previous)


class _ReaderGone(Exception):
    """Standard output's reader went away. Not an `OSError`: rich and click each catch a
    `BrokenPipeError` and exit 1 their own way; this reaches `_reader_gone`."""


class _CheckedOutput:
    """Standard output whose failed writes end the command like a failed `-o` does.

    Every command writes its data through `sys.stdout` (click.echo, rich, the renderer),
    so this one wrapper, put in place for the whole run, covers them all: a write or
    flush that fails (a full disk, an I/O error, a file-size limit) becomes one `Error:`
    line and exit 1 instead of a traceback; a reader that went away (`| head`) is left to
    `_reader_gone` (exit 0, silent). Everything else is the wrapped stream's own.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        if name == "buffer":
            # Bytes written past this wrapper would escape its check: click.echo of
            # bytes then hands them to `write`, which checks them too.
            raise AttributeError(name)
        return getattr(self._stream, name)

    def write(self, text: str | bytes) -> int:
        if text == "":
            # Nothing to write (click probes a stream with ""): an unbuffered stream
            # would still make a system call, and /dev/full refuses even that.
            return 0
        try:
            if isinstance(text, bytes | bytearray):
                return self._write_bytes(text)
            return self._stream.write(text)
        except BrokenPipeError:
            raise _ReaderGone from None
        except OSError as error:
            raise _output_failed(error) from None

    def _write_bytes(self, data: bytes | bytearray) -> int:
        """Bytes (click.echo of bytes, as shell completion writes) to the stream's buffer,
        after the text before them. An empty probe is refused as by any text stream, so
        that click keeps this wrapper as the text stream it is."""
        if not data:
            raise TypeError("write() argument must be str, not bytes")
        self._stream.flush()
        written: int = self._stream.buffer.write(data)
        self._stream.buffer.flush()
        return written

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise _ReaderGone from None
        except OSError as error:
            raise _output_failed(error) from None


class OutputFailed(click.ClickException):
    """A write to standard output failed (one `Error:` line, exit 1)."""


def _output_failed(error: OSError) -> OutputFailed:
    """The one line for a failed write to standard output; later writes go nowhere."""
    _discard_standard_output()
    reason = error.strerror or type(error).__name__
    if error.errno == errno.EFBIG:
        reason = "file too large"
    return OutputFailed(f"cannot write standard output: {reason}")


def _discard_standard_output() -> None:
    """Point file descriptor 1 at the null device, so that what is still buffered does
    not fail again when Python flushes standard output at exit (which would print an
    "Exception ignored" message and exit 120)."""
    stream = sys.__stdout__
    try:
        descriptor = stream.fileno() if stream is not None else -1
    except (OSError, ValueError):  # not a real file (embedded, under a test runner)
        return
    if descriptor < 0:
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, descriptor)
    finally:
        os.close(null)


def _reader_gone() -> None:
    """The reader of standard output went away (`tracker events | head -1`): the reader
    has what it wanted, so this is not an error; exit 0 quietly."""
    _discard_standard_output()
    sys.stderr.close()
    raise SystemExit(0)


@contextmanager
def _checked_standard_output() -> Iterator[None]:
    """`sys.stdout` checked on every write for the whole run, and flushed at its end
    (the last buffered output fails, if at all, here)."""
    original = sys.stdout
    if original is None or isinstance(original, _CheckedOutput):
        yield
        return
    checked = _CheckedOutput(original)
    sys.stdout = checked
    try:
        try:
            yield
        except _ReaderGone:  # outside a command: --help, --version, completion
            _reader_gone()
        except OutputFailed as error:  # outside click's own handling: completion
            error.show()
            raise SystemExit(error.exit_code) from None
        finally:
            try:
                checked.flush()
            except _ReaderGone:
                _reader_gone()
            except OutputFailed as error:
                error.show()
                raise SystemExit(error.exit_code) from None
    finally:
        sys.stdout = original


def _interrupted() -> None:
    """Ctrl-C: the open transaction was rolled back; say so in one line, exit 130."""
    click.echo("Error: interrupted; nothing of this command was written", err=True)
    raise SystemExit(130)


def _database_error_message(error: Exception) -> str | None:
    """One line for a driver error that reaches the edge (locked, disk full, gone), or
    for the file system refusing a file or folder (a database in a folder that cannot be
    made: a path under a regular file, a read-only mount)."""
    if isinstance(error, OSError) and error.strerror:
        from tracker.formats.output import show_controls

        where = f"{error.filename}: " if error.filename is not None else ""
        return show_controls(f"{where}{error.strerror}")
    from tracker.api import Tracker

    failure = Tracker.driver_failure(error)
    return None if failure is None else str(failure)


@click.group(cls=TrackerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="TRACKER_DB",
    metavar="PATH_OR_URL",
    help="SQLite file path or SQLAlchemy URL (sqlite:///..., postgresql://...). "
    "Default: an embedded SQLite file (see `tracker info`). Env: TRACKER_DB.",
)
@click.option(
    "--editor",
    envvar="TRACKER_EDITOR",
    help="Who records new events. Env: TRACKER_EDITOR; default: the OS user.",
)
@click.version_option(__version__, prog_name="tracker")
@click.pass_context
def main(ctx: click.Context, db: str | None, editor: str | None) -> None:
    """Track how countries' positions on a pledge evolve, report after report.

    Every reported statement is an immutable, dated, sourced event; a country's stance
    is derived from them, so any past state can be reproduced.

    \b
    Example:
      tracker init --seed
      tracker stance --topic ukraine-reassurance-force
    """
    ctx.obj = {"db": db, "editor": editor}
