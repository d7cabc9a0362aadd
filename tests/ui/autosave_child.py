"""A separate editor process for the recovery tests: it opens a journey, edits
it, autosaves into the folder given as its argument, says ``ready`` and waits to
be killed, holding its autosave lock as a running window does."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from journeymap.model import Journey, Stage
from journeymap.model.edits import UpdateJourney
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.files.autosave import Autosaver


def main(folder: Path) -> None:
    app = QApplication([])
    document = EditorDocument(Journey(title="Before", stages=[Stage(id="s", name="File")]))
    document.push(UpdateJourney({"title": "Edited, then killed"}))
    saver = Autosaver(document, path=folder / "killed.autosave.json")
    assert saver.save_now()
    print("ready", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
