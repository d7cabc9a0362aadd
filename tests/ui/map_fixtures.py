"""Shared helpers of the map tests: a small journey and a scene with its view."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model import (
    Channel,
    Journey,
    Opportunity,
    Persona,
    Rating,
    Stage,
    Step,
    Transition,
)
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.document.selection import Selection
from journeymap.ui.map.scene import EditorMapScene
from journeymap.ui.map.view import MapView


def small_journey() -> Journey:
    """Two stages, four steps (a branch and a loop back), two personas."""
    return Journey(
        title="Small journey",
        personas=[
            Persona(id="p-ann", name="Ann", colour="#0072b2"),
            Persona(id="p-bo", name="Bo", colour="#d55e00"),
        ],
        stages=[Stage(id="st-a", name="Find"), Stage(id="st-b", name="Buy")],
        channels=[
            Channel(id="c-web", name="Website", kind="web"),
            Channel(id="c-chat", name="Chat", kind="chat", ownership="partner"),
        ],
        steps=[
            Step(
                id="s1",
                title="Search",
                stage_id="st-a",
                kind="start",
                volume=1000,
                channel_id="c-web",
                doing="Types a question",
            ),
            Step(id="s2", title="Compare offers", stage_id="st-a", channel_id="c-web"),
            Step(id="s3", title="Ask in chat", stage_id="st-b", channel_id="c-chat"),
            Step(id="s4", title="Pay", stage_id="st-b", kind="success", channel_id="c-web"),
        ],
        transitions=[
            Transition(id="t1", source="s1", target="s2", volume=800),
            Transition(id="t2", source="s2", target="s3", volume=500),
            Transition(id="t3", source="s3", target="s4", volume=300),
            Transition(id="t4", source="s3", target="s2", volume=100),
            Transition(id="t5", source="s1", target="s4", volume=50),
        ],
        ratings=[
            Rating(step_id="s1", persona_id="p-ann", goal=4, ease=4, emotion=1),
            Rating(step_id="s2", persona_id="p-ann", goal=2, ease=1, emotion=-2),
            Rating(step_id="s4", persona_id="p-ann", goal=5, ease=4, emotion=2),
            Rating(step_id="s1", persona_id="p-bo", goal=3, ease=3, emotion=0),
            Rating(step_id="s3", persona_id="p-bo", goal=1, ease=2, emotion=-1),
        ],
        opportunities=[Opportunity(id="o1", title="Compare in one table", step_ids=("s2",))],
    )


@dataclass
class MapSetup:
    document: EditorDocument
    selection: Selection
    live: LiveAnalysis
    scene: EditorMapScene
    view: MapView


def make_map(qtbot, journey: Journey | None = None, *, background: bool = False) -> MapSetup:
    """A shown map view of ``journey``; the analysis runs on this thread unless
    ``background``."""
    document = EditorDocument(journey if journey is not None else small_journey())
    selection = Selection()
    live = LiveAnalysis(document, background=background)
    scene = EditorMapScene(document, selection, live_analysis=live)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return MapSetup(document, selection, live, scene, view)
