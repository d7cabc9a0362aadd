"""Persona colours stay apart from the severity colours, also for readers with a
colour-vision deficiency (simulated with colorspacious, CAM02-UCS distances)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from journeymap import palette

colorspacious = pytest.importorskip("colorspacious")

DEFICIENCIES = (None, "deuteranomaly", "protanomaly", "tritanomaly")


def _seen(colour: str, deficiency: str | None) -> np.ndarray:
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    if deficiency is None:
        return rgb
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(colorspacious.cspace_convert(rgb, space, "sRGB1"), 0, 1)


def _distance(a: str, b: str, deficiency: str | None) -> float:
    return float(
        colorspacious.deltaE(_seen(a, deficiency), _seen(b, deficiency), input_space="sRGB1")
    )


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_no_persona_colour_looks_like_a_warning(deficiency):
    for persona, warning in itertools.product(palette.PERSONA_COLOURS, palette.WARNING_HUES):
        assert _distance(persona, warning, deficiency) > 18, (persona, warning, deficiency)


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_the_first_three_personas_differ_from_each_other(deficiency):
    # beyond three, the marker shape and dash tell personas apart
    for a, b in itertools.combinations(palette.PERSONA_COLOURS[:3], 2):
        assert _distance(a, b, deficiency) > 15, (a, b, deficiency)


def test_a_persona_in_a_warning_hue_is_drawn_in_a_safe_one():
    assert palette.persona_colour(palette.SEVERITY["major"], 2) == palette.PERSONA_COLOURS[2]
    assert palette.persona_colour("#6a3d9a", 0) == "#6a3d9a"
