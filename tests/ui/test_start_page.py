"""The start page: examples as title and description, usable by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.ui.files.start_page import DETAIL_ROLE, StartPage, example_paths


def test_examples_show_title_and_description_and_open_with_enter(qtbot):
    page = StartPage()
    qtbot.addWidget(page)
    page.show()
    first = page.examples.item(0)
    assert first.text() and "\n" not in first.text()
    assert first.data(DETAIL_ROLE)
    assert page.examples.currentRow() == 0
    page.examples.setFocus()
    qtbot.keyClick(page.examples, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.example_requested) as opened:
        qtbot.keyClick(page.examples, Qt.Key.Key_Return)
    assert opened.args == [str(example_paths()[1])]


def test_recent_files_name_the_file_and_its_folder(qtbot, tmp_path):
    page = StartPage()
    qtbot.addWidget(page)
    path = tmp_path / "a.journey.json"
    path.write_text("{}")
    page.set_recent([str(path)])
    row = page.recent.item(0)
    assert row.text() == "a.journey.json"
    assert row.data(DETAIL_ROLE) == str(tmp_path)
    page.set_recent([])
    assert not page.recent.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_examples_are_read_when_the_page_is_first_shown_not_before(qtbot):
    page = StartPage()
    qtbot.addWidget(page)
    assert page.examples.count() == 0  # a window opened on a file never reads them
    page.show()
    assert page.examples.count() == len(example_paths())
    page.hide()
    page.show()
    assert page.examples.count() == len(example_paths())  # listed once, not again
