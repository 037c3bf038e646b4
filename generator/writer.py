"""Writing what the generator owns, and only that.

The generator keeps a manifest of the files it wrote inside the docs folder, with
a hash of each. It writes a file only when its bytes change (so mtimes and MkDocs'
live reload stay quiet), writes atomically (temporary file + rename: an
interrupted run leaves the previous page in place), and removes only its own
stale files. It never replaces or removes a file it did not write, or one that a
person edited after it was written: hand-written pages are the user's.

Pages are written batch by batch as they are rendered. Before a batch changes any
file, the new hashes go into a journal beside the manifest: until the run ends, a
file's old and new contents both count as the generator's, so an interrupted run
does not turn its own half-updated pages into "edited by hand".
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

MANIFEST = ".briefing-manifest.json"
#: New hashes of the files a run is changing, appended before it changes them.
JOURNAL = ".briefing-manifest.pending"

#: path → the hashes the file may have while still being the generator's (None: unknown, legacy list).
Owned = dict[str, "set[str] | None"]


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # messages: files that were the user's


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(root: Path) -> Owned:
    """What the last run wrote, with the hashes an interrupted run was writing.
    A damaged manifest means "nothing is ours": nothing gets deleted."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
    except (OSError, ValueError, AttributeError):
        files = {}
    owned = _manifest_entries(files)
    for path, hashes in _journal_entries(root).items():
        if path not in owned:
            owned[path] = hashes
        elif owned[path] is not None:
            owned[path] |= hashes
    return owned


def _manifest_entries(files: object) -> Owned:
    if isinstance(files, list):  # the first format: paths only
        files = {p: None for p in files if isinstance(p, str)}
    if not isinstance(files, dict):
        return {}
    owned: Owned = {}
    for path, hashes in files.items():
        if not isinstance(path, str) or not is_safe_relative(path):
            continue  # a hand-edited manifest must not reach outside the docs folder
        if isinstance(hashes, str):
            owned[path] = {hashes}
        elif isinstance(hashes, list):
            owned[path] = {h for h in hashes if isinstance(h, str)}
        else:
            owned[path] = None
    return owned


