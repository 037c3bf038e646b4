"""Extraction results kept between runs, keyed by seed content and generator code.

Re-running on an unchanged seed folder should cost a file read and a hash per
seed, not an extraction. A key is the seed's path, its bytes and the reading
limit; the whole cache is dropped when any file of the generator changes, so a
new rule never serves stale facts.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

CACHE_DIR = ".briefing-cache"
CACHE_FILE = "extract.pickle"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the generator's own files (code, templates, data)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".j2", ".tsv", ".json", ".txt", ".csv", ".toml"):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def seed_key(shown: Path, raw: bytes, max_bytes: int) -> str:
    digest = hashlib.sha256(raw)
    digest.update(f"\0{shown.as_posix()}\0{max_bytes}".encode())
    return digest.hexdigest()


class ExtractionCache:
    """A dictionary on disk; any trouble reading it means an empty cache, never an error."""

    def __init__(self, project: Path) -> None:
        self.path = project / CACHE_DIR / CACHE_FILE
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.changed = False
        try:
            with self.path.open("rb") as handle:
                data = pickle.load(handle)
            if isinstance(data, dict) and data.get("version") == code_version():
                self.entries = dict(data.get("entries", {}))
        except Exception:  # noqa: BLE001 - a missing, old or damaged cache is just empty
            self.entries = {}

    def get(self, key: str) -> Any:
        value = self.entries.get(key)
        if value is not None:
            self.used.add(key)
        return value

    def put(self, key: str, value: Any) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.changed = True

    def save(self) -> None:
        """Keep only the entries this run used, so the cache does not grow forever."""
        if not self.changed and self.used == set(self.entries):
            return
        from generator.writer import write_if_changed

        entries = {k: self.entries[k] for k in sorted(self.used)}
        try:
            write_if_changed(self.path, pickle.dumps({"version": code_version(), "entries": entries}, protocol=5))
        except OSError:
            pass  # a read-only project still builds, just without a cache
