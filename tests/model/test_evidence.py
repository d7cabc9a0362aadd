"""Evidence kept apart: measurements per source, ratings derived from them,
the migration from version 1, and edits that never touch another source."""

from __future__ import annotations

import json
import statistics

import pytest

from journeymap.model import (
    FORMAT_VERSION,
    CompositeEdit,
    EditError,
    Journey,
    JourneyDocument,
    JourneyFileError,
    Measurement,
    Persona,
    PutMeasurement,
    RemoveItems,
    SetRating,
    Stage,
    Step,
    UpdateItem,
    UpdateJourney,
    dumps_journey,
    loads_journey,
    merge_measurements,
)
from journeymap.model.entities import RatingSource
from journeymap.model.evidence import pool
from journeymap.model.transfer import collect_items, paste_edits


def measurement(measure="goal", source="survey", label="", mean=3.0, n=None, **more):
    return Measurement(
        step_id=more.pop("step_id", "s"),
        persona_id=more.pop("persona_id", "p"),
        measure=measure,
        source=source,
        label=label,
        mean=mean,
        n=n,
        **more,
    )


def journey(*measurements: Measurement) -> Journey:
    return Journey(
        personas=[Persona(id="p", name="Pat"), Persona(id="q", name="Quinn")],
        stages=[Stage(id="st", name="Stage")],
        steps=[Step(id="s", title="Ask", stage_id="st"), Step(id="t", title="Pay", stage_id="st")],
        measurements=list(measurements),
    )


V1 = {
    "format_version": 1,
    "title": "Old",
    "personas": [{"id": "p", "name": "Pat"}],
    "stages": [{"id": "st", "name": "Stage"}],
    "steps": [
        {"id": "s", "title": "Ask", "stage_id": "st"},
        {"id": "t", "title": "Pay", "stage_id": "st"},
    ],
    "ratings": [
        {
            "step_id": "s",
            "persona_id": "p",
            "goal": 4.5,
            "emotion": -1,
            "n": 90,
            "source": "survey",
            "note": "Q3 verbatims",
        },
        {"step_id": "t", "persona_id": "p", "ease": 2},
    ],
}


# -- migration ---------------------------------------------------------------------


def test_a_version_1_file_becomes_measurements_with_every_value_kept():
    j = loads_journey(json.dumps(V1))
    assert j.format_version == FORMAT_VERSION == 2
    kinds = [(m.step_id, m.measure.value, m.source.value, m.mean, m.n) for m in j.measurements]
    assert kinds == [
        ("s", "goal", "survey", 4.5, 90),
        ("s", "emotion", "survey", -1.0, 90),
        ("t", "ease", "estimate", 2.0, None),  # no source: an estimate, n unknown
    ]
    rating = j.rating("s", "p")
    assert (rating.goal, rating.ease, rating.emotion, rating.n) == (4.5, None, -1.0, 90)
    assert (rating.source, rating.note) == ("survey", "Q3 verbatims")
    written = json.loads(dumps_journey(j))
    assert written["format_version"] == 2 and "ratings" not in written
    assert loads_journey(dumps_journey(j)) == j


def test_a_version_1_rating_off_its_scale_is_reported_at_its_path():
    data = json.loads(json.dumps(V1))
    data["ratings"][1]["ease"] = 9
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(json.dumps(data))
    assert [str(p) for p in caught.value.problems] == ["ratings[1].ease: must be between 1 and 5"]


def test_a_version_2_file_is_refused_by_a_reader_of_version_1(monkeypatch):
    from journeymap.model import migrations

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 1)
    text = dumps_journey(journey(measurement()))
    with pytest.raises(JourneyFileError, match="reads versions up to 1; open it with a newer"):
        loads_journey(text)


def test_a_measurement_off_its_scale_or_with_counts_that_disagree_is_refused():
    with pytest.raises(ValueError, match="not on the emotion scale"):
        measurement("emotion", mean=3)
    with pytest.raises(ValueError, match="counts add up to 6, but n is 7"):
        measurement(n=7, counts=(1, 1, 1, 1, 2))
    with pytest.raises(ValueError, match="5 numbers"):
        measurement(counts=(1, 2))


