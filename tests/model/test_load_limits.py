"""Loading leaves the interpreter as it found it, and the size cap fits large maps."""

import contextlib
import gc

import pytest

from benchmarks.synthetic import synthetic_journey
from journeymap.model import JourneyFileError, dumps_journey, loads_journey
from journeymap.model.fileformat import MAX_FILE_BYTES


@pytest.fixture
def gc_state():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("text", ['{"format_version": 1}', '{"steps": 3}', "[", ""])
def test_garbage_collection_is_back_on_after_a_load_that_works_or_fails(gc_state, text):
    gc.enable()
    with contextlib.suppress(JourneyFileError):
        loads_journey(text)
    assert gc.isenabled()


def test_a_load_does_not_turn_on_garbage_collection_someone_turned_off(gc_state):
    gc.disable()
    loads_journey('{"format_version": 1}')
    assert not gc.isenabled()


def test_the_size_cap_admits_a_hundred_thousand_step_journey():
    sample = dumps_journey(synthetic_journey(2_000, n_personas=5))
    assert len(sample.encode("utf-8")) * 50 * 1.5 < MAX_FILE_BYTES
