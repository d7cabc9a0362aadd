"""File ▸ Compare With… and File ▸ Review Merge Conflicts… on a main window.

``install_compare(window)`` adds both to the File menu (after Export), opens
the comparison window, and after every open or reload of a file asks git
whether a merge of it is unresolved (:func:`journeymap.model.revisions.unmerged_versions`);
if the three versions still conflict, a button in the status bar offers the
review (:mod:`journeymap.ui.compare.conflicts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QPushButton

from journeymap.model.journey import Journey
from journeymap.model.merge import Conflict

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

__all__ = ["CompareActions", "install_compare"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareActions", text)


class CompareActions:
    """The two commands of one window and the conflicts found for its file."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.compare_with = QAction(_tr("&Compare With…"), window)
        tip = _tr("Compare this journey with another file or with a git revision of its file")
        self.compare_with.setStatusTip(tip)
        self.compare_with.setToolTip(tip)
        self.review = QAction(_tr("Re&view Merge Conflicts…"), window)
        tip = _tr("Choose ours or theirs where a git merge of this file disagreed")
        self.review.setStatusTip(tip)
        self.review.setToolTip(tip)
        self.review.setEnabled(False)
        self.conflicts: list[Conflict] = []
        self.theirs: Journey | None = None
        self.offer = QPushButton(window)
        self.offer.setFlat(True)
        self.offer.hide()
        window.statusBar().addPermanentWidget(self.offer)
        self.compare_with.triggered.connect(self.open_compare)
        self.review.triggered.connect(self.open_review)
        self.offer.clicked.connect(self.open_review)
        window.files.opened.connect(lambda: QTimer.singleShot(0, self.check_conflicts))
        self.comparison_windows: list = []
        self.source_dialog: QDialog | None = None
        self.review_dialog: QDialog | None = None

    def add_to_menu(self) -> None:
        menu = self.window.menus["file"]
        actions = menu.actions()
        export = self.window.window_actions.export
        index = actions.index(export) if export in actions else len(actions) - 1
        before = actions[index + 1] if index + 1 < len(actions) else None
        menu.insertActions(before, [self.compare_with, self.review])  # type: ignore[arg-type]

    # -- compare ---------------------------------------------------------------

    def open_compare(self) -> None:
        """Ask what to compare with (a window-modal dialog); on Compare, show it."""
        from journeymap.ui.compare.source import CompareWithDialog

        document = self.window.document
        dialog = CompareWithDialog(
            document.journey, document.path, self.window.dialogs, self.window
        )
        self.source_dialog = dialog

        def chosen() -> None:
            assert dialog.before is not None and dialog.after is not None
            self.show_comparison(dialog.before, dialog.after, dialog.before_name, dialog.after_name)

        dialog.accepted.connect(chosen)
        dialog.open()

    def show_comparison(self, before, after, before_name: str, after_name: str):
        from journeymap.ui.compare.view import ComparisonWindow

        # Each side is a copy: the window reads them while the editor goes on editing.
        view = ComparisonWindow(
            before.copy_deep(),
            after.copy_deep(),
            before_name,
            after_name,
            self.window.dialogs,
            self.window,
        )
        self.comparison_windows.append(view)
        view.destroyed.connect(lambda *_: self._forget(view))
        view.show()
        return view

    def _forget(self, view) -> None:
        if view in self.comparison_windows:
            self.comparison_windows.remove(view)

    # -- merge conflicts ---------------------------------------------------------

    def check_conflicts(self) -> list[Conflict]:
        """Ask git whether the open file's merge is unresolved; offer a review if so."""
        from journeymap.model.merge import merge_journeys
        from journeymap.model.revisions import unmerged_versions

        path = self.window.document.path
        versions = unmerged_versions(path) if path is not None else None
        self.conflicts = list(merge_journeys(*versions).conflicts) if versions else []
        self.theirs = versions[2] if versions else None
        count = len(self.conflicts)
        self.review.setEnabled(bool(count))
        if count:
            self.offer.setText(
                _tr("Review {count} merge conflicts…").format(count=count)
                if count != 1
                else _tr("Review 1 merge conflict…")
            )
            self.offer.show()
            self.window.show_status(
                _tr("A git merge of this file left conflicts; our version was kept in each")
            )
        else:
            self.offer.hide()
        return self.conflicts

    def open_review(self) -> None:
        """Show the conflicts (a window-modal dialog)."""
        from journeymap.ui.compare.conflicts import ConflictReviewDialog

        if not self.conflicts:
            return
        dialog = ConflictReviewDialog(
            self.window.document, self.conflicts, self.window, theirs=self.theirs
        )
        self.review_dialog = dialog
        dialog.accepted.connect(self.offer.hide)
        dialog.open()


def install_compare(window: MainWindow) -> CompareActions:
    """Add File ▸ Compare With… and File ▸ Review Merge Conflicts… to ``window``."""
    actions = CompareActions(window)
    actions.add_to_menu()
    window.compare_actions = actions  # type: ignore[attr-defined]
    return actions
