"""How sure a rating is: the combined mean, n and 95 % interval, checked
against scipy, and the ``ratings`` of ``journeymap analyze --json``."""

from __future__ import annotations

import json
import math
import statistics

import pytest
from scipy import stats

from journeymap.analysis.evidence import estimate, rating_estimates, t_interval
from journeymap.model import (
    Journey,
    JourneyDocument,
    Measurement,
    Persona,
    Stage,
    Step,
    UpdateJourney,
    save_journey,
)


def m(measure="goal", source="survey", label="", mean=3.0, n=None, **more) -> Measurement:
    return Measurement(
        step_id="s",
        persona_id="p",
        measure=measure,
        source=source,
        label=label,
        mean=mean,
        n=n,
        **more,
    )


def journey(*measurements: Measurement) -> Journey:
    return Journey(
        personas=[Persona(id="p", name="Pat")],
        stages=[Stage(id="st", name="Stage")],
        steps=[Step(id="s", title="Ask", stage_id="st")],
        measurements=list(measurements),
    )


def test_the_interval_is_scipys_t_interval_of_all_answers():
    survey = [4, 5, 3, 4, 4, 2, 5, 4, 3, 4, 5, 4]
    room = [2, 3, 2, 1]
    j = journey(
        m(label="Nov", mean=statistics.mean(survey), n=12, sd=statistics.stdev(survey)),
        m(source="workshop", mean=2.0, n=4, counts=(1, 2, 1, 0, 0)),
    )
    (e,) = rating_estimates(j)
    answers = survey + room
    low, high = stats.t.interval(
        0.95, len(answers) - 1, loc=statistics.mean(answers), scale=stats.sem(answers)
    )
    assert e.n == 16
    assert e.mean == pytest.approx(statistics.mean(answers))
    assert (e.ci_low, e.ci_high) == (pytest.approx(low), pytest.approx(high))
    assert [(s.source, s.n) for s in e.sources] == [("survey", 12), ("workshop", 4)]
    room_low, _ = stats.t.interval(0.95, 3, loc=2.0, scale=stats.sem(room))
    assert e.sources[1].ci_low == pytest.approx(max(1.0, room_low))  # cut at the scale's end


def test_without_a_spread_there_is_no_interval_and_an_estimate_is_marked():
    (e,) = rating_estimates(journey(m(mean=4.0, n=30), m(source="estimate", mean=2.0)))
    assert (e.ci_low, e.ci_high) == (None, None)
    assert e.n == 31 and e.estimated
    assert e.sources[1].n is None
    assert t_interval(3.0, 1.0, 1) == (None, None)
    assert t_interval(3.0, 0.0, 5) == (3.0, 3.0)


def test_an_interval_is_cut_to_the_scale():
    (e,) = rating_estimates(journey(m(mean=4.8, n=3, sd=1.0)))
    assert e.ci_high == 5.0 and e.ci_low < 4.8
    raw_low, raw_high = t_interval(4.8, 1.0, 3)
    assert raw_high > 5 and e.ci_low == pytest.approx(raw_low)


def test_excluded_measurements_and_sources_that_do_not_count_are_left_out():
    j = journey(
        m(mean=4.0, n=30, sd=1.0),
        m(source="workshop", mean=1.0, n=5, excluded=True),
        m(source="interview", mean=2.0, n=3),
    )
    JourneyDocument(j).apply(UpdateJourney({"rating_sources": ("survey", "workshop")}))
    (e,) = rating_estimates(j)
    assert (e.mean, e.n, e.left_out) == (4.0, 30, 2)
    assert estimate(j, [j.measurements[1]]) is None


def test_few_answers_make_a_rating_unsure():
    (sure,) = rating_estimates(journey(m(mean=4.0, n=5, sd=1.0)))
    (few,) = rating_estimates(journey(m(mean=4.0, n=4, sd=1.0)))
    (guess,) = rating_estimates(journey(m(mean=4.0)))
    assert (sure.unsure, few.unsure, guess.unsure) == (False, True, True)


def test_analyze_json_lists_every_rating_with_its_sources(tmp_path, capsys):
    from journeymap.cli import main

    path = tmp_path / "j.journey.json"
    save_journey(
        journey(
            m(label="Nov", mean=4.0, n=20, sd=0.5),
            m("emotion", source="workshop", label="3 Dec", mean=-1.0, n=4, counts=(1, 2, 1, 0, 0)),
        ),
        path,
    )
    assert main(["analyze", str(path), "--json"]) == 0
    ratings = json.loads(capsys.readouterr().out)["ratings"]
    assert [set(r) for r in ratings] == [
        {"step_id", "persona_id", "measure", "mean", "n", "ci_low", "ci_high", "sources"}
    ] * 2
    goal, emotion = ratings
    assert (goal["measure"], goal["mean"], goal["n"]) == ("goal", 4.0, 20)
    assert goal["ci_low"] == pytest.approx(4.0 - stats.t.ppf(0.975, 19) * 0.5 / math.sqrt(20), 1e-3)
    assert emotion["sources"] == [
        {
            "source": "workshop",
            "label": "3 Dec",
            "mean": -1.0,
            "n": 4,
            "ci_low": emotion["ci_low"],
            "ci_high": emotion["ci_high"],
        }
    ]
    assert emotion["ci_low"] < -1.0 < emotion["ci_high"]


@pytest.mark.parametrize("n", [2, 3, 7, 30, 31, 500, 12345])
def test_t_interval_is_scipys_to_the_last_bit(n):
    """The quantiles are looked up once per sample size; the interval is the
    very number ``scipy.stats.t.interval`` gives."""
    import math

    from scipy import stats

    from journeymap.analysis.evidence import t_interval

    for mean, sd in ((3.0, 1.0), (-1.25, 0.37), (4.9, 2.5)):
        low, high = stats.t.interval(0.95, n - 1, loc=mean, scale=sd / math.sqrt(n))
        assert t_interval(mean, sd, n) == (float(low), float(high))
