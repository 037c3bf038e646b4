"""Results kept between runs, keyed by their inputs and the generator's code.

Re-running on an unchanged seed folder should cost a file read and a hash per
seed, not an extraction. An extraction key is the seed's path, its bytes and the
reading limit. A whole cache is dropped when any file of the generator changes,
so a new rule never serves stale facts.

The cache is JSON, decoded into a closed list of the project's own value types:
a cache file that came with a cloned project can hold wrong facts at worst (and
its version check will usually discard it), never code that runs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
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


def loads(text: str) -> Any:
    """The inverse of `dumps`; unknown types and tags raise ValueError.

    Values are rebuilt while the JSON is parsed (one pass, in the parser's order:
    inner values first), and dataclasses get their fields without a call to their
    ``__init__``, which a frozen dataclass makes slow; every field must be present.

    >>> from generator.model import Money
    >>> loads(dumps((Money(5, "USD"), dt.date(2024, 1, 2), Path("seeds/a b.txt"))))
    (Money(value=5, currency='USD'), datetime.date(2024, 1, 2), PosixPath('seeds/a b.txt'))
    >>> loads('{"~type": "Popen", "args": "rm -rf /"}')
    Traceback (most recent call last):
    ...
    ValueError: unknown type 'Popen' in cache
    """
    return json.loads(text, object_hook=_revive)


def _revive(data: dict) -> Any:
    name = data.pop("~type", None)
    if name is not None:
        cls = _types().get(name)
        if cls is None:
            raise ValueError(f"unknown type {name!r} in cache")
        if data.keys() != _field_set(cls):
            raise ValueError(f"fields of {name} in cache do not match")
        value = object.__new__(cls)
        value.__dict__.update(data)  # what unpickling does; a frozen class only blocks setattr
        return value
    if len(data) != 1:
        raise ValueError("untagged object in cache")
    (tag, inner), = data.items()
    if tag == "~tuple":
        return tuple(inner)
    if tag == "~dict":
        return {k: v for k, v in inner}
    if tag == "~datetime":
        return dt.datetime.fromisoformat(inner)
    if tag == "~date":
        return dt.date.fromisoformat(inner)
    if tag == "~path":
        return Path(PurePosixPath(inner))
    if tag == "~str":
        return str(inner)
    raise ValueError(f"unknown tag {tag!r} in cache")


@lru_cache(maxsize=None)
def _field_set(cls: type) -> frozenset[str]:
    return frozenset(_field_names(cls) or ())


class Cache:
    """A dictionary on disk; any trouble reading it means an empty cache, never an error.

    The file is JSON lines: a header with the generator's version, then one
    ``key<TAB>value`` line per entry, each value decoded only when it is asked for.
    """

    def __init__(self, project: Path, name: str) -> None:
        self.path = project / CACHE_DIR / f"{name}.jsonl"
        self.entries: dict[str, str] = {}  # key -> the value as JSON text
        self.used: set[str] = set()
        self.changed = False
        try:
            header, _, body = self.path.read_text(encoding="utf-8").partition("\n")
            if json.loads(header).get("version") == code_version():
                for line in body.splitlines():
                    key, tab, text = line.partition("\t")
                    if tab:
                        self.entries[key] = text
        except (OSError, ValueError, AttributeError):
            self.entries = {}

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None (a damaged entry is None too: its
        seed is extracted again). Reading does not mark the entry as used: `keep` does."""
        text = self.entries.get(key)
        if text is None:
            return None
        try:
            return loads(text)
        except (ValueError, TypeError, KeyError):
            return None

    def keep(self, key: str, text: str | None = None) -> None:
        """Keep ``key`` at the next save: its entry as it is, or ``text``, a value already
        encoded by `dumps` (perhaps in another process), so saving copies it as it is."""
        if text is not None:
            self.entries[key] = text
            self.changed = True
        self.used.add(key)

    def save(self) -> None:
        """Keep only the entries this run used, so the cache does not grow forever."""
        if not self.changed and self.used == set(self.entries):
            return
        from generator.writer import write_atomically

        self.entries = {key: self.entries[key] for key in sorted(self.used)}
        self.changed = False
        header = json.dumps({"version": code_version()}) + "\n"
        lines = (f"{key}\t{text}\n".encode("utf-8") for key, text in self.entries.items())
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, itertools.chain([header.encode("utf-8")], lines))
            self.path.with_suffix(".json").unlink(missing_ok=True)  # the earlier, single-JSON format
        except OSError:
            pass  # a read-only project still builds, just without a cache


def dumps(value: Any) -> str:
    """``value`` as the JSON text of one cache entry (one line: JSON escapes line breaks)."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))
