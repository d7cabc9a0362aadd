"""The CSV of steps and ratings: one row per step and persona, formula-safe, UTF-8."""

from __future__ import annotations

import csv
import io

import pytest

from journeymap.export.api import export_journey
from journeymap.export.csv_export import COLUMNS
from journeymap.export.safety import restore
from journeymap.model import Journey, Persona, Rating, Stage, Step


def _read(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "written with a byte-order mark for Excel"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_every_example_flattens_steps_and_ratings(example, tmp_path):
    path = tmp_path / "out.csv"
    export_journey(example, path, "csv")
    rows = _read(path)
    assert list(rows[0]) == list(COLUMNS)
    unrated = [s for s in example.steps if not any(r.step_id == s.id for r in example.ratings)]
    rated_pairs = {r.key for r in example.ratings if example.has("personas", r.persona_id)}
    assert len(rows) == len(rated_pairs) + len(unrated)
    order = [s.id for s in example.ordered_steps()]
    seen = list(dict.fromkeys(row["step_id"] for row in rows))
    assert seen == order
    for row in rows:
        if row["persona_id"]:
            rating = example.rating(row["step_id"], row["persona_id"])
            for field in ("goal", "ease", "emotion"):
                value = getattr(rating, field)
                assert (float(row[field]) if row[field] else None) == value


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "'q"]
)
def test_hostile_text_is_neutralised_and_restorable(tmp_path, text):
    journey = Journey(
        personas=[Persona(id="p", name=text)],
        stages=[Stage(id="s", name=text)],
        steps=[Step(id="a", title=text, stage_id="s", owner=text)],
        ratings=[Rating(step_id="a", persona_id="p", emotion=-1, note=text)],
    )
    path = tmp_path / "hostile.csv"
    export_journey(journey, path, "csv")
    (row,) = _read(path)
    for field in ("stage", "step", "owner", "persona", "note"):
        assert row[field].startswith("'")
        assert restore(row[field]) == text
    assert row["emotion"] == "-1", "numbers are numbers, not neutralised text"
