"""Benchmark Briefing on synthetic seed folders of any size.

    python benchmarks/run.py                 # N = 100 and 1000, 3 runs each
    python benchmarks/run.py --sizes 10000 --runs 1
    python benchmarks/run.py --extract-only  # articles/s of `briefing extract --json`

Articles are generated deterministically (a seeded random generator): English and
Spanish, many investors, places, amounts and lengths (~500 words), with the usual
distractors. Each stage runs in its own process, as a user would run it, and the
table reports medians. Ratios compare stages measured in the same run, so they are
meaningful on a busy machine where absolute seconds are not.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

INVESTORS = [
    "Acme Motors", "Borealis Energy", "Cobalt Semiconductors Inc.", "Delta Foods S.A. de C.V.",
    "Everlight Solar", "Fjord Logistics", "Granite Cloud Corp.", "Helios Batteries", "Ibex Steel",
    "Juniper Pharma", "Kestrel Aerospace", "Lumen Data Centers", "Monarch Textiles", "Nimbus Networks",
    "Orca Chemicals", "Pampas Agro", "Quasar Glass", "Redwood Paper", "Sierra Copper", "Tundra Wind",
]
PLACES_EN = [
    ("Monterrey", "Nuevo León", "Mexico"), ("Querétaro", "Querétaro", "Mexico"), ("Saltillo", "Coahuila", "Mexico"),
    ("Columbus", "Ohio", "United States"), ("Austin", "Texas", "United States"), ("Savannah", "Georgia", "United States"),
    ("Pune", "Maharashtra", "India"), ("Curitiba", "Paraná", "Brazil"), ("Tangier", "Tanger-Tetouan-Al Hoceima", "Morocco"),
    ("Lagos", "Lagos", "Nigeria"), ("Nairobi", "Nairobi", "Kenya"), ("Córdoba", "Córdoba", "Argentina"),
]
FILLER_EN = (
    "Officials said the project would strengthen local supply chains and train workers at nearby colleges. "
    "Analysts noted that the region has attracted several manufacturers over the past decade. "
    "The company did not say when construction would begin, but expects the site to be running within three years. "
    "Local business groups welcomed the news and said suppliers were already asking about land nearby. "
)
FILLER_ES = (
    "Funcionarios estatales dijeron que el proyecto fortalecerá las cadenas de suministro de la región. "
    "Analistas señalaron que la entidad ha atraído a varios fabricantes en la última década. "
    "La empresa no precisó cuándo iniciará la construcción, pero espera operar en tres años. "
    "Los organismos empresariales celebraron el anuncio y dijeron que los proveedores ya buscan terrenos. "
)


def synthetic_article(n: int, rng: random.Random) -> tuple[str, str]:
    """One article (file name, text), about 500 words, English or Spanish."""
    investor = rng.choice(INVESTORS)
    city, region, country = rng.choice(PLACES_EN)
    amount = rng.choice([150, 300, 480, 750, 1200, 2500, 4000])
    jobs = rng.choice([300, 850, 1200, 2000, 3500, 6000])
    words = rng.randint(420, 580)
    if rng.random() < 0.2:
        thousands, rest = divmod(amount, 1000)
        millions = f"{thousands} mil {rest or ''} millones".replace("  ", " ") if thousands else f"{amount} millones"
        title = f"{investor} invertirá {millions} de dólares en {city}"
        lead = (f"{city.upper()}, {region}, 3 de marzo de 2024.- {investor} anunció una inversión de {millions} "
                f"de dólares para construir una planta en {city}, {region}, que generará {jobs} empleos directos. "
                f"El estado otorgará incentivos por 20 millones de dólares. ")
        filler = FILLER_ES
    else:
        title = f"{investor} to invest ${amount:,} million in {city} plant"
        lead = (f"{city.upper()}, {country}, March 3, 2024 — {investor} will invest ${amount:,} million to build a "
                f"new plant in {city}, {region}, creating {jobs:,} direct jobs, the company said on Monday. "
                f"The state will provide $20 million in incentives. A rival opened a $90 million plant last year. ")
        filler = FILLER_EN
    body = lead
    while len(body.split()) < words:
        body += filler
    slug = f"{n:05d}-{investor.split()[0].lower()}-{city.lower().replace(' ', '-')}"
    return f"{slug}.txt", f"{title}\n\n{body.strip()}\n"


def make_seeds(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        name, text = synthetic_article(n, rng)
        (folder / name).write_text(text, encoding="utf-8")


def make_project(root: Path, count: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides", dirs_exist_ok=True)
    for folder in ("about", "assets"):
        if (REPO / "docs" / folder).is_dir():
            shutil.copytree(REPO / "docs" / folder, root / "docs" / folder, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("screenshots"))
    make_seeds(root / "seeds", count)
    return root


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one command run as its own process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "1"}
    os.sync()  # the previous stage's writes are flushed before this one is timed
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(command)} failed:\n{err.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def bench_size(count: int, runs: int, workdir: Path) -> dict:
    briefing = [sys.executable, "-m", "generator"]
    rows: dict[str, list[float]] = {k: [] for k in ("generate", "mkdocs", "rerun", "rewritten", "rss", "site", "index",
                                                     "first_result", "fetched")}
    for run in range(runs):
        root = make_project(workdir / f"n{count}-run{run}", count)
        generate_s, generate_rss = timed([*briefing, "generate", "--quiet"], root)
        mkdocs_s, mkdocs_rss = timed([sys.executable, "-m", "mkdocs", "build", "-q"], root)
        before = mtimes(root / "docs")
        rerun_s, _ = timed([*briefing, "generate", "--quiet"], root)
        after = mtimes(root / "docs")
        rewritten = sum(1 for k, v in after.items() if before.get(k) != v)
        rows["generate"].append(generate_s)
        rows["mkdocs"].append(mkdocs_s)
        rows["rerun"].append(rerun_s)
        rows["rewritten"].append(rewritten)
        rows["rss"].append(max(generate_rss, mkdocs_rss))
        rows["site"].append(folder_mb(root / "site"))
        rows["index"].append(folder_mb(root / "site" / "pagefind") if (root / "site" / "pagefind").is_dir() else 0.0)
        seconds, kilobytes = first_search_result(root / "site", "Querétaro")
        rows["first_result"].append(seconds)
        rows["fetched"].append(kilobytes)
        # Projects are deleted at the very end: deleting thousands of files now would
        # slow the next run's writes down while the file system catches up.
    median = {k: statistics.median(v) for k, v in rows.items()}
    median["ratio"] = median["generate"] / median["mkdocs"]
    median["n"] = count
    return median


def first_search_result(site: Path, query: str) -> tuple[float, float]:
    """Seconds from opening a briefing page in Chromium, typing ``query`` in the header's
    search box and pressing Enter, to the first result on the search page; and the
    kilobytes of search index fetched on the way. NaN when Chromium or Playwright is missing.

    A briefing page rather than the overview: the overview's table of every briefing takes
    its own time to load, which is not search (see `overview_load`)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return float("nan"), float("nan")
    if not Path("/usr/bin/chromium").exists():
        return float("nan"), float("nan")
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetched = [0]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page()

            def count(response) -> None:
                if "/pagefind/" in response.url and "/pagefind/pagefind-ui." not in response.url:
                    fetched[0] += len(response.body())

            page.on("response", count)
            briefing = next(site.glob("briefings/*/index.html")).parent.name
            started = time.perf_counter()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/briefings/{briefing}/")
            box = page.locator("#briefing-query")
            box.click()
            box.press_sequentially(query)  # key by key, as a person types
            box.press("Enter")
            try:
                page.wait_for_selector(".pagefind-ui__result-link", timeout=60_000)  # filled in, not a placeholder
                seconds = time.perf_counter() - started
            except Exception:  # noqa: BLE001 - report "no result" rather than abort the benchmark
                seconds = float("nan")
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    return seconds, fetched[0] / 1e3


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def bench_extract(count: int, runs: int, workdir: Path) -> dict:
    """Articles per second of `briefing extract --json` over a folder, start-up included."""
    folder = workdir / f"extract-{count}"
    make_seeds(folder, count)
    times = []
    for _ in range(runs):
        seconds, _ = timed([sys.executable, "-m", "generator", "extract", "--json", str(folder)], REPO)
        times.append(seconds)
    seconds = statistics.median(times)
    return {"n": count, "seconds": seconds, "per_second": count / seconds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--extract-only", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        workdir = Path(tmp)
        extract = bench_extract(1000, args.runs, workdir)
        results["extract"] = extract
        print(f"briefing extract --json, 1000 articles: {extract['seconds']:.2f} s median of {args.runs}"
              f" = {extract['per_second']:.0f} articles/s (one process, start-up included)")
        if not args.extract_only:
            print()
            print("| N | generate s | mkdocs build s | ratio | no-change re-run s | files rewritten | peak RSS MB | site MB "
                  "| search index MB | first search result s | index fetched KB |")
            print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            results["sizes"] = []
            for count in args.sizes:
                row = bench_size(count, args.runs, workdir)
                results["sizes"].append(row)
                print(f"| {count:,} | {row['generate']:.2f} | {row['mkdocs']:.2f} | {row['ratio']:.2f} | "
                      f"{row['rerun']:.2f} | {row['rewritten']:.0f} | {row['rss']:.0f} | {row['site']:.1f} | {row['index']:.1f} | "
                      f"{row['first_result']:.2f} | {row['fetched']:.0f} |",
                      flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
