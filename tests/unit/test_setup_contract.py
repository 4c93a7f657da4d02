"""The README's test command and .ci/run must stay the same command."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)[:2]


def test_readme_opens_with_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.index("```sh")
    assert "\n## " not in readme[:first_block]
    install_and_run, install_and_test = _readme_commands()
    assert "briefing assets/sample_article.txt" in install_and_run
    assert (
        "pytest" in install_and_test and "mypy" in install_and_test and "ruff" in install_and_test
    )


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()
