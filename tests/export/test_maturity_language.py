"""The CX maturity radar, the report sheets of time and cost, service levels,
CX maturity and comments, and the Roadmap sheet in the export's language."""

from __future__ import annotations

import openpyxl

from journeymap.export.api import export_journey, import_journey
from tests.export.svg_text import svg_texts

FINNISH_SHEETS = ("Aika ja kustannus", "Palvelutasot", "Asiakaskokemuksen kypsyys", "Kommentit")
ENGLISH_SHEETS = ("Time and cost", "Service levels", "CX maturity", "Comments")


def _radar(journey, tmp_path, lang):
    path = tmp_path / f"radar-{lang}.svg"
    export_journey(journey, path, "svg", chart="maturity", lang=lang)
    return " ".join(svg_texts(path)) or path.read_text(encoding="utf-8")


def test_finnish_radar_names_areas_legend_and_title_in_finnish(broadband, tmp_path):
    text = _radar(broadband, tmp_path, "fi")
    assert "Asiakasymmärrys" in text and "Kulttuuri" in text
    assert "nykytaso (keskiarvo)" in text and "tavoite (keskiarvo)" in text
    assert "Asiakaskokemuksen kypsyys, 4 arviota" in text
    assert "ero " in text and "gap " not in text
    assert "Customer understanding" not in text and "current (mean)" not in text


def test_finnish_radar_writes_gaps_with_a_decimal_comma(broadband, tmp_path):
    from journeymap.analysis.maturity import maturity_summary

    gaps = [a.gap for a in maturity_summary(broadband).areas if a.gap is not None]
    fractional = [g for g in gaps if round(g, 1) != round(g)]
    assert fractional, "the example has a gap with a decimal"
    text = _radar(broadband, tmp_path, "fi")
    shown = f"{fractional[0]:+.1f}".replace(".", ",").replace("-", "\u2212")
    assert f"ero {shown}" in text
    english = _radar(broadband, tmp_path, "en")
    assert f"gap {fractional[0]:+.1f}".replace("-", "\u2212") in english
    assert "Customer understanding" in english and "Asiakasymmärrys" not in english


def test_finnish_workbook_names_the_report_sheets_in_finnish_and_imports_back(broadband, tmp_path):
    path = tmp_path / "fi.xlsx"
    export_journey(broadband, path, "xlsx", lang="fi")
    workbook = openpyxl.load_workbook(path)
    for name in FINNISH_SHEETS:
        assert name in workbook.sheetnames
    for name in ENGLISH_SHEETS:
        assert name not in workbook.sheetnames
    maturity = [c.value for c in workbook["Asiakaskokemuksen kypsyys"][1]]
    assert maturity[:3] == ["Alue", "Nykytaso", "Tavoite"]
    areas = [
        r[0]
        for r in workbook["Asiakaskokemuksen kypsyys"].iter_rows(
            min_row=2, max_row=7, values_only=True
        )
    ]
    assert "Asiakasymmärrys" in areas
    cost = [c.value for c in workbook["Aika ja kustannus"][1]]
    assert cost[0] == "Kosketuspisteen ID" and "Asiakasmäärä" in cost
    levels = [c.value for c in workbook["Palvelutasot"][1]]
    assert "Reaktiivinen" in levels and "Reactive" not in levels
    summaries = [r[-1] for r in workbook["Palvelutasot"].iter_rows(min_row=2, values_only=True)]
    assert any(s and "kosketuspiste" in s for s in summaries)
    assert [c.value for c in workbook["Kommentit"][1]][:3] == [
        "Kommentin tunnus",
        "Kohde",
        "Kirjoittaja",
    ]
    roadmap = [c.value for c in workbook["Tiekartta"][1]]
    assert roadmap[:2] == ["Sija", "Prioriteetti"]
    areas_column = roadmap.index("Asiakaskokemuksen kypsyyden alueet")
    areas_shown = {
        r[areas_column] for r in workbook["Tiekartta"].iter_rows(min_row=2, values_only=True)
    }
    assert "Toteutus; Asiakasymmärrys" not in areas_shown  # in the areas' order
    assert "Asiakasymmärrys; Toteutus" in areas_shown
    assert import_journey(path) == broadband


def test_english_workbook_keeps_english_report_sheets(broadband, tmp_path):
    path = tmp_path / "en.xlsx"
    export_journey(broadband, path, "xlsx", lang="en")
    workbook = openpyxl.load_workbook(path)
    for name in ENGLISH_SHEETS:
        assert name in workbook.sheetnames
    assert [c.value for c in workbook["CX maturity"][1]][:3] == ["Area", "Current", "Target"]
