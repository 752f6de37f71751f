"""Files on disk: the one safe reader (regular files only, never blocks, bounded) and the one atomic writer."""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time

STORY_SUFFIX = ".story"
TEMP_AGE = 600  # seconds: a temporary whose writer may still be alive is left alone this long
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp$")
_OLD_TEMP = re.compile(r"^\..+\.json\.[a-z0-9_]{8}\.tmp$")  # an older version's save temporaries (mkstemp)


class TooLarge(OSError):
    """A file over the reader's limit, refused from its size (or from what was read)."""

    def __init__(self, path: str, size: int | None, limit: int):
        self.size, self.limit = size, limit
        super().__init__(errno.EFBIG, f"the file is {_size(size) if size else 'more than ' + _size(limit)}; "
                                      f"the limit is {_size(limit)}", path)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            v = n / scale
            return f"{v:.1f} {unit}" if v != int(v) else f"{int(v)} {unit}"
    return f"{n} bytes"


def reason(e: OSError) -> str:
    """An OSError as a person reads it."""
    return e.strerror or str(e)


# ---------------------------------------------------------------- reading

def read_bytes(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    A folder raises IsADirectoryError; a FIFO, socket or device raises OSError at once
    (the open does not block: O_NONBLOCK); a file over the limit raises TooLarge, from
    its size when it says so and from what was read when it grows.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", path)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, pipe or socket)", path)
        if info.st_size > limit:
            raise TooLarge(path, info.st_size, limit)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise TooLarge(path, None, limit)
    return b"".join(chunks)


def read_head(path: str, size: int) -> bytes:
    """The first `size` bytes of a regular file (never blocks; OSError as read_bytes)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", path)
        return os.read(fd, size)
    finally:
        os.close(fd)


def read_text(path: str, limit: int, encoding: str = "utf-8-sig") -> str:
    """A regular file's text (UnicodeDecodeError when it is not that encoding)."""
    return read_bytes(path, limit).decode(encoding)


def is_regular(path: str) -> bool:
    """Without following a symlink: is there a regular file at path?"""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


# ---------------------------------------------------------------- writing

class WriteRefused(Exception):
    """Not written; the message says why. `exists`: only because a file is there (ask, or --force)."""

    def __init__(self, message: str, exists: bool = False):
        super().__init__(message)
        self.exists = exists


def check_target(path: str, replace: bool = False, story_file: bool = False) -> str:
    """-> the real path a write would replace, or WriteRefused.

    Never over a folder, device, FIFO or socket; never over a `.story` file unless it is
    one (`story_file`, for `fmt`); over an existing file only when `replace`.
    """
    real = os.path.realpath(path)  # through a symlink to its file: the link itself stays
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real
    except OSError as e:
        raise WriteRefused(f"{path}: {reason(e)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise WriteRefused(f"{path} is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused(f"{path} is not a regular file (a device, pipe or socket): it is never written over")
    if real.lower().endswith(STORY_SUFFIX) and not story_file:
        raise WriteRefused(f"{path} is a story file: it is never written over")
    if not replace:
        raise WriteRefused(f"{path} already exists", exists=True)
    return real


def write_text(path: str, text: str, *, replace: bool = False, story_file: bool = False,
               private: bool = False, make_folder: bool = False) -> str:
    """Write text so that the file is either the old one or the new one, never half of either.

    A temporary file in the same folder (named `.NAME.PID-RANDOM.tmp`, so `sweep` knows
    it), flushed to disk, then renamed over the target; the folder is synced too. The
    target's mode is kept; a new file is 0600 when `private` (saves), else as the umask
    says; `make_folder` creates missing folders (the save folders). Raises WriteRefused
    (see check_target) or OSError; no temporary is left.
    """
    real = check_target(path, replace, story_file)
    folder = os.path.dirname(real)
    if make_folder:
        os.makedirs(folder, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        mode = 0o600 if private else 0o666 & ~_umask()
    data = text.encode("utf-8")  # before any file exists: a lone surrogate fails here, leaving nothing
    tmp = os.path.join(folder, f".{os.path.basename(real)}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
            os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        finally:
            os.close(fd)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(folder)
    return real


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


def _fsync_dir(folder: str) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep(folder: str, now: float | None = None) -> int:
    """Remove the temporaries that killed writers left in a folder -> how many.

    Only ours: named by write_text (`.NAME.PID-RANDOM.tmp`), regular files, and either
    their writer's process is gone or they are older than TEMP_AGE seconds.
    """
    now = time.time() if now is None else now
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    for name in names:
        mt = _TEMP.match(name)
        if not mt and not _OLD_TEMP.match(name):
            continue
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode):
                continue
            if (not mt or _alive(int(mt["pid"]))) and now - info.st_mtime < TEMP_AGE:
                continue
            os.unlink(path)
            removed += 1
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True
