"""The README's two set-up commands are the ones CI proves."""

import re

from conftest import REPO


def _shell_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_readme_gives_exactly_two_setup_commands():
    blocks = _shell_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    assert blocks == [
        "python -m pip install -e . && briefing build",
        "python -m pip install -e '.[test]' && python -m pytest",
    ]


def test_ci_runs_the_readme_test_command():
    test_command = _shell_blocks((REPO / "README.md").read_text(encoding="utf-8"))[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
    assert "briefing build --strict" in ci


def test_every_command_is_documented():
    from generator.cli import _parser

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"`briefing {name}" in readme, name
