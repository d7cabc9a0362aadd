"""Read a Mermaid ``journey`` diagram into a journey.

Understood: an optional YAML front-matter block (its ``title``), the ``journey``
keyword, ``title``, ``accTitle:``, ``accDescr:`` and ``accDescr { … }``,
``section NAME`` (a repeated name starts a new stage, in order), tasks
``Name: score`` / ``Name: score:`` / ``Name : score : Actor A, Actor B``, and
``%%`` comment lines. Steps are linked in the order they appear; the first is a
start and the last a success end. Each actor becomes a persona whose rating of
the task is emotion = score − 3. When the diagram names no actors at all, a
default persona, "Customer", rates every task; when it names some, a task
without actors stays unrated (the writer writes a step nobody rated that way).
Every problem is reported with its line number.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

from pydantic import ValidationError

from journeymap.export.errors import ImportFailed
from journeymap.export.mermaid import from_mermaid_text, score_to_emotion
from journeymap.model.entities import Persona, Rating, Stage, Step, StepKind, Transition
from journeymap.model.gcpause import gc_paused
from journeymap.model.ids import IdMaker
from journeymap.model.journey import Journey
from journeymap.model.reading import ReadRefused, read_capped
from journeymap.model.validation import problems_from_validation_error
from journeymap.palette import PERSONA_COLOURS

__all__ = ["DEFAULT_PERSONA", "MAX_MERMAID_BYTES", "parse_mermaid", "read_mermaid"]

MAX_MERMAID_BYTES = 4 * 1024 * 1024
DEFAULT_PERSONA = "Customer"

_TASK = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<score>[^:]*?)\s*(?::(?P<actors>.*))?$")
_KEYWORD = re.compile(r"^(?:(title|section)\s+|(accTitle|accDescr)\s*:\s*)(.*)$", re.I)


class _Builder:
    """The journey being read, item by item, with the line each item came from."""

    def __init__(self) -> None:
        self.title = ""
        self.front_title = ""
        self.acc_title = ""
        self.description = ""
        self.stages: list[Stage] = []
        self.steps: list[Step] = []
        self.personas: dict[str, Persona] = {}
        self.ratings: list[Rating] = []
        self.scores: list[tuple[str, float, list[str]]] = []
        self.problems: list[str] = []
        self._new_id = IdMaker()

    def fail(self, line: int, message: str) -> None:
        self.problems.append(f"line {line}: {message}")

    def section(self, line: int, name: str) -> None:
        stage_id = self._new_id("stage", name)
        try:
            self.stages.append(Stage(id=stage_id, name=name))
        except ValidationError as exc:
            self._invalid(line, "section", exc)

    def persona(self, name: str) -> str:
        key = name.casefold()
        if key not in self.personas:
            persona_id = self._new_id("persona", name)
            colour = PERSONA_COLOURS[len(self.personas) % len(PERSONA_COLOURS)]
            self.personas[key] = Persona(id=persona_id, name=name[:500], colour=colour)
        return self.personas[key].id

    def task(self, line: int, name: str, score: float, actors: list[str]) -> None:
        if not self.stages:
            self.section(line, "Journey")
        step_id = self._new_id("step", name)
        try:
            self.steps.append(Step(id=step_id, title=name, stage_id=self.stages[-1].id))
        except ValidationError as exc:
            self._invalid(line, "task", exc)
            return
        self.scores.append((step_id, score, actors))

    def _rate(self) -> None:
        """Ratings from the scores: each actor's; when the diagram names no actors
        at all, the default persona's. A task without actors in a diagram that
        has some is left unrated (that is how a step nobody rated is written)."""
        anyone = any(actors for _s, _score, actors in self.scores)
        for step_id, score, actors in self.scores:
            names = actors if anyone else [DEFAULT_PERSONA]
            for persona_id in dict.fromkeys(self.persona(a) for a in names):
                self.ratings.append(
                    Rating(step_id=step_id, persona_id=persona_id, emotion=score_to_emotion(score))
                )

    def _invalid(self, line: int, what: str, exc: ValidationError) -> None:
        for problem in problems_from_validation_error(exc):
            field = problem.path.replace("title", "name")
            self.fail(line, f"{what} {field} {problem.message}")

    def journey(self) -> Journey:
        self._rate()
        steps = list(self.steps)
        if steps:
            steps[0] = steps[0].model_copy(update={"kind": StepKind.START})
        if len(steps) > 1:
            steps[-1] = steps[-1].model_copy(update={"kind": StepKind.SUCCESS})
        transitions = [
            Transition(id=f"t-{i}", source=a.id, target=b.id)
            for i, (a, b) in enumerate(itertools.pairwise(steps), start=1)
        ]
        metadata = {"accTitle": self.acc_title} if self.acc_title else {}
        return Journey(
            title=(self.title or self.front_title or self.acc_title or "Untitled journey")[:500],
            description=self.description,
            personas=list(self.personas.values()),
            stages=self.stages,
            steps=steps,
            transitions=transitions,
            ratings=self.ratings,
            metadata=metadata,
        )


def _front_matter(lines: list[str], builder: _Builder) -> int:
    """Skip a ``---`` front-matter block, keeping its ``title``; returns the next index."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != "---":
        return 0
    for index in range(start + 1, len(lines)):
        text = lines[index]
        if text.strip() == "---":
            return index + 1
        match = re.match(r"^title\s*:\s*(.*)$", text)
        if match:
            builder.front_title = match.group(1).strip().strip("'\"")
    builder.fail(start + 1, "the front matter opened here is never closed with ---")
    return len(lines)


