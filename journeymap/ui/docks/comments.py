"""Comments (View ▸ Comments): every comment of the journey as a thread, newest
last, with a filter for the unresolved ones; write a comment on the selected
item (or the journey), answer, resolve, reopen or remove one.

Each change is one :class:`~journeymap.model.comment_edits.SetComment` pushed
on the document, so it is undoable and shows on the map at once. The author is
the name stored in the preferences (Edit ▸ Preferences…), by default the
system's user name.
"""

from __future__ import annotations

import getpass
import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model import Change, EditError
from journeymap.model.comment_edits import SetComment
from journeymap.model.comments import (
    TARGET_COLLECTIONS,
    Comment,
    new_comment,
    new_comment_id,
    target_exists,
    target_of,
    with_reply,
)
from journeymap.model.journey import Journey
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection
from journeymap.ui.settings import app_settings

__all__ = ["AUTHOR_KEY", "CommentsDock", "CommentsPanel", "comment_author", "set_comment_author"]

AUTHOR_KEY = "comments/author"
"""str: the name written on new comments and answers (empty: the system user name)."""
ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentsPanel", text)


def comment_author() -> str:
    """The name for new comments: the preference, else the system user name."""
    stored = str(app_settings().value(AUTHOR_KEY, "") or "").strip()
    if stored:
        return stored
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password file
        return _tr("Someone")


def set_comment_author(name: str) -> None:
    app_settings().setValue(AUTHOR_KEY, name.strip())


def target_name(journey: Journey, target: tuple[str, ...]) -> str:
    """What a comment is about, in words: "step 'Call'", "rating 'Call' · 'Pat'"."""
    kind = target[0]
    if kind == "journey":
        return _tr("the journey")

    def name(collection: str, key: str) -> str:
        item = journey.find(collection, key)
        if item is None:
            return key
        return str(getattr(item, "title", None) or getattr(item, "name", None) or key)

    if not target_exists(journey, target):
        return _tr("a removed item ({key})").format(key=" · ".join(target[1:]))
    if kind == "ratings":
        return _tr("rating of '{step}' by '{persona}'").format(
            step=name("steps", target[1]), persona=name("personas", target[2])
        )
    label = {
        "stages": _tr("stage '{name}'"),
        "steps": _tr("step '{name}'"),
        "personas": _tr("persona '{name}'"),
        "opportunities": _tr("opportunity '{name}'"),
    }[kind]
    return label.format(name=name(kind, target[1]))


def _wrapped(text: str, width: int = 48) -> str:
    """A comment's text in lines short enough for the panel (the tree does not wrap)."""
    return "\n".join(textwrap.fill(part, width) or " " for part in text.splitlines()[:12])


