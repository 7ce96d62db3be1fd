"""Output files that are either complete or absent.

Every command that writes a file (`export -o`, `report -o`, `draft -o`) goes through
`output_file`: the content is written to a temporary file in the target's own folder,
flushed to disk, and renamed over the target only once complete. A full disk, a file-size
limit, a missing or unwritable folder or an interrupt leaves the target as it was (absent,
or its old content) and no temporary file behind, and the user sees one `Error:` line.

A target that exists and is not a regular file (`/dev/stdout`, `/dev/null`, a FIFO) cannot
be replaced by a rename; it is written in place, since there is no file content to lose.
"""

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from tracker.errors import InvalidValue


class OutputError(InvalidValue):
    """An output file could not be written; the target was left as it was."""


def same_file(one: str | Path, other: str | Path) -> bool:
    """Whether two paths name one file: the same path once symbolic links are resolved,
    or, when both exist, the same device and inode (a hard link)."""
    real, other_real = os.path.realpath(one), os.path.realpath(other)
    if real == other_real:
        return True
    try:
        return os.path.samefile(real, other_real)
    except OSError:  # either is absent or unreachable: not the same file
        return False


def refuse_protected(target: str, protected: Iterable[Path]) -> None:
    """Refuse an output path that is one of `protected` (the database and its side files).

    Paths are compared after resolving symbolic links, and by device and inode when both
    exist, so a symlink or a hard link to the database is refused as well.
    """
    for path in protected:
        if same_file(target, path):
            raise OutputError(
                f"refusing to write {target}: it is the database file {path}; nothing was written"
            )


@contextmanager
def output_file(
    target: str, *, binary: bool = False, protected: Iterable[Path] = ()
) -> Iterator[IO[Any]]:
    """A handle on a temporary file that replaces `target` only when the block completes.

    Text handles are UTF-8 with no newline translation (CSV writes its own `\\r\\n`).
    Raises `OutputError` (one line, the target untouched) for any OS error, and refuses
    the paths in `protected` before anything is written.
    """
    if not target:
        raise OutputError("the output path is empty")
    refuse_protected(target, protected)
    try:
        existing = os.stat(target)  # follows symlinks: /dev/stdout is a character device
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise _failed(target, error) from None
    # Follow a symlink so the link stays and the file it points to is replaced.
    real = Path(os.path.realpath(target))
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise OutputError(f"cannot write {target}: it is a folder")
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with _in_place(target, binary) as device:
            yield device
        return
    folder = real.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: no such folder {folder}")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{real.name}.", suffix=".tmp")
    except OSError as error:
        raise _failed(target, error) from None
    handle: IO[Any] | None = None
    try:
        if binary:
            handle = os.fdopen(descriptor, "wb")
        else:
            handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="")
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.chmod(temporary, _mode_for(existing))
        os.replace(temporary, real)
    except OSError as error:
        _discard(handle, temporary)
        raise _failed(target, error) from None
    except BaseException:
        _discard(handle, temporary)
        raise


@contextmanager
def _in_place(target: str, binary: bool) -> Iterator[IO[Any]]:
    handle: IO[Any] | None = None
    try:
        handle = open(target, "wb") if binary else open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115
        yield handle
        handle.close()
    except BrokenPipeError:
        raise  # a reader such as `head` went away: the command line treats it as done
    except OSError as error:
        raise _failed(target, error) from None
    finally:
        if handle is not None and not handle.closed:
            with suppress(OSError):  # the first error is the one worth reporting
                handle.close()


@contextmanager
def closing_rows(rows: Iterable[Any]) -> Iterator[Iterable[Any]]:
    """Close a row generator when the block ends, so its read transaction ends too."""
    try:
        yield rows
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def _mode_for(existing: os.stat_result | None) -> int:
    """Keep a replaced file's permissions; a new file gets the usual 0666 minus umask."""
    if existing is not None:
        return stat.S_IMODE(existing.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _discard(handle: IO[Any] | None, temporary: str) -> None:
    if handle is not None:
        with suppress(OSError):  # the write error is the one worth reporting
            handle.close()
    with suppress(FileNotFoundError):
        os.unlink(temporary)


def _failed(target: str, error: OSError) -> OutputError:
    reason = error.strerror or type(error).__name__
    return OutputError(f"cannot write {target}: {reason}; nothing was written")
