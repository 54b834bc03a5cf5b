"""Write ``newsclean/resources/pattern_gates.json``: each pattern's gates, read off its syntax tree.

    python tools/write_pattern_gates.py

Run it after editing a pattern table. The rule set reads the gates from the file at start-up
instead of parsing every pattern (about half a second); ``tests/test_patterns.py`` fails while
the file is behind the tables.
"""

from __future__ import annotations

import json
import pathlib

from newsclean.rules import gate_key, load_rules, required_literals, required_opening

OUT = pathlib.Path(__file__).resolve().parent.parent / "newsclean" / "resources" / "pattern_gates.json"


def gates_of(rule_id: str, pattern: str) -> dict[str, object]:
    """The JSON form of a pattern's gates: sorted lists, ``None`` where a gate is unknown."""
    opening = required_opening(pattern)
    literals = required_literals(pattern)
    return {
        "rule": rule_id,
        "opening": None if opening is None else [opening[0], sorted(opening[1])],
        "literals": None if literals is None else sorted(literals),
    }


def main() -> None:
    gates = {gate_key(rule.pattern): gates_of(rule.id, rule.pattern) for rule in reversed(load_rules())}
    # One pattern a line, so that a change to a table shows as a change to its lines here.
    entries = (json.dumps(key) + ": " + json.dumps(gate, ensure_ascii=False) for key, gate in sorted(gates.items()))
    OUT.write_text("{\n" + ",\n".join(entries) + "\n}\n", encoding="utf-8")
    print(f"{OUT}: the gates of {len(gates)} patterns")


if __name__ == "__main__":
    main()
