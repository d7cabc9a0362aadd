"""The Library panel, shared copies in the editor, and opening sub-journeys."""

from __future__ import annotations

import pytest

from journeymap.library.shared import SharedLibrary, load_shared, save_shared
from journeymap.model import Persona, load_journey
from tests.library.helpers import funnel, write


@pytest.fixture
def folder(tmp_path):
    write(tmp_path, "order.journey.json", funnel("Order", link="pay/card.journey.json"))
    write(tmp_path, "pay/card.journey.json", funnel("Card payment", completed=400))
    (tmp_path / "broken.journey.json").write_text("{", "utf-8")
    return tmp_path


def _show(window, qtbot, folder):
    window.library.show_folder(folder)
    dock = window.library.dock
    qtbot.waitUntil(lambda: dock.library is not None and not dock.pending, timeout=20000)
    return dock


def _close_opened(window):
    for other in window.library.opened_windows:
        other.close()


def test_lists_journeys_and_broken_files_without_an_error(window, qtbot, folder, dialogs):
    dock = _show(window, qtbot, folder)
    assert dock.isVisible()
    titles = [dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert titles == ["broken.journey.json", "Order", "Card payment"]
    order = dock.tree.topLevelItem(1)
    assert (order.text(1), order.text(2)) == ("3", "Anna")
    assert "Pay online" in order.text(4)
    broken = dock.tree.topLevelItem(0)
    assert broken.text(4) and "\n" not in broken.text(0)
    assert "1" in dock.status_label.text()
    dock._activated(broken)  # a broken file says why and opens nothing
    assert window.library.opened_windows == [] and dialogs.named("error") == []


def test_search_lists_places_and_opens_the_journey_at_the_step(window, qtbot, folder):
    dock = _show(window, qtbot, folder)
    dock.search_box.setText("pay online")
    hits = dock.items_where(lambda item: item.parent() is not None)
    assert len(hits) == 2 and all("Pay online" in h.text(0) for h in hits)
    opened = None
    try:
        dock._activated(hits[0])
        opened = window.library.opened_windows[-1]
        assert opened.document.journey.title in {"Order", "Card payment"}
        assert opened.selection.current == ("steps", "mid")
    finally:
        _close_opened(window)
    assert opened is not None


def test_stale_shared_copy_is_offered_for_update_and_the_update_undoes(
    window, qtbot, tmp_path, dialogs
):
    journey = funnel()
    journey.personas[0] = journey.personas[0].model_copy(
        update={"shared_source": "library.json#anna"}
    )
    path = write(tmp_path, "a.journey.json", journey)
    save_shared(SharedLibrary(personas=[Persona(id="anna", name="Anna", role="owner")]),
                tmp_path / "library.json")  # fmt: skip
    assert window.files.open_path(str(path))
    asked = dialogs.named("ask_update_shared")
    assert len(asked) == 1 and "Anna" in asked[0][0]
    assert window.document.journey.find("personas", "anna").role == "owner"
    assert window.document.modified
    window.document.undo_stack.undo()
    assert window.document.journey.find("personas", "anna").role == "buyer"


def test_declining_the_update_keeps_the_copy(window, tmp_path, dialogs):
    journey = funnel()
    journey.personas[0] = journey.personas[0].model_copy(
        update={"shared_source": "library.json#anna"}
    )
    path = write(tmp_path, "a.journey.json", journey)
    save_shared(SharedLibrary(personas=[Persona(id="anna", name="Anna", role="owner")]),
                tmp_path / "library.json")  # fmt: skip
    dialogs.update_shared_answer = False
    assert window.files.open_path(str(path))
    assert window.document.journey.find("personas", "anna").role == "buyer"
    assert not window.document.modified


def test_share_a_persona_then_add_it_to_another_journey(window, qtbot, folder):
    assert window.files.open_path(str(folder / "order.journey.json"))
    dock = _show(window, qtbot, folder)
    window.selection.set([("personas", "anna")])
    assert window.library.share_selected()
    assert load_shared(folder / "library.json").find("personas", "anna").name == "Anna"
    assert window.document.journey.find("personas", "anna").shared_source == "library.json#anna"
    assert dock.shared_tree.topLevelItemCount() == 1
    window.document.undo_stack.undo()  # the journey's mark goes; the library file stays
    assert window.document.journey.find("personas", "anna").shared_source == ""
    assert window.library.use_shared("personas", "anna")
    copy = window.document.journey.find("personas", "persona-anna")
    assert copy is not None and copy.shared_source == "library.json#anna"


def test_double_click_on_a_linked_step_opens_the_sub_journey(window, qtbot, folder):
    assert window.files.open_path(str(folder / "order.journey.json"))
    scene = window.map_area.scene
    try:
        with qtbot.waitSignal(scene.sub_journey_requested) as requested:
            scene.activate_step(("steps", "mid"))
        assert requested.args == ["mid"]
        opened = window.library.opened_windows[-1]
        assert opened.document.journey.title == "Card payment"
        assert opened is not window
        assert window.document.journey.title == "Order"  # the parent stays open
    finally:
        _close_opened(window)
    scene.activate_step(("steps", "start"))  # no link: renames in place
    assert scene.renaming
    scene.cancel_rename()


def test_a_missing_sub_journey_says_so(window, folder, dialogs):
    (folder / "pay" / "card.journey.json").unlink()
    assert window.files.open_path(str(folder / "order.journey.json"))
    assert window.library.open_sub_journey("mid") is None
    assert dialogs.named("error")
    assert load_journey(folder / "order.journey.json").title == "Order"


def test_a_linked_steps_card_says_it_opens_a_sub_journey(window, folder):
    assert window.files.open_path(str(folder / "order.journey.json"))
    scene = window.map_area.scene
    linked = scene.item_for(("steps", "mid"))
    plain = scene.item_for(("steps", "start"))
    assert "pay/card.journey.json" in linked.tooltip_text()
    assert "Sub-journey" not in plain.tooltip_text()


def test_a_folder_that_is_gone_is_said_not_raised(window, qtbot, tmp_path):
    dock = window.library.dock
    window.library.show_folder(tmp_path / "gone")
    qtbot.waitUntil(lambda: not dock.pending, timeout=10000)
    assert dock.library is None
    assert "gone" in dock.status_label.text()
    assert dock.tree.topLevelItemCount() == 0


def test_a_broken_library_file_is_a_status_message_on_open(window, tmp_path, dialogs):
    journey = funnel()
    journey.personas[0] = journey.personas[0].model_copy(
        update={"shared_source": "library.json#anna"}
    )
    path = write(tmp_path, "a.journey.json", journey)
    (tmp_path / "library.json").write_text("{not json", "utf-8")
    assert window.files.open_path(str(path))
    assert dialogs.named("ask_update_shared") == []
    assert "library.json" in window.statusBar().currentMessage()
    assert window.document.journey.find("personas", "anna") == journey.personas[0]


def test_the_open_journeys_folder_is_read_only_when_the_panel_shows(window, qtbot, folder):
    dock = window.library.dock
    assert not dock.isVisible()
    assert window.files.open_path(str(folder / "order.journey.json"))
    assert dock.folder == folder and dock.library is None and not dock.pending
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: dock.library is not None, timeout=20000)
    assert len(dock.library.journeys) == 2


def test_the_live_analysis_can_take_drop_off_from_sub_journeys(window, folder):
    assert window.files.open_path(str(folder / "order.journey.json"))
    window.live.recompute()
    assert window.live.analysis.flow.steps["mid"].dropped is None
    action = window.library.follow_links_action
    assert action in window.menus["view"].actions()
    action.setChecked(True)
    window.live.recompute()
    assert window.live.analysis.flow.steps["mid"].dropped == pytest.approx(600)
    assert window.document.journey.transitions[1].share is None  # the journey is untouched
    action.setChecked(False)
    window.live.recompute()
    assert window.live.analysis.flow.steps["mid"].dropped is None
