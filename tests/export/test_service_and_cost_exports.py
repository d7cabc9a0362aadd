"""Service levels and time and cost in the workbook and the CSV."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from journeymap.analysis.report import analyse
from journeymap.export.api import export_journey, import_journey
from journeymap.export.csv_export import csv_text
from journeymap.model import ServiceLevel


def _export(journey, tmp_path):
    path = tmp_path / "out.xlsx"
    export_journey(journey, path, "xlsx")
    return path


def test_service_levels_of_steps_and_channels_read_back(broadband, tmp_path):
    path = _export(broadband, tmp_path)
    back = import_journey(path)
    assert back.find("channels", "ch-email").service_level == ServiceLevel.REACTIVE
    assert back.find("steps", "survey").service_level == ServiceLevel.PROACTIVE
    assert back.find("steps", "email").service_level is None  # takes its channel's
    assert back == broadband


def test_a_service_level_typed_in_the_workbook_is_read(broadband, tmp_path):
    path = _export(broadband, tmp_path)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Steps"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "email")
    ws.cell(row, header.index("Service level") + 1, "Proactive")
    workbook.save(path)
    assert import_journey(path).find("steps", "email").service_level == ServiceLevel.PROACTIVE


def test_time_and_cost_sheet_matches_the_analysis(broadband, tmp_path):
    path = _export(broadband, tmp_path)
    cost = analyse(broadband).cost
    assert cost is not None
    ws = openpyxl.load_workbook(path)["Time and cost"]
    header = [c.value for c in ws[1]]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    survey = rows["survey"]
    assert survey[header.index("Drop-off cost (€)")] == pytest.approx(
        cost.steps["survey"].drop_off_euros
    )
    labels = {r[1]: r[3] for r in ws.iter_rows(min_row=2, values_only=True) if r[1]}
    assert labels["Cost (€) per customer who enters"] == pytest.approx(
        cost.totals.euros_per_entrant
    )
    steps = openpyxl.load_workbook(path)["Steps"]
    step_header = [c.value for c in steps[1]]
    first = {h: c.value for h, c in zip(step_header, steps[2], strict=True)}
    assert first["Cost so far (€)"] == pytest.approx(cost.steps[first["ID"]].spent_euros)


def test_service_levels_sheet_counts_each_stage(broadband, tmp_path):
    ws = openpyxl.load_workbook(_export(broadband, tmp_path))["Service levels"]
    header = [c.value for c in ws[1]]
    ask = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "st-ask")
    assert ask[header.index("Reactive")] == 6
    assert ask[header.index("Summary")] == '6 of 8 touchpoints in "Ask for help" are reactive'


def test_csv_carries_the_effective_service_level(broadband):
    rows = list(csv.DictReader(io.StringIO(csv_text(broadband))))
    levels = {r["step_id"]: r["service_level"] for r in rows}
    assert levels["email"] == "reactive"  # from its channel
    assert levels["survey"] == "proactive"  # its own
    assert levels["stays"] == ""
