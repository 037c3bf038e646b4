"""Results kept between runs, keyed by their inputs and the generator's code.

Re-running on an unchanged seed folder should cost a file read and a hash per
seed, not an extraction, and no chart drawing. An extraction key is the seed's
path, its bytes and the reading limit; a chart's key is its data. A whole cache
is dropped when any file of the generator changes, so a new rule never serves
stale facts.

The cache is JSON, decoded into a closed list of the project's own value types:
a cache file that came with a cloned project can hold wrong facts at worst (and
its version check will usually discard it), never code that runs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

CACHE_DIR = ".briefing-cache"


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


# ---------------------------------------------------------------------------
# A JSON codec for the frozen dataclasses that flow through the pipeline


@lru_cache(maxsize=1)
def _types() -> dict[str, type]:
    from generator.briefings import Extracted
    from generator.model import Article, Fact, FactBox, Jobs, Money, Place, Span
    from generator.site import Outcome

    return {t.__name__: t for t in (Article, Extracted, Fact, FactBox, Jobs, Money, Outcome, Place, Span)}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


def encode(value: Any) -> Any:
    """Plain JSON data, with tags for the types JSON lacks.

    >>> from generator.model import Money
    >>> encode((Money(5, "USD"), dt.date(2024, 1, 2)))
    {'~tuple': [{'~type': 'Money', 'value': 5, 'currency': 'USD'}, {'~date': '2024-01-02'}]}
    """
    if value is None or type(value) in (str, int, float, bool):
        return value
    names = _field_names(type(value))
    if names is not None:
        data = {"~type": type(value).__name__}
        for name in names:
            data[name] = encode(getattr(value, name))
        return data
    if isinstance(value, tuple):
        return {"~tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"~dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, dt.datetime):
        return {"~datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"~date": value.isoformat()}
    if isinstance(value, Path):
        return {"~path": value.as_posix()}
    if isinstance(value, (str, int, float)):
        return value
    return {"~str": str(value)}  # anything exotic in front matter: kept as text


def decode(data: Any) -> Any:
    """The inverse of `encode`; unknown tags raise ValueError.

    >>> from generator.model import Money
    >>> decode(encode((Money(5, "USD"), dt.date(2024, 1, 2), Path("seeds/a b.txt"))))
    (Money(value=5, currency='USD'), datetime.date(2024, 1, 2), PosixPath('seeds/a b.txt'))
    """
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "~type" in data:
        cls = _types().get(data["~type"])
        if cls is None:
            raise ValueError(f"unknown type {data['~type']!r} in cache")
        return cls(**{k: decode(v) for k, v in data.items() if k != "~type"})
    (tag, inner), = data.items()
    if tag == "~tuple":
        return tuple(decode(v) for v in inner)
    if tag == "~dict":
        return {decode(k): decode(v) for k, v in inner}
    if tag == "~datetime":
        return dt.datetime.fromisoformat(inner)
    if tag == "~date":
        return dt.date.fromisoformat(inner)
    if tag == "~path":
        return Path(PurePosixPath(inner))
    if tag == "~str":
        return str(inner)
    raise ValueError(f"unknown tag {tag!r} in cache")


class Cache:
    """A dictionary on disk; any trouble reading it means an empty cache, never an error."""

    def __init__(self, project: Path, name: str) -> None:
        self.path = project / CACHE_DIR / f"{name}.json"
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.changed = False
        try:
            data = json.loads(self.path.read_bytes())
            if isinstance(data, dict) and data.get("version") == code_version():
                self.entries = dict(data.get("entries", {}))  # decoded on use
        except (OSError, ValueError):
            self.entries = {}

    def get(self, key: str) -> Any:
        raw = self.entries.get(key)
        if raw is None:
            return None
        try:
            value = decode(json.loads(raw) if isinstance(raw, _EncodedJSON) else raw)
        except (ValueError, TypeError, KeyError):
            return None  # a damaged entry is extracted again
        self.used.add(key)
        return value

    def put_json(self, key: str, text: str) -> None:
        """Store a value already encoded as JSON text (by `dumps`, perhaps in another
        process): saving then copies the text instead of encoding the value again."""
        self.entries[key] = _EncodedJSON(text)
        self.used.add(key)
        self.changed = True

    def save(self) -> None:
        """Keep only the entries this run used, so the cache does not grow forever."""
        if not self.changed and self.used == set(self.entries):
            return
        from generator.writer import write_if_changed

        entries = ",".join(f"{json.dumps(k)}:{_json_text(self.entries[k])}" for k in sorted(self.used))
        data = f'{{"version":{json.dumps(code_version())},"entries":{{{entries}}}}}'
        try:
            write_if_changed(self.path, data.encode("utf-8"))
        except OSError:
            pass  # a read-only project still builds, just without a cache


def dumps(value: Any) -> str:
    """``value`` as the JSON text a cache file holds."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


class _EncodedJSON(str):
    """JSON text standing for a value in `Cache.entries`."""


def _json_text(entry: Any) -> str:
    return entry if isinstance(entry, _EncodedJSON) else json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
