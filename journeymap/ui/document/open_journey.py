"""One journey open in the editor, with everything that belongs to it alone.

An :class:`OpenJourney` holds a journey's
:class:`~journeymap.ui.document.editor_document.EditorDocument` (the journey,
its file and its undo stack), what is selected in it
(:class:`~journeymap.ui.document.selection.Selection`) and its
:class:`~journeymap.ui.document.live_analysis.LiveAnalysis`. A window shows
one; the editor holds as many as are open (a second window, a second journey
beside the first for comparison), and none of them shares state with another:
an edit, an undo or an analysis in one never reaches the others.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from journeymap.model import Journey
from journeymap.ui.document.editor_document import THAW_STEPS, EditorDocument, collector
from journeymap.ui.document.live_analysis import LiveAnalysis
from journeymap.ui.document.selection import Selection

__all__ = ["OpenJourney"]


class OpenJourney(QObject):
    """A journey open in the editor: ``document``, ``selection`` and ``live``.

    Parameters
    ----------
    journey, path:
        What to open (a blank journey when omitted) and the file it came from.
    background:
        Analyse on a worker thread after each burst of edits (the editor);
        ``False`` analyses on the calling thread when asked (tests, comparisons
        that need the result at once).
    """

    def __init__(
        self,
        journey: Journey | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        background: bool = True,
    ):
        super().__init__(parent)
        self.document = EditorDocument(journey, path, self)
        self.selection = Selection(self)
        self.live = LiveAnalysis(self.document, self, background=background)

    @property
    def journey(self) -> Journey:
        return self.document.journey

    def close(self) -> None:
        """Schedule nothing more for this journey (its window is closing)."""
        self.live.stop()
        gc_policy = collector()
        if gc_policy is not None and len(self.journey.steps) >= THAW_STEPS:
            gc_policy.journey_closed()
