"""The `briefing` command: parses arguments, calls the library, prints, exits.

This is the only module that prints or exits; everything it calls raises ordinary
exceptions or returns a report.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

from generator import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1  # seeds skipped or facts missing with --strict, a failed MkDocs build
EXIT_USAGE = 2  # bad arguments or configuration

EPILOG = """\
exit codes:
  0  done (warnings, if any, were printed)
  1  problems: with --strict, any warning (skipped seed, missing fact, bad front
     matter); without it, only a failed site build or no readable seed at all
  2  bad arguments or configuration

examples:
  briefing build                      seeds/ -> docs/ -> site/
  briefing serve                      preview at http://127.0.0.1:8000, rebuilt on save
  briefing extract --json seeds/      fact boxes as JSON
  briefing check --strict             fail when a fact needs a person's review
"""


def run() -> None:
    """The `briefing` command: `main`, then exit. Everything the run made is frozen out of
    the garbage collector first, which would otherwise go over it all once more on the
    way out (some 40 ms after a thousand articles) only for it to be freed anyway."""
    code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except _UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE


class _UserError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news articles about investment announcements into a searchable briefing site.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def command(name: str, run, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, epilog=EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(run=run)
        return sub

    for name, run, help_text in (
        ("build", _build, "Generate pages from the seeds, then build the site with MkDocs."),
        ("generate", _generate, "Generate Markdown pages from the seeds into the docs folder only."),
        ("serve", _serve, "Generate, then serve the site with live reload; saving a seed regenerates it."),
        ("check", _check, "List seeds whose facts are missing or uncertain, with the runner-up candidates."),
    ):
        sub = command(name, run, help_text)
        _project_options(sub)
        if name == "serve":
            sub.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default %(default)s)")

    extract = command("extract", _extract, "Print the fact boxes of the given seeds (a folder means all its seeds).")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    extract.add_argument("--json", action="store_true", help="print JSON (the default and only format)")
    extract.add_argument("--strict", action="store_true", help="exit 1 when a file cannot be read")
    return parser


def _project_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--project", type=Path, default=Path("."), help="project folder (default: current folder)")
    sub.add_argument("--seeds", type=Path, help="seed articles folder (default: seeds)")
    sub.add_argument("--docs", type=Path, help="MkDocs docs folder to generate into (default: docs)")
    sub.add_argument("--site", type=Path, help="built site folder (default: site)")
    sub.add_argument("--max-seed-mb", type=_megabytes, help="skip seeds larger than this (default: 2)")
    sub.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    sub.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")


def _megabytes(text: str) -> float:
    """A size limit in MB: a positive, finite number (argparse turns the error into exit 2)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value < 1024 * 1024:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in MB, like 2 or 0.5")
    return value


def _config(args: argparse.Namespace):
    from generator.config import ConfigError, load_config

    try:
        config = load_config(
            args.project,
            seeds=args.seeds, docs=args.docs, site=args.site,
            max_seed_bytes=int(args.max_seed_mb * 1024 * 1024) if args.max_seed_mb is not None else None,
        )
    except ConfigError as error:
        raise _UserError(str(error)) from None
    for note in config.notes:
        print(f"warning: {note}", file=sys.stderr)
    return config


# ---------------------------------------------------------------------------
# Commands


def _generate(args: argparse.Namespace) -> int:
    config = _config(args)
    report = _run_generate(config, args)
    return _exit_code(report, args.strict)


def _run_generate(config, args: argparse.Namespace, summary: bool = True):
    from generator.site import generate

    started = time.perf_counter()
    report = generate(config, progress=_progress(args))
    _print_problems(report)
    if summary:
        print(report.summary(time.perf_counter() - started), file=sys.stderr)
    return report


def _build(args: argparse.Namespace) -> int:
    from generator.site import build_site, SiteBuildError

    config = _config(args)
    started = time.perf_counter()
    report = _run_generate(config, args, summary=False)
    if not report.briefings and report.skipped:
        print(report.summary(time.perf_counter() - started), file=sys.stderr)
        return EXIT_PROBLEMS
    if _progress(args):
        print("building the site with MkDocs, then its search index…", file=sys.stderr, flush=True)
    try:
        build_site(config, strict=args.strict)
    except SiteBuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{report.summary(time.perf_counter() - started)}; site in {config.path(config.site)}", file=sys.stderr)
    return _exit_code(report, args.strict)


def _serve(args: argparse.Namespace) -> int:
    from generator.site import serve_site

    config = _config(args)
    _run_generate(config, args)
    print(f"serving on http://{args.dev_addr}/ (saving a seed regenerates its page; Ctrl+C stops)", file=sys.stderr)
    serve_site(config, dev_addr=args.dev_addr, on_change=lambda: _run_generate(config, args))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator.review import review_items
    from generator.site import collect

    config = _config(args)
    report = collect(config)
    _print_problems(report)
    items = review_items(report.briefings, config.review_below)
    for item in items:
        print(f"{item.source}: {item.message}")
        for alternative in item.alternatives:
            print(f"    candidate: {alternative}")
    seeds, facts = len(report.briefings), len(items)
    print(f"{seeds} seed{'' if seeds == 1 else 's'} checked, {facts} fact{'' if facts == 1 else 's'} to review",
          file=sys.stderr)
    if args.strict and (items or report.skipped):
        return EXIT_PROBLEMS
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from generator.briefings import extract_article, extraction_record
    from generator.sources import FORMATS, SourceError, discover_seeds, read_article

    records = []
    failed = 0
    for given in args.paths:
        if given.is_dir():
            paths, notes = discover_seeds(given)
            for note in notes:
                print(f"warning: {note}", file=sys.stderr)
        elif given.suffix.lower() in FORMATS or given.exists():
            paths = [given]
        else:
            print(f"error: {given}: no such file or folder", file=sys.stderr)
            failed += 1
            continue
        for path in paths:
            try:
                reading = read_article(path)
            except SourceError as error:
                print(f"error: {error}", file=sys.stderr)
                failed += 1
                continue
            for warning in reading.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            records.append(extraction_record(str(path), extract_article(reading.article)))
    # One article per line: easy to grep and diff, and written by json's fast C encoder
    # (an indented dump runs the pure-Python one).
    sys.stdout.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n")
    return EXIT_PROBLEMS if failed and (args.strict or not records) else EXIT_OK


# ---------------------------------------------------------------------------
# Output


#: Past this many, warnings are counted rather than listed (`briefing check` lists them all).
MAX_LISTED = 25


def _print_problems(report) -> None:
    for problem in report.skipped:
        print(f"skipped: {problem}", file=sys.stderr)
    for problem in report.warnings[:MAX_LISTED]:
        print(f"warning: {problem}", file=sys.stderr)
    if len(report.warnings) > MAX_LISTED:
        print(f"warning: … and {len(report.warnings) - MAX_LISTED} more (run `briefing check` for the full list)",
              file=sys.stderr)


def _exit_code(report, strict: bool) -> int:
    if strict and (report.skipped or report.warnings):
        print(f"Aborted with {len(report.skipped) + len(report.warnings)} problems in strict mode.", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _progress(args: argparse.Namespace):
    """A one-line counter on a terminal; nothing in CI, pipes or with --quiet."""
    if getattr(args, "quiet", False) or not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int, stage: str) -> None:
        """``total`` 0 announces a stage without a count."""
        if not total:
            print(f"{stage}…", file=sys.stderr, flush=True)
        elif done == total or done % 50 == 0:
            end = "\n" if done == total else ""
            print(f"\r{stage}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show