# -- the derived rating ------------------------------------------------------------


def test_the_rating_is_the_n_weighted_mean_and_an_estimate_counts_as_one():
    j = journey(
        measurement(mean=4.0, n=90, label="November"),
        measurement(source="workshop", mean=2.0, n=10, label="3 Dec"),
        measurement(source="estimate", mean=1.0),
    )
    rating = j.rating("s", "p")
    assert rating.goal == pytest.approx((4 * 90 + 2 * 10 + 1) / 101)
    assert rating.n == 101 and rating.source is None


def test_an_excluded_measurement_is_kept_but_not_counted():
    j = journey(measurement(mean=4.0, n=90), measurement(source="workshop", mean=1.0, n=5))
    doc = JourneyDocument(j)
    key = j.measurements[1].key
    doc.apply(UpdateItem("measurements", key, {"excluded": True}))
    assert j.rating("s", "p").goal == 4.0
    assert j.find("measurements", key).excluded
    doc.apply(UpdateItem("measurements", j.measurements[0].key, {"excluded": True}))
    assert j.rating("s", "p") is None  # nothing counts: no rating, both kept
    assert len(j.measurements) == 2


def test_the_sources_that_count_are_chosen_per_journey_and_saved():
    j = journey(measurement(mean=4.0, n=90), measurement(source="workshop", mean=1.0, n=10))
    doc = JourneyDocument(j)
    change = doc.apply(UpdateJourney({"rating_sources": ("workshop",)}))
    assert j.rating("s", "p").goal == 1.0
    assert change.updated == {"ratings": {("s", "p")}}
    again = loads_journey(dumps_journey(j))
    assert again.rating_sources == (RatingSource.WORKSHOP,)
    assert again.rating("s", "p").goal == 1.0
    doc.apply(UpdateJourney({"rating_sources": tuple(RatingSource)}))
    assert j.rating("s", "p").goal == pytest.approx(3.7)


def test_pooling_gives_the_mean_and_spread_of_all_answers_taken_together():
    first = [5.0, 4.0, 4.0, 3.0, 5.0, 4.0]
    second = [2.0, 1.0, 3.0]
    a = measurement(mean=statistics.mean(first), n=6, sd=statistics.stdev(first))
    b = measurement(source="workshop", mean=2.0, n=3, counts=(1, 1, 1, 0, 0))
    pooled = pool([a, b])
    assert pooled.n == 9
    assert pooled.mean == pytest.approx(statistics.mean(first + second))
    assert pooled.sd == pytest.approx(statistics.stdev(first + second))
    # A part of several answers without a spread leaves the spread unknown.
    assert pool([a, measurement(source="interview", mean=3, n=4)]).sd is None


# -- edits ---------------------------------------------------------------------------


def test_typing_writes_the_chosen_source_and_never_another():
    survey = measurement(mean=2.0, n=120, label="November", sd=1.0)
    j = journey(survey)
    doc = JourneyDocument(j)
    doc.apply(SetRating("s", "p", {"goal": 5.0, "source": "workshop"}))
    assert j.find("measurements", survey.key) == survey
    assert j.find("measurements", ("s", "p", "goal", "workshop", "")).mean == 5.0
    assert j.rating("s", "p").goal == pytest.approx((240 + 5) / 121)


def test_an_estimate_takes_the_source_it_is_given_later():
    j = journey()
    doc = JourneyDocument(j)
    doc.apply(SetRating("s", "p", {"goal": 4.0}))
    doc.apply(SetRating("s", "p", {"n": 40}))
    doc.apply(SetRating("s", "p", {"source": "survey"}))
    doc.apply(SetRating("s", "p", {"note": "spring"}))
    assert [(m.source.value, m.n, m.note) for m in j.measurements] == [("survey", 40, "spring")]