def _when(comment: Any) -> str:
    """The time in the user's locale, short: "3.12.2026 14.05" in Finnish."""
    stamp = QDateTime.fromSecsSinceEpoch(int(comment.created.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class CommentsPanel(QWidget):
    """The list of threads, the filter, the text box and the buttons."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        show_item: Callable[[str, Any], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.show_item = show_item
        self.unresolved_only = QCheckBox(self.tr("Unresolved only"))
        self.unresolved_only.setObjectName("comments_unresolved_only")
        self.count_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setObjectName("comments_tree")
        self.text = QPlainTextEdit()
        self.text.setObjectName("comment_text")
        self.text.setPlaceholderText(self.tr("Write a comment or an answer…"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 14)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Comment"))
        self.answer_button = QPushButton(self.tr("Answer"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.setToolTip(self.tr("Add the text as a comment on the selected item"))
        self.answer_button.setToolTip(self.tr("Add the text as an answer to the chosen comment"))
        self._build()
        self.unresolved_only.toggled.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._show_target)
        self.text.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_comment)
        self.answer_button.clicked.connect(self.answer)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.remove_button.clicked.connect(self.remove)
        selection.changed.connect(self._update_target)
        document.changed.connect(self._document_changed)
        document.replaced.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.unresolved_only)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.answer_button,
            self.resolve_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.target_label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    # -- reading -------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The id of the thread the chosen row belongs to."""
        row = self.tree.currentItem()
        while row is not None and row.parent() is not None:
            row = row.parent()
        return None if row is None else row.data(0, ID_ROLE)

    def target(self) -> tuple[str, ...]:
        """What a new comment is about: the selected item, else the journey."""
        current = self.selection.current
        if current is not None and current[0] in TARGET_COLLECTIONS:
            return target_of(*current)
        return ("journey",)

    def refresh(self) -> None:
        journey = self.document.journey
        chosen = self.current_id()
        self.tree.clear()
        threads = sorted(journey.comments.items(), key=lambda pair: pair[1].created)
        unresolved = sum(1 for _cid, c in threads if not c.resolved)
        self.count_label.setText(
            self.tr("{open} open of {all}").format(open=unresolved, all=len(threads))
        )
        for cid, comment in threads:
            if self.unresolved_only.isChecked() and comment.resolved:
                continue
            self._add_thread(journey, cid, comment)
        if chosen is not None:
            self._choose(chosen)
        self._update_target()
        self._update_buttons()

    def _add_thread(self, journey: Journey, cid: str, comment: Comment) -> None:
        mark = "✓ " if comment.resolved else ""
        head = f"{mark}{comment.author} · {_when(comment)}"
        about = self.tr("on {target}").format(target=target_name(journey, comment.target))
        row = QTreeWidgetItem(self.tree, [f"{head}\n{about}\n{_wrapped(comment.text)}"])
        row.setData(0, ID_ROLE, cid)
        row.setToolTip(0, comment.text)
        if comment.resolved:
            row.setForeground(0, self.palette().placeholderText())
        for reply in comment.replies:
            child = QTreeWidgetItem(
                row, [f"{reply.author} · {_when(reply)}\n{_wrapped(reply.text)}"]
            )
            child.setToolTip(0, reply.text)
            if comment.resolved:
                child.setForeground(0, self.palette().placeholderText())
        row.setExpanded(True)

    def _update_target(self) -> None:
        self.target_label.setText(
            self.tr("New comments go on {target}").format(
                target=target_name(self.document.journey, self.target())
            )
        )

    def _update_buttons(self, *_args: Any) -> None:
        has_text = bool(self.text.toPlainText().strip())
        cid = self.current_id()
        comment = self.document.journey.comments.get(cid) if cid else None
        self.add_button.setEnabled(has_text)
        self.answer_button.setEnabled(has_text and comment is not None)
        self.resolve_button.setEnabled(comment is not None)
        self.remove_button.setEnabled(comment is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if comment is not None and comment.resolved else self.tr("Resolve")
        )

    def _document_changed(self, change: Change) -> None:
        if "comments" in change.journey or change.removed or change.updated:
            self.refresh()

    # -- changing --------------------------------------------------------------------

    def _push(self, cid: str, comment: Comment | None) -> bool:
        try:
            self.document.push(SetComment(cid, comment))
        except EditError as exc:
            self.target_label.setText(str(exc))
            return False
        return True

    def add_comment(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        journey = self.document.journey
        cid = new_comment_id(journey)
        if self._push(cid, new_comment(self.target(), comment_author(), text)):
            self.text.clear()
            self._choose(cid)

    def answer(self) -> None:
        text = self.text.toPlainText().strip()
        cid = self.current_id()
        comment = self.document.journey.comments.get(cid) if cid else None
        if not text or comment is None or cid is None:
            return
        if self._push(cid, with_reply(comment, comment_author(), text)):
            self.text.clear()
            self._choose(cid)

    def toggle_resolved(self) -> None:
        cid = self.current_id()
        comment = self.document.journey.comments.get(cid) if cid else None
        if comment is None or cid is None:
            return
        self._push(cid, comment.model_copy(update={"resolved": not comment.resolved}))
        self._choose(cid)

    def remove(self) -> None:
        cid = self.current_id()
        if cid is not None and cid in self.document.journey.comments:
            self._push(cid, None)

    def _choose(self, cid: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            if row is not None and row.data(0, ID_ROLE) == cid:
                self.tree.setCurrentItem(row)
                return

    def _show_target(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        cid = self.current_id()
        comment = self.document.journey.comments.get(cid) if cid else None
        if comment is None or comment.target[0] == "journey":
            return
        if not target_exists(self.document.journey, comment.target):
            return
        kind = comment.target[0]
        key: Any = tuple(comment.target[1:]) if kind == "ratings" else comment.target[1]
        self.selection.set([(kind, key)])
        if self.show_item is not None:
            step = key[0] if kind == "ratings" else key
            if kind in ("steps", "ratings"):
                self.show_item("steps", step)


class CommentsDock(QDockWidget):
    """The comments panel in a dock (View ▸ Comments)."""

    def __init__(
        self,
        document: EditorDocument,
        selection: Selection,
        show_item: Callable[[str, Any], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Comments"), parent)
        self.setObjectName("comments_dock")
        self.panel = CommentsPanel(document, selection, show_item, self)
        self.setWidget(self.panel)
