"""Open-PSA MEF fault trees (the XML that SCRAM reads) written as blueprints.

Run: .venv/bin/python -m benchmarks.mef_convert TREE.xml OUT.json

A gate becomes a backstage node, a basic event a support node with its probability, and the
top gate (the gate no other gate uses) the touchpoint. The failure semantics line up:
``or`` (fails when any input fails) is ``requires: all``; ``and`` (fails when every input
fails) is ``requires: any``; ``atleast min=k`` of m inputs is ``requires: m - k + 1`` working
supports. Nested formulas become gates of their own. Only coherent trees convert: ``not``,
``xor``, ``nand``, ``nor`` and the like are refused (a blueprint cannot say "fails when
that works").
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OPERATORS = {"or", "and", "atleast"}
REFERENCES = {"gate", "basic-event", "event"}


class ConversionError(ValueError):
    pass


def convert(path: Path) -> dict:
    """The interchange document of the tree in ``path`` (its first top gate)."""
    root = ET.parse(path).getroot()
    probability: dict[str, float] = {}
    for event in root.iter("define-basic-event"):
        value = event.find("float")
        if value is None:
            raise ConversionError(f"{path}: basic event {event.get('name')} has no <float>")
        probability[event.get("name")] = float(value.get("value"))
    gates: dict[str, ET.Element] = {g.get("name"): g for g in root.iter("define-gate")}
    nodes: dict[str, dict] = {}
    edges: list[dict] = []
    used: set[str] = set()

    def formula(name: str, element: ET.Element) -> None:
        op = element.tag
        if op in REFERENCES:                        # a gate that passes one input on
            wrapper = ET.Element("or")
            wrapper.append(element)
            element, op = wrapper, "or"
        if op not in OPERATORS:
            raise ConversionError(f"{path}: gate {name}: <{op}> cannot be a blueprint "
                                  "(only and, or, atleast)")
        inputs: list[str] = []
        for i, arg in enumerate(element):
            if arg.tag in REFERENCES:
                inputs.append(arg.get("name"))
            else:                                   # a nested formula: a gate of its own
                inner = f"{name}.{i}"
                formula(inner, arg)
                inputs.append(inner)
        if len(set(inputs)) != len(inputs):
            if op == "atleast":
                raise ConversionError(f"{path}: gate {name}: an input repeated in atleast")
            inputs = list(dict.fromkeys(inputs))
        m = len(inputs)
        requires = {"or": "all", "and": "any"}.get(op)
        if op == "atleast":
            k = int(element.get("min"))
            requires = "all" if k == 1 else "any" if k == m else m - k + 1
        nodes[name] = {"id": name, "lane": "backstage", "label": name, "requires": requires}
        for source in inputs:
            used.add(source)
            edges.append({"source": source, "target": name, "kind": "support"})

    for name, gate in gates.items():
        [body] = [child for child in gate if child.tag != "label" and child.tag != "attributes"]
        formula(name, body)
    tops = [name for name in gates if name not in used]
    if not tops:
        raise ConversionError(f"{path}: no top gate")
    nodes[tops[0]]["lane"] = "frontstage"
    for name in used:
        if name not in nodes:
            if name not in probability:
                raise ConversionError(f"{path}: {name} is neither a gate nor a basic event")
            nodes[name] = {"id": name, "lane": "support", "label": name,
                           "failure_probability": probability[name]}
    return {"format": "touchpoint-blueprint", "version": 1, "name": path.stem,
            "stages": [], "nodes": list(nodes.values()), "edges": edges}


def is_coherent(path: Path) -> bool:
    text = path.read_text(errors="replace")
    return not any(f"<{op}>" in text or f"<{op} " in text
                   for op in ("not", "xor", "nand", "nor", "iff", "imply", "null"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        document = convert(Path(argv[0]))
    except (ConversionError, ET.ParseError, OSError) as exc:
        print(f"mef_convert: {exc}", file=sys.stderr)
        return 2
    Path(argv[1]).write_text(json.dumps(document, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
