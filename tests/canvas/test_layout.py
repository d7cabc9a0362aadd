"""The map's geometry, without Qt."""

import itertools

from journeymap.canvas.layout import (
    COLUMN_W,
    GUTTER,
    compute_layout,
    lane_height,
    route_kind,
    route_transition,
)
from journeymap.model import Journey, Lane, LaneSetting, Stage, Step
from journeymap.model.journey import OPTIONAL_LANES


def _journey(**kwargs) -> Journey:
    return Journey(
        stages=[Stage(id="a", name="A"), Stage(id="b", name="B"), Stage(id="c", name="C")],
        steps=[
            Step(id="s1", title="one", stage_id="a"),
            Step(id="s2", title="two", stage_id="a"),
            Step(id="s3", title="three", stage_id="c"),
        ],
        **kwargs,
    )


def test_columns_follow_stage_order_and_empty_stage_keeps_a_column():
    layout = compute_layout(_journey())
    assert layout.order == ["s1", "s2", "s3"]
    assert GUTTER < layout.column_x["s1"] < layout.column_x["s2"] < layout.column_x["s3"]
    empty = layout.stages["b"]
    assert empty.w >= COLUMN_W
    assert layout.stages["a"].right < empty.x < empty.right < layout.stages["c"].x
    assert layout.stage_counts == {"a": 2, "b": 0, "c": 1}


def test_hidden_lanes_take_no_space_and_lanes_follow_their_order():
    full = compute_layout(_journey())
    lanes = tuple(
        LaneSetting(lane=lane, visible=lane not in (Lane.DOING, Lane.BACKSTAGE, *OPTIONAL_LANES))
        for lane in reversed(Lane)
    )
    partial = compute_layout(_journey(lanes=lanes))
    assert partial.lane(Lane.DOING) is None
    assert partial.cell("s1", Lane.DOING) is None
    hidden = lane_height(Lane.DOING, 1) + lane_height(Lane.BACKSTAGE, 1)
    assert partial.height == full.height - hidden
    assert next(row.lane for row in partial.lanes) == Lane.OPPORTUNITIES
    rows = partial.lanes
    assert all(a.y + a.h == b.y for a, b in itertools.pairwise(rows))


def test_ratings_lane_grows_with_persona_rows():
    assert compute_layout(_journey(), 5).height > compute_layout(_journey(), 1).height


def test_insertion_point_from_a_drop_position():
    layout = compute_layout(_journey())
    x_s2 = layout.column_x["s2"]
    assert layout.insertion_at(x_s2 + 10, moving="s3") == ("a", "s2")
    assert layout.insertion_at(layout.stages["b"].cx, moving="s1") == ("b", None)
    assert layout.insertion_at(layout.column_x["s3"] + COLUMN_W, moving="s1") == ("c", None)


def test_routes_forward_jump_back_and_self():
    layout = compute_layout(_journey())
    card = layout.card("s1")
    assert route_kind(layout, "s1", "s2") == "next"
    assert route_kind(layout, "s1", "s3") == "jump"
    assert route_kind(layout, "s3", "s1") == "back"
    assert route_kind(layout, "s2", "s2") == "self"
    jump = route_transition(layout, "s1", "s3")
    assert jump.c1[1] < card.y  # arcs above the cards
    back = route_transition(layout, "s3", "s1")
    assert back.c1[1] > card.bottom  # loops below them
    straight = route_transition(layout, "s1", "s2")
    assert straight.p0[0] == card.right and straight.p3[0] == layout.card("s2").x
    assert route_transition(layout, "s1", "missing") is None


def test_arc_labels_keep_off_the_pain_badges(qapp):
    from pathlib import Path

    from journeymap.analysis.report import analyse
    from journeymap.canvas.card_item import BADGE_SIZE
    from journeymap.canvas.marks import marks_from_analysis
    from journeymap.canvas.scene import MapScene
    from journeymap.model import load_journey

    path = Path(__file__).parents[2] / "journeymap/examples/verotus-ilmoitus.journey.json"
    journey = load_journey(path)
    scene = MapScene(journey, marks=marks_from_analysis(analyse(journey)), recorded=False)
    badges = []
    for sid, pain in scene.marks.pains.items():
        box = scene.layout.card(sid)
        r = BADGE_SIZE[pain.severity] / 2
        badges.append((box.x + box.w - 6, box.y + 6, r))
    assert badges
    for arrow in scene._arrows.values():
        if arrow.route is None or not arrow.label or arrow.route.kind not in ("jump", "back"):
            continue
        x, y = arrow.route.label
        half = (len(arrow.label) * 7.0 + 10) / 2
        for bx, by, r in badges:
            apart = x + half < bx - r or bx + r < x - half or y + 10 < by - r or by + r < y - 10
            assert apart, (arrow.label, x, y, bx, by)
    scene.clear()
    scene.deleteLater()
