"""Typed settings, read from the optional `briefing.toml` beside `mkdocs.yml`.

Every option has a default that works for a fresh project, so the file is only
needed to change something. Unknown keys and wrong types are reported, not ignored.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

CONFIG_FILE = "briefing.toml"


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    project: Path = Path(".")
    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    site: Path = Path("site")
    #: Seeds larger than this are skipped with a message.
    max_seed_bytes: int = 2 * 1024 * 1024
    #: Site language: fact-box labels and the overview speak it ("en" or "es").
    language: str = "en"
    #: The overview's table lists this many of the newest briefings (0: all of them).
    overview_table_rows: int = 1000
    #: Facts found with less confidence than this are listed for review.
    review_below: float = 0.6
    #: Approximate conversion to US dollars for the overview's total, and the day the rates were taken.
    usd_rates: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_USD_RATES))
    usd_rates_date: dt.date = dt.date(2025, 1, 15)
    #: What reading the file had to say that is not an error (a retired setting, say).
    notes: tuple[str, ...] = ()

    def path(self, which: Path) -> Path:
        return which if which.is_absolute() else self.project / which


#: US dollars per unit of each currency, mid-January 2025 (approximate; for totals only).
DEFAULT_USD_RATES = {
    "USD": 1.0, "MXN": 0.049, "EUR": 1.03, "BRL": 0.165, "INR": 0.0116, "GBP": 1.22, "JPY": 0.0064,
    "CNY": 0.136, "KRW": 0.00068, "TWD": 0.030, "CAD": 0.70, "ARS": 0.00096, "ZAR": 0.053,
    "MAD": 0.099, "NGN": 0.00065, "KES": 0.0077, "HUF": 0.0025, "MYR": 0.22, "CHF": 1.10,
    "COP": 0.00023, "CLP": 0.00099, "PEN": 0.266, "AUD": 0.62,
}


#: Settings this version no longer reads: ignored with a note, so an older project still builds.
RETIRED = {
    "search_full_text_up_to": "search covers every article at any size now",
}


def load_config(project: Path, **overrides: Any) -> Config:
    """Defaults, then `briefing.toml`, then command-line overrides (None means "not given")."""
    config = Config(project=project)
    path = project / CONFIG_FILE
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: {error}") from None
        config = _apply(config, data, path)
    return replace(config, **{k: v for k, v in overrides.items() if v is not None})


def _apply(config: Config, data: dict, path: Path) -> Config:
    known = {f.name: f for f in fields(Config) if f.name not in ("project", "notes")}
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for key, value in data.items():
        name = key.replace("-", "_")
        if name in RETIRED:
            notes.append(f"{path}: `{key}` is no longer used ({RETIRED[name]}); it can be removed")
            continue
        if name not in known:
            raise ConfigError(f"{path}: unknown setting `{key}` (known: {', '.join(sorted(known))})")
        default = getattr(config, name)
        if isinstance(default, Path):
            value = Path(str(value))
        elif isinstance(default, dict):
            if not isinstance(value, dict) or not all(isinstance(v, (int, float)) for v in value.values()):
                raise ConfigError(f"{path}: `{key}` should be a table of numbers")
            value = {**default, **{k.upper(): float(v) for k, v in value.items()}}
        elif isinstance(default, dt.date) and not isinstance(value, dt.date):
            raise ConfigError(f"{path}: `{key}` should be a date like 2025-01-15")
        elif type(default) in (int, float) and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise ConfigError(f"{path}: `{key}` should be a number")
        elif isinstance(default, str) and not isinstance(value, str):
            raise ConfigError(f"{path}: `{key}` should be text")
        changes[name] = value
    if changes.get("language", config.language) not in ("en", "es"):
        raise ConfigError(f"{path}: `language` should be \"en\" or \"es\"")
    return replace(config, **changes, notes=tuple(notes))
