"""A persona's picture: a PNG or JPEG ``data:`` URI, checked where it enters,
kept by the journey file."""

from __future__ import annotations

import base64

import pytest
from pydantic import ValidationError

from journeymap.model import Journey, Persona
from journeymap.model.entities import MAX_PICTURE_BYTES, picture_bytes, picture_uri
from journeymap.model.fileformat import load_journey, save_journey

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 20


def test_png_and_jpeg_pictures_are_kept_by_the_file(tmp_path):
    png, jpeg = picture_uri(PNG, "image/png"), picture_uri(JPEG, "image/jpeg")
    journey = Journey(
        personas=[Persona(id="a", name="A", picture=png), Persona(id="b", name="B", picture=jpeg)]
    )
    path = tmp_path / "j.journey.json"
    save_journey(journey, path)
    again = load_journey(path)
    assert [p.picture for p in again.personas] == [png, jpeg]
    assert picture_bytes(again.personas[1].picture) == ("image/jpeg", JPEG)
    assert Persona(id="c", name="C").picture == ""


@pytest.mark.parametrize(
    ("picture", "message"),
    [
        ("data:image/gif;base64,R0lGODlh", "PNG or JPEG"),
        ("https://example.org/anna.png", "PNG or JPEG"),
        ("data:image/png," + "iVBORw0KGgo=", "PNG or JPEG"),
        ("data:image/png;base64,iVBOR!!w0KGgo=", "does not decode"),
        ("data:image/png;base64," + base64.b64encode(JPEG).decode(), "not a PNG image"),
        (
            picture_uri(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_PICTURE_BYTES, "image/png"),
            "larger than 512 KB",
        ),
    ],
)
def test_a_wrong_picture_is_refused_with_a_clear_message(picture, message):
    with pytest.raises(ValidationError, match=message):
        Persona(id="a", name="A", picture=picture)


def test_a_picture_of_exactly_the_limit_is_accepted():
    data = b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_PICTURE_BYTES - 8)
    assert Persona(id="a", name="A", picture=picture_uri(data, "image/png")).picture
