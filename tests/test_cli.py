"""Messages name the file (relative to the project) and the line; the summary counts
built, skipped and warned; exit codes are the ones `briefing --help` documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE_SEED, make_project
from generator.cli import EPILOG, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main

GOOD = {"good.txt": SAMPLE_SEED.read_text(encoding="utf-8")}
BAD_YAML = "---\ntitle: fine\ndate: [unclosed\n---\nAcme will build a plant in Saltillo, Mexico.\n"


def run(capsys, *argv: str) -> tuple[int, str]:
    """Exit code and stderr of one `briefing` call; argparse's own exits count too."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    return code, capsys.readouterr().err


def test_help_documents_exit_codes():
    result = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for code in ("0  done", "1  problems", "2  bad arguments"):
        assert code in result.stdout
    assert (EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE) == (0, 1, 2)
    assert "exit codes:" in EPILOG


def test_subcommand_help_documents_exit_codes(capsys):
    code, _ = run(capsys, "build", "--help")
    assert code == 0


@pytest.mark.parametrize("argv", [
    ["--no-such-option"],
    ["generate", "--max-seed-mb", "0"],
    ["generate", "--max-seed-mb", "-1"],
    ["generate", "--max-seed-mb", "lots"],
    ["generate", "--max-seed-mb", "nan"],
    [],
], ids=["unknown option", "zero size", "negative size", "not a number", "nan", "no command"])
def test_bad_arguments_exit_2(capsys, argv):
    code, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert err


def test_bad_config_exits_2_and_names_the_file(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", GOOD)
    (root / "briefing.toml").write_text("max_seed_bytes = 'big'\n", encoding="utf-8")
    code, err = run(capsys, "generate", "--project", str(root))
    assert code == EXIT_USAGE
    assert "briefing.toml" in err and "max_seed_bytes" in err


def test_a_retired_setting_is_a_warning_not_an_error(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", GOOD)
    (root / "briefing.toml").write_text("search_full_text_up_to = 500\n", encoding="utf-8")
    code, err = run(capsys, "generate", "--project", str(root), "--quiet")
    assert code == EXIT_OK
    assert "briefing.toml: `search_full_text_up_to` is no longer used" in err


def test_bad_seed_is_named_and_counted_and_the_run_succeeds(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", {**GOOD, "sub dir/bad & odd.md": BAD_YAML, "empty.txt": ""})
    code, err = run(capsys, "generate", "--project", str(root), "--quiet")
    assert code == EXIT_OK
    assert "skipped: seeds/empty.txt: empty file (put the article text in it or delete it)" in err
    assert "warning: seeds/sub dir/bad & odd.md at line 4: front matter ignored" in err
    assert str(root) not in err
    summary = err.strip().splitlines()[-1]
    assert "2 briefings" in summary and "1 skipped" in summary and "warnings" in summary


def test_strict_exits_1_on_any_warning(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", {**GOOD, "bad.md": BAD_YAML})
    code, err = run(capsys, "generate", "--project", str(root), "--quiet", "--strict")
    assert code == EXIT_PROBLEMS
    assert "seeds/bad.md at line 4" in err
    assert "strict mode" in err


def test_strict_exits_1_on_a_skipped_seed(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", {**GOOD, "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert run(capsys, "generate", "--project", str(root), "--quiet", "--strict")[0] == EXIT_PROBLEMS
    assert run(capsys, "generate", "--project", str(root), "--quiet")[0] == EXIT_OK


def test_max_seed_mb_skips_larger_seeds_with_a_message(capsys, tmp_path: Path):
    big = "Big article about a plant\n\n" + "Acme will invest in Mexico. " * 40_000  # about 1.1 MB
    root = make_project(tmp_path / "p", {**GOOD, "big.txt": big})
    code, err = run(capsys, "generate", "--project", str(root), "--quiet", "--max-seed-mb", "0.5")
    assert code == EXIT_OK
    assert "skipped: seeds/big.txt: file is 1.1 MB, over the 0.5 MB limit" in err
    assert "--max-seed-mb" in err
    code, err = run(capsys, "generate", "--project", str(root), "--quiet", "--max-seed-mb", "2")
    assert code == EXIT_OK and "over the" not in err


def test_build_with_no_readable_seed_exits_1(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", {"empty.txt": "", "image.txt": b"\x00\x01\x02binary"})
    code, err = run(capsys, "build", "--project", str(root), "--quiet")
    assert code == EXIT_PROBLEMS
    assert "seeds/empty.txt" in err and "seeds/image.txt" in err


def test_user_page_warning_names_the_docs_file(capsys, tmp_path: Path):
    root = make_project(tmp_path / "p", GOOD, docs={"index.md": "# Mine\n"})
    code, err = run(capsys, "generate", "--project", str(root), "--quiet")
    assert code == EXIT_OK
    assert "warning: docs/index.md: exists and was not written by briefing" in err
    assert run(capsys, "generate", "--project", str(root), "--quiet", "--strict")[0] == EXIT_PROBLEMS


def test_extract_names_unreadable_files(capsys, tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, err = run(capsys, "extract", "--json", str(bad), str(SAMPLE_SEED))
    assert code == EXIT_OK
    assert f"error: {bad}: empty file" in err
    code, _ = run(capsys, "extract", "--json", "--strict", str(bad), str(SAMPLE_SEED))
    assert code == EXIT_PROBLEMS
