"""The roadmap's PDF page (``--chart roadmap``) and its workbook sheet."""

from __future__ import annotations

import pytest

from journeymap.analysis.report import analyse
from journeymap.analysis.roadmap import build_roadmap
from journeymap.export.api import export_journey
from journeymap.model import Journey, JourneyDocument, UpdateItem


def test_pdf_page_names_the_journey_every_status_and_every_card(broadband, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "roadmap.pdf"
    export_journey(broadband, path, "pdf", chart="roadmap")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = " ".join(page.extract_text().split())
    assert broadband.title in text
    for status in ("Idea", "Planned", "In progress", "Done", "Dropped"):
        assert status in text
    roadmap = build_roadmap(broadband, analyse(broadband).pain_points)
    for rank, card in enumerate(roadmap.cards, start=1):
        assert f"#{rank}" in text
        assert card.title.split()[0] in text


def test_pdf_page_marks_a_priority_set_by_hand_and_lists_unrated_cards(broadband, tmp_path):
    from pypdf import PdfReader

    doc = JourneyDocument(broadband.copy_deep())
    first = doc.journey.opportunities[0]
    doc.apply(UpdateItem("opportunities", first.id, {"priority": 97, "effort": None}))
    path = tmp_path / "roadmap.pdf"
    export_journey(doc.journey, path, "pdf", chart="roadmap")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "97*" in text
    assert "Not in the matrix" in text


def test_roadmap_of_a_journey_without_opportunities_is_an_empty_board(tmp_path):
    path = tmp_path / "empty.svg"
    export_journey(Journey(title="Nothing planned"), path, "svg", chart="roadmap")
    text = path.read_text(encoding="utf-8")
    assert "Nothing planned" in text and "Idea · 0" in text


def test_workbook_has_a_roadmap_sheet_in_priority_order_and_still_imports(broadband, tmp_path):
    from openpyxl import load_workbook

    from journeymap.export.api import import_journey

    path = tmp_path / "journey.xlsx"
    export_journey(broadband, path, "xlsx")
    workbook = load_workbook(path, read_only=True)
    names = workbook.sheetnames
    assert names.index("Roadmap") == names.index("Opportunities") + 1
    rows = list(workbook["Roadmap"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:6] == ("Rank", "Priority", "Set by hand", "Computed priority",
                          "Opportunity ID", "Title")  # fmt: skip
    assert len(body) == len(broadband.opportunities)
    priorities = [row[1] for row in body]
    assert priorities == sorted(priorities, reverse=True)
    roadmap = build_roadmap(broadband, analyse(broadband).pain_points)
    assert [row[4] for row in body] == [c.opportunity_id for c in roadmap.cards]
    workbook.close()
    assert import_journey(path) == broadband


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_roadmap_page_as_an_image(broadband, tmp_path, fmt):
    path = tmp_path / f"roadmap.{fmt}"
    export_journey(broadband, path, fmt, chart="roadmap", dpi=40)
    assert path.stat().st_size > 1000


def test_roadmap_sheet_names_the_maturity_areas_of_each_opportunity(broadband, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "journey.xlsx"
    export_journey(broadband, path, "xlsx")
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook["Roadmap"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    column = header.index("CX maturity areas")
    assert column == header.index("Steps") + 1
    areas = {row[header.index("Opportunity ID")]: row[column] for row in body}
    workbook.close()
    for opportunity in broadband.opportunities:
        if not opportunity.areas:
            assert areas[opportunity.id] is None
    tagged = next(o for o in broadband.opportunities if len(o.areas) == 2)
    assert areas[tagged.id] is not None and "; " in areas[tagged.id]
    assert "Delivery" in areas[tagged.id]


def test_roadmap_page_tags_cards_with_their_areas_and_names_the_tags(broadband, tmp_path):
    from tests.export.svg_text import svg_texts

    path = tmp_path / "roadmap.svg"
    export_journey(broadband, path, "svg", chart="roadmap")
    texts = svg_texts(path)
    assert "DL CU" not in texts  # in the areas' order
    assert "CU DL" in texts and "DE" in texts and "CL" in texts
    start = next(i for i, t in enumerate(texts) if t.startswith("CX maturity areas the cards"))
    key = " ".join(texts[start : start + 3])
    for name in ("CU Customer understanding", "DL Delivery", "ME Measurement", "CL Culture"):
        assert name in key
    assert "PR Prioritisation" not in key  # no card improves it

    bare = Journey(title="No areas")
    export_journey(bare, tmp_path / "bare.svg", "svg", chart="roadmap")
    assert not any("CX maturity areas" in t for t in svg_texts(tmp_path / "bare.svg"))
