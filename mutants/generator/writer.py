"""Writes generated pages to a folder without ever leaving it half-written."""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WriteReport:
    """What a write changed."""

    written: list[str]
    """Pages whose content is new or changed."""
    unchanged: list[str]
    """Pages left as they were (their files keep their times)."""
    removed: list[str]
    """Files that no page produces any more."""


def write_pages(pages: Mapping[str, str | bytes], out_dir: Path) -> WriteReport:
    """Gives what changed after making out_dir hold exactly the pages.

    The new tree is put together beside out_dir and swapped in whole, so an interrupted
    write leaves the previous output complete. Unchanged files are carried over as they were.
    """
    recover(out_dir)
    old = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()} \
        if out_dir.is_dir() else set()
    written, unchanged = [], []
    with staging(out_dir) as new_dir:
        for path, text in pages.items():
            target, previous = new_dir / path, out_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8") if isinstance(text, str) else text
            if path in old and previous.read_bytes() == data:
                shutil.copy2(previous, target)
                unchanged.append(path)
            else:
                target.write_bytes(data)
                written.append(path)
    return WriteReport(written=sorted(written), unchanged=sorted(unchanged),
                       removed=sorted(old - set(pages)))


@contextmanager
def staging(target: Path) -> Iterator[Path]:
    """Gives a temporary folder beside target that replaces it when the block ends cleanly."""
    target.parent.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        yield path
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    replace_dir(path, target)


def _backup(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


def replace_dir(new: Path, target: Path) -> None:
    """Puts the folder `new` in the place of `target`, keeping a backup until it is done."""
    if target.is_dir() and _exchange(new, target):  # one step: no moment without an output
        shutil.rmtree(new, ignore_errors=True)  # it holds the old output now
        return
    backup = _backup(target)
    shutil.rmtree(backup, ignore_errors=True)
    if target.exists():
        os.replace(target, backup)
    os.replace(new, target)
    shutil.rmtree(backup, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swaps two folders in one atomic step (Linux renameat2); False where it cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_cwd, rename_exchange = -100, 2
    return renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second),
                     rename_exchange) == 0


def recover(target: Path) -> None:
    """Restores the previous output if a swap was interrupted between its two renames."""
    backup = _backup(target)
    if backup.exists() and not target.exists():
        os.replace(backup, target)
    for leftover in target.parent.glob(f".{target.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)
