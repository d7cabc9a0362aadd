"""The map's word wrap measures a growing line in pieces; its lines must be
those of measuring every candidate line whole."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journeymap.canvas import paint
from journeymap.canvas.style import MapStyle
from journeymap.model import load_journey

EXAMPLES = sorted((Path(__file__).parents[2] / "journeymap/examples").glob("*.journey.json"))


def _reference(text: str, font_key: str, width: float, max_lines: int) -> tuple[str, ...]:
    """The wrap measuring every candidate line whole (the specification).

    It restates the wrap as it was before it measured in pieces, on purpose:
    an oracle built from the helpers it checks would agree with their bugs."""
    if not text:
        return ()
    fm = paint._metrics(font_key)
    lines: list[str] = []
    current = ""
    words = text.split(" ")
    for n, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while fm.horizontalAdvance(current) > width and len(lines) < max_lines - 1:
            cut = len(current) - 1
            while cut > 1 and fm.horizontalAdvance(current[:cut]) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
        if len(lines) >= max_lines:
            rest = " ".join(words[n:])
            lines[-1] = fm.elidedText(lines[-1] + " " + rest, Qt.TextElideMode.ElideRight, width)
            return tuple(lines[:max_lines])
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            fm.elidedText(last + " …", Qt.TextElideMode.ElideRight, width),
        ]
    return tuple(
        fm.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if fm.horizontalAdvance(line) > width
        else line
        for line in lines
    )


def _texts() -> list[str]:
    texts = []
    for journey in map(load_journey, EXAMPLES):
        for step in journey.steps:
            texts += [step.title, step.doing, step.thinking, step.feeling, step.backstage]
        texts += [o.title for o in journey.opportunities]
    return [" ".join(t.split()) for t in texts if t]


@pytest.fixture
def fonts(qapp):
    style = MapStyle.light()
    fonts = [style.body_font, style.italic_font, style.small_font, style.small_bold_font]
    return [f.toString() for f in [*fonts, style.title_font]]


def test_the_examples_wrap_as_measured_whole(fonts):
    texts = _texts()
    assert len(texts) > 100
    for key in fonts:
        for width, most in ((184.0, 4), (184.0, 12), (162.0, 1), (120.0, 2), (60.0, 3)):
            for text in texts:
                assert paint._wrap.__wrapped__(text, key, width, most) == _reference(
                    text, key, width, most
                ), (text, key, width, most)


def test_random_texts_wrap_as_measured_whole(fonts):
    rng = random.Random(14)
    words = sorted({w for t in _texts() for w in t.split(" ")})
    words += ["Ävä", "öljyä", "WAVE", "To", "Ty", "ffi", "—", "“quote”", "x" * 40, "1,5", "AV"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        key, width, most = rng.choice(fonts), rng.uniform(30, 300), rng.randint(1, 8)
        assert paint._wrap.__wrapped__(text, key, width, most) == _reference(
            text, key, width, most
        ), (text, key, width, most)
