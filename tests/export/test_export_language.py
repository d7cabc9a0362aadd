"""Exports in the journey's language, and charts of the whole journey."""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pytest

from journeymap.analysis.report import analyse
from journeymap.cli import main
from journeymap.export.api import export_journey, import_journey
from journeymap.export.charts import emotion_figure, stage_flows
from journeymap.export.excel_layout import DATA_SHEETS
from journeymap.export.words import words_for
from journeymap.model import load_journey

EXAMPLES = Path(__file__).parents[2] / "journeymap" / "examples"
TAX = EXAMPLES / "verotus-ilmoitus.journey.json"


@pytest.fixture
def tax():
    return load_journey(TAX)


def test_finnish_workbook_names_sheets_and_headers_in_finnish_and_imports_back(tax, tmp_path):
    assert tax.language.startswith("fi")
    path = tmp_path / "fi.xlsx"
    export_journey(tax, path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    fi = words_for("fi")
    assert "Vaiheet" in workbook.sheetnames and "Stages" not in workbook.sheetnames
    for spec in DATA_SHEETS:
        headers = [c.value for c in workbook[fi(spec.name)][1]]
        assert headers == [fi(c.header) for c in spec.columns]
    assert workbook["Yleiskuva"]["A1"].value == "Otsikko"
    assert import_journey(path) == tax


def test_lang_overrides_the_journeys_language(tax, tmp_path):
    path = tmp_path / "en.xlsx"
    export_journey(tax, path, "xlsx", lang="en")
    assert "Stages" in openpyxl.load_workbook(path).sheetnames
    assert import_journey(path) == tax


def test_finnish_report_texts_use_a_decimal_comma(tax, tmp_path):
    path = tmp_path / "fi.xlsx"
    export_journey(tax, path, "xlsx")
    ws = openpyxl.load_workbook(path)["Kipupisteet"]
    reasons = " ".join(str(row[8].value) for row in ws.iter_rows(min_row=2))
    assert "tunne −1,5" in reasons and "−1.5" not in reasons
    severities = {str(row[1].value).split()[-1] for row in ws.iter_rows(min_row=2)}
    assert severities <= {"kriittinen", "merkittävä", "vähäinen"}
    assert any(r.dxf.fill is not None for cf in ws.conditional_formatting for r in cf.rules)


def test_finnish_chart_speaks_finnish(tax, tmp_path):
    path = tmp_path / "funnel.svg"
    export_journey(tax, path, "svg", chart="funnel")
    svg = path.read_text(encoding="utf-8")
    assert "saapuu" in svg and "arrive" not in svg
    assert "18,6 %" in svg  # a decimal comma


def test_emotion_chart_has_every_rated_step_in_stage_order(tax):
    analysis = analyse(tax)
    figure = emotion_figure(tax, analysis)
    ax = figure.axes[0]
    rated = [s.id for s in tax.ordered_steps() if any(r.step_id == s.id for r in tax.ratings)]
    assert len(rated) > len(analysis.summary.main_path)
    assert len(ax.get_xticks()) == len(rated)
    # a persona's line has a gap (NaN) where the persona gave no emotion
    lines = {line.get_label(): line for line in ax.get_lines()}
    for persona in tax.personas:
        ys = list(lines[persona.name].get_ydata())
        for x, sid in enumerate(rated):
            rating = tax.rating(sid, persona.id)
            missing = rating is None or rating.emotion is None
            assert math.isnan(ys[x]) == missing


def test_funnel_says_where_customers_join(tax):
    flows = stage_flows(tax, analyse(tax))
    assert flows[0].arrived == pytest.approx(10_000)
    returning = [f for f in flows if f.returned > 0]
    assert returning, "the tax example has customers coming back to an earlier stage"
    for f in flows:
        assert f.arrived is not None
        assert f.go_on + f.finish + f.lost == pytest.approx(f.arrived, rel=0.05)


def test_sankey_draws_flows_and_losses(tax, tmp_path):
    from journeymap.export.chart_sankey import sankey_figure

    figure = sankey_figure(tax, analyse(tax))
    ax = figure.axes[0]
    losing = sum(1 for f in analyse(tax).flow.steps.values() if f.loses_customers)
    drops = [t for t in ax.texts if t.get_text().startswith("−")]
    assert len(drops) == losing
    path = tmp_path / "sankey.png"
    assert main(["export", str(TAX), "-o", str(path), "--chart", "sankey", "--dpi", "40"]) == 0
    assert path.stat().st_size > 10_000


def test_summary_is_one_a4_landscape_page(tax, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "summary.pdf"
    assert main(["export", str(TAX), "-o", str(path), "--summary"]) == 0
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = reader.pages[0].extract_text()
    assert "Viisi pahinta kipupistettä" in text
    assert "Parannusideat" in text
    png = tmp_path / "summary.png"
    assert main(["export", str(TAX), "-o", str(png), "--summary", "--lang", "en"]) == 0
    assert png.stat().st_size > 10_000


def test_summary_needs_an_image_format(tmp_path, capsys):
    assert main(["export", str(TAX), "-o", str(tmp_path / "x.xlsx"), "--summary"]) == 2
    assert "--summary" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_map_image_speaks_the_chosen_language(tax, tmp_path):
    fi, en = tmp_path / "fi.svg", tmp_path / "en.svg"
    export_journey(tax, fi, "svg")
    export_journey(tax, en, "svg", lang="en")
    fi_text, en_text = fi.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
    assert "Kosketuspisteet" in fi_text and "Touchpoints" not in fi_text
    assert "Touchpoints" in en_text and "Kosketuspisteet" not in en_text