class OwnedWriter:
    """Makes ``root`` hold the files given to `write`, batch by batch; `finish` then
    removes the generator's stale files and writes the manifest."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.owned = read_manifest(root)
        self.result = WriteResult()
        self.seen: set[str] = set()
        self.now: dict[str, object] = {}  # the next manifest: path -> hash (or hashes kept)
        self.folders: set[Path] = set()  # folders known to exist
        root.mkdir(parents=True, exist_ok=True)

    def write(self, files: dict[str, bytes]) -> None:
        changing: list[tuple[str, Path, bytes, str]] = []
        for relative in sorted(files):
            data = files[relative]
            self.seen.add(relative)
            target = safe_target(self.root, relative)
            current, problem = _current(self.root, target, relative, data, self.owned)
            if problem:
                self.result.refused.append(problem)
            elif current == data:
                self.now[relative] = digest(data)
                self.result.unchanged += 1
            else:
                changing.append((relative, target, data, digest(data)))
        if changing:
            _append_journal(self.root, [(relative, hashed) for relative, _, _, hashed in changing])
        for relative, target, data, hashed in changing:
            try:
                if target.parent not in self.folders:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    self.folders.add(target.parent)
                write_atomically(target, data)
            except OSError as error:
                self.result.refused.append(f"{target}: could not be written ({error.strerror or error}); "
                                           "the previous page is kept")
                if relative in self.owned:
                    self.now[relative] = sorted(self.owned[relative] or ())
                continue
            self.now[relative] = hashed
            self.result.written.append(relative)

    def finish(self, inputs: str | None = None) -> WriteResult:
        """Remove the generator's stale files and write the manifest; ``inputs`` (a hash of
        what the files were made from) is kept in it when every file is as made."""
        for relative in sorted(set(self.owned) - self.seen):
            kept = _remove_stale(self.root, relative, self.owned[relative], self.result)
            if kept is not None:
                self.now[relative] = kept
        _write_manifest(self.root, self.now, None if self.result.refused else inputs)
        (self.root / JOURNAL).unlink(missing_ok=True)
        self.result.written.sort()
        return self.result


def _append_journal(root: Path, entries: list[tuple[str, str]]) -> None:
    """One JSON line per file about to change: its path and its new hash."""
    with open(root / JOURNAL, "a", encoding="utf-8") as journal:
        journal.write("".join(json.dumps([path, hashed]) + "\n" for path, hashed in entries))


def _journal_entries(root: Path) -> dict[str, set[str]]:
    """The hashes an interrupted run was writing; lines it did not finish are skipped."""
    entries: dict[str, set[str]] = {}
    try:
        lines = (root / JOURNAL).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return entries
    for line in lines:
        try:
            path, hashed = json.loads(line)
        except (ValueError, TypeError):
            continue
        if isinstance(path, str) and isinstance(hashed, str) and is_safe_relative(path):
            entries.setdefault(path, set()).add(hashed)
    return entries


def _current(root: Path, target: Path, relative: str, data: bytes, owned: Owned) -> tuple[bytes | None, str | None]:
    """What ``target`` holds now (None: nothing), and why it must be left alone, if it must."""
    not_a_file = f"{target}: not a regular file; not replaced (remove it so the page can be generated)"
    if _has_symlink(root, target):
        return None, not_a_file
    try:
        if not stat.S_ISREG(os.stat(target).st_mode):
            return None, not_a_file  # a folder, a pipe: never read, never replaced
        current = target.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None, None
    except OSError as error:
        return None, f"{target}: cannot be read ({error.strerror or error}); not replaced"
    if current == data:
        return current, None
    if relative not in owned:
        return current, (f"{target}: exists and was not written by briefing; left as it is "
                         "(move or delete it to let briefing generate this page)")
    hashes = owned[relative]
    if hashes is not None and digest(current) not in hashes:
        return current, (f"{target}: edited by hand since briefing wrote it; left as it is (delete it to "
                         "regenerate the page; put corrections in the seed's front matter `facts:` so they last)")
    return current, None


def _remove_stale(root: Path, relative: str, hashes: set[str] | None, result: WriteResult) -> object | None:
    """Delete a page the generator wrote and no longer makes; what to keep in the manifest, if anything."""
    target = safe_target(root, relative)
    if _has_symlink(root, target) or not target.is_file():
        return None
    try:
        current = digest(target.read_bytes())
    except OSError:
        return None
    if hashes is None or current not in hashes:
        result.refused.append(f"{target}: no longer generated, but kept because it may hold a person's edits "
                              "(delete it if it is not needed)")
        return None
    try:
        target.unlink()
    except OSError as error:
        result.refused.append(f"{target}: no longer generated, but could not be removed ({error.strerror or error})")
        return sorted(hashes)
    result.removed.append(relative)
    _prune_empty_dirs(target.parent, root)
    return None


def _write_manifest(root: Path, files: dict[str, object], inputs: str | None = None) -> None:
    """Sorted, one entry a line: the same files give the same bytes."""
    data: dict[str, object] = {"generator": "briefing", "files": dict(sorted(files.items()))}
    if inputs:
        data["inputs"] = inputs
    write_if_changed(root / MANIFEST, json.dumps(data, indent=1, sort_keys=True).encode() + b"\n")


def unchanged_since(root: Path, inputs: str) -> WriteResult | None:
    """What writing the files again would do, when the last run made them from the same
    ``inputs`` and every one is still as it wrote it: nothing (None otherwise). A re-run
    with no change then reads its files instead of making them again."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("inputs") != inputs or (root / JOURNAL).exists():
        return None
    files = data.get("files")
    if not isinstance(files, dict):
        return None
    for relative, hashed in files.items():
        if not isinstance(hashed, str) or not is_safe_relative(relative):
            return None
        try:
            if digest(safe_target(root, relative).read_bytes()) != hashed:
                return None
        except OSError:
            return None
    return WriteResult(unchanged=len(files))


def is_safe_relative(relative: str) -> bool:
    parts = relative.split("/")
    return not relative.startswith("/") and "\\" not in relative and all(p not in ("", ".", "..") for p in parts)


def safe_target(root: Path, relative: str) -> Path:
    """``root / relative``, refusing anything that would land outside ``root``."""
    if not is_safe_relative(relative):
        raise ValueError(f"unsafe generated path {relative!r}")
    return root.joinpath(*relative.split("/"))


def _has_symlink(root: Path, target: Path) -> bool:
    """A link in the way (the file or a folder under root) could send a write elsewhere."""
    path = target
    while path != root and root in path.parents:
        if path.is_symlink():
            return True
        path = path.parent
    return False


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically, and only when the content differs. True when written."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
    return True


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """A temporary file beside ``path``, renamed over it: readers see the old bytes or the new.
    ``data`` may come in pieces, which are then never joined in memory."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _prune_empty_dirs(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
