"""The inspector lists a rating's measurements: each can be left out of the
rating or deleted, undoably; typed values go to the chosen source only."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QToolButton

from journeymap.model import Measurement, PutMeasurement

WORKSHOP_KEY = ("restart", "p-remote-worker", "goal", "workshop", "2026-12-03")


def _add_evidence(window) -> tuple[str, str]:
    journey = window.document.journey
    step, persona = "restart", "p-remote-worker"
    window.document.push(
        PutMeasurement(
            Measurement(
                step_id=step,
                persona_id=persona,
                measure="goal",
                source="workshop",
                label="2026-12-03",
                mean=5,
                n=3,
                counts=(0, 0, 0, 0, 3),
            )
        )
    )
    window.selection.set([("steps", step)])
    assert journey.rating(step, persona).n == 123
    return step, persona


def _rows(window, persona: str):
    listing = window.inspector.panel.ratings.tables[persona]
    return [listing.layout().itemAt(i).widget() for i in range(listing.layout().count())]


def test_the_inspector_lists_every_measurement_with_source_n_and_interval(example):
    step, persona = _add_evidence(example)
    journey = example.document.journey
    rows = _rows(example, persona)
    assert len(rows) == len(journey.measurements_of(step, persona)) == 4
    texts = [row.findChild(QLabel).text() for row in rows]
    assert any("workshop “2026-12-03”" in t and "n = 3" in t for t in texts)
    summary = example.inspector.panel.ratings.summaries[persona].text()
    assert "Goal 3.05 · n = 123" in summary


def test_excluding_and_deleting_a_measurement_are_undoable(example):
    step, persona = _add_evidence(example)
    journey = example.document.journey
    goal_before = journey.rating(step, persona).goal
    workshop_row = next(
        r for r in _rows(example, persona) if "workshop" in r.findChild(QLabel).text()
    )
    workshop_row.findChild(QCheckBox).click()
    assert journey.find("measurements", WORKSHOP_KEY).excluded
    assert journey.rating(step, persona).goal == 3.0  # the survey alone
    assert example.document.undo_stack.undoText().startswith("Edit measurement")
    example.undo_action.trigger()
    assert journey.rating(step, persona).goal == goal_before
    workshop_row = next(
        r for r in _rows(example, persona) if "workshop" in r.findChild(QLabel).text()
    )
    workshop_row.findChild(QToolButton).click()
    assert journey.find("measurements", WORKSHOP_KEY) is None
    assert len(_rows(example, persona)) == 3
    example.undo_action.trigger()
    assert journey.find("measurements", WORKSHOP_KEY) is not None


def test_typing_a_value_changes_only_the_shown_source(qtbot, example):
    from tests.ui.test_docks import type_into

    step, persona = _add_evidence(example)
    journey = example.document.journey
    ratings = example.inspector.panel.ratings
    assert ratings.entry_source(persona) == ("survey", "")
    type_into(qtbot, ratings.boxes[(persona, "ease")], "2")
    assert journey.find("measurements", (step, persona, "ease", "survey", "")).mean == 2
    assert journey.find("measurements", WORKSHOP_KEY).mean == 5


def test_the_evidence_reads_in_finnish_with_a_decimal_comma(finnish, example):
    from journeymap.analysis.evidence import rating_estimates
    from journeymap.canvas.analysis_text import evidence_lines, source_text

    step, persona = _add_evidence(example)
    journey = example.document.journey
    lines = evidence_lines(rating_estimates(journey, [(step, persona)]))
    assert lines[0].startswith("Tavoite 3,05 · n = 123")
    assert "hajonta ei tiedossa" in lines[0]
    assert source_text("workshop", "2026-12-03") == "työpaja “2026-12-03”"
    sources = example.inspector.panel.forms["journey"]
    label_texts = [label.text() for label in sources.findChildren(QLabel)]
    assert any("Mukaan lasketut lähteet" in text for text in label_texts)
