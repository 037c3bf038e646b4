"""Writing what the generator owns, and only that.

The generator keeps a manifest of the files it wrote inside the docs folder. It
writes a file only when its bytes change (so mtimes and MkDocs' live reload stay
quiet), writes atomically (temporary file + rename: an interrupted run leaves the
previous page in place), removes only its own stale files, and refuses to replace
a file it did not write: hand-written pages are the user's.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".briefing-manifest.json"


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # messages: files that were the user's


def read_manifest(root: Path) -> set[str]:
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        return {p for p in data.get("files", []) if isinstance(p, str)}
    except (OSError, ValueError, AttributeError):
        return set()


def write_owned(root: Path, files: dict[str, bytes]) -> WriteResult:
    """Make ``root`` hold ``files`` (paths relative to root, "/"-separated)."""
    result = WriteResult()
    owned_before = read_manifest(root)
    root.mkdir(parents=True, exist_ok=True)
    kept: set[str] = set()
    for relative in sorted(files):
        target = safe_target(root, relative)
        data = files[relative]
        if target.is_symlink() or (target.exists() and not target.is_file()):
            result.refused.append(f"{target}: not a regular file; not replaced (remove it so the page can be generated)")
            continue
        if target.exists() and relative not in owned_before:
            try:
                same = target.read_bytes() == data
            except OSError:
                same = False
            if not same:
                result.refused.append(
                    f"{target}: exists and was not written by briefing; left as it is "
                    "(move or delete it to let briefing generate this page)"
                )
                continue
        kept.add(relative)
        if write_if_changed(target, data):
            result.written.append(relative)
        else:
            result.unchanged += 1
    for relative in sorted(owned_before - kept):
        if relative in files:
            continue  # refused above: keep it listed as not ours
        target = safe_target(root, relative)
        if target.is_file() and not target.is_symlink():
            target.unlink()
            result.removed.append(relative)
            _prune_empty_dirs(target.parent, root)
    manifest = json.dumps({"generator": "briefing", "files": sorted(kept)}, indent=1).encode() + b"\n"
    write_if_changed(root / MANIFEST, manifest)
    return result


def safe_target(root: Path, relative: str) -> Path:
    """``root / relative``, refusing anything that would land outside ``root``."""
    parts = relative.split("/")
    if relative.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"unsafe generated path {relative!r}")
    return root.joinpath(*parts)


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
