"""Listing the landing folder: a ``stat`` a file, in two processes when the folder is large.

A run with nothing new still lists every file (size and mtime decide what is unchanged), and
over a million files that is most of a no-op run: on a slow machine 7-10 s of ``scandir`` and
``stat`` system calls and the Python loop around them, which threads cannot share out (the loop
holds the GIL). So once a listing has met SPLIT_AFTER_FILES files and at least two folders wait
on the walk's stack, a helper process (``python -m pipeline.listing``, which imports next to
nothing) walks every other one of them into a temporary file while this process walks the
rest. Over the 1M-file benchmark folder the listing took 4.0-4.4 s instead of 7-8 s, and the
whole no-op run 6.0-7.1 s instead of 9.6-10.9 s (alternating runs). A smaller folder never
starts the helper, nor does a folder whose files all sit in one flat folder. If the helper
fails, this process walks its folders itself, so a listing is never missing a file. Followed
symlinks keep the walk in one process: which path of a folder reached twice is listed depends
on the walk's order.

This module is the helper's whole import, so it needs nothing heavier than the standard
library (and the package's own ``__init__``).
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SPLIT_AFTER_FILES = 20_000
CHUNK_FILES = 100_000


@dataclass(frozen=True, slots=True)
class ListingError:
    """A path that could not be listed (permission, vanished, symlink leaving the folder)."""

    source_path: str
    detail: str


Folder = tuple[str, str, list[tuple[str, int, int]], list[ListingError]]
Columns = tuple[list[str], list[int], list[int], list[ListingError]]  # paths, sizes, mtimes


def walk(
    landing: Path,
    follow_symlinks: bool,
    *,
    folders: Sequence[str] | None = None,
    stack: list[tuple[str, str]] | None = None,
) -> Iterator[Folder]:
    """Walk the landing folder without leaving it, one folder at a time: (folder, its path
    relative to the root with a trailing slash, its files as (name, size, mtime_ns), errors).
    Hidden entries (``.name``) are skipped. ``folders`` (relative paths) walks only those
    subtrees. ``stack`` is the walk's own list of folders still to enter, as (path, relative
    path with a slash), popped from the end: between two folders its owner may take entries
    out, and the walk will not enter them.

    Symlinks are ignored unless ``follow_symlinks`` is set, and even then only followed when
    their target stays inside the landing folder, so a link cannot pull in files from elsewhere.
    """
    root = landing.resolve()
    if stack is None:
        stack = []
    if folders is None:
        stack[:] = [(str(root), "")]
    else:
        stack[:] = [(f"{root}/{folder}", f"{folder}/") for folder in reversed(folders)]
    visited: set[Path] = set()
    while stack:
        folder, prefix = stack.pop()
        real = Path(folder).resolve()
        if real in visited:  # a symlink cycle back to a folder already walked
            continue
        visited.add(real)
        files: list[tuple[str, int, int]] = []
        errors: list[ListingError] = []
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            errors.append(ListingError(prefix.rstrip("/") or ".", f"cannot list folder: {exc}"))
            yield folder, prefix, files, errors
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_symlink():
                    if not follow_symlinks:
                        continue
                    target = Path(entry.path).resolve()
                    if not target.is_relative_to(root):
                        detail = f"symlink leaves the landing folder: {target}"
                        errors.append(ListingError(prefix + name, detail))
                        continue
                if entry.is_dir(follow_symlinks=follow_symlinks):
                    stack.append((entry.path, f"{prefix}{name}/"))
                elif entry.is_file(follow_symlinks=follow_symlinks):
                    stat = entry.stat(follow_symlinks=follow_symlinks)
                    files.append((name, stat.st_size, stat.st_mtime_ns))
            except OSError as exc:
                errors.append(ListingError(prefix + name, f"cannot stat: {exc}"))
        yield folder, prefix, files, errors


def list_landing_columns(
    landing: Path, *, follow_symlinks: bool = False, split_after: int | None = SPLIT_AFTER_FILES
) -> Iterator[Columns]:
    """The listing as columns (relative paths, sizes, mtimes) in chunks: what discover needs
    for a million files, without an object per file. ``split_after=None`` never starts the
    helper. The order of the rows is the walk's, which the helper changes; nothing downstream
    depends on it (discover sorts what it processes)."""
    chunks = _Chunks()
    stack: list[tuple[str, str]] = []  # the walk's, shared
    helper: _Helper | None = None
    threshold = None if follow_symlinks else split_after
    try:
        for _, prefix, files, errors in walk(landing, follow_symlinks, stack=stack):
            yield from chunks.add(prefix, files, errors)
            if threshold is not None and chunks.listed >= threshold and len(stack) >= 2:
                threshold = None  # one helper at most
                try:  # every other folder still to enter goes to the helper
                    helper = _Helper(landing, [relative.rstrip("/") for _, relative in stack[::2]])
                    del stack[::2]
                except OSError:  # no interpreter to start (an embedded Python): walk it all here
                    helper = None
        if helper is not None:
            records = helper.records()
            if records is None:  # the helper failed: its folders are walked here
                for _, prefix, files, errors in walk(landing, False, folders=helper.folders):
                    yield from chunks.add(prefix, files, errors)
            else:
                for columns in records:
                    yield from chunks.add_columns(*columns)
    finally:
        if helper is not None:
            helper.close()
    yield chunks.rest()


def _columns(
    prefix: str, files: list[tuple[str, int, int]]
) -> tuple[list[str], list[int], list[int]]:
    return ([prefix + name for name, _, _ in files], [size for _, size, _ in files],
            [mtime for _, _, mtime in files])  # fmt: skip


class _Chunks:
    """Folders' files gathered into column chunks of about CHUNK_FILES."""

    def __init__(self) -> None:
        self.listed = 0
        self._reset()

    def _reset(self) -> None:
        self.paths: list[str] = []
        self.sizes: list[int] = []
        self.mtimes: list[int] = []
        self.errors: list[ListingError] = []

    def add(
        self, prefix: str, files: list[tuple[str, int, int]], errors: list[ListingError]
    ) -> Iterator[Columns]:
        yield from self.add_columns(*_columns(prefix, files), errors)

    def add_columns(
        self, paths: list[str], sizes: list[int], mtimes: list[int], errors: list[ListingError]
    ) -> Iterator[Columns]:
        self.listed += len(paths)
        self.errors += errors
        self.paths += paths
        self.sizes += sizes
        self.mtimes += mtimes
        if len(self.paths) >= CHUNK_FILES:
            yield self.rest()

    def rest(self) -> Columns:
        chunk = self.paths, self.sizes, self.mtimes, self.errors
        self._reset()
        return chunk


