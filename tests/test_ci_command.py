"""The README's test command is the one ``.ci/run`` runs, word for word."""

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_readme_test_command_is_the_one_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^python3 -m venv \.venv && .*pytest.*$", readme, flags=re.M)
    assert len(commands) == 1
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[0] in ci
    assert "export JOURNEYMAP_REQUIRE_SPARK=1" in ci
    assert "'.[test,spark]'" in commands[0]
