#!/usr/bin/env bash
# Mutation testing of the domain rules with mutmut 3 (configured in pyproject.toml).
# Not part of CI: a full run takes tens of minutes on two cores.
#
#   scripts/mutation.sh                      # every file of smart_tui/domain
#   scripts/mutation.sh trajectory smart     # only these modules
#
# Prints the score per file; `mutmut results` lists the survivors, `mutmut show NAME` one diff.
set -euo pipefail
cd "$(dirname "$0")/.."
pip show mutmut >/dev/null 2>&1 || pip install -q "mutmut>=3.8,<4"
children="${MUTMUT_CHILDREN:-2}"
if [ "$#" -eq 0 ]; then
    mutmut run --max-children "$children"
else
    names=()
    for module in "$@"; do names+=("smart_tui.domain.${module}.*"); done
    mutmut run --max-children "$children" "${names[@]}"
fi
python scripts/mutation_score.py