HELPER_MODULE = "pipeline.listing"


class _Helper:
    """A process walking some folders (and all below them) into a temporary file (a pipe
    would stall it until this process, busy walking, read it)."""

    def __init__(self, landing: Path, folders: list[str]) -> None:
        self.folders = folders
        self._dir = tempfile.TemporaryDirectory(prefix="newsdesk-listing-")
        work = Path(self._dir.name)
        self._out = work / "listed.marshal"
        try:
            (work / "folders.marshal").write_bytes(marshal.dumps(folders))  # any number of them
            self._process = subprocess.Popen(
                [sys.executable, "-m", HELPER_MODULE, str(landing), str(work)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        except OSError:
            self._dir.cleanup()
            raise

    def records(self) -> Iterator[Columns] | None:
        """The helper's folders as columns, one folder at a time; None if it failed."""
        if self._process.wait() != 0 or not self._out.exists():
            return None
        return self._read()

    def _read(self) -> Iterator[Columns]:
        # Length-prefixed records, each read whole: ``marshal.load`` on a file object reads
        # in small pieces (0.9 s for the 25 MB of half the 1M-file folder).
        with self._out.open("rb") as stream:
            while size := int.from_bytes(stream.read(8), "little"):
                paths, sizes, mtimes, errors = marshal.loads(stream.read(size))
                yield paths, sizes, mtimes, [ListingError(*error) for error in errors]

    def close(self) -> None:
        if self._process.poll() is None:  # this process stopped early: so does the helper
            self._process.kill()
            self._process.wait()
        self._dir.cleanup()


def _helper_main(argv: list[str]) -> None:
    landing, work = Path(argv[0]), Path(argv[1])
    folders = marshal.loads((work / "folders.marshal").read_bytes())
    partial = work / "listed.marshal.partial"
    with open(partial, "wb") as stream:
        for _, prefix, files, errors in walk(landing, False, folders=folders):
            pairs = [(error.source_path, error.detail) for error in errors]
            record = marshal.dumps((*_columns(prefix, files), pairs))
            stream.write(len(record).to_bytes(8, "little") + record)
        stream.write(bytes(8))  # a zero length ends the records
    os.replace(partial, work / "listed.marshal")  # complete or absent


if __name__ == "__main__":
    _helper_main(sys.argv[1:])
