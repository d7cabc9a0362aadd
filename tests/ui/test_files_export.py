"""File ▸ Export… and File ▸ Import… in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from journeymap.model import load_journey
from tests.export.svg_text import svg_shapes, svg_texts
from tests.ui.conftest import BROADBAND_EXAMPLE


def run_export(qtbot, window, fmt: str, path: Path, chart=None):
    window.window_actions.export.trigger()
    dialog = window.export_dialog
    assert dialog.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    if chart is not None:
        dialog.content.setCurrentIndex(dialog.content.findData(chart))
    dialog.path.setText(str(path))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # Map images are written at once (GUI thread); the rest in a worker thread.
    with qtbot.waitSignal(window.export_runner.finished, timeout=30000) as blocker:
        ok.click()
    window.export_runner.wait()
    return blocker.args[0]


def test_export_menu_entries_exist(window):
    assert window.window_actions.export.isVisible()
    assert window.window_actions.import_.isVisible()
    assert window.window_actions.export in window.menus["file"].actions()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "mmd"])
def test_export_writes_the_file_and_says_where(qtbot, example, dialogs, tmp_path, fmt):
    out = tmp_path / f"support.{fmt}"
    assert run_export(qtbot, example, fmt, out) == str(out)
    assert out.exists() and out.stat().st_size > 0
    ((_title, text),) = dialogs.named("information")
    assert str(out) in text
    # Mermaid keeps little of a journey, and the message says so; the others keep all.
    assert ("everything else is left out" in text) == (fmt == "mmd")


def test_export_a_chart(qtbot, example, tmp_path):
    """The dialog's chart choice reaches the chart: its title, the personas of
    the journey in the legend and its first step on the axis."""
    out = tmp_path / "emotion.svg"
    run_export(qtbot, example, "svg", out, chart="emotion")
    journey = example.document.journey
    texts = svg_texts(out)
    said = " ".join(texts)  # a wrapped title or label is one text element a line
    assert f"{journey.title}: emotion at every rated step" in said
    assert {p.name for p in journey.personas} <= set(texts)
    assert journey.ordered_steps()[0].title in said
    assert svg_shapes(out) > 20  # curves and markers are drawn, not only words


def test_dialog_enables_only_what_the_format_uses(example):
    example.window_actions.export.trigger()
    dialog = example.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert not dialog.content.isEnabled()
    assert not dialog.pages.isEnabled()
    assert dialog.path.text().endswith(".xlsx")
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.content.isEnabled() and dialog.pages.isEnabled()
    dialog.reject()


def test_failed_export_is_reported(qtbot, example, dialogs, tmp_path):
    example.window_actions.export.trigger()
    dialog = example.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x.csv"))
    with qtbot.waitSignal(example.export_runner.failed, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    example.export_runner.wait()
    ((_title, text, _details),) = dialogs.named("error")
    assert "no-such-folder" in text
    assert example.document.journey == load_journey(BROADBAND_EXAMPLE)


def test_import_mermaid_opens_a_new_unsaved_journey_and_says_what_is_lost(
    window, dialogs, tmp_path
):
    source = tmp_path / "trip.mmd"
    source.write_text(
        "journey\n  title Test drive\n  section Visit\n    Book a drive: 4: Buyer\n"
        "    Car washed meanwhile: 5: Buyer\n",
        encoding="utf-8",
    )
    dialogs.open_answer = str(source)
    window.window_actions.import_.trigger()
    journey = window.document.journey
    assert journey.title == "Test drive"
    assert [s.title for s in journey.steps] == ["Book a drive", "Car washed meanwhile"]
    assert window.document.path is None
    assert window.isWindowModified()
    ((title, text),) = dialogs.named("information")
    assert "Mermaid" in title and "channels" in text


def test_import_broken_workbook_keeps_the_journey(example, dialogs, tmp_path):
    before = example.document.journey.copy_deep()
    source = tmp_path / "broken.xlsx"
    source.write_bytes(b"not a zip file")
    dialogs.open_answer = str(source)
    example.window_actions.import_.trigger()
    ((_title, text, _details),) = dialogs.named("error")
    assert "broken.xlsx" in text
    assert example.document.journey == before


def test_export_the_map_as_png(qtbot, example, dialogs, tmp_path):
    out = tmp_path / "map.png"
    assert run_export(qtbot, example, "png", out) == str(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Export finished" in dialogs.named("information")[0][0]


def test_export_the_summary_in_another_language(qtbot, example, tmp_path):
    """The dialog's Content offers the one-page summary, and Language overrides
    the journey's own: a Finnish summary of an English journey."""
    from pypdf import PdfReader

    window = example
    window.window_actions.export.trigger()
    dialog = window.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.content.setCurrentIndex(dialog.content.findData("summary"))
    assert not dialog.pages.isEnabled()  # one page, never tiled
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    assert dialog.options()["summary"] and dialog.options()["chart"] is None
    out = tmp_path / "summary.pdf"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(window.export_runner.finished, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window.export_runner.wait()
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert window.document.journey.title.split()[0] in text
    assert "asiakas" in text.lower()  # written in Finnish
