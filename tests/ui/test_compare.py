"""File ▸ Compare With…, the comparison window, and the review of merge conflicts."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from journeymap.model import UpdateItem, UpdateJourney, load_journey, save_journey
from journeymap.ui.compare.source import CompareWithDialog
from journeymap.ui.compare.view import ComparisonWindow
from tests.analysis.compare_cases import as_is, to_be
from tests.git_repo import git, merge_repo


@pytest.fixture
def comparison(qtbot, dialogs):
    view = ComparisonWindow(as_is(), to_be(), "as-is", "to-be", dialogs)
    qtbot.addWidget(view)
    view.show()
    return view


def _badges(view: ComparisonWindow) -> dict[str, int]:
    texts: dict[str, int] = {}
    for item in view.map_scene.items():
        if isinstance(item, QGraphicsSimpleTextItem):
            texts[item.text()] = texts.get(item.text(), 0) + 1
    return texts


def test_the_map_marks_removed_added_and_changed_steps(comparison):
    c = comparison.comparison
    assert c.removed == ("no-answer",) and c.added == ("answer",)
    # the removed step is back on the map, beside the added one
    assert comparison.map_scene.journey.has("steps", "no-answer")
    assert comparison.map_scene.journey.has("steps", "answer")
    assert _badges(comparison) == {
        "− removed": 1,
        "+ added": 1,
        "~ changed": len(c.changed),
    }
    assert "1 removed, 1 added" in comparison.note.text()


def test_the_table_lists_the_whole_journey_then_the_steps(comparison):
    table = comparison.table
    cells = [[table.item(r, col).text() for col in range(4)] for r in range(table.rowCount())]
    conversion = next(row for row in cells if row[0] == "Conversion")
    assert conversion[1:] == ["32.5 %", "43.3 %", "+10.8 pp"]
    steps = comparison.steps_table
    titles = [steps.item(r, 0).text() for r in range(steps.rowCount())]
    assert "− No answer for two days" in titles and "+ Answer within hours" in titles
    assert len(titles) == len(comparison.comparison.changed) + 2
    row = titles.index("+ Answer within hours")
    comparison.steps_table.cellClicked.emit(row, 0)  # shows the step on the map
    view = comparison.map_view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    step = comparison.map_scene.step_rect("answer")
    assert shown.contains(step.center())  # on screen, near the middle (or the map's edge)
    assert abs(shown.center().x() - step.center().x()) < shown.width() / 4


def test_swap_and_persona(comparison):
    comparison.swap()
    assert comparison.comparison.removed == ("answer",)
    index = comparison.persona_box.findData("p-retiree")
    comparison.persona_box.setCurrentIndex(index)
    assert comparison.comparison.persona_id == "p-retiree"
    assert all(p == "p-retiree" for _, p in comparison.comparison.pain_new)


def test_a_journey_compared_with_itself_says_no_change(qtbot, dialogs):
    view = ComparisonWindow(as_is(), as_is(), "a", "b", dialogs)
    qtbot.addWidget(view)
    assert "No change" in view.note.text()
    assert _badges(view) == {}


def test_exports_a_pdf_page_and_a_workbook_sheet(comparison, dialogs, tmp_path):
    dialogs.save_answer = str(tmp_path / "comparison.pdf")
    comparison.export_page()
    assert (tmp_path / "comparison.pdf").read_bytes().startswith(b"%PDF")
    dialogs.save_answer = str(tmp_path / "comparison")
    comparison.export_sheet()
    workbook = load_workbook(tmp_path / "comparison.xlsx")
    sheet = workbook["Comparison"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "− removed" in values and "+ added" in values
    assert [t for t, *_ in dialogs.named("information")] == ["Export finished"] * 2


def test_compare_with_another_file(window, dialogs, tmp_path, qtbot):
    other = tmp_path / "to-be.journey.json"
    save_journey(to_be(), other)
    window.show_journey(as_is(), None, modified=False)
    dialog = CompareWithDialog(window.document.journey, None, dialogs, window)
    qtbot.addWidget(dialog)
    assert not dialog.rev_choice.isEnabled()  # an unsaved journey has no revisions
    dialogs.open_answer = str(other)
    dialog.browse()
    dialog.role.setCurrentIndex(dialog.role.findData("after"))
    dialog.accept()
    assert dialog.result() == CompareWithDialog.DialogCode.Accepted
    assert dialog.after.title.endswith("same day") and dialog.before == window.document.journey


def test_a_broken_file_or_an_unknown_revision_keeps_the_dialog_open(
    window, dialogs, tmp_path, qtbot
):
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{", encoding="utf-8")
    path = tmp_path / "mine.journey.json"
    save_journey(as_is(), path)
    dialog = CompareWithDialog(as_is(), path, dialogs, window)
    qtbot.addWidget(dialog)
    dialog.file_choice.setChecked(True)
    dialog.file_edit.setText(str(broken))
    dialog.accept()
    assert "not valid JSON" in dialog.problem.text() and dialog.before is None
    dialog.rev_choice.setChecked(True)
    dialog.accept()
    assert "not in a git repository" in dialog.problem.text()


def test_file_menu_opens_the_comparison_window(window, dialogs, tmp_path, qtbot):
    other = tmp_path / "to-be.journey.json"
    save_journey(to_be(), other)
    window.show_journey(as_is(), None, modified=False)
    actions = window.compare_actions
    assert actions.compare_with in window.menus["file"].actions()
    actions.compare_with.trigger()
    dialog = actions.source_dialog
    dialog.file_edit.setText(str(other))
    dialog.accept()  # the other file is the earlier version unless chosen otherwise
    assert len(actions.comparison_windows) == 1
    view = actions.comparison_windows[0]
    qtbot.addWidget(view)
    assert view.comparison.added == ("no-answer",)
    assert view.windowTitle() == "Compare: to-be.journey.json → this journey"


# -- merge conflicts --------------------------------------------------------------


_git = git


@pytest.fixture
def conflicted(tmp_path):
    """A repository where a merge of support.journey.json stopped in conflict."""
    repo = merge_repo(tmp_path / "repo")
    path = repo / "support.journey.json"
    base = as_is()
    save_journey(base, path)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "checkout", "-q", "-b", "theirs")
    theirs = base.copy_deep()
    UpdateItem("steps", "email", {"title": "Email the helpdesk"}).apply(theirs)
    UpdateJourney({"description": "From theirs"}).apply(theirs)
    save_journey(theirs, path)
    _git(repo, "commit", "-q", "-am", "theirs")
    _git(repo, "checkout", "-q", "main")
    ours = base.copy_deep()
    UpdateItem("steps", "email", {"title": "Write to support"}).apply(ours)
    save_journey(ours, path)
    _git(repo, "commit", "-q", "-am", "ours")
    merged = _git(repo, "merge", "--no-edit", "theirs")
    assert merged.returncode != 0
    return path


def test_opening_a_file_with_an_unresolved_merge_offers_a_review(make_window, conflicted, qtbot):
    window = make_window()
    assert window.files.open_path(conflicted)
    actions = window.compare_actions
    qtbot.waitUntil(lambda: actions.review.isEnabled())
    assert [c.path for c in actions.conflicts] == ['steps["email"].title']
    assert actions.offer.text() == "Review 1 merge conflict…"
    journey = window.document.journey
    assert journey.find("steps", "email").title == "Write to support"  # ours won
    assert journey.description == "From theirs"  # the clean part merged

    actions.review.trigger()
    dialog = actions.review_dialog
    dialog.choose(0, "theirs")
    assert dialog.apply()
    assert window.document.journey.find("steps", "email").title == "Email the helpdesk"
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.journey.find("steps", "email").title == "Write to support"


def test_a_file_without_a_merge_in_progress_offers_nothing(make_window, tmp_path):
    path = tmp_path / "plain.journey.json"
    save_journey(as_is(), path)
    window = make_window()
    assert window.files.open_path(path)
    assert window.compare_actions.check_conflicts() == []
    assert not window.compare_actions.review.isEnabled()
    assert load_journey(path) == window.document.journey


def test_taking_theirs_in_every_kind_of_conflict(qtbot):
    from journeymap.model import RemoveItems, SetRating
    from journeymap.model.merge import merge_journeys
    from journeymap.ui.compare.conflicts import ConflictReviewDialog
    from journeymap.ui.document.editor_document import EditorDocument

    base, ours, theirs = as_is(), as_is(), as_is()
    UpdateItem("steps", "email", {"title": "Write to support"}).apply(ours)
    UpdateItem("steps", "email", {"title": "Email the helpdesk"}).apply(theirs)
    RemoveItems("steps", ["forum-review"]).apply(ours)  # we removed, they changed
    UpdateItem("steps", "forum-review", {"owner": "Community"}).apply(theirs)
    UpdateItem("steps", "survey", {"owner": "CX team"}).apply(ours)  # we changed, they removed
    RemoveItems("steps", ["survey"]).apply(theirs)
    SetRating("open-chat", "p-retiree", {"ease": 2}).apply(ours)
    SetRating("open-chat", "p-retiree", {"ease": 4}).apply(theirs)
    UpdateJourney({"metadata": {"owner": "ours"}}).apply(ours)
    UpdateJourney({"metadata": {"owner": "theirs"}}).apply(theirs)
    result = merge_journeys(base, ours, theirs)
    kinds = {c.kind for c in result.conflicts}
    assert {"field", "removed_ours", "removed_theirs"} <= kinds
    document = EditorDocument()
    document.replace(result.journey, None)
    dialog = ConflictReviewDialog(document, list(result.conflicts), theirs=theirs)
    qtbot.addWidget(dialog)
    wheres = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Step “Email the helpdesk” · title" not in wheres  # our title names it
    assert "Step “Write to support” · title" in wheres
    assert "Journey · metadata · owner" in wheres
    for row in range(len(result.conflicts)):
        dialog.choose(row, "theirs")
    assert dialog.apply()
    journey = document.journey
    assert journey.find("steps", "email").title == "Email the helpdesk"
    assert journey.find("steps", "forum-review").owner == "Community"
    # the step came back with its transitions and ratings
    assert {t.id for t in journey.transitions if "forum-review" in (t.source, t.target)} == {
        t.id for t in theirs.transitions if "forum-review" in (t.source, t.target)
    }
    assert journey.rating("forum-review", "p-gamer") == theirs.rating("forum-review", "p-gamer")
    assert journey.rating("forum-review", "p-gamer") is not None
    assert not journey.has("steps", "survey")
    assert journey.rating("open-chat", "p-retiree").ease == 4
    assert journey.metadata["owner"] == "theirs"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.journey == result.journey


def test_a_measurement_conflict_is_named_for_a_person(qtbot):
    """A rating typed two ways on two branches is a conflict on one measurement,
    and the review names it by measure, step, persona and source."""
    from journeymap.model import SetRating
    from journeymap.model.merge import merge_journeys
    from journeymap.ui.compare.conflicts import describe

    base, ours, theirs = as_is(), as_is(), as_is()
    SetRating("open-chat", "p-retiree", {"ease": 2}).apply(ours)
    SetRating("open-chat", "p-retiree", {"ease": 4}).apply(theirs)
    (conflict,) = merge_journeys(base, ours, theirs).conflicts
    where = describe(conflict, [ours, theirs])
    step = ours.find("steps", "open-chat").title
    persona = ours.find("personas", "p-retiree").name
    assert where.startswith(f"Ease of “{step}” by “{persona}”, ")
    assert where.endswith(" · mean")
