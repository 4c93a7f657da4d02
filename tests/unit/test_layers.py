"""The analysis layer must never pull in the terminal UI."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import SAMPLE


def test_analysing_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, briefing\n"
        f"b = briefing.analyze(open({str(SAMPLE)!r}, encoding='utf-8').read())\n"
        "briefing.split_sentences('One. Two.')\n"
        "assert b.to_dict()['sentences']\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_analysis_package_source_has_no_ui_imports() -> None:
    from pathlib import Path

    import briefing.analysis

    root = Path(briefing.analysis.__file__).parent
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for banned in ("import textual", "from textual", "import rich", "from rich"):
            assert banned not in source, f"{path.name} imports {banned}"