def test_merge_replaces_the_same_key_adds_the_rest_and_leaves_the_journey_given():
    old = measurement(mean=2.0, n=50, label="November")
    j = journey(old, measurement("ease", source="workshop", mean=3.0, n=4))
    new = [
        old.model_copy(update={"mean": 3.0, "n": 60}),
        measurement("emotion", mean=1.0, n=60, label="November"),
    ]
    merged = merge_measurements(j, new)
    assert j.measurements[0] == old
    assert [m.mean for m in merged.measurements] == [3.0, 3.0, 1.0]
    assert merged.rating("s", "p").emotion == 1.0
    with pytest.raises(ValueError, match='unknown step "ghost"'):
        merge_measurements(j, [measurement(step_id="ghost")])


def test_removing_a_step_or_persona_removes_its_measurements_and_undo_brings_them_back():
    j = journey(
        measurement(n=5),
        measurement(step_id="t", n=5),
        measurement(persona_id="q", n=5),
    )
    before = j.copy_deep()
    doc = JourneyDocument(j)
    edit = CompositeEdit(
        [RemoveItems("steps", ["s"]), RemoveItems("personas", ["q"])], "Remove two"
    )
    change = doc.apply(edit)
    assert [(m.step_id, m.persona_id) for m in j.measurements] == [("t", "p")]
    assert change.removed["ratings"] == {("s", "p"), ("s", "q")}
    doc.revert(edit)
    assert j == before and j.rating("s", "q") is not None


def test_removing_a_rating_removes_its_measurements():
    j = journey(measurement(n=5), measurement("ease", source="workshop", n=3))
    JourneyDocument(j).apply(RemoveItems("ratings", [("s", "p")]))
    assert j.measurements == [] and j.ratings == []


def test_ratings_are_not_edited_directly_and_keys_do_not_change():
    j = journey(measurement(n=5))
    with pytest.raises(EditError, match="follow from their measurements"):
        UpdateItem("ratings", ("s", "p"), {"goal": 2})
    with pytest.raises(EditError, match="cannot be changed"):
        JourneyDocument(j).apply(
            UpdateItem("measurements", j.measurements[0].key, {"source": "interview"})
        )


def test_put_measurement_adds_then_replaces_and_undoes():
    j = journey()
    doc = JourneyDocument(j)
    first = PutMeasurement(measurement(source="workshop", label="3 Dec", n=2, mean=4.0))
    doc.apply(first)
    second = PutMeasurement(measurement(source="workshop", label="3 Dec", n=3, mean=3.0))
    doc.apply(second)
    assert [(m.mean, m.n) for m in j.measurements] == [(3.0, 3)]
    doc.revert(second)
    assert [(m.mean, m.n) for m in j.measurements] == [(4.0, 2)]
    doc.revert(first)
    assert j.measurements == [] and j.rating("s", "p") is None


def test_copy_and_paste_carry_a_steps_measurements():
    j = journey(measurement(n=5, label="Nov"), measurement("ease", source="workshop", n=3))
    payload = collect_items(j, [("steps", "s")])
    assert set(payload) == {"steps", "measurements"}
    result = paste_edits(j, payload, suffix=" (copy)")
    JourneyDocument(j).apply(CompositeEdit(result.edits, "Paste"))
    copy = next(s for s in j.steps if s.title == "Ask (copy)")
    assert len(j.measurements_of(copy.id, "p")) == 2
    assert j.rating(copy.id, "p") == j.rating("s", "p").model_copy(update={"step_id": copy.id})


def test_a_derived_rating_is_what_model_construct_makes():
    from journeymap.model import Rating

    j = journey(measurement(mean=4.0, n=9, note="verbatims"), measurement("ease", mean=2.5))
    derived = j.rating("s", "p")
    made = Rating.model_construct(
        step_id="s",
        persona_id="p",
        goal=4.0,
        ease=2.5,
        n=9,
        source=RatingSource.SURVEY,
        note="verbatims",
    )
    assert derived == made
    assert derived.model_dump() == made.model_dump()
    assert derived.model_fields_set == set(Rating.model_fields)
    assert derived.model_copy(update={"goal": 3.0}).goal == 3.0
