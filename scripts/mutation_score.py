"""Mutation score per domain file from mutmut's results (run after ``mutmut run``)."""

from __future__ import annotations

import subprocess
from collections import Counter


def main() -> None:
    out = subprocess.run(["mutmut", "results", "--all", "true"], capture_output=True,
                         text=True, check=False).stdout
    killed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for line in out.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name.startswith("smart_tui.domain."):
            continue
        module = name.split(".")[2]
        if status in ("not checked", "skipped"):
            continue
        total[module] += 1
        killed[module] += status in ("killed", "timeout", "segfault")
    for module in sorted(total):
        score = 100 * killed[module] / total[module]
        print(f"{module + '.py':<16} {killed[module]:>4} / {total[module]:<4} {score:5.1f} %")


if __name__ == "__main__":
    main()
