"""The Library panel: the journeys of a folder, a search across them, and the
personas and channels the folder shares.

The folder is read on a worker thread (:func:`journeymap.library.catalogue.scan_library`
loads and analyses every journey) and shown when done; a broken file is a row
with a warning and its problem, never an error. Activating a journey (double
click, Enter) opens it in a new window; activating a search hit opens its
journey there and selects the step, persona or opportunity found.

The lower part lists ``library.json``'s shared personas and channels: *Add to
Journey* copies the chosen one into the open journey, *Share Selected* writes
the journey's selected persona or channel into the library file. Both journey
changes are undoable edits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.canvas.analysis_text import count_text
from journeymap.library import LIBRARY_FILE
from journeymap.palette import SEVERITY_MARK

if TYPE_CHECKING:
    from journeymap.library.catalogue import Library, LibraryEntry
    from journeymap.library.search import SearchHit
    from journeymap.library.shared import SharedLibrary

__all__ = ["LibraryDock"]

PATH_ROLE = Qt.ItemDataRole.UserRole
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryDock", text)


class LibraryDock(QDockWidget):
    """The Library panel of one window."""

    open_requested = Signal(str, object)
    """Open this journey file; the second value is ``(collection, key)`` to
    select in it, or ``None``."""
    share_requested = Signal()
    """Share Selected was pressed."""
    use_requested = Signal(str, str)
    """Add to Journey: ``(collection, id)`` of a shared item."""
    scanned = Signal(object, int)
    """A scan finished (a :class:`Library` or an error text, and its generation)."""

    def __init__(self, parent: QWidget | None = None, *, background: bool = True):
        super().__init__(_tr("Library"), parent)
        self.setObjectName("library_dock")
        self.background = background
        self.folder: Path | None = None
        self.library: Library | None = None
        self.shared: SharedLibrary | None = None
        self._generation = 0
        self.scanned.connect(self._show_scan)
        self.visibilityChanged.connect(self._visibility_changed)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.folder_label = QLabel(_tr("No folder chosen"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.folder_label, 1)
        self.choose_button = QPushButton(_tr("Folder…"))
        self.choose_button.setToolTip(_tr("Choose the folder of journeys to show"))
        row.addWidget(self.choose_button)
        self.refresh_button = QPushButton(_tr("Refresh"))
        self.refresh_button.setToolTip(_tr("Read the folder again"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("library_search")
        self.search_box.setPlaceholderText(_tr("Search titles, steps, notes and personas"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._fill)
        layout.addWidget(self.search_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("library_tree")
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [_tr("Journey"), _tr("Steps"), _tr("Personas"), _tr("Last change"), _tr("Worst pain")]
        )
        self.tree.itemActivated.connect(self._activated)
        splitter.addWidget(self.tree)
        splitter.addWidget(self._shared_part())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        layout.addWidget(splitter, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.setWidget(body)

    def _shared_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(_tr("Shared personas and channels ({file})").format(file=LIBRARY_FILE))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.shared_tree = QTreeWidget()
        self.shared_tree.setObjectName("library_shared")
        self.shared_tree.setHeaderLabels([_tr("Name"), _tr("Kind")])
        self.shared_tree.setRootIsDecorated(False)
        self.shared_tree.itemActivated.connect(lambda *_: self._use_current())
        layout.addWidget(self.shared_tree, 1)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(_tr("Add to Journey"))
        self.use_button.setToolTip(_tr("Copy the chosen shared item into the open journey"))
        self.use_button.clicked.connect(self._use_current)
        buttons.addWidget(self.use_button)
        self.share_button = QPushButton(_tr("Share Selected"))
        self.share_button.setToolTip(
            _tr("Write the journey's selected persona or channel into the library file")
        )
        self.share_button.clicked.connect(self.share_requested)
        buttons.addWidget(self.share_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return part

    # -- reading -----------------------------------------------------------------

    def set_folder(self, folder: str | Path | None, read: bool = True) -> None:
        """Show the journeys of ``folder`` (read again even if it is the same);
        without ``read``, only remember it: it is read when the panel shows."""
        self.folder = Path(folder) if folder else None
        self.folder_label.setText(str(self.folder) if self.folder else _tr("No folder chosen"))
        self.folder_label.setToolTip(str(self.folder or ""))
        self.library = None
        if read:
            self.refresh()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self.library is None and self.folder is not None and not self.pending:
            self.refresh()

    def refresh(self) -> None:
        """Read the folder again (on a worker thread unless ``background`` is off)."""
        self._generation += 1
        generation = self._generation
        folder = self.folder
        self._read_shared()
        if folder is None:
            self.library = None
            self._fill()
            return
        self.status_label.setText(_tr("Reading {folder}…").format(folder=folder))

        def work() -> None:
            from journeymap.library.catalogue import scan_library

            try:
                result: Any = scan_library(folder)
            except NotADirectoryError:
                result = _tr("{folder} is not a folder").format(folder=folder)
            except Exception as exc:  # a bug in the scan must not end the editor
                result = str(exc)
            self.scanned.emit(result, generation)

        if self.background:
            threading.Thread(target=work, name="library-scan", daemon=True).start()
        else:
            work()

    @property
    def pending(self) -> bool:
        return self.status_label.text().endswith("…")

    def _show_scan(self, result: Any, generation: int) -> None:
        if generation != self._generation:
            return  # a newer scan is on its way
        if isinstance(result, str):
            self.library = None
            self._fill()
            self.status_label.setText(result)
            return
        self.library = result
        self._fill()

    def _read_shared(self) -> None:
        from journeymap.library.shared import SharedLibraryError, load_shared

        self.shared = None
        self.shared_tree.clear()
        path = self.library_file()
        if path is None or not path.exists():
            if path is not None:
                hint = QTreeWidgetItem(
                    [_tr("None yet: Share Selected starts {file}").format(file=LIBRARY_FILE), ""]
                )
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                self.shared_tree.addTopLevelItem(hint)
            return
        try:
            self.shared = load_shared(path)
        except SharedLibraryError as exc:
            item = QTreeWidgetItem([str(exc), ""])
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.shared_tree.addTopLevelItem(item)
            return
        kinds = {"personas": _tr("persona"), "channels": _tr("channel")}
        for collection in ("personas", "channels"):
            for shared in getattr(self.shared, collection):
                item = QTreeWidgetItem([shared.name or shared.id, kinds[collection]])
                item.setData(0, TARGET_ROLE, (collection, shared.id))
                self.shared_tree.addTopLevelItem(item)

    def library_file(self) -> Path | None:
        """The library file of the folder shown (it may not exist yet)."""
        return None if self.folder is None else self.folder / LIBRARY_FILE

    # -- showing -----------------------------------------------------------------

    def _fill(self) -> None:
        self.tree.clear()
        library = self.library
        if library is None:
            if not self.pending:
                self.status_label.setText(
                    "" if self.folder else _tr("Choose a folder of journeys.")
                )
            return
        query = self.search_box.text().strip()
        for column in (1, 2, 3):
            self.tree.setColumnHidden(column, bool(query))
        self.tree.headerItem().setText(4, _tr("Text found") if query else _tr("Worst pain"))
        if query:
            self._fill_hits(library, query)
        else:
            self._fill_entries(library)
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, max(260, self.tree.viewport().width() // 3))

    def _fill_entries(self, library: Library) -> None:
        locale = QLocale()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for entry in library.entries:
            if entry.broken:
                item = QTreeWidgetItem(
                    [entry.relative, "", "", self._when(entry, locale), entry.problems[0]]
                )
                item.setIcon(0, warning)
                item.setToolTip(0, "\n".join(entry.problems))
                item.setToolTip(4, "\n".join(entry.problems))
            else:
                worst = entry.worst_pains[0] if entry.worst_pains else None
                pain = (
                    f"{SEVERITY_MARK.get(worst.severity, '')} {worst.step_title} "
                    f"({worst.persona_name})"
                    if worst
                    else ""
                )
                item = QTreeWidgetItem(
                    [
                        entry.title,
                        count_text(entry.step_count),
                        ", ".join(entry.persona_names),
                        self._when(entry, locale),
                        pain,
                    ]
                )
                item.setToolTip(0, entry.relative)
                item.setToolTip(
                    4,
                    "\n".join(
                        f"{SEVERITY_MARK.get(p.severity, '')} {p.step_title} — {p.persona_name}"
                        for p in entry.worst_pains
                    ),
                )
            item.setData(0, PATH_ROLE, str(entry.path))
            self.tree.addTopLevelItem(item)
        journeys, broken = len(library.journeys), len(library.broken)
        text = _tr("Journeys: {n}").format(n=count_text(journeys))
        if broken:
            text += " · " + _tr("Files that cannot be read: {n}").format(n=count_text(broken))
        self.status_label.setText(text)

    def _when(self, entry: LibraryEntry, locale: QLocale) -> str:
        if entry.last_change is None:
            return "?"
        local = entry.last_change.astimezone()
        text = local.strftime("%Y-%m-%d %H:%M")
        return text + (" (git)" if entry.change_source == "git" else "")

    def _fill_hits(self, library: Library, query: str) -> None:
        from journeymap.library.search import search_library

        hits = search_library(library, query)
        kinds = {
            "title": _tr("title"),
            "step": _tr("step"),
            "note": _tr("note"),
            "persona": _tr("persona"),
        }
        parents: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            parent = parents.get(hit.relative)
            if parent is None:
                entry = library.entry(hit.relative)
                parent = QTreeWidgetItem([hit.journey_title])
                parent.setData(0, PATH_ROLE, str(entry.path) if entry else "")
                parent.setToolTip(0, hit.relative)
                self.tree.addTopLevelItem(parent)
                parents[hit.relative] = parent
            child = QTreeWidgetItem([f"{kinds[hit.kind]}: {hit.label}", "", "", "", hit.snippet])
            child.setToolTip(0, hit.snippet)
            child.setData(0, PATH_ROLE, parent.data(0, PATH_ROLE))
            child.setData(0, TARGET_ROLE, self._target(hit))
            parent.addChild(child)
        self.tree.expandAll()
        self.status_label.setText(
            _tr("Places found: {n}").format(n=count_text(len(hits)))
            if hits
            else _tr("Nothing found")
        )

    @staticmethod
    def _target(hit: SearchHit) -> tuple[str, str] | None:
        return (hit.collection, hit.key) if hit.collection else None

    # -- acting ------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if not path:
            return
        entry = self.library.entry(self._relative(path)) if self.library else None
        if entry is not None and entry.broken:
            self.status_label.setText(entry.problems[0])
            return
        self.open_requested.emit(path, item.data(0, TARGET_ROLE))

    def _relative(self, path: str) -> str:
        if self.library is None:
            return path
        try:
            return Path(path).relative_to(self.library.folder).as_posix()
        except ValueError:
            return path

    def _use_current(self) -> None:
        item = self.shared_tree.currentItem()
        target = item.data(0, TARGET_ROLE) if item is not None else None
        if target:
            self.use_requested.emit(*target)

    def items_where(self, test: Callable[[QTreeWidgetItem], bool]) -> list[QTreeWidgetItem]:
        """Every row of the journey tree (children included) for which ``test`` holds."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            rows = [top, *(top.child(j) for j in range(top.childCount()))]
            found.extend(item for item in rows if item is not None and test(item))
        return found
