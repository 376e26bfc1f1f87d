"""The project's own promises: README and CI agree, the code is lint-clean, files stay small."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_COMMAND = 'python -m pip install ".[test]" && python -m pytest'


def test_readme_and_ci_run_the_same_test_command():
    assert TEST_COMMAND in (ROOT / "README.md").read_text(encoding="utf-8")
    assert TEST_COMMAND in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_ruff_is_clean():
    folders = [f for f in ("smart_tui", "tests", "benchmarks", "scripts") if (ROOT / f).is_dir()]
    result = subprocess.run([sys.executable, "-m", "ruff", "check", *folders], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_past_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "smart_tui").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_widgets_and_screens_never_import_sqlite_utils():
    for path in (ROOT / "smart_tui" / "tui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(sqlite_utils|sqlite3)\b", text, re.M), path


def test_the_domain_type_checks_strictly():
    result = subprocess.run([sys.executable, "-m", "mypy", "smart_tui/domain", "smart_tui/i18n.py"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
