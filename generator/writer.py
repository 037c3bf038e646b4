"""Writing what the generator owns, and only that.

The generator keeps a manifest of the files it wrote inside the docs folder, with
a hash of each. It writes a file only when its bytes change (so mtimes and MkDocs'
live reload stay quiet), writes atomically (temporary file + rename: an
interrupted run leaves the previous page in place), and removes only its own
stale files. It never replaces or removes a file it did not write, or one that a
person edited after it was written: hand-written pages are the user's.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".briefing-manifest.json"

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
    """What the last run wrote. A damaged manifest means "nothing is ours": nothing gets deleted."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
    except (OSError, ValueError, AttributeError):
        return {}
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


def write_owned(root: Path, files: dict[str, bytes]) -> WriteResult:
    """Make ``root`` hold ``files`` (paths relative to root, "/"-separated)."""
    result = WriteResult()
    owned = read_manifest(root)
    root.mkdir(parents=True, exist_ok=True)
    plan: dict[str, Path] = {}
    for relative in sorted(files):
        target = safe_target(root, relative)
        problem = _why_not_replace(root, target, relative, files[relative], owned)
        if problem:
            result.refused.append(problem)
        else:
            plan[relative] = target
    # Until every file is written, both old and new contents count as ours, so an
    # interrupted run does not turn its own half-updated pages into "edited by hand".
    changing = [r for r in plan if not _holds(plan[r], files[r])]
    if changing:
        _write_manifest(root, {**_as_manifest(owned),
                               **{r: sorted((owned.get(r) or set()) | {digest(files[r])}) for r in changing}})
    now: dict[str, object] = {}
    for relative, target in plan.items():
        try:
            changed = write_if_changed(target, files[relative])
        except OSError as error:
            result.refused.append(f"{target}: could not be written ({error.strerror or error}); the previous page is kept")
            if relative in owned:
                now[relative] = sorted(owned[relative] or ())
            continue
        now[relative] = digest(files[relative])
        if changed:
            result.written.append(relative)
        else:
            result.unchanged += 1
    for relative in sorted(set(owned) - set(files)):
        kept = _remove_stale(root, relative, owned[relative], result)
        if kept is not None:
            now[relative] = kept
    _write_manifest(root, now)
    return result


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _why_not_replace(root: Path, target: Path, relative: str, data: bytes, owned: Owned) -> str | None:
    """Why ``target`` must be left alone, or None when it can be written."""
    if _has_symlink(root, target) or (target.exists() and not target.is_file()):
        return f"{target}: not a regular file; not replaced (remove it so the page can be generated)"
    if not target.exists():
        return None
    try:
        current = target.read_bytes()
    except OSError as error:
        return f"{target}: cannot be read ({error.strerror or error}); not replaced"
    if current == data:
        return None
    if relative not in owned:
        return (f"{target}: exists and was not written by briefing; left as it is "
                "(move or delete it to let briefing generate this page)")
    hashes = owned[relative]
    if hashes is not None and digest(current) not in hashes:
        return (f"{target}: edited by hand since briefing wrote it; left as it is (delete it to regenerate "
                "the page; put corrections in the seed's front matter `facts:` so they last)")
    return None


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


def _as_manifest(owned: Owned) -> dict[str, object]:
    return {path: sorted(hashes) if hashes is not None else None for path, hashes in owned.items()}


def _write_manifest(root: Path, files: dict[str, object]) -> None:
    """Sorted, one entry a line: the same files give the same bytes."""
    data = {"generator": "briefing", "files": dict(sorted(files.items()))}
    write_if_changed(root / MANIFEST, json.dumps(data, indent=1, sort_keys=True).encode() + b"\n")


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
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _prune_empty_dirs(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
