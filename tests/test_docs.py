"""The README stays true: its two opening commands exist, every command and setting is documented."""

from __future__ import annotations

import re

from geo.__main__ import build_parser
from geo.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _first_code_block() -> list[str]:
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", README, re.S)
    assert block, "README has no code block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.split("#")[0].strip()]


def test_readme_opens_with_exactly_two_commands_that_exist():
    before = README.split("```", 1)[0]
    assert before.strip().startswith("# ") and len(before.strip().splitlines()) == 1, \
        "nothing but the title may come before the two commands"
    commands = _first_code_block()
    assert len(commands) == 2
    for command in commands:
        script = command.split()[1]
        assert (ROOT / script).is_file(), f"{script} does not exist"
    assert (ROOT / ".ci" / "run").read_text().count(commands[1]) == 1, \
        ".ci/run must call the README's test command"


def _subcommands(parser, prefix=()):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _subcommands(sub, (*prefix, name))


def test_every_command_is_in_the_readme():
    leaves = [c for c in _subcommands(build_parser())
              if not any(other[:len(c)] == c and other != c for other in _subcommands(build_parser()))]
    for command in leaves:
        assert f"python -m geo {' '.join(command)}" in README, f"'{' '.join(command)}' is not documented"


def test_every_setting_is_in_the_readme():
    sources = [*ROOT.joinpath("geo").glob("*.py"), ROOT / "app.py"]
    names = set()
    for path in sources:
        names |= set(re.findall(r"""["'](GEO_[A-Z_]+)["']""", path.read_text(encoding="utf-8")))
    assert names, "no settings found"
    for name in sorted(names):
        assert f"`{name}`" in README, f"setting {name} is not documented in the README"
