"""The layers hold: `lint-imports` checks the contracts written in pyproject.toml.

The domain imports neither Textual, SQLite nor the words; storage never a door; the TUI
only the services (never storage or SQLite); presentation reads no database; and no two
top-level modules import each other.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_hold():
    script = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(script), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 kept, 0 broken" in result.stdout


def test_a_broken_layer_is_caught(tmp_path):
    """The check is real: a screen that imports storage breaks the TUI contract."""
    import shutil

    copy = tmp_path / "smart_tui"
    shutil.copytree(ROOT / "smart_tui", copy, ignore=shutil.ignore_patterns("__pycache__"))
    screen = copy / "tui" / "screens" / "dashboard.py"
    screen.write_text(screen.read_text(encoding="utf-8") + "\nimport smart_tui.storage  # noqa\n",
                      encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    script = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(script), "--config", str(tmp_path / "pyproject.toml")],
                            cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert result.returncode != 0
    assert "The TUI goes through the services: never storage nor SQLite BROKEN" in result.stdout
