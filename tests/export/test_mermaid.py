"""Mermaid journey text: export checked against Mermaid 11's grammar, and import.

``_mermaid_parse`` re-implements the lexer rules and grammar of Mermaid 11's
``journey`` diagram (``journey.jison``: the rules are tried in order and the
first match wins, case-insensitively), so the suite checks that exports parse
without needing Node. The same exports were also checked with ``mermaid.parse``.
"""

from __future__ import annotations

import re

import pytest

from journeymap.export.api import export_journey, import_journey
from journeymap.export.errors import ImportFailed
from journeymap.export.mermaid import emotion_to_score, mermaid_text
from journeymap.export.mermaid_reader import DEFAULT_PERSONA, parse_mermaid
from journeymap.model import Journey, Persona, Rating, Stage, Step

_RULES = [  # (pattern, token or None to skip), INITIAL state of journey.jison
    (r"%(?!\{)[^\n]*", None),
    (r"[^\}]%%[^\n]*", None),
    (r"[\n]+", "NEWLINE"),
    (r"\s+", None),
    (r"#[^\n]*", None),
    (r"journey\b", "journey"),
    (r"title\s[^#\n;]+", "title"),
    (r"accTitle\s*:\s*", "acc_title"),
    (r"accDescr\s*:\s*", "acc_descr"),
    (r"accDescr\s*\{\s*", "acc_descr_multiline"),
    (r"section\s[^#:\n;]+", "section"),
    (r"[^#:\n;]+", "taskName"),
    (r":[^#\n;]+", "taskData"),
    (r":", ":"),
    (r".", "INVALID"),
]


def _tokens(text: str):
    pos = 0
    while pos < len(text):
        for pattern, token in _RULES:
            match = re.compile(pattern, re.I).match(text, pos)
            if match and match.end() > pos:
                value = match.group(0)
                pos = match.end()
                if token in ("acc_title", "acc_descr"):
                    end = text.find("\n", pos)
                    end = len(text) if end < 0 else end
                    yield token, text[pos:end]
                    pos = end
                elif token == "acc_descr_multiline":
                    end = text.index("}", pos)
                    yield token, text[pos:end]
                    pos = end + 1
                elif token is not None:
                    yield token, value
                break


def _mermaid_parse(text: str) -> dict:
    """Title, sections and tasks as Mermaid 11 reads them; AssertionError if it cannot."""
    tokens = [t for t in _tokens(text) if t[0] != "NEWLINE"]
    assert tokens and tokens[0][0] == "journey", "a journey diagram starts with 'journey'"
    result = {"title": None, "sections": [], "tasks": []}
    index = 1
    while index < len(tokens):
        kind, value = tokens[index]
        if kind == "title":
            result["title"] = value[6:].strip()
        elif kind == "section":
            result["sections"].append(value[8:].strip())
        elif kind == "taskName":
            assert index + 1 < len(tokens) and tokens[index + 1][0] == "taskData", value
            pieces = tokens[index + 1][1][1:].split(":")
            score = float(pieces[0])
            people = [p.strip() for p in pieces[1].split(",")] if len(pieces) > 1 else []
            section = result["sections"][-1] if result["sections"] else ""
            result["tasks"].append((section, value.strip(), score, people))
            index += 1
        elif kind not in ("acc_title", "acc_descr", "acc_descr_multiline"):
            raise AssertionError(f"Mermaid cannot parse {kind} {value!r}")
        index += 1
    return result


def test_every_example_exports_mermaid_that_parses_and_imports(example, tmp_path):
    path = tmp_path / "out.mmd"
    export_journey(example, path, "mmd")
    text = path.read_text(encoding="utf-8")
    parsed = _mermaid_parse(text)
    steps = example.ordered_steps()
    assert len(parsed["tasks"]) == len(steps)
    assert all(1 <= score <= 5 and score == int(score) for *_x, score, _p in parsed["tasks"])
    back = import_journey(path)
    assert [s.title for s in back.steps] == [" ".join(s.title.split()) for s in steps]
    assert [s.name for s in back.stages] == [
        s.name for s in example.stages if example.steps_in_stage(s.id)
    ]
    assert len(back.transitions) == len(steps) - 1
    assert mermaid_text(back) == text, "export → import → export is stable"


