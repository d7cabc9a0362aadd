"""The roadmap page and the comparison page in the journey's language."""

from __future__ import annotations

from journeymap.analysis.compare import compare_journeys
from journeymap.export.api import export_journey
from journeymap.export.compare_page import save_comparison_page
from journeymap.model import UpdateJourney
from tests.analysis.compare_cases import as_is, to_be
from tests.export.svg_text import svg_texts


def _roadmap(journey, tmp_path, lang):
    path = tmp_path / f"roadmap-{lang}.svg"
    export_journey(journey, path, "svg", chart="roadmap", lang=lang)
    return svg_texts(path)


def test_finnish_roadmap_page_writes_finnish_words(broadband, tmp_path):
    texts = _roadmap(broadband, tmp_path, "fi")
    joined = " ".join(texts)
    assert any(t.startswith("Tiekartta — ") for t in texts)
    assert "Vaikutus × työmäärä" in texts
    assert any(t.startswith("Idea · ") for t in texts)
    assert any(t.startswith("Suunniteltu · ") for t in texts)
    assert "Roadmap" not in joined and "Planned" not in joined and "quick wins" not in joined


def test_english_roadmap_page_stays_english(broadband, tmp_path):
    texts = _roadmap(broadband, tmp_path, "en")
    assert any(t.startswith("Roadmap — ") for t in texts)
    assert "Impact × effort" in texts and "quick wins" in texts
    assert "Tiekartta" not in " ".join(texts)


def _finnish(journey):
    UpdateJourney({"language": "fi"}).apply(journey)
    assert journey.language == "fi"
    return journey


def _page(before, after, tmp_path, name):
    path = tmp_path / name
    save_comparison_page(compare_journeys(before, after), path)
    return svg_texts(path)


def test_comparison_page_speaks_the_after_journeys_language(tmp_path):
    texts = _page(as_is(), _finnish(to_be()), tmp_path, "fi.svg")
    joined = " ".join(texts)
    assert "Koko asiakaspolku" in texts
    assert "Ennen" in texts and "Jälkeen" in texts and "Muutos" in texts
    assert any(t.startswith("Ennen: ") for t in texts)
    assert "%-yks." in joined and " pp" not in joined
    assert "The whole journey" not in joined and "Customers" not in joined
    rates = [t for t in texts if t.endswith(" %")]
    assert rates and any("," in t for t in rates)  # decimal comma


def test_comparison_page_stays_english_for_an_english_after_journey(tmp_path):
    texts = _page(_finnish(as_is()), to_be(), tmp_path, "en.svg")
    joined = " ".join(texts)
    assert "The whole journey" in texts and "Customers" in texts
    assert "Koko asiakaspolku" not in joined
