"""The Roadmap tab: cards from the journey, moves as undoable edits, filters, priority."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from journeymap.analysis.roadmap import build_roadmap
from journeymap.model import OpportunityStatus, UpdateItem
from journeymap.ui.roadmap.cards import CARD_MIME


def _roadmap(window, qtbot):
    window.roadmap.show()
    view = window.roadmap.view
    qtbot.waitUntil(lambda: window.live.analysis is not None, timeout=10000)
    view.refresh()
    return view


def test_board_and_matrix_show_every_opportunity_in_priority_order(analysed_example, qtbot):
    window = analysed_example
    view = _roadmap(window, qtbot)
    journey = window.document.journey
    expected = build_roadmap(journey, window.live.analysis.pain_points)
    for status in OpportunityStatus:
        column = view.columns[status].ids()
        assert column == [c.opportunity_id for c in expected.column(status)]
    on_board = sorted(i for lst in view.columns.values() for i in lst.ids())
    in_matrix = sorted(i for lst in view.cells.values() for i in lst.ids())
    assert on_board == in_matrix == sorted(o.id for o in journey.opportunities)
    card = expected.cards[0]
    assert card.opportunity_id in view.cells[card.impact, card.effort].ids()
    assert view.count_label.text().startswith(str(len(journey.opportunities)))


def test_moving_a_card_to_a_column_is_one_undoable_edit(analysed_example, qtbot):
    window = analysed_example
    view = _roadmap(window, qtbot)
    opportunity = window.document.journey.opportunities[0]
    target = OpportunityStatus.DONE
    assert opportunity.status != target
    stack = window.document.undo_stack
    before = stack.count()
    assert view.move_card(opportunity.id, target)
    assert stack.count() == before + 1
    assert window.document.journey.find("opportunities", opportunity.id).status == target
    assert opportunity.id in view.columns[target].ids()
    assert not view.move_card(opportunity.id, target)  # already there: nothing pushed
    stack.undo()
    assert window.document.journey.find("opportunities", opportunity.id) == opportunity
    assert opportunity.id not in view.columns[target].ids()


def test_dropping_a_card_on_a_matrix_cell_changes_impact_and_effort(analysed_example, qtbot):
    window = analysed_example
    view = _roadmap(window, qtbot)
    opportunity = window.document.journey.opportunities[0]
    cell = view.cells[1, 5]
    data = QMimeData()
    data.setData(CARD_MIME, opportunity.id.encode("utf-8"))
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    cell.dropEvent(event)
    moved = window.document.journey.find("opportunities", opportunity.id)
    assert (moved.impact, moved.effort) == (1, 5)
    assert view.cells[1, 5].ids() == [opportunity.id]
    window.document.undo_stack.undo()
    assert window.document.journey.find("opportunities", opportunity.id) == opportunity


def test_filters_by_owner_and_persona(analysed_example, qtbot):
    window = analysed_example
    view = _roadmap(window, qtbot)
    journey = window.document.journey
    owner = journey.opportunities[0].owner
    assert owner
    view.set_filters(owner=owner)
    shown = {i for lst in view.columns.values() for i in lst.ids()}
    assert shown == {o.id for o in journey.opportunities if o.owner == owner}
    view.set_filters()
    persona = journey.personas[0].id
    view.set_filters(persona_id=persona)
    shown = {i for lst in view.columns.values() for i in lst.ids()}
    full = build_roadmap(journey, window.live.analysis.pain_points)
    assert shown == {c.opportunity_id for c in full.cards if persona in c.persona_ids}
    assert view.persona_filter() == persona


def test_priority_set_by_hand_and_back_to_computed(analysed_example, qtbot, dialogs):
    window = analysed_example
    view = _roadmap(window, qtbot)
    card = view.roadmap.cards[-1]
    dialogs.number_answer = 99
    menu = view.card_menu(card.opportunity_id)
    set_action = next(a for a in menu.actions() if a.text() == "Set Priority…")
    set_action.trigger()
    assert dialogs.named("ask_number")
    assert window.document.journey.find("opportunities", card.opportunity_id).priority == 99
    assert view.roadmap.cards[0].opportunity_id == card.opportunity_id  # now first
    assert view.roadmap.cards[0].overridden
    assert view.set_priority(card.opportunity_id, None)
    assert window.document.journey.find("opportunities", card.opportunity_id).priority is None


def test_clicking_a_card_selects_its_steps_and_the_opportunity(analysed_example, qtbot):
    window = analysed_example
    view = _roadmap(window, qtbot)
    card = next(c for c in view.roadmap.cards if c.step_ids)
    card_list = view.columns[card.status]
    item = card_list.item(card_list.ids().index(card.opportunity_id))
    view._clicked(item)
    assert window.selection.current == ("opportunities", card.opportunity_id)
    assert window.selection.keys("steps") == list(card.step_ids)
    with qtbot.waitSignal(view.show_requested) as shown:
        view._activated(item)
    assert shown.args == ["steps", card.step_ids[0]]
    assert window.map_area.currentWidget() is window.map_area.view


def test_roadmap_is_in_the_view_menu_and_follows_edits(analysed_example, qtbot):
    window = analysed_example
    assert window.roadmap.action in window.menus["view"].actions()
    window.roadmap.action.trigger()
    assert window.map_area.currentWidget() is window.roadmap.page
    view = window.roadmap.view
    first = window.document.journey.opportunities[0]
    window.document.push(UpdateItem("opportunities", first.id, {"title": "Renamed idea"}))
    assert view.card(first.id).title == "Renamed idea"


def test_filter_by_maturity_area_and_cards_name_their_areas(analysed_example, qtbot):
    from journeymap.model import MaturityArea
    from journeymap.ui.roadmap.cards import CARD_ROLE

    window = analysed_example
    view = _roadmap(window, qtbot)
    journey = window.document.journey
    delivery = {o.id for o in journey.opportunities if MaturityArea.DELIVERY in o.areas}
    assert delivery and delivery != {o.id for o in journey.opportunities}
    view.set_filters(area=MaturityArea.DELIVERY)
    shown = {i for lst in view.columns.values() for i in lst.ids()}
    assert shown == delivery
    assert view.area_filter() == MaturityArea.DELIVERY
    assert view.area_box.currentText() == "Delivery"
    # an area no opportunity improves leaves the board empty
    view.set_filters(area=MaturityArea.PRIORITISATION)
    assert not any(lst.ids() for lst in view.columns.values())
    view.set_filters()
    tagged = next(o for o in journey.opportunities if len(o.areas) == 2)
    column = view.columns[tagged.status]
    item = column.item(column.ids().index(tagged.id))
    card = item.data(CARD_ROLE)
    assert card.areas.startswith("Areas: ") and "Delivery" in card.areas
    assert card.areas in item.toolTip()
    bare = next(o for o in journey.opportunities if not o.areas)
    column = view.columns[bare.status]
    assert column.item(column.ids().index(bare.id)).data(CARD_ROLE).areas == ""


def test_an_edit_of_the_areas_refreshes_the_card(analysed_example, qtbot):
    from journeymap.model import MaturityArea
    from journeymap.ui.roadmap.cards import CARD_ROLE

    window = analysed_example
    view = _roadmap(window, qtbot)
    bare = next(o for o in window.document.journey.opportunities if not o.areas)
    window.document.push(UpdateItem("opportunities", bare.id, {"areas": ("culture",)}))
    view.set_filters(area=MaturityArea.CULTURE)
    assert bare.id in {i for lst in view.columns.values() for i in lst.ids()}
    column = view.columns[bare.status]
    assert column.item(column.ids().index(bare.id)).data(CARD_ROLE).areas == "Areas: Culture"
