"""A persona's picture: chosen in the inspector (undoable), scaled and stored
as PNG or JPEG, drawn on the map legend's persona card, left out of the workbook."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from journeymap.canvas.picture import picture_from_file, picture_image
from journeymap.model import Persona
from journeymap.model.entities import PICTURE_SIDE, picture_bytes
from journeymap.model.fileformat import load_journey
from tests.ui.conftest import examples_folder

MAGENTA = QColor(255, 0, 255)


def image_file(tmp_path, width: int, height: int, alpha: bool = False, name: str = "p.png"):
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    image.fill(QColor(255, 0, 255, 128) if alpha else MAGENTA)
    path = tmp_path / name
    assert image.save(str(path))
    return str(path)


def test_a_chosen_file_is_scaled_down_and_stored_as_jpeg_or_png(qapp, tmp_path):
    opaque = picture_from_file(image_file(tmp_path, 1200, 600))
    mime, _ = picture_bytes(opaque)
    image = picture_image(opaque)
    assert mime == "image/jpeg"
    assert image is not None and (image.width(), image.height()) == (PICTURE_SIDE, 128)
    clear = picture_from_file(image_file(tmp_path, 100, 200, alpha=True, name="a.png"))
    image = picture_image(clear)
    assert picture_bytes(clear)[0] == "image/png"
    assert image is not None and (image.width(), image.height()) == (100, 200)  # not enlarged


def test_a_file_that_is_not_an_image_is_refused(qapp, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    try:
        picture_from_file(str(path))
    except ValueError as error:
        assert str(error)
    else:
        raise AssertionError("a text file was taken for a picture")


def test_inspector_chooses_and_removes_a_picture_undoably(qtbot, window, tmp_path):
    window.window_actions.add_persona.trigger()
    journey = window.document.journey
    box = window.inspector.panel.forms["personas"].widgets["picture"]
    assert not box.remove.isEnabled()
    assert box.choose_file(image_file(tmp_path, 600, 400))
    picture = journey.personas[0].picture
    assert picture_bytes(picture)[0] == "image/jpeg"
    assert box.uri == picture and box.remove.isEnabled()
    assert not box.thumb.pixmap().isNull()
    box.remove.click()
    assert journey.personas[0].picture == ""
    window.document.undo_stack.undo()
    assert journey.personas[0].picture == picture
    assert box.uri == picture
    window.document.undo_stack.undo()
    assert journey.personas[0].picture == ""
    bad = tmp_path / "x.png"
    bad.write_text("no")
    count = window.document.undo_stack.count()
    assert not box.choose_file(str(bad))
    assert window.document.undo_stack.count() == count
    assert not box.message.isHidden()


def _magenta_pixels(image: QImage) -> int:
    found = 0
    for y in range(0, min(image.height(), 600)):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.red() > 230 and c.green() < 30 and c.blue() > 230:
                found += 1
    return found


def _with_picture(tmp_path):
    journey = load_journey(examples_folder() / "broadband-support.journey.json")
    first = journey.personas[0]
    picture = picture_from_file(image_file(tmp_path, 300, 300))
    journey.personas[0] = Persona(**{**first.model_dump(), "picture": picture})
    return journey


def test_the_map_legend_shows_the_persona_picture(qapp, tmp_path):
    from journeymap.export.map_image import render_map

    plain = load_journey(examples_folder() / "broadband-support.journey.json")
    render_map(plain, tmp_path / "plain.png", dpi=96)
    render_map(_with_picture(tmp_path), tmp_path / "pictured.png", dpi=96)
    assert _magenta_pixels(QImage(str(tmp_path / "plain.png"))) == 0
    assert _magenta_pixels(QImage(str(tmp_path / "pictured.png"))) > 300


def test_the_workbook_leaves_the_picture_out(qapp, tmp_path):
    from journeymap.analysis.report import analyse
    from journeymap.export.excel_reader import read_workbook
    from journeymap.export.excel_writer import write_workbook

    journey = _with_picture(tmp_path)
    path = tmp_path / "j.xlsx"
    write_workbook(journey, path, analyse(journey))
    again = read_workbook(path)
    assert again.personas[0].picture == ""
    assert again.personas[0].model_copy(update={"picture": ""}) == again.personas[0]
    kept = journey.personas[0].model_copy(update={"picture": ""})
    assert again.personas[0] == kept
