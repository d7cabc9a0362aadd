"""Formula neutralising is reversible and leaves nothing a spreadsheet would run."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeymap.export.safety import (
    FORMULA_TRIGGERS,
    from_cell_text,
    neutralise,
    restore,
    to_cell_text,
)

texts = st.lists(
    st.one_of(
        st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "'", "_x0041_", "_x", "_"]),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=12,
).map("".join)


@given(texts)
def test_neutralise_is_reversible_and_safe(text):
    safe = neutralise(text)
    assert restore(safe) == text
    assert not safe.startswith(FORMULA_TRIGGERS)


@given(texts)
def test_cell_text_is_reversible_and_xml_safe(text):
    cell = to_cell_text(text)
    assert from_cell_text(cell) == text
    assert not any(ord(c) < 32 and c not in "\t\r\n" for c in cell)
    assert not cell.startswith(FORMULA_TRIGGERS)


def test_examples_of_the_escaping():
    assert neutralise("=SUM(A1)") == "'=SUM(A1)"
    assert neutralise("'quoted") == "''quoted"
    assert neutralise("plain - text") == "plain - text"
    assert to_cell_text("_x000D_") == "_x005F_x000D_"
