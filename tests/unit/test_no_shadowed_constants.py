"""A module-level name of the screening rules is assigned once.

d26b defined ``_SEALED`` and ``_INGEST`` a second time in discourse.py, for new checks, and so silently changed two
older checks that read the first definitions (found by reading the diff, not by a test; ruff does not flag a reused
name that is read in between). Every module of the rules and the local analyzer is checked here.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "mhealth"
MODULES = sorted(
    [*(SRC / "domain" / "rules" / "safety").glob("*.py"), *(SRC / "adapters" / "local").glob("*.py")],
    key=lambda p: p.name,
)


def _assigned_names(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                counts[target.id] += 1
    return counts


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_module_constant_is_assigned_once(path: Path) -> None:
    twice = sorted(name for name, n in _assigned_names(path).items() if n > 1 and name != "__all__")
    assert not twice, f"{path.name} assigns {twice} more than once"


def test_the_check_sees_a_reassignment(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('x')\nuse = _A\n_A = re.compile('y')\n", encoding="utf-8")
    assert _assigned_names(module)["_A"] == 2
