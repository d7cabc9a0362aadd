"""Undo entries the model names itself read in Finnish in the History dock and
the Edit menu, and as the model wrote them in English."""

from __future__ import annotations

from journeymap.model import edits
from journeymap.model.edits import AddItem, CompositeEdit, RemoveItems, SetRating, UpdateItem
from journeymap.model.entities import Persona
from journeymap.ui.document.editor_document import edit_label
from tools import update_translations as update


def history(window) -> list[str]:
    model = window.history.view.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def build(window) -> None:
    window.window_actions.add_stage.trigger()
    window.window_actions.add_step.trigger()
    step = window.document.journey.steps[0]
    window.document.push(UpdateItem("steps", step.id, {"title": "Open chat"}))
    window.document.push(AddItem("personas", Persona(id="p", name="Pia")))
    window.document.push(SetRating(step.id, "p", {"ease": 2}))
    window.document.push(RemoveItems("personas", ["p"]))


def test_history_reads_in_finnish(finnish, window):
    build(window)
    assert history(window)[1:] == [
        "Lisää vaihe ”Uusi vaihe”",
        "Lisää kosketuspiste ”Uusi kosketuspiste”",
        "Nimeä kosketuspiste ”Uusi kosketuspiste” uudelleen",
        "Lisää persoona ”Pia”",
        "Arvioi kosketuspiste ”Open chat” persoonan ”Pia” näkökulmasta",
        "Poista persoona ”Pia”",
    ]
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.document.undo_stack.redo()  # a redone entry keeps its Finnish text
    assert history(window)[5] == "Arvioi kosketuspiste ”Open chat” persoonan ”Pia” näkökulmasta"
    assert window.document.undo_stack.undoText() == history(window)[5]


def test_history_in_english_is_the_models_label(window):
    build(window)
    commands = [window.document.undo_stack.command(i) for i in range(6)]
    assert history(window)[1:] == [c.edit.label for c in commands]
    assert history(window)[3] == "Rename step 'New step'"


def test_labels_given_by_the_editor_are_kept(finnish):
    edit = AddItem("personas", Persona(id="p", name="Pia"), label="Oma nimi")
    assert edit.label_parts is None and edit_label(edit) == "Oma nimi"
    named = AddItem("personas", Persona(id="q", name="Kai"))
    composite = CompositeEdit([named], named.label)
    assert edit_label(composite) == "Lisää persoona ”Kai”"
    assert edit_label(CompositeEdit([named], "Liitä")) == "Liitä"


def test_every_label_template_is_translated():
    messages = update.read_ts()
    for template in edits.LABEL_TEMPLATES:
        text, kind = messages[("EditLabel", template)]
        assert kind == "" and text, template
