"""File ▸ Import Evidence…: the dialog builds the same mapping as the command
line, shows the report, saves the mapping, and changes the journey through one
undoable edit."""

import json

import pytest

from journeymap.evidence.mapping import load_mapping
from journeymap.model import load_journey
from journeymap.ui.files.evidence_dialog import EvidenceDialog
from tests.ui.conftest import examples_folder

DATA = examples_folder() / "evidence"


@pytest.fixture
def design(window):
    window.show_journey(
        load_journey(DATA / "electricity-contract.design.journey.json"), None, False
    )
    return window


@pytest.fixture
def dialog(design, qtbot):
    d = EvidenceDialog(design)
    qtbot.addWidget(d)
    return d


def test_the_menu_opens_the_dialog(design, qtbot):
    design.window_actions.import_evidence.trigger()
    assert isinstance(design.evidence_dialog, EvidenceDialog)
    assert design.evidence_dialog.isVisible()
    design.evidence_dialog.close()


def test_answers_are_previewed_and_a_saved_mapping_gives_the_commands_mapping(dialog, dialogs):
    dialogs.open_answer = str(DATA / "survey-answers.csv")
    dialog.survey.file.browse()
    assert dialog.survey.preview.rowCount() == 5
    assert dialog.survey.preview.item(0, 4).text() in {"Household", "Company", "Other", ""}
    saved = load_mapping(DATA / "survey-mapping.json")
    dialog.survey.show_mapping(saved)
    shown = dialog.survey.mapping()
    assert [(q.step, q.measure, q.scale) for q in shown.questions] == [
        (q.step, q.measure, q.scale) for q in saved.questions
    ]
    assert shown.persona.values == {"Household": "p-home", "Company": "p-biz"}
    assert (shown.label, shown.period) == (saved.label, saved.period)


def test_a_survey_import_is_one_undoable_edit_with_a_report(dialog, design, dialogs, tmp_path):
    dialog.survey.load_answers(str(DATA / "survey-answers.csv"))
    dialog.survey.show_mapping(load_mapping(DATA / "survey-mapping.json"))
    before = len(design.document.journey.measurements)
    assert dialog.run()
    journey = design.document.journey
    assert len(journey.measurements) == before + 8
    assert dialog.survey.report.rowCount() == 4
    assert dialog.survey.report.item(0, 6).text().startswith("2 (21, 46")
    dialogs.save_answer = str(tmp_path / "mapping.json")
    dialog.survey.save_mapping()
    assert json.loads((tmp_path / "mapping.json").read_text())["questions"][0]["scale"] == [1, 7]
    design.document.undo_stack.undo()
    assert len(design.document.journey.measurements) == before


def test_an_event_log_sets_volumes_and_lists_what_the_design_lacks(dialog, design, qtbot):
    dialog.tabs.setCurrentWidget(dialog.flows)
    dialog.flows.load_log(str(DATA / "events.csv"))
    assert dialog.flows.columns["case"].currentData() == "customer_id"
    assert dialog.flows.columns["time"].currentData() == "timestamp"
    dialog.flows.add_observed.setChecked(True)
    with qtbot.waitSignal(dialog.flows.finished, timeout=120_000) as counted:
        assert dialog.run()  # counting runs in a worker thread
        assert not dialog.import_button.isEnabled()
    assert counted.args == [True]
    assert dialog.import_button.isEnabled()
    journey = design.document.journey
    assert journey.steps[0].volume == 1600
    unmatched = [
        dialog.flows.activities.item(r, 0).text() for r in range(dialog.flows.activities.rowCount())
    ]
    assert unmatched[0] == "Cookie banner accepted"
    assert "Chat started" in unmatched  # no saved mapping given: left out, listed
    assert dialog.flows.moves.item(0, 0).text() == "Compare prices → Fill in details"
    assert any(t.label == "observed" for t in journey.transitions)
    design.document.undo_stack.undo()
    assert design.document.journey.steps[0].volume is None


def test_a_mapping_that_does_not_fit_is_an_error_and_changes_nothing(
    dialog, design, dialogs, tmp_path
):
    answers = tmp_path / "a.csv"
    answers.write_text("who,ease\nHousehold,4\n", encoding="utf-8")
    dialog.survey.load_answers(str(answers))
    before = design.document.journey
    assert not dialog.run()  # no question chosen
    assert dialogs.named("error")[-1][0] == "The mapping is not complete"
    assert design.document.journey == before
    assert design.document.undo_stack.count() == 0


def test_a_log_that_cannot_be_counted_is_an_error_and_changes_nothing(
    dialog, design, dialogs, qtbot, tmp_path
):
    log = tmp_path / "log.csv"
    log.write_text("customer_id,event,timestamp\nc1,Compare prices,someday\n", encoding="utf-8")
    dialog.tabs.setCurrentWidget(dialog.flows)
    dialog.flows.load_log(str(log))
    with qtbot.waitSignal(dialog.flows.finished, timeout=60_000) as counted:
        dialog.run()
    assert counted.args == [False]
    title, text, _details = dialogs.named("error")[-1]
    assert title == "Cannot count the event log"
    assert "row 2: the time 'someday'" in text
    assert design.document.undo_stack.count() == 0
