"""A replaced result is freed over later turns of the event loop, a few hundred
items at a time, and what someone else still holds is left whole."""

from __future__ import annotations

import gc
import weakref
from dataclasses import dataclass, field

from journeymap.ui.document import disposal
from journeymap.ui.document.disposal import SlicedDisposal, dismantling


@dataclass
class Leaf:
    value: float


@dataclass(frozen=True)
class Result:
    rows: dict[str, Leaf] = field(default_factory=dict)
    items: list[Leaf] = field(default_factory=list)


def _result(n: int) -> tuple[Result, list[weakref.ref]]:
    result = Result({f"s{i}": Leaf(i) for i in range(n)}, [Leaf(-i) for i in range(n)])
    refs = [weakref.ref(leaf) for leaf in (*result.rows.values(), *result.items)]
    return result, refs


def _alive(refs: list[weakref.ref]) -> int:
    return sum(ref() is not None for ref in refs)


def test_a_result_nobody_holds_is_freed_a_chunk_at_a_time():
    gc.disable()  # only reference counts free anything here
    try:
        result, refs = _result(2000)
        work = dismantling([result])
        del result
        next(work)
        assert 0 < len(refs) - _alive(refs) <= 2 * disposal.CHUNK  # some freed, not all
        for _ in work:
            pass
        assert _alive(refs) == 0
    finally:
        gc.enable()


def test_a_long_tuple_is_freed_a_chunk_at_a_time_too(monkeypatch):
    """A result's long tuples (of measurements, say) are emptied like its
    lists: no step looks at more than a chunk of items."""
    looked: list[int] = [0]
    for name in ("_long", "_parts"):
        original = getattr(disposal, name)

        def counting(value, original=original):
            looked[0] += 1
            return original(value)

        monkeypatch.setattr(disposal, name, counting)
    gc.disable()
    try:
        leaves = tuple(Leaf(i) for i in range(20 * disposal.CHUNK))
        refs = [weakref.ref(leaf) for leaf in leaves]
        work = dismantling([Result(items=leaves)])  # type: ignore[arg-type]
        del leaves
        steps = 0
        while True:
            looked[0] = 0
            try:
                next(work)
            except StopIteration:
                break
            steps += 1
            assert looked[0] <= 2 * disposal.CHUNK + 8  # a chunk's worth, not the tuple
        assert steps >= 20
        assert _alive(refs) == 0
    finally:
        gc.enable()


def test_what_a_view_still_holds_is_left_whole():
    result, refs = _result(500)
    rows = result.rows  # a view keeps the rows of the old result
    work = dismantling([result])
    del result
    for _ in work:
        pass
    assert len(rows) == 500
    assert all(isinstance(leaf, Leaf) for leaf in rows.values())
    assert _alive(refs) == 500  # the rows' leaves live; the list's were freed


def test_the_window_frees_it_over_later_turns(qtbot):
    keeper = SlicedDisposal()
    result, refs = _result(5000)
    keeper.dispose(result, None)
    del result
    assert keeper.pending and _alive(refs) == len(refs)  # nothing freed in this turn
    qtbot.waitUntil(lambda: not keeper.pending, timeout=5000)
    assert _alive(refs) == 0


def test_finish_frees_everything_at_once(qtbot):
    keeper = SlicedDisposal()
    result, refs = _result(300)
    keeper.dispose(result)
    del result
    keeper.finish()
    assert not keeper.pending and _alive(refs) == 0
