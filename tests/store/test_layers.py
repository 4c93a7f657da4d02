"""The store and the workflow glue never pull in the terminal UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import briefing.store


def test_store_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys\n"
        "import briefing.store.library, briefing.store.export, briefing.store.repair\n"
        "import briefing.workflow\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_store_source_has_no_ui_imports() -> None:
    root = Path(briefing.store.__file__).parent
    sources = [*root.rglob("*.py"), root.parent / "workflow.py"]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for banned in ("import textual", "from textual", "import rich", "from rich", "briefing.ui"):
            assert banned not in text, f"{path.name} imports {banned}"
