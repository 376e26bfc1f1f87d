"""Imports read only regular files of bounded size: issue 10, item 16."""

import os
import threading

import pytest

from smart_tui.cli import main
from smart_tui.fileio import MAX_IMPORT_BYTES, MAX_IMPORT_MB


def run_import(tmp_path, path, capsys):
    db = tmp_path / "cur.db"
    code = main(["--db", str(db), "--lang", "en", "import", str(path)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused(tmp_path, capsys, device):
    code, err = run_import(tmp_path, device, capsys)
    assert code == 2 and "not a regular file" in err


def test_a_fifo_is_refused_without_hanging(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = {}
    worker = threading.Thread(target=lambda: result.update(out=run_import(tmp_path, fifo, capsys)),
                              daemon=True)
    worker.start()
    worker.join(60)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "w"):
            pass
        pytest.fail("import of a FIFO hung")
    code, err = result["out"]
    assert code == 2 and "not a regular file" in err


def test_a_folder_is_refused(tmp_path, capsys):
    code, err = run_import(tmp_path, tmp_path, capsys)
    assert code == 2 and "Traceback" not in err


def test_the_size_limit_is_exact_and_the_message_names_it(tmp_path, capsys):
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk
    code, err = run_import(tmp_path, big, capsys)
    assert code == 2 and f"larger than {MAX_IMPORT_MB}\u00a0MB" in err
    with open(big, "r+b") as handle:
        handle.truncate(MAX_IMPORT_BYTES)  # at the limit: read, then refused as bad JSON
    code, err = run_import(tmp_path, big, capsys)
    assert code == 2 and "larger than" not in err and "not valid JSON" in err
