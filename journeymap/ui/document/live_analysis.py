"""The analysis of the journey being edited, kept up to date after every edit.

Edits arrive in bursts (typing, a drag, an undo of many steps), so recomputing is
coalesced: every change restarts a short single-shot timer and the analysis runs
once when the burst is over. It runs on a worker thread over a snapshot of the
journey (items are immutable, so copying the lists is enough), so a large
journey never freezes the editor; a result that a newer edit has made stale is
dropped. Views read :attr:`LiveAnalysis.analysis` when
:attr:`LiveAnalysis.updated` fires.

The worker holds the interpreter while it computes, and the window's thread
waits for it each time a Qt call gives it up: with Python's usual 5 ms switch
interval a pan frame that crosses a few dozen such calls took 70-250 ms while
an analysis ran. While a run is under way the switch interval is
:data:`~journeymap.ui.event_gate.SWITCH_INTERVAL_S` instead, so no slice of the analysis keeps the
window waiting more than about a millisecond; it goes back to what it was when
no run is left.

That still left frames waiting (each give-up costs a forced switch and the
system waking the window's thread again), so the worker also waits for the
window: it runs behind a :class:`~journeymap.analysis.pace.Gate` that is shut
while this thread's event loop is awake and open while it blocks for events,
and the analysis's checkpoints wait while it is shut (at most
``pace.MAX_WAIT_S`` at a time, so a busy window slows the analysis but never
stops it). The map's marks are made on the worker too
(:attr:`LiveAnalysis.marks`), so the window only applies them, and the result
a new one replaces is freed in slices over later turns
(:class:`~journeymap.ui.document.disposal.SlicedDisposal`), not in the turn
that shows the new one.

A view that takes long to show a result (the insights dock rebuilding its
lists) does not listen to :attr:`LiveAnalysis.updated`, which the map's cheap
receivers share in the turn the result arrives: it registers with
:meth:`LiveAnalysis.on_landed` and is called in a turn of its own after it,
its slices (a receiver may return an iterator) each in a turn of their own. A
receiver reads :attr:`LiveAnalysis.analysis` in its own turns, and a newer
result restarts it, so a view shows one result or the next, never a mix.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from journeymap.analysis import pace
from journeymap.canvas.marks import MapMarks, marks_from_analysis
from journeymap.canvas.scene import changed_steps
from journeymap.ui.document.disposal import SlicedDisposal
from journeymap.ui.document.editor_document import EditorDocument, collector
from journeymap.ui.event_gate import EventLoopGate, worker_ended, worker_started
from journeymap.ui.gc_collector import GuiThreadCollector

if TYPE_CHECKING:  # the analysis itself loads NumPy and SciPy: after the first paint
    from journeymap.analysis.results import JourneyAnalysis
    from journeymap.model import Change, Journey

__all__ = ["LiveAnalysis", "analyse_journey"]

log = logging.getLogger(__name__)

FIRST_RUN_DELAY_MS = 400
IMPORT_PAUSE_MS = 25
"""Between two of the analysis's imports: long enough that the event loop turns
with nothing but the user's input and the window's paints to handle."""


def _marks(analysis: JourneyAnalysis | None, persona_id: str | None) -> MapMarks | None:
    if analysis is None:
        return None
    try:
        return marks_from_analysis(analysis, persona_id)
    except Exception:  # the map makes its own marks then
        log.exception("making the map's marks failed")
        return None


def analyse_journey(journey: Journey, persona_id: str | None = None) -> JourneyAnalysis | None:
    """Run the journey analysis, or return ``None`` when it fails.

    The map then falls back to what measured volumes alone show, so a problem in
    the analysis never stops the editor.
    """
    return _analysed(journey, persona_id)[0]


def _analysed(
    journey: Journey, persona_id: str | None
) -> tuple[JourneyAnalysis | None, str | None]:
    """The analysis, or ``None`` and why it failed in one line (for the window)."""
    try:
        from journeymap.analysis.report import analyse

        return analyse(journey, persona_id=persona_id), None
    except Exception as exc:  # an analysis bug must not take the editor down
        log.exception("journey analysis failed")
        return None, _reason(exc)


def _reason(exc: BaseException) -> str:
    """An exception as one short line: its message, or its kind when it has none."""
    text = " ".join(str(exc).split())
    if len(text) > 160:
        text = text[:159] + "…"
    return text or type(exc).__name__


ANALYSIS_IMPORTS = (
    "numpy",
    "numpy.f2py",
    "numpy.testing",
    "scipy",
    "scipy._lib.array_api_compat.numpy",
    "scipy._lib._util",
    "scipy.sparse",
    "scipy.linalg",
    "scipy.sparse.linalg",
    "journeymap.analysis.report",
)
"""What the analysis loads, one module per turn of the event loop. The sparse
solver is what a loop of more than a few steps needs; the strongly connected
components are found in plain Python (``analysis/graph.py``), so networkx is
left to ``build_graph``. NumPy is one piece (its package loads all of it, about
0.1 s on a slow machine); SciPy's sparse solver is cut into pieces of 0.06 s at
most by loading first what it loads (:data:`SPLITTING_IMPORTS`): in three
pieces it froze the window for up to 0.13 s."""

SPLITTING_IMPORTS = frozenset(
    {"numpy.f2py", "scipy._lib.array_api_compat.numpy", "scipy._lib._util", "scipy.linalg"}
)
"""Modules in :data:`ANALYSIS_IMPORTS` only to cut a later import into smaller
pieces (SciPy's array API layer clones NumPy's namespace, which loads
``numpy.f2py``; the rest are SciPy's own internals, which a release may
rename): one that cannot be loaded is passed over."""

_passed_over: set[str] = set()


def _next_import() -> str | None:
    return next(
        (n for n in ANALYSIS_IMPORTS if n not in sys.modules and n not in _passed_over), None
    )


class LiveAnalysis(QObject):
    """Holds the latest analysis of ``document``'s journey (``.analysis``, or
    ``None`` before the first run or when the analysis is unavailable)."""

    updated = Signal()

    def __init__(
        self,
        document: EditorDocument,
        parent: QObject | None = None,
        *,
        delay_ms: int = 60,
        persona_id: str | None = None,
        background: bool = True,
    ):
        super().__init__(parent)
        self.document = document
        self.persona_id = persona_id
        self.background = background
        self.analysis: JourneyAnalysis | None = None
        """The latest analysis; ``None`` before the first run or when it failed."""
        self.failure: str | None = None
        """Why the latest run gave no analysis, in one line (``None``: it did not fail)."""
        self.marks: MapMarks | None = None
        """The map's marks of :attr:`analysis` for :attr:`marks_persona`, made on
        the worker; ``None`` when the map must make them itself."""
        self.marks_persona: str | None = None
        self.marks_base: MapMarks | None = None
        """The marks :attr:`marks_changes` was worked out against (the previous
        result's), so a view showing them need not compare every step."""
        self.marks_changes: set[str] | None = None
        """The steps whose marks differ from :attr:`marks_base`'s (``None``: all)."""
        self.prepare: Callable[[Journey], Journey] | None = None
        """Turns the journey's copy into the one analysed, on the worker (the
        library's sub-journey conversions); a failure analyses the copy as is."""
        self._generation = 0
        self._running: threading.Thread | None = None
        self._importing = False
        self._again = False
        self._stopped = False
        self._collector: GuiThreadCollector | None = None
        self._result: tuple[int, dict[str, Any]] = (0, {})
        self._disposal = SlicedDisposal(self)
        self._gates = EventLoopGate(self)
        self._receivers: list[tuple[QObject, Callable[[], Iterable[None] | None]]] = []
        self._queue: list[tuple[QObject, Callable[[], Iterable[None] | None]]] = []
        self._slices: tuple[QObject, Iterator[None]] | None = None
        self._land_timer = QTimer(self, singleShot=True, interval=0)
        self._land_timer.timeout.connect(self._land_step)
        self._poll = QTimer(self)
        self._poll.setInterval(20)
        self._poll.timeout.connect(self._collect)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.schedule)
        if background:
            # Let the window paint its first frame before the analysis takes turns
            # with it for the interpreter.
            self._first = QTimer(self, singleShot=True, interval=FIRST_RUN_DELAY_MS)
            self._first.timeout.connect(self._first_run)
            self._first.start()
        else:
            self.schedule()

    def delay_first_run(self) -> None:
        """Start the first run :data:`FIRST_RUN_DELAY_MS` from now, also when
        opening a file has scheduled it sooner: a staged start calls this once
        the map is built, so the analysis's first import (≈ 0.1–0.3 s on a busy
        machine) never comes before the map's first paint."""
        if not self.background or self.analysis is not None or self._running is not None:
            return
        if self._timer.isActive():
            self._timer.stop()
        self._first.start()  # _first_run schedules it

    def _first_run(self) -> None:
        if self.analysis is None and self._running is None and not self._timer.isActive():
            self.schedule()

    def on_landed(self, owner: QObject, receiver: Callable[[], Iterable[None] | None]) -> None:
        """Call ``receiver`` after each result, in a turn of its own after the
        one :attr:`updated` fires in (see the module text). If it returns an
        iterator, each of its steps runs in a turn of its own; a newer result
        drops the steps left and starts it again. Nothing is called once
        ``owner`` is gone."""
        self._receivers.append((owner, receiver))

    @property
    def landing(self) -> bool:
        """True while a receiver of :meth:`on_landed` has yet to show the latest result."""
        return bool(self._queue) or self._slices is not None

    def _land(self) -> None:
        """Queue every receiver for the result just taken (a receiver still
        showing the one before starts again)."""
        self._receivers = [(o, r) for o, r in self._receivers if shiboken6.isValid(o)]
        self._queue = list(self._receivers)
        self._slices = None
        if self._queue:
            self._land_timer.start(0)

    def _land_step(self) -> None:
        """One receiver's call, or one step of its slices."""
        if self._slices is not None:
            owner, slices = self._slices
            if not shiboken6.isValid(owner) or next(slices, StopIteration) is StopIteration:
                self._slices = None
        elif self._queue:
            owner, receiver = self._queue.pop(0)
            if shiboken6.isValid(owner):
                steps = receiver()
                self._slices = (owner, iter(steps)) if steps is not None else None
        if self.landing:
            self._land_timer.start(pace.pause_ms())

    def _land_now(self) -> None:
        """Every receiver's turn at once (a synchronous recompute, tests, exit)."""
        self._land_timer.stop()
        while self.landing:
            self._land_step()
        self._land_timer.stop()

    @property
    def pending(self) -> bool:
        """True while a recomputation is scheduled or running."""
        return self._timer.isActive() or self._running is not None or self._importing

    def set_persona(self, persona_id: str | None) -> None:
        """Analyse for one persona (pain points), or for all with ``None``."""
        if persona_id != self.persona_id:
            self.persona_id = persona_id
            self.schedule()

    def schedule(self) -> None:
        """Recompute soon; repeated calls before then coalesce into one run."""
        self._stopped = False
        self._timer.start()

    def _request(self) -> tuple[Journey, str | None]:
        journey = self.document.journey
        persona = self.persona_id
        if persona is not None and not journey.has("personas", persona):
            persona = None
        return journey, persona

    def recompute(self) -> None:
        """Recompute now, on this thread, and emit :attr:`updated`."""
        self._timer.stop()
        self._generation += 1
        journey, persona = self._request()
        if self.prepare is not None:
            journey = self._prepared(journey.copy_deep())
        self.analysis, self.failure = _analysed(journey, persona)
        self.marks, self.marks_persona, self.marks_base = None, None, None
        self.updated.emit()
        self._land()
        self._land_now()

    def _prepared(self, journey: Journey) -> Journey:
        prepare = self.prepare
        if prepare is None:
            return journey
        try:
            return prepare(journey)
        except Exception:  # a sub-journey that cannot be read must not stop the analysis
            log.exception("preparing the journey for the analysis failed")
            return journey

    def _start(self) -> None:
        if not self.background:
            self.recompute()
            return
        if self._running is not None:
            self._again = True  # run once more when the current one is done
            return
        if self._importing:
            return  # the imports go on, and start the run when they are done
        # The analysis is imported on the GUI thread (an import on the worker
        # would leave half-loaded numpy in view of this thread while it runs),
        # after the first paint, and one module per turn of the event loop, so
        # the window answers between them instead of freezing for the whole.
        name = _next_import()
        if name is not None:
            try:
                importlib.import_module(name)
            except ImportError:
                if name not in SPLITTING_IMPORTS:
                    # A broken installation: the run reports why it has no analysis.
                    log.exception("the analysis cannot be loaded")
                    name = None
                else:
                    _passed_over.add(name)
            if name is not None:
                self._importing = True
                QTimer.singleShot(IMPORT_PAUSE_MS, self, self._resume_import)
                return
        self._generation += 1
        generation = self._generation
        journey, persona = self._request()
        snapshot = journey.copy_deep()
        snapshot._positions = {}  # its own position cache, not the live journey's
        base = self.marks if self.marks_persona == persona else None
        box: dict[str, Any] = {"persona": persona, "base": base}
        gc_policy = self._collector = collector()
        if gc_policy is not None:
            gc_policy.pause()

        gate = self._gates.begin()  # shut while this thread handles events

        def work() -> None:
            # Plain Python only: the result is collected by the GUI thread's poll.
            gate.enter()
            try:
                analysis, box["failure"] = _analysed(self._prepared(snapshot), persona)
                box["analysis"] = analysis
                marks = box["marks"] = _marks(analysis, persona)
                if base is not None and marks is not None:
                    box["changes"] = changed_steps(base, marks)
            finally:  # the worker ends its own run, even if the window is gone
                gate.leave()
                worker_ended()
                if gc_policy is not None:
                    with contextlib.suppress(RuntimeError):  # the application is gone
                        gc_policy.resume()

        self._running = threading.Thread(target=work, name="journey-analysis", daemon=True)
        self._result = (generation, box)
        worker_started()
        self._running.start()
        self._poll.start()

    def _resume_import(self) -> None:
        if self._importing:  # not stopped, nor finished by wait(), meanwhile
            self._importing = False
            self._start()

    def _collect(self) -> None:
        if self._running is None or self._running.is_alive():
            return
        self._poll.stop()
        self._running = None
        self._gates.end()
        gc_policy, self._collector = self._collector, None
        if gc_policy is not None:
            gc_policy.freeze_soon()  # the result lives until the next one
        generation, box = self._result
        self._result = (0, {})  # the result is held where it is used, or freed in slices
        if self._again:
            self._again = False
            self._disposal.dispose(box.pop("analysis", None), box.pop("marks", None))
            self._start()
            return
        if generation != self._generation or self._stopped:
            self._disposal.dispose(box.pop("analysis", None), box.pop("marks", None))
            return  # a synchronous recompute() came in between, or the journey closed
        # What the new result replaces is freed in later turns, not in this one.
        self._disposal.dispose(self.analysis, self.marks, self.marks_base)
        self.analysis = box.get("analysis")
        self.failure = box.get("failure") if self.analysis is None else None
        self.marks, self.marks_persona = box.get("marks"), box["persona"]
        self.marks_base = box["base"] if "changes" in box else None
        self.marks_changes = box.get("changes")
        self.updated.emit()
        self._land()

    def stop(self) -> None:
        """Schedule nothing more (the document is going away); a run under way
        finishes on its own and its result is dropped."""
        self._stopped = True
        self._timer.stop()
        if self._running is None:
            self._poll.stop()
        self._again = False
        self._importing = False
        self._queue, self._slices = [], None
        self._land_timer.stop()
        self._gates.end()

    def wait(self) -> None:
        """Block until a running background analysis has finished, and take its
        result (tests, exit)."""
        while self._importing:
            self._importing = False
            self._start()  # the next import, or the run once all are in
        if self._running is not None:
            self._gates.end()  # this thread waits for the worker now, not the other way
            self._running.join()
            self._collect()
        self._land_now()

    def _on_changed(self, change: Change) -> None:
        if change:
            self.schedule()
