"""Time and cost per step, checked against numbers worked out by hand."""

from __future__ import annotations

import pytest

from journeymap.analysis.cost import compute_cost
from journeymap.analysis.report import analyse, analysis_to_dict, format_report
from journeymap.model import Journey, Persona
from tests.analysis.analysis_cases import make_journey


def _funnel() -> Journey:
    """1,000 enter at A (2 min, 1 €); 80 % go on to B (10 min, 5 €); of B's 800,
    half reach the success C (3 min, no euros given), a quarter leave through
    the exit X (1 min, 0 €) and a quarter are lost at B."""
    journey = make_journey(
        [("A", "start"), ("B", "touchpoint"), ("C", "success"), ("X", "exit")],
        [("A", "B", {"share": 0.8}), ("B", "C", {"share": 0.5}), ("B", "X", {"share": 0.25})],
        volumes={"A": 1000},
        step_extra={
            "A": {"duration_min": 2, "cost_eur": 1},
            "B": {"duration_min": 10, "cost_eur": 5},
            "C": {"duration_min": 3},
            "X": {"duration_min": 1, "cost_eur": 0},
        },
    )
    journey.personas = [Persona(id="p", name="P", share=0.25), Persona(id="q", name="Q")]
    return journey


def test_spent_on_arrival_adds_the_steps_along_the_way():
    steps = compute_cost(_funnel()).steps
    spent = {sid: (c.spent_minutes, c.spent_euros) for sid, c in steps.items()}
    assert spent == {"A": (2, 1), "B": (12, 6), "C": (15, 6), "X": (13, 6)}


def test_each_drop_off_costs_what_its_leavers_had_spent():
    steps = compute_cost(_funnel()).steps
    lost = {sid: (c.drop_off_minutes, c.drop_off_euros) for sid, c in steps.items()}
    # A loses 200 who spent 2 min, 1 €; B 200 who spent 12 min, 6 €; the exit X 200 (13 min, 6 €).
    assert lost == {"A": (400, 200), "B": (2400, 1200), "C": (0, 0), "X": (2600, 1200)}


def test_totals_per_entrant_completer_and_completion():
    t = compute_cost(_funnel()).totals
    # minutes: 1000·2 + 800·10 + 400·3 + 200·1; euros: 1000·1 + 800·5
    assert (t.minutes, t.euros) == (11400, 5000)
    assert (t.entered, t.completed) == (1000, 400)
    assert (t.minutes_per_entrant, t.euros_per_entrant) == (11.4, 5)
    assert (t.completer_minutes, t.completer_euros) == (15, 6)
    assert (t.minutes_per_completion, t.euros_per_completion) == (28.5, 12.5)
    assert (t.lost_minutes, t.lost_euros) == (5400, 2600)
    assert t.steps_without_euros == ("C",) and t.steps_without_minutes == ()


def test_what_was_spent_is_lost_or_completed():
    t = compute_cost(_funnel()).totals
    assert t.lost_euros + t.completed * t.completer_euros == pytest.approx(t.euros)
    assert t.lost_minutes + t.completed * t.completer_minutes == pytest.approx(t.minutes)


def test_a_persona_takes_its_share_of_the_totals():
    personas = compute_cost(_funnel()).personas
    p, q = personas["p"], personas["q"]
    assert (p.entered, p.minutes, p.euros, p.lost_euros) == (250, 2850, 1250, 650)
    assert (q.entered, q.euros) == (None, None)  # no share given


def test_a_loop_is_paid_on_every_visit():
    # 100 enter at A (1 €); B (10 €) sends half back to itself and half to the end:
    # B is visited twice per customer on average, so a completer spent 1 + 2·10 = 21 €.
    journey = make_journey(
        [("A", "start"), ("B", "touchpoint"), ("E", "success")],
        [("A", "B", {"share": 1.0}), ("B", "B", {"share": 0.5}), ("B", "E", {"share": 0.5})],
        volumes={"A": 100},
        step_extra={"A": {"cost_eur": 1}, "B": {"cost_eur": 10}},
    )
    report = compute_cost(journey)
    assert report.steps["B"].customers == pytest.approx(200)
    assert report.steps["B"].spent_euros == pytest.approx(21)
    assert report.totals.completer_euros == pytest.approx(21)
    assert report.totals.euros == pytest.approx(2100)


def test_unknown_flow_gives_unknown_costs_not_zero():
    journey = make_journey(
        [("A", "start"), ("B", "touchpoint")],
        [("A", "B", {})],
        volumes={"A": 10},
        step_extra={"A": {"cost_eur": 1}, "B": {"cost_eur": 5}},
    )
    report = compute_cost(journey)
    assert report.steps["A"].spent_euros == 1
    assert report.steps["B"].spent_euros is None and report.steps["B"].total_euros is None
    assert report.totals.euros is None


def test_no_figures_at_all():
    report = compute_cost(make_journey([("A", "start")], volumes={"A": 5}))
    assert not report.has_figures
    assert report.totals.minutes is None and report.totals.euros_per_entrant is None


def test_analyze_json_reports_cost_per_step_and_totals():
    journey = _funnel()
    data = analysis_to_dict(analyse(journey), journey)["cost"]
    assert [s["id"] for s in data["steps"]] == ["A", "B", "C", "X"]
    assert data["steps"][1]["drop_off_euros"] == 1200
    assert data["totals"]["euros_per_completion"] == 12.5
    assert data["totals"]["minutes_per_entrant"] == 11.4
    assert data["personas"]["p"]["euros"] == 1250


def test_the_text_report_names_the_costliest_drop_off():
    journey = _funnel()
    text = format_report(analyse(journey), journey)
    assert "5.00 € per customer who enters" in text
    assert '1,200 € · 2,400 min spent on the 200 customers lost at "Step B"' in text