def _score(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 1 <= value <= 5 else None


def _statement(builder: _Builder, number: int, text: str) -> None:
    keyword = _KEYWORD.match(text)
    if keyword:
        word, rest = (keyword.group(1) or keyword.group(2)).lower(), keyword.group(3)
        if word == "title":
            builder.title = from_mermaid_text(rest)
        elif word == "section":
            if ":" in rest:
                builder.fail(number, f"a section name cannot contain ':', found {rest[:60]!r}")
            else:
                builder.section(number, from_mermaid_text(rest) or "Section")
        elif word == "acctitle":
            builder.acc_title = rest.strip()
        else:
            builder.description = rest.strip()
        return
    match = _TASK.match(text)
    if not match:
        builder.fail(
            number,
            f"expected 'section NAME' or a task 'Name: score: actors', found {text[:60]!r}",
        )
        return
    score = _score(match.group("score"))
    if score is None:
        builder.fail(
            number, f"the score must be a number from 1 to 5, found {match.group('score')!r}"
        )
        return
    actors = [from_mermaid_text(a) for a in (match.group("actors") or "").split(",")]
    builder.task(number, from_mermaid_text(match.group("name")), score, [a for a in actors if a])


def parse_mermaid(text: str) -> Journey:
    """The journey in Mermaid ``journey`` text; :class:`ImportFailed` lists each problem."""
    with gc_paused():  # hundreds of thousands of small objects, none of them garbage
        return _parse(text)


def _parse(text: str) -> Journey:
    builder = _Builder()
    lines = text.splitlines()
    index = _front_matter(lines, builder)
    header_seen = False
    while index < len(lines):
        number, raw = index + 1, lines[index]
        index += 1
        text_line = raw.strip()
        if not text_line or text_line.startswith("%%"):
            continue
        if not header_seen:
            if re.match(r"^journey\b", text_line, re.I) and not text_line[7:].strip():
                header_seen = True
            else:
                builder.fail(number, f"expected 'journey', found {text_line[:60]!r}")
                break
            continue
        if re.match(r"^accDescr\s*\{", text_line, re.I):
            body = [text_line.split("{", 1)[1]]
            while "}" not in body[-1] and index < len(lines):
                body.append(lines[index])
                index += 1
            if "}" not in body[-1]:
                builder.fail(number, "accDescr { is never closed with }")
            body[-1] = body[-1].split("}", 1)[0]
            builder.description = "\n".join(part.strip() for part in body).strip()
            continue
        _statement(builder, number, text_line)
    if not header_seen and not builder.problems:
        builder.fail(max(len(lines), 1), "no 'journey' line: this is not a Mermaid journey")
    if builder.problems:
        raise ImportFailed(builder.problems)
    return builder.journey()


def read_mermaid(path: str | os.PathLike[str]) -> Journey:
    """The journey in the Mermaid file at ``path``: a regular file of at most
    :data:`MAX_MERMAID_BYTES` (a pipe or a device is refused before reading)."""
    path = Path(path)
    try:
        data = read_capped(path, MAX_MERMAID_BYTES, "a Mermaid file")
    except ReadRefused as exc:
        raise ImportFailed(str(exc), str(path)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"not UTF-8 text (byte {exc.start})", str(path)) from None
    try:
        return parse_mermaid(text)
    except ImportFailed as exc:
        raise ImportFailed(exc.problems, str(path)) from None