def test_score_is_the_mean_emotion_plus_three():
    journey = Journey(
        personas=[Persona(id="a", name="Ann"), Persona(id="b", name="Bo")],
        stages=[Stage(id="s", name="Use")],
        steps=[Step(id="x", title="Try", stage_id="s"), Step(id="y", title="Wait", stage_id="s")],
        ratings=[
            Rating(step_id="x", persona_id="a", emotion=-2),
            Rating(step_id="x", persona_id="b", emotion=1),
            Rating(step_id="y", persona_id="a", goal=2),
        ],
    )
    parsed = _mermaid_parse(mermaid_text(journey))
    assert parsed["tasks"] == [("Use", "Try", 3.0, ["Ann", "Bo"]), ("Use", "Wait", 3.0, [])]
    assert [emotion_to_score(e) for e in (-2, -1.5, -0.4, 0.5, 2)] == [1, 2, 3, 4, 5]


def test_tricky_names_survive_and_parse():
    names = ["journey planning", "title: x", "section a", "%% not a comment", "a;b#c:d", "}"]
    journey = Journey(
        title="Fix: #1; now",
        personas=[Persona(id="p", name="Ann, from: HR")],
        stages=[Stage(id="s", name="section: one")],
        steps=[Step(id=f"t{i}", title=n, stage_id="s") for i, n in enumerate(names)],
        ratings=[Rating(step_id=f"t{i}", persona_id="p", emotion=1) for i in range(len(names))],
    )
    text = mermaid_text(journey)
    assert len(_mermaid_parse(text)["tasks"]) == len(names)
    back = parse_mermaid(text)
    assert [s.title for s in back.steps] == names
    assert back.title == journey.title
    assert [p.name for p in back.personas] == ["Ann, from: HR"]


IMPORT_TEXT = """---
title: From front matter
config:
  theme: forest
---
%% a comment
journey
    accTitle: Accessible title
    accDescr {
        Two lines
        of description
    }
    section Find
        Search: 5
        Compare : 2 :
    section Buy
        Pay: 1: Ann, Bo
    section Find
        Search again: 4: Bo
"""


def test_import_reads_every_construct():
    journey = parse_mermaid(IMPORT_TEXT)
    assert journey.title == "From front matter"
    assert journey.description == "Two lines\nof description"
    assert [s.name for s in journey.stages] == ["Find", "Buy", "Find"]
    assert [s.title for s in journey.steps] == ["Search", "Compare", "Pay", "Search again"]
    assert [(t.source, t.target) for t in journey.transitions] == [
        (a.id, b.id) for a, b in zip(journey.steps, journey.steps[1:], strict=False)
    ]
    assert [p.name for p in journey.personas] == ["Ann", "Bo"]
    pay, again = journey.steps[2], journey.steps[3]
    assert {r.persona_id: r.emotion for r in journey.ratings if r.step_id == pay.id} == {
        journey.personas[0].id: -2,
        journey.personas[1].id: -2,
    }
    assert journey.rating(again.id, journey.personas[1].id).emotion == 1
    assert journey.steps[0].kind == "start" and journey.steps[-1].kind == "success"


def test_without_actors_a_default_persona_rates():
    journey = parse_mermaid("journey\n  title T\n  section S\n    A: 5\n    B: 2:\n")
    assert [p.name for p in journey.personas] == [DEFAULT_PERSONA]
    assert [r.emotion for r in journey.ratings] == [2, -1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("graph TD\n  A-->B\n", "line 1: expected 'journey'"),
        ("journey\n  section S\n    Pay: 9\n", "line 3: the score must be a number from 1 to 5"),
        ("journey\n  section S\n    Pay: lots: Ann\n", "line 3: the score must be"),
        ("journey\n  section S\n  just words\n", "line 3: expected 'section NAME' or a task"),
        ("---\ntitle: x\njourney\n", "line 1: the front matter opened here is never closed"),
    ],
)
def test_import_errors_give_the_line(text, expected):
    with pytest.raises(ImportFailed) as caught:
        parse_mermaid(text)
    assert caught.value.problems[0].startswith(expected)


def test_a_journey_without_tasks_imports_empty():
    journey = parse_mermaid("journey\n  title Nothing yet\n")
    assert (journey.title, journey.steps, journey.personas) == ("Nothing yet", [], [])


def test_import_collects_every_problem():
    with pytest.raises(ImportFailed) as caught:
        parse_mermaid("journey\n section S\n  A: 0\n  B: 7\n")
    assert [p.split(":")[0] for p in caught.value.problems] == ["line 3", "line 4"]
