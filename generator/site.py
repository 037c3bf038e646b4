"""Orchestration, phase by phase: read all → extract all → render all → write.

Everything is gathered before anything is written, so cross-page data (the
overview, investor pages) is consistent and a failure never leaves half a site.
One bad seed is recorded in the report and skipped; the build goes on.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable

from generator.briefings import Extracted, extract_article, make_briefings
from generator.cache import Cache, code_version, dumps as cache_dumps, loads as cache_loads, seed_key
from generator.config import Config
from generator.extract import warm_up
from generator.extract.overrides import override_problems
from generator.model import Briefing
from generator.parallel import PARALLEL_FROM, forked_pool
from generator.sources import SourceError, discover_seeds, read_article
from generator.writer import OwnedWriter, WriteResult, unchanged_since

Progress = Callable[[int, int, str], None] | None
#: One seed to extract: its path, the path shown in messages, the size limit, and its
#: cache key when it was already made (None: made where the seed is extracted).
Job = tuple[Path, Path, int, "str | None"]


@dataclass
class Report:
    """What a run did and what went wrong, for the CLI to print."""

    briefings: list[Briefing] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # seeds not built, with reason and fix
    warnings: list[str] = field(default_factory=list)  # built, but something needs a look
    written: WriteResult | None = None

    def summary(self, seconds: float) -> str:
        parts = [_count(len(self.briefings), "briefing")]
        if self.written is not None:
            parts.append(f"{_count(len(self.written.written), 'file')} written, {self.written.unchanged} unchanged")
            if self.written.removed:
                parts.append(f"{len(self.written.removed)} removed")
        parts.append(f"{len(self.skipped)} skipped, {_count(len(self.warnings), 'warning')}")
        return f"{', '.join(parts)} ({seconds:.2f} s)"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def collect(config: Config, progress: Progress = None, cache: Cache | None = None,
            meanwhile: Callable[[], object] | None = None) -> Report:
    """Read and extract every seed; problems go into the report. With a ``cache`` of
    the caller's, saving it is the caller's; ``meanwhile`` is work of the caller's own,
    done while workers extract."""
    report = Report()
    seeds_dir = config.path(config.seeds)
    paths, notes = discover_seeds(seeds_dir)
    report.skipped.extend(_relative(note, config) for note in notes if "seed folder not found" not in note)
    if any("seed folder not found" in note for note in notes):
        report.warnings.append(_relative(notes[0], config))
    extracted: list[Extracted] = []
    for outcome in process_seeds(paths, config, progress, cache, meanwhile):
        if outcome.problem:
            report.skipped.append(_relative(outcome.problem, config))
            continue
        report.warnings.extend(_relative(w, config) for w in outcome.warnings)
        extracted.append(outcome.item)
    report.briefings = make_briefings(extracted)
    report.warnings.extend(missing_fact_warnings(report.briefings))
    return report


@dataclass(frozen=True)
class Outcome:
    """What became of one seed: an extracted article, or the reason it was skipped."""

    item: Extracted | None
    warnings: tuple[str, ...] = ()
    problem: str | None = None


def process_seeds(paths: list[Path], config: Config, progress: Progress = None, cache: Cache | None = None,
                  meanwhile: Callable[[], object] | None = None) -> list[Outcome]:
    """Read and extract every seed, from the cache when its bytes have not changed.

    Large batches are extracted on all cores; results come back in input order, so
    the output is the same as a serial run. Without a ``cache`` given, the project's
    is read and saved here.
    """
    own_cache = cache is None
    cache = Cache(config.project, "extract") if cache is None else cache
    project, folders = config.project.resolve(), {}
    outcomes: list[Outcome | None] = []
    todo: list[int] = []  # where in outcomes each job's outcome goes
    jobs: list[Job] = []
    for path in paths:
        shown = _shown(path, project, folders)
        # With nothing cached (a first run, a new generator) there is nothing to look up:
        # the seeds are hashed where they are extracted, on all cores.
        key = _seed_key(path, shown, config.max_seed_bytes) if cache.entries else None
        cached = cache.get(key) if key else None
        if cached is not None:
            cache.keep(key)
        else:
            todo.append(len(outcomes))
            jobs.append((path, shown, config.max_seed_bytes, key))
        outcomes.append(cached)
    for index, (outcome, encoded, key) in zip(todo, _extract_all(jobs, progress, meanwhile)):
        outcomes[index] = outcome
        if key:
            cache.keep(key, encoded)
    if own_cache:
        cache.save()
    return [o for o in outcomes if o is not None]


def _extract_all(jobs: list[Job], progress: Progress,
                 meanwhile: Callable[[], object] | None) -> list[tuple[Outcome, str, str | None]]:
    """Each job's outcome, cache entry and cache key, in order; on all cores for a large
    batch. ``meanwhile`` runs once, while the workers extract (or first, without workers)."""
    if len(jobs) >= PARALLEL_FROM:
        warm_up()  # what the finders build on first use, built once for every worker
        with forked_pool() as pool:
            if pool is not None:
                # Small chunks: the last ones end close together, so no core waits long.
                answers = pool.map(_encoded_outcome, jobs, chunksize=8)  # all sent at once
                if meanwhile:
                    meanwhile()
                results = []
                for encoded, key in answers:
                    results.append((cache_loads(encoded), encoded, key))
                    if progress:
                        progress(len(results), len(jobs), "extracting")
                return results
    if meanwhile:
        meanwhile()
    results = []
    for job in jobs:
        outcome, encoded = _process_one(job)
        results.append((outcome, encoded, _job_key(job)))
        if progress:
            progress(len(results), len(jobs), "extracting")
    return results


def _seed_key(path: Path, shown: Path, max_bytes: int) -> str | None:
    """The cache key of a seed's bytes; None when it cannot be read or is too large
    (it is then read again, to say why it is skipped)."""
    try:
        return seed_key(shown, path.read_bytes(), max_bytes) if path.stat().st_size <= max_bytes else None
    except OSError:
        return None


def _job_key(job: Job) -> str | None:
    """The job's cache key: the one its seed was looked up with, or, with nothing cached
    to look up, made here."""
    path, shown, max_bytes, key = job
    return key or _seed_key(path, shown, max_bytes)


def _process_one(job: Job) -> tuple[Outcome, str]:
    """The outcome, and its cache entry."""
    outcome = _outcome(job)
    return outcome, cache_dumps(outcome)


def _encoded_outcome(job: Job) -> tuple[str, str | None]:
    """A worker's answer: the outcome's cache entry and key. The parent rebuilds the
    outcome from the entry, which costs less than pickling both ways, and a first run
    and a re-run then read the very same values."""
    return _process_one(job)[1], _job_key(job)


def _outcome(job: Job) -> Outcome:
    path, shown, max_bytes, _ = job
    try:
        reading = read_article(path, max_bytes=max_bytes, label=shown)
        item = extract_article(replace(reading.article, source=shown))
    except SourceError as error:
        return Outcome(None, problem=str(error))
    except Exception as error:  # noqa: BLE001 - one bad seed must not stop the build
        return Outcome(None, problem=f"{shown}: could not be processed ({type(error).__name__}: {error}); "
                                     "please report this with the file attached")
    return Outcome(item, (*reading.warnings, *override_problems(item.article)))


#: GDP impact is rarely given, so its absence is not worth a warning.
EXPECTED_FACTS = ("investor", "amount", "jobs", "location")


def missing_fact_warnings(briefings: list[Briefing]) -> list[str]:
    """One line per briefing whose fact box lacks an expected fact (for --strict)."""
    warnings = []
    for briefing in sorted(briefings, key=lambda b: str(b.article.source)):
        missing = [name for name in EXPECTED_FACTS if briefing.facts.get(name) is None]
        if missing:
            warnings.append(f"{briefing.article.source}: not stated: {', '.join(missing)} "
                            "(check the article; set `facts:` in front matter to correct)")
    return warnings


def generate(config: Config, progress: Progress = None) -> Report:
    """Seeds → Markdown pages and data files in the docs folder.

    The phases overlap where one process would otherwise wait: this one loads what
    rendering needs while workers extract, then saves the extraction cache and
    writes pages while workers render the rest."""
    cache = Cache(config.project, "extract")
    report = collect(config, progress, cache, meanwhile=lambda: _prepare_rendering(config))
    if progress:
        progress(0, 0, f"writing pages for {len(report.briefings)} briefings")
    from generator.pages import render_site

    docs, inputs = config.path(config.docs), _render_inputs(config, cache)
    try:
        report.written = unchanged_since(docs, inputs)
        if report.written is None:
            writer = OwnedWriter(docs)
            for files in render_site(report.briefings, config, meanwhile=cache.save):
                writer.write(files)
            report.written = writer.finish(inputs)
    finally:
        cache.save()  # done already, unless rendering failed: the facts are kept anyway
    report.warnings.extend(_relative(message, config) for message in report.written.refused)
    return report


def _render_inputs(config: Config, cache: Cache) -> str:
    """A hash of everything the pages are made from: the seeds (the cache keys of this
    run: their bytes, their paths, the generator's code), the settings that shape pages,
    the site's address, and the libraries that render pages. Equal hashes, equal pages."""
    import babel
    import jinja2
    import pygal

    from generator.downloads import published_url

    settings = {f.name: getattr(config, f.name) for f in fields(config) if f.name not in _NOT_RENDERED}
    digest = hashlib.sha256(repr(sorted(settings.items())).encode())
    digest.update(repr((published_url(config.project), jinja2.__version__, babel.__version__, pygal.__version__,
                        code_version())).encode())
    digest.update("\n".join(sorted(cache.used)).encode())
    return digest.hexdigest()


#: Settings that say where things are, not what pages hold.
_NOT_RENDERED = frozenset({"project", "seeds", "docs", "site", "notes"})


def _prepare_rendering(config: Config) -> None:
    """Import the page modules and load what they need: work for this process while
    workers extract (and none of theirs: they never render)."""
    from generator.pages import prepare_rendering

    prepare_rendering(config)


class SiteBuildError(Exception):
    """MkDocs could not build the site."""


def build_site(config: Config, strict: bool = False) -> None:
    """Run MkDocs on the generated docs, as `mkdocs build` would."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    config_file = config.path(Path("mkdocs.yml"))
    if not config_file.is_file():
        raise SiteBuildError(f"{config_file} not found (run briefing in the project folder, or pass --project)")
    errors = _ErrorRecords()
    logging.getLogger("mkdocs").addHandler(errors)
    try:
        mkdocs_config = load_config(
            config_file=str(config_file),
            docs_dir=str(config.path(config.docs).resolve()),
            site_dir=str(config.path(config.site).resolve()),
            strict=strict,
        )
        build(mkdocs_config)
    except (MkDocsException, SystemExit, OSError) as error:
        # MkDocs logs the reason and raises "Aborted with a BuildError!": say the reason.
        reasons = "; ".join(dict.fromkeys(errors.messages)) or str(error)
        raise SiteBuildError(f"MkDocs build failed: {reasons}") from None
    finally:
        logging.getLogger("mkdocs").removeHandler(errors)


class _ErrorRecords(logging.Handler):
    """The errors MkDocs logs during a build, kept to explain a failed build."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def serve_site(config: Config, dev_addr: str, on_change: Callable[[], object]) -> None:
    """`mkdocs serve` on the docs, regenerating pages whenever a seed changes."""
    from mkdocs.commands.serve import serve

    seeds = config.path(config.seeds)
    stop = threading.Event()

    def watch() -> None:
        before = _snapshot(seeds)
        while not stop.wait(1.0):
            now = _snapshot(seeds)
            if now != before:
                before = now
                on_change()  # writes changed pages; MkDocs sees them and reloads the browser

    threading.Thread(target=watch, daemon=True).start()
    try:
        serve(str(config.path(Path("mkdocs.yml"))), dev_addr=dev_addr, livereload=True,
              docs_dir=str(config.path(config.docs).resolve()))
    finally:
        stop.set()


def _snapshot(folder: Path) -> dict[str, tuple[float, int]]:
    try:
        return {str(p): (p.stat().st_mtime, p.stat().st_size) for p in folder.rglob("*") if p.is_file()}
    except OSError:
        return {}


def _shown(path: Path, project: Path, folders: dict[Path, Path] | None = None) -> Path:
    """The path as people see it in messages: relative to the (resolved) project when possible.

    Only the folder is resolved, once for all the seeds it holds (``folders`` keeps them):
    a seed that is itself a link is never read, so its own name is the one to show."""
    folders = {} if folders is None else folders
    if path.parent not in folders:
        folders[path.parent] = path.parent.resolve()
    try:
        return (folders[path.parent] / path.name).relative_to(project)
    except ValueError:
        return path


def _relative(message: str, config: Config) -> str:
    prefix = str(config.project.resolve()) + "/"
    return message.replace(prefix, "")



