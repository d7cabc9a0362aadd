"""The roadmap's cards and priority."""

from __future__ import annotations

import pytest

from journeymap.analysis.report import analyse
from journeymap.analysis.roadmap import BOARD_STATUSES, build_roadmap, priority
from journeymap.model import Journey, Opportunity, Persona, Rating, Stage, Step, Transition


def _journey() -> Journey:
    return Journey(
        personas=[Persona(id="a", name="Anna"), Persona(id="b", name="Ben")],
        stages=[Stage(id="s", name="S")],
        steps=[
            Step(id="bad", title="Bad", stage_id="s", kind="start"),
            Step(id="meh", title="Meh", stage_id="s"),
            Step(id="ok", title="Fine", stage_id="s", kind="success"),
        ],
        transitions=[
            Transition(id="t1", source="bad", target="meh"),
            Transition(id="t2", source="meh", target="ok"),
        ],
        ratings=[
            Rating(step_id="bad", persona_id="a", goal=1, ease=1, emotion=-2),
            Rating(step_id="meh", persona_id="b", ease=2),
            Rating(step_id="ok", persona_id="b", ease=5),
        ],
        opportunities=[
            Opportunity(id="fix-bad", title="Fix bad", step_ids=("bad",), impact=3, effort=3),
            Opportunity(
                id="fix-meh",
                title="Fix meh",
                step_ids=("meh",),
                impact=3,
                effort=3,
                owner="Web team",
                status="planned",
            ),
            Opportunity(
                id="nothing",
                title="Polish",
                step_ids=("ok",),
                impact=3,
                effort=3,
                owner="Web team",
                status="done",
            ),
            Opportunity(id="set", title="Set by hand", impact=1, effort=5, priority=99),
        ],
    )


def test_priority_formula_bounds_and_missing_values():
    assert priority(5, 1, 1.0) == 100.0
    assert priority(1, 5, 0.0) == 2.0
    assert priority(5, 1, 7.0) == 100.0  # the pain share is capped
    assert priority(None, None, 0.0) == priority(3, 3, 0.0) == 18.0


def test_pain_at_linked_steps_raises_priority_and_an_override_wins():
    journey = _journey()
    roadmap = build_roadmap(journey, analyse(journey).pain_points)
    cards = {c.opportunity_id: c for c in roadmap.cards}
    assert cards["fix-bad"].priority == 36.0  # linked to the worst step: full value
    assert cards["fix-meh"].priority == 27.0  # half the worst step's pain
    assert cards["nothing"].priority == 18.0 and cards["nothing"].pain_points == ()
    assert cards["set"].priority == 99 and cards["set"].overridden
    assert cards["set"].computed_priority == priority(1, 5, 0.0)
    assert [c.opportunity_id for c in roadmap.cards] == ["set", "fix-bad", "fix-meh", "nothing"]
    assert cards["fix-bad"].worst_severity == "critical"


def test_board_matrix_and_filters():
    journey = _journey()
    roadmap = build_roadmap(journey, analyse(journey).pain_points)
    assert [c.opportunity_id for c in roadmap.column(BOARD_STATUSES[1])] == ["fix-meh"]
    assert {c.opportunity_id for c in roadmap.cell(3, 3)} == {"fix-bad", "fix-meh", "nothing"}
    assert roadmap.owners() == ["Web team"]
    by_owner = roadmap.filtered(owner="Web team")
    assert {c.opportunity_id for c in by_owner.cards} == {"fix-meh", "nothing"}
    assert {c.opportunity_id for c in roadmap.filtered(owner="").cards} == {"fix-bad", "set"}
    by_persona = roadmap.filtered(persona_id="a")
    assert [c.opportunity_id for c in by_persona.cards] == ["fix-bad"]


def test_one_personas_pain_points_give_that_personas_priorities():
    journey = _journey()
    only_b = build_roadmap(journey, analyse(journey, persona_id="b").pain_points)
    cards = {c.opportunity_id: c for c in only_b.cards}
    assert cards["fix-meh"].priority == pytest.approx(36.0)  # b's worst step
    assert cards["fix-bad"].priority == 18.0


def test_cards_carry_their_maturity_areas_in_area_order_and_filter_by_area():
    from journeymap.model import MaturityArea, UpdateItem
    from journeymap.model.document import JourneyDocument

    doc = JourneyDocument(_journey())
    doc.apply(UpdateItem("opportunities", "fix-bad", {"areas": ("culture", "design")}))
    doc.apply(UpdateItem("opportunities", "fix-meh", {"areas": ("design",)}))
    roadmap = build_roadmap(doc.journey, analyse(doc.journey).pain_points)
    cards = {c.opportunity_id: c for c in roadmap.cards}
    assert cards["fix-bad"].areas == (MaturityArea.DESIGN, MaturityArea.CULTURE)
    assert cards["nothing"].areas == ()
    assert roadmap.areas() == [MaturityArea.DESIGN, MaturityArea.CULTURE]
    design = roadmap.filtered(area=MaturityArea.DESIGN)
    assert {c.opportunity_id for c in design.cards} == {"fix-bad", "fix-meh"}
    both = roadmap.filtered(owner="Web team", area=MaturityArea.DESIGN)
    assert [c.opportunity_id for c in both.cards] == ["fix-meh"]
    assert roadmap.filtered(area=MaturityArea.DELIVERY).cards == ()
