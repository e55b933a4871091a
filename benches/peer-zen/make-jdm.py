#!/usr/bin/env python3
"""Writes category.jdm.json: the category decision of order No. 254, cl. 20
(grounds of sub-clauses 1 and 2) and the three-way answer of cl. 21, as a
GoRules JDM decision table. Hit policy "collect": every applicable ground is
returned with its category; a row with no conditions adds "general" so the
answer is never empty. The highest category wins (cl. 21: out of turn before
first priority before general)."""
import json

GROUNDS = [
    # (input field, category, citation)
    ("serviceman", "out_of_turn", "Law on military service art. 52 p. 3; order 254 cl. 20 p. 1"),
    ("special_state_body", "out_of_turn", "Law on special state bodies art. 78 p. 8; order 254 cl. 20 p. 1"),
    ("law_enforcement", "out_of_turn", "Law on law-enforcement service art. 64 p. 5; order 254 cl. 20 p. 1"),
    ("teacher", "first", "Law on the status of a teacher art. 12 p. 3; order 254 cl. 20 p. 2"),
    ("representative_disabled", "first", "order 254 cl. 20 p. 2"),
    ("without_parental_care", "first", "order 254 cl. 20 p. 2"),
    ("orphan", "first", "order 254 cl. 20 p. 2"),
    ("large_family", "first", "order 254 cl. 20 p. 2"),
    ("special_educational_needs", "first", "order 254 cl. 20 p. 2"),
    ("disabled_child_in_family", "first", "order 254 cl. 20 p. 2"),
]

inputs = [{"id": f"in_{f}", "name": f, "type": "expression", "field": f"facts.{f}"} for f, _, _ in GROUNDS]
outputs = [
    {"id": "out_category", "name": "category", "type": "expression", "field": "category"},
    {"id": "out_ground", "name": "ground", "type": "expression", "field": "ground"},
]
rules = []
for field, category, citation in GROUNDS:
    row = {"_id": f"row_{field}", "_description": citation}
    for f, _, _ in GROUNDS:
        row[f"in_{f}"] = "true" if f == field else ""
    row["out_category"] = json.dumps(category)
    row["out_ground"] = json.dumps(field)
    rules.append(row)
general = {"_id": "row_general", "_description": "order 254 cl. 21: general basis"}
for f, _, _ in GROUNDS:
    general[f"in_{f}"] = ""
general["out_category"] = json.dumps("general")
general["out_ground"] = json.dumps("general")
rules.append(general)

jdm = {
    "contentType": "application/vnd.gorules.decision",
    "nodes": [
        {"id": "input", "type": "inputNode", "name": "Case", "position": {"x": 100, "y": 100}},
        {"id": "table", "type": "decisionTableNode", "name": "Category grounds (order 254 cl. 20-21)",
         "position": {"x": 400, "y": 100},
         "content": {"hitPolicy": "collect", "inputs": inputs, "outputs": outputs, "rules": rules}},
        {"id": "output", "type": "outputNode", "name": "Answer", "position": {"x": 700, "y": 100}},
    ],
    "edges": [
        {"id": "e1", "type": "edge", "sourceId": "input", "targetId": "table"},
        {"id": "e2", "type": "edge", "sourceId": "table", "targetId": "output"},
    ],
}
with open("category.jdm.json", "w") as f:
    json.dump(jdm, f, indent=1, ensure_ascii=False)
print(f"category.jdm.json: {len(rules)} rows")
