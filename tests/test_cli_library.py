"""``journeymap library`` and ``journeymap analyze --follow-links``."""

from __future__ import annotations

import json

import pytest

from journeymap.cli import main
from journeymap.library.shared import SharedLibrary, save_shared
from journeymap.model import Persona
from tests.library.helpers import funnel, write


def _folder(tmp_path):
    write(tmp_path, "order.journey.json", funnel("Order", link="pay/card.journey.json"))
    write(tmp_path, "pay/card.journey.json", funnel("Card payment", completed=400))
    (tmp_path / "broken.journey.json").write_text('{"format_version": 99}', "utf-8")
    return tmp_path


def test_library_json_lists_journeys_and_broken_files(tmp_path, capsys):
    assert main(["library", str(_folder(tmp_path)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    journeys = {j["path"]: j for j in data["journeys"]}
    assert set(journeys) == {"order.journey.json", "pay/card.journey.json"}
    order = journeys["order.journey.json"]
    assert (order["title"], order["steps"], order["personas"]) == ("Order", 3, ["Anna"])
    assert order["worst_pain_points"][0]["step"] == "mid"
    assert order["sub_journeys"] == [{"step": "mid", "link": "pay/card.journey.json"}]
    assert order["last_change"] and order["change_source"] in {"git", "file"}
    assert [b["path"] for b in data["broken"]] == ["broken.journey.json"]
    assert "newer" in data["broken"][0]["problems"][0]


def test_library_text_report_names_each_journey_and_the_broken_file(tmp_path, capsys):
    assert main(["library", str(_folder(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "2 journeys, 1 broken file" in out
    assert "Card payment  (pay/card.journey.json)" in out
    assert "broken.journey.json:" in out


def test_library_search(tmp_path, capsys):
    assert main(["library", str(_folder(tmp_path)), "--search", "card", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert {(h["path"], h["kind"]) for h in hits} >= {
        ("pay/card.journey.json", "title"),
        ("order.journey.json", "note"),
    }


def test_library_reports_stale_shared_copies(tmp_path, capsys):
    journey = funnel()
    journey.personas[0] = journey.personas[0].model_copy(
        update={"shared_source": "library.json#anna"}
    )
    write(tmp_path, "a.journey.json", journey)
    save_shared(
        SharedLibrary(personas=[Persona(id="anna", name="Anna", role="owner")]),
        tmp_path / "library.json",
    )
    assert main(["library", str(tmp_path), "--json"]) == 0
    shared = json.loads(capsys.readouterr().out)["journeys"][0]["shared"]
    assert shared["stale"] == [{"collection": "personas", "id": "anna"}]


def test_not_a_folder_is_exit_1(tmp_path, capsys):
    assert main(["library", str(tmp_path / "nope")]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_analyze_follow_links_takes_the_drop_off_from_the_sub_journey(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["analyze", str(folder / "order.journey.json"), "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(folder / "order.journey.json"), "--json", "--follow-links"]) == 0
    captured = capsys.readouterr()
    followed = json.loads(captured.out)
    assert "conversion 40.0%" in captured.err

    def mid(data):
        return next(s for s in data["steps"] if s["id"] == "mid")

    assert mid(plain)["dropped"] is None
    assert mid(followed)["dropped"] == pytest.approx(600)
    assert followed["sub_journeys"][0]["applied"] is True
