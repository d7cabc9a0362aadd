"""The flow view: one node per step, one edge per transition, drags saved as edits,
selection shared both ways, and refreshes limited to what changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from journeymap.model import (
    AddItem,
    Channel,
    Journey,
    Position,
    RemoveItems,
    Stage,
    Step,
    Transition,
    UpdateItem,
)
from journeymap.palette import SEVERITY
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.document.selection import Selection
from journeymap.ui.flow.items import FlowEdgeItem, FlowNodeItem, NodeContent
from journeymap.ui.flow.view import FlowView


def support_journey() -> Journey:
    stages = [Stage(id="notice", name="Notice"), Stage(id="contact", name="Contact"),
              Stage(id="after", name="Afterwards")]  # fmt: skip
    channels = [Channel(id="web", name="Website"), Channel(id="chat", name="Chat")]
    steps = [
        Step(id="down", title="Line down", stage_id="notice", kind="start", volume=1000),
        Step(id="faq", title="Help pages", stage_id="notice", channel_id="web"),
        Step(id="chat", title="Open the chat", stage_id="contact", channel_id="chat"),
        Step(
            id="repeat",
            title="Explain again",
            stage_id="contact",
            channel_id="chat",
            position=Position(x=900, y=400),
        ),
        Step(id="fixed", title="Works again", stage_id="after", kind="success"),
        Step(id="cancel", title="Cancel", stage_id="after", kind="exit"),
    ]
    transitions = [
        Transition(id="t1", source="down", target="faq", volume=1000),
        Transition(id="t2", source="faq", target="chat", volume=600),
        Transition(id="t3", source="faq", target="fixed", volume=300),
        Transition(id="t4", source="chat", target="repeat", share=0.8),
        Transition(id="t5", source="repeat", target="chat", share=0.2, label="cut off"),
        Transition(id="t6", source="repeat", target="repeat", share=0.1),
        Transition(id="t7", source="repeat", target="fixed", share=0.5),
        Transition(id="t8", source="repeat", target="cancel", share=0.2),
    ]
    return Journey(stages=stages, channels=channels, steps=steps, transitions=transitions)


@pytest.fixture
def document():
    return EditorDocument(support_journey())


@pytest.fixture
def selection():
    return Selection()


@pytest.fixture
def live(document):
    # In this thread, so that each test sees the analysis of its own journey.
    return LiveAnalysis(document, background=False)


@pytest.fixture
def flow(qtbot, document, selection, live):
    view = FlowView(document, selection, live_analysis=live)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    return view


def step(document, step_id):
    return document.journey.find("steps", step_id)


def viewport_point(flow, scene_point: QPointF) -> QPoint:
    return flow.view.mapFromScene(scene_point)


def drag(flow, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = flow.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * i / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def test_one_node_per_step_and_one_edge_per_transition(flow, document):
    scene = flow.scene
    nodes = [item for item in scene.items() if isinstance(item, FlowNodeItem)]
    edges = [item for item in scene.items() if isinstance(item, FlowEdgeItem)]
    assert sorted(n.step_id for n in nodes) == sorted(s.id for s in document.journey.steps)
    assert sorted(e.transition_id for e in edges) == sorted(
        t.id for t in document.journey.transitions
    )
    assert scene.edges["t6"].source is scene.edges["t6"].target is scene.nodes["repeat"]


def test_saved_positions_are_respected_and_others_come_from_the_layout(flow):
    nodes = flow.scene.nodes
    assert nodes["repeat"].pos() == QPointF(900, 400)
    assert nodes["down"].pos().x() < nodes["faq"].pos().x() < nodes["chat"].pos().x()
    points = {(n.pos().x(), n.pos().y()) for n in nodes.values()}
    assert len(points) == len(nodes)


def test_nodes_show_title_channel_kind_and_edges_their_volume_or_share(flow):
    scene = flow.scene
    assert scene.nodes["faq"].content.title == "Help pages"
    assert scene.nodes["faq"].content.channel == "Website"
    assert scene.nodes["down"].content.kind == "start"
    assert scene.nodes["fixed"].content.kind == "success"
    assert scene.nodes["cancel"].content.kind == "exit"
    assert scene.edges["t2"].content.label == "600"
    assert scene.edges["t5"].content.label == "20 %"
    assert "cut off" in scene.edges["t5"].toolTip()
    assert scene.edges["t1"].content.width > scene.edges["t3"].content.width
    assert scene.edges["t5"].backward and not scene.edges["t2"].backward


def test_dragging_a_node_pushes_one_edit_and_undo_forgets_the_position(flow, document):
    node = flow.scene.nodes["faq"]
    before = QPointF(node.pos())
    assert step(document, "faq").position is None
    start = viewport_point(flow, node.pos() + QPointF(0, -20))
    drag(flow, start, start + QPoint(60, 90))
    assert document.undo_stack.count() == 1
    saved = step(document, "faq").position
    assert saved is not None
    assert (saved.x, saved.y) == pytest.approx((before.x() + 60, before.y() + 90), abs=1)
    assert node.pos() == QPointF(saved.x, saved.y)
    document.undo_stack.undo()
    assert step(document, "faq").position is None
    assert node.pos() == before
    document.undo_stack.redo()
    assert step(document, "faq").position == saved


def test_dragging_a_placed_node_and_undoing_returns_it_to_its_saved_place(flow, document):
    node = flow.scene.nodes["repeat"]
    start = viewport_point(flow, node.pos())
    drag(flow, start, start + QPoint(-40, 30))
    assert step(document, "repeat").position != Position(x=900, y=400)
    document.undo_stack.undo()
    assert step(document, "repeat").position == Position(x=900, y=400)
    assert node.pos() == QPointF(900, 400)


def test_moving_several_nodes_is_one_undo_entry(flow, document, selection):
    selection.set([("steps", "faq"), ("steps", "chat")])
    nodes = flow.scene.nodes
    before = {k: QPointF(nodes[k].pos()) for k in ("faq", "chat")}
    start = viewport_point(flow, nodes["chat"].pos())
    drag(flow, start, start + QPoint(0, 120))
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Move 2 steps"
    for key in ("faq", "chat"):
        assert step(document, key).position.y == pytest.approx(before[key].y() + 120, abs=1)
    document.undo_stack.undo()
    assert step(document, "faq").position is None and step(document, "chat").position is None
    assert {k: nodes[k].pos() for k in before} == before


def test_a_click_without_moving_pushes_nothing(flow, document):
    start = viewport_point(flow, flow.scene.nodes["chat"].pos())
    drag(flow, start, start)
    assert document.undo_stack.count() == 0


def test_clicking_a_node_selects_the_step(flow, selection):
    point = viewport_point(flow, flow.scene.nodes["chat"].pos())
    QTest.mouseClick(flow.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert selection.items == [("steps", "chat")]
    QTest.mouseClick(flow.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert selection.items == []


def test_selection_from_elsewhere_selects_nodes_and_edges(flow, selection):
    selection.set([("steps", "faq"), ("transitions", "t4"), ("personas", "p")])
    assert flow.scene.nodes["faq"].isSelected()
    assert flow.scene.edges["t4"].isSelected()
    assert not flow.scene.nodes["chat"].isSelected()
    selection.set([("steps", "chat")])
    assert not flow.scene.nodes["faq"].isSelected()
    assert flow.scene.nodes["chat"].isSelected()
    assert selection.items == [("steps", "chat")]


def test_a_title_change_updates_only_that_node(flow, document, monkeypatch):
    refreshed = []
    original = FlowNodeItem.set_content

    def spy(self, content: NodeContent) -> bool:
        changed = original(self, content)
        if changed:
            refreshed.append(self.step_id)
        return changed

    monkeypatch.setattr(FlowNodeItem, "set_content", spy)
    others = {k: n.content for k, n in flow.scene.nodes.items() if k != "chat"}
    document.push(UpdateItem("steps", "chat", {"title": "Open the web chat"}))
    assert refreshed == ["chat"]
    assert flow.scene.nodes["chat"].content.title == "Open the web chat"
    assert {k: n.content for k, n in flow.scene.nodes.items() if k != "chat"} == others


def test_auto_layout_is_one_undo_entry(flow, document):
    assert flow.auto_layout()
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Auto layout"
    assert all(s.position is not None for s in document.journey.steps)
    assert step(document, "repeat").position != Position(x=900, y=400)
    assert flow.scene.nodes["repeat"].pos().x() == step(document, "repeat").position.x
    assert not flow.auto_layout()  # nothing left to move
    document.undo_stack.undo()
    assert step(document, "repeat").position == Position(x=900, y=400)
    assert step(document, "faq").position is None


def test_added_and_removed_items_follow_the_document(flow, document):
    scene = flow.scene
    document.push(AddItem("steps", Step(id="call", title="Call us", stage_id="contact")))
    document.push(AddItem("transitions", Transition(id="t9", source="faq", target="call")))
    assert "call" in scene.nodes and "t9" in scene.edges
    call = scene.nodes["call"].pos()
    assert all(call != n.pos() for k, n in scene.nodes.items() if k != "call")
    document.push(RemoveItems("steps", ["repeat"]))
    assert "repeat" not in scene.nodes
    assert not {"t4", "t5", "t6", "t7", "t8"} & set(scene.edges)
    assert scene.nodes["chat"].edges == [scene.edges["t2"]]
    document.undo_stack.undo()
    assert "repeat" in scene.nodes and "t8" in scene.edges
    cancel = QPointF(scene.nodes["cancel"].pos())
    document.push(RemoveItems("steps", ["cancel"]))
    document.undo_stack.undo()
    assert scene.nodes["cancel"].pos() == cancel


def test_the_graph_is_built_when_first_shown(qtbot, document, selection, live):
    view = FlowView(document, selection, live_analysis=live)
    qtbot.addWidget(view)
    assert view.scene.nodes == {}
    document.push(UpdateItem("steps", "faq", {"title": "Search help"}))
    view.show()
    qtbot.waitExposed(view)
    assert len(view.scene.nodes) == len(document.journey.steps)
    assert view.scene.nodes["faq"].content.title == "Search help"


def test_without_a_shared_analysis_the_view_makes_its_own(qtbot, document, selection):
    view = FlowView(document, selection)
    qtbot.addWidget(view)
    assert view.live_analysis is None
    view.show()
    qtbot.waitExposed(view)
    assert isinstance(view.live_analysis, LiveAnalysis)
    qtbot.waitUntil(lambda: view.scene.nodes["faq"].content.drop != "", timeout=10000)


def test_a_new_journey_rebuilds_the_view(flow, document, selection):
    selection.set([("steps", "faq")])
    journey = Journey(stages=[Stage(id="s", name="S")],
                      steps=[Step(id="only", title="Only step", stage_id="s")])  # fmt: skip
    document.replace(journey)
    assert list(flow.scene.nodes) == ["only"]
    assert flow.scene.edges == {}


def test_ctrl_wheel_zooms(flow, qtbot):
    from PySide6.QtGui import QWheelEvent

    before = flow.view.scale_factor
    centre = QPointF(flow.view.viewport().rect().center())
    event = QWheelEvent(centre, flow.view.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    flow.view.wheelEvent(event)
    assert flow.view.scale_factor == pytest.approx(before * 1.25)
    flow.zoom_out()
    assert flow.view.scale_factor == pytest.approx(before)


def test_drop_off_and_pain_marks_come_from_the_live_analysis(flow, qtbot, live):
    with qtbot.waitSignal(live.updated, timeout=5000):
        live.schedule()
    node = flow.scene.nodes["faq"]
    # 1,000 arrive at the help pages, 900 go on: 100 lost.
    assert node.content.drop.startswith("−100")
    assert "Drop-off" in node.toolTip()


def test_pain_points_are_drawn_with_their_severity_colour(flow):
    node = flow.scene.nodes["chat"]
    node.set_content(NodeContent(title="Open the chat", severity="critical"))
    rect = node.sceneBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    flow.scene.render(painter, source=rect)
    painter.end()
    critical = QColor(SEVERITY["critical"])
    found = any(
        image.pixelColor(x, y) == critical
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert found


def test_edges_follow_a_dragged_node(flow):
    scene = flow.scene
    edge = scene.edges["t2"]  # faq -> chat
    before = edge.boundingRect()
    node = scene.nodes["chat"]
    start = viewport_point(flow, node.pos())
    drag(flow, start, start + QPoint(80, 150))
    assert edge.boundingRect() != before
    end = edge.path().pointAtPercent(1.0)
    assert end.x() == pytest.approx(node.pos().x() - node.rect().width() / 2)


def test_show_item_scrolls_a_node_into_view(flow):
    node = flow.scene.nodes["cancel"]
    flow.view.centerOn(-5000, -5000)
    visible = flow.view.mapToScene(flow.view.viewport().rect()).boundingRect()
    assert not visible.contains(node.sceneBoundingRect().center())
    flow.show_item("steps", "cancel")
    visible = flow.view.mapToScene(flow.view.viewport().rect()).boundingRect()
    assert visible.contains(node.sceneBoundingRect().center())


def test_a_journey_whose_steps_all_have_places_opens_without_a_layout(
    qtbot, selection, monkeypatch
):
    from journeymap.ui.flow import scene as flow_scene

    journey = support_journey()
    journey.steps = [
        s.model_copy(update={"position": Position(x=300.0 * i, y=50.0)})
        for i, s in enumerate(journey.steps)
    ]

    def no_layout(*args, **kwargs):
        raise AssertionError("the layout ran")

    monkeypatch.setattr(flow_scene, "layout_journey", no_layout)
    document = EditorDocument(journey)
    view = FlowView(document, selection, live_analysis=LiveAnalysis(document, background=False))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert [view.scene.nodes[s.id].pos().x() for s in journey.steps] == [
        300.0 * i for i in range(len(journey.steps))
    ]
