"""Add, duplicate, delete, reorder, copy and paste, acting on the selection.

Every method builds model edits and pushes them through the document (several
items at once become one :class:`CompositeEdit`, so one undo step); an edit
that cannot be made is reported through :attr:`EditActions.status`.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from journeymap.model import (
    AddItem,
    Channel,
    CompositeEdit,
    Edit,
    EditError,
    MoveItem,
    MoveStep,
    Opportunity,
    Persona,
    RemoveItems,
    Stage,
    Step,
    Transition,
    new_id,
)
from journeymap.model.transfer import (
    collect_items,
    paste_edits,
    payload_from_text,
    payload_to_text,
)
from journeymap.palette import PERSONA_COLOURS
from journeymap.ui.document.editor_document import EditorDocument
from journeymap.ui.document.selection import Selection

__all__ = ["EditActions"]

# Dependents first, so removing a stage after its (also selected) steps still works.
_REMOVE_ORDER = (
    "opportunities",
    "ratings",
    "transitions",
    "steps",
    "channels",
    "personas",
    "stages",
)


class EditActions(QObject):
    """The editing commands of one window, on its document and selection."""

    status = Signal(str)
    """A message for the status bar (what was done, or why it could not be)."""

    def __init__(self, document: EditorDocument, selection: Selection, parent=None):
        super().__init__(parent)
        self.document = document
        self.selection = selection

    @property
    def journey(self):
        return self.document.journey

    def push(self, edit: Edit, select: list[tuple[str, Any]] | None = None) -> bool:
        """Push ``edit``; on success select ``select`` (when given)."""
        try:
            self.document.push(edit)
        except EditError as exc:
            self.status.emit(self.tr("Cannot do that: {reason}").format(reason=exc))
            return False
        if select is not None:
            self.selection.set(select)
        return True

    def _ids(self, collection: str) -> set[str]:
        return {item.id for item in self.journey.collection(collection)}

    def _selected_step(self) -> Step | None:
        steps = self.selection.keys("steps")
        return self.journey.find("steps", steps[-1]) if steps else None

    def _current_stage(self) -> str | None:
        step = self._selected_step()
        if step is not None:
            return step.stage_id
        stages = self.selection.keys("stages")
        if stages:
            return stages[-1]
        return self.journey.stages[-1].id if self.journey.stages else None

    # -- add -----------------------------------------------------------------

    def add_stage(self, name: str = "") -> bool:
        name = name or self.tr("New stage")
        stage = Stage(id=new_id("stage", self._ids("stages"), name), name=name)
        index = None
        step = self._selected_step()
        current = self.selection.keys("stages") or ([step.stage_id] if step else [])
        if current:
            pos = self.journey.position("stages", current[-1])
            index = None if pos is None else pos + 1
        return self.push(AddItem("stages", stage, index), [("stages", stage.id)])

    def add_step(self, title: str = "") -> bool:
        title = title or self.tr("New step")
        edits: list[Edit] = []
        stage_id = self._current_stage()
        if stage_id is None:
            stage_name = self.tr("Stage 1")
            stage_id = new_id("stage", self._ids("stages"), stage_name)
            edits.append(AddItem("stages", Stage(id=stage_id, name=stage_name)))
        anchor = self._selected_step()
        step = Step(
            id=new_id("step", self._ids("steps"), title),
            title=title,
            stage_id=stage_id,
            channel_id=anchor.channel_id if anchor else None,
        )
        in_stage = [i for i, s in enumerate(self.journey.steps) if s.stage_id == stage_id]
        if anchor is not None:
            index = self.journey.position("steps", anchor.id) + 1
        else:
            index = in_stage[-1] + 1 if in_stage else None
        edits.append(AddItem("steps", step, index))
        edit = edits[0] if len(edits) == 1 else CompositeEdit(edits, edits[-1].label)
        return self.push(edit, [("steps", step.id)])

    def add_persona(self, name: str = "") -> bool:
        name = name or self.tr("New persona")
        colour = PERSONA_COLOURS[len(self.journey.personas) % len(PERSONA_COLOURS)]
        persona = Persona(
            id=new_id("persona", self._ids("personas"), name), name=name, colour=colour
        )
        return self.push(AddItem("personas", persona), [("personas", persona.id)])

    def add_channel(self, name: str = "") -> bool:
        name = name or self.tr("New channel")
        channel = Channel(id=new_id("channel", self._ids("channels"), name), name=name)
        return self.push(AddItem("channels", channel), [("channels", channel.id)])

    def add_transition(self) -> bool:
        """Connect the selected steps in selection order; with one step selected,
        connect it to the next step of the map."""
        steps = [s for s in self.selection.keys("steps") if self.journey.has("steps", s)]
        if len(steps) == 1:
            order = [s.id for s in self.journey.ordered_steps()]
            at = order.index(steps[0])
            if at + 1 >= len(order):
                self.status.emit(self.tr("The last step has no next step to connect to"))
                return False
            steps.append(order[at + 1])
        if len(steps) < 2:
            self.status.emit(self.tr("Select two steps to connect"))
            return False
        existing = {(t.source, t.target) for t in self.journey.transitions}
        taken = self._ids("transitions")
        edits: list[Edit] = []
        for source, target in pairwise(steps):
            if (source, target) in existing:
                continue
            key = new_id("transition", taken, f"{source}-{target}")
            taken.add(key)
            edits.append(AddItem("transitions", Transition(id=key, source=source, target=target)))
        if not edits:
            self.status.emit(self.tr("These steps are already connected"))
            return False
        select = [("transitions", e.item.id) for e in edits]  # type: ignore[attr-defined]
        if len(edits) == 1:
            return self.push(edits[0], select)
        label = self.tr("Connect {count} steps").format(count=len(edits) + 1)
        return self.push(CompositeEdit(edits, label), select)

    def add_opportunity(self, title: str = "") -> bool:
        title = title or self.tr("New opportunity")
        steps = tuple(s for s in self.selection.keys("steps") if self.journey.has("steps", s))
        opportunity = Opportunity(
            id=new_id("opportunity", self._ids("opportunities"), title), title=title, step_ids=steps
        )
        return self.push(AddItem("opportunities", opportunity), [("opportunities", opportunity.id)])

    # -- delete --------------------------------------------------------------

    def delete(self) -> bool:
        groups: dict[str, list[Any]] = {}
        for collection, key in self.selection.items:
            if collection in _REMOVE_ORDER and self.journey.has(collection, key):
                groups.setdefault(collection, []).append(key)
        if not groups:
            self.status.emit(self.tr("Nothing selected to delete"))
            return False
        edits = [RemoveItems(c, groups[c]) for c in _REMOVE_ORDER if c in groups]
        if len(edits) == 1:
            return self.push(edits[0], [])
        count = sum(len(keys) for keys in groups.values())
        return self.push(
            CompositeEdit(edits, self.tr("Delete {count} items").format(count=count)), []
        )

    # -- copy, paste, duplicate ----------------------------------------------

    def copy(self) -> bool:
        items = collect_items(self.journey, self.selection.items)
        if not items:
            self.status.emit(self.tr("Nothing selected to copy"))
            return False
        # Plain text, set by Qt itself: it carries the items (marked JSON that
        # paste recognises) to this or another journeymap window, and leaves
        # no Python-made object on the clipboard for Qt to delete later.
        QGuiApplication.clipboard().setText(payload_to_text(items))
        count = sum(len(v) for v in items.values())
        self.status.emit(self.tr("Copied {count} items").format(count=count))
        return True

    def cut(self) -> bool:
        return self.copy() and self.delete()

    def paste(self) -> bool:
        text = QGuiApplication.clipboard().text()
        items = payload_from_text(text) if text else None
        if items is None:
            self.status.emit(self.tr("The clipboard holds no journey items"))
            return False
        return self._add_copies(items, "", self.tr("Paste {count} items"))

    def duplicate(self) -> bool:
        items = collect_items(self.journey, self.selection.items)
        if not items:
            self.status.emit(self.tr("Nothing selected to duplicate"))
            return False
        return self._add_copies(items, self.tr(" (copy)"), self.tr("Duplicate {count} items"))

    def _add_copies(self, items: dict[str, list[Any]], suffix: str, label: str) -> bool:
        step = self._selected_step()
        plan = paste_edits(
            self.journey,
            items,
            target_stage=self._current_stage(),
            after_step=step.id if step else None,
            suffix=suffix,
            new_stage_name=self.tr("Stage 1"),
        )
        if not plan.edits:
            self.status.emit(self.tr("Nothing to paste"))
            return False
        edit = CompositeEdit(plan.edits, label.format(count=len(plan.selection)))
        if not self.push(edit, plan.selection):
            return False
        ratings = sum(1 for kind, _ in plan.dropped if kind == "ratings")
        transitions = len(plan.dropped) - ratings
        if plan.dropped:
            self.status.emit(
                self.tr(
                    "Left out {ratings} ratings by personas this journey lacks and "
                    "{transitions} transitions whose steps were not copied"
                ).format(ratings=ratings, transitions=transitions)
            )
        return True

    # -- reorder -------------------------------------------------------------

    def move(self, delta: int) -> bool:
        """Move the current item one place earlier (-1) or later (+1)."""
        current = self.selection.current
        if current is None or current[0] == "ratings":
            self.status.emit(self.tr("Select a stage, step or other item to move"))
            return False
        collection, key = current
        if collection == "steps":
            edit = self._step_move(key, delta)
        else:
            pos = self.journey.position(collection, key)
            target = None if pos is None else pos + delta
            items = self.journey.collection(collection)
            edit = (
                MoveItem(collection, key, target)
                if target is not None and 0 <= target < len(items)
                else None
            )
        if edit is None:
            self.status.emit(self.tr("It cannot move further"))
            return False
        return self.push(edit, self.selection.items)

    def _step_move(self, step_id: str, delta: int) -> Edit | None:
        step = self.journey.find("steps", step_id)
        if step is None:
            return None
        siblings = [s.id for s in self.journey.steps if s.stage_id == step.stage_id]
        at = siblings.index(step_id)
        stages = [s.id for s in self.journey.stages]
        stage_at = stages.index(step.stage_id) if step.stage_id in stages else -1
        if delta < 0:
            if at > 0:
                return MoveStep(step_id, step.stage_id, siblings[at - 1])
            if stage_at > 0:  # to the end of the previous stage
                return MoveStep(step_id, stages[stage_at - 1], None)
            return None
        if at + 1 < len(siblings):
            after = siblings[at + 2] if at + 2 < len(siblings) else None
            return MoveStep(step_id, step.stage_id, after)
        if 0 <= stage_at < len(stages) - 1:  # to the start of the next stage
            following = self.journey.steps_in_stage(stages[stage_at + 1])
            return MoveStep(step_id, stages[stage_at + 1], following[0].id if following else None)
        return None

    # -- selection -----------------------------------------------------------

    def select_all_steps(self) -> None:
        self.selection.set(("steps", s.id) for s in self.journey.ordered_steps())
