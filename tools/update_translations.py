"""Re-extract the editor's texts into ``journeymap_fi.ts`` and compile ``journeymap_fi.qm``.

Run from the repository's root (``tools`` is not installed with the package)::

    python -m tools.update_translations           # update the .ts, compile the .qm
    python -m tools.update_translations --check   # exit 1 if anything is out of date

Why not ``pyside6-lupdate`` alone: its Python parser files a text under a
different context than PySide6 looks it up in at run time when the call goes
through ``tr = self.tr``, a module helper such as
``def _tr(text): return QCoreApplication.translate("MapScene", text)``, or
another object's ``window.tr(...)``; texts under the wrong context never show
translated. So the texts are read here from the syntax tree with the contexts
PySide6 uses (the object's class, subclasses included; the helper's context;
the receiver's annotated class), and ``pyside6-lupdate`` is still run as a
safety net: any text it finds that is not extracted here is printed.
``pyside6-lrelease`` compiles the .qm. Both ship with PySide6-Essentials.

The analysis's sentences (pain-point reasons, check messages, hand-off
reasons) are not in these sources: their templates are declared in
``journeymap.analysis`` (:data:`journeymap.analysis.phrases.TEMPLATES`) and are
filed under the ``AnalysisText`` context that ``journeymap.canvas.analysis_text``
looks them up in. Likewise the undo entries the model names itself: templates
in ``journeymap.model.edits.LABEL_TEMPLATES``, context ``EditLabel``.

Existing translations are kept; a text that is new in one context but already
translated in another takes that translation; texts no longer in the sources
stay in the .ts as ``vanished`` so their translation is not lost.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["QM_FILE", "TS_FILE", "compile_qm", "extract", "main", "read_ts", "sources", "write_ts"]

PACKAGE = Path(__file__).resolve().parent.parent / "journeymap"
HERE = PACKAGE / "translations"
TS_FILE = HERE / "journeymap_fi.ts"
QM_FILE = HERE / "journeymap_fi.qm"
LANGUAGE = "fi_FI"

SEVERITIES = ("critical", "major", "minor")

KNOWN_DYNAMIC = {
    "text",
    "pain.severity",
    "card.pain",
    "s.low_label",
    "s.high_label",
    "m.value.replace('_', ' ')",
    "f'{severity} pain point'",
    "parts.template",
}
"""Arguments of translation calls whose texts :func:`dynamic_texts` lists."""

RECEIVERS = {"window": "MainWindow"}
"""Class of an unannotated ``NAME.tr(...)`` receiver, by the name it has."""


def dynamic_texts() -> dict[str, tuple[str, ...]]:
    """Context → texts that reach a translation function only at run time:
    severity names, the model's choice values, the rating scales' end labels, the
    templates of the analysis's sentences (see ``journeymap.canvas.analysis_text``) and
    of the undo entries the model names (see ``journeymap.ui.document.editor_document``)."""
    from journeymap.analysis import (
        channels,
        checks,
        flow,
        pain_points,
        phrases,
        service_levels,
    )
    from journeymap.export import (
        chart_common,
        chart_sankey,
        charts,
        compare_page,
        excel_maturity,
        excel_report,
        excel_service,
        excel_words,
        radar,
        roadmap_page,
        roadmap_sheet,
        summary_page,
    )
    from journeymap.export.words import WORDS
    from journeymap.model import assessment_edits, comment_edits, edits, entities, scales

    del chart_common, chart_sankey, charts, excel_report, excel_words, summary_page  # WORDS
    del excel_maturity, excel_service, radar, roadmap_sheet  # WORDS
    del compare_page, roadmap_page  # WORDS
    # imported to declare their templates
    del channels, checks, flow, pain_points, service_levels, assessment_edits, comment_edits

    def choices(*enums) -> tuple[str, ...]:
        return tuple(m.value.replace("_", " ") for enum in enums for m in enum)

    ends = tuple(
        text
        for scale in (scales.GOAL, scales.EASE, scales.EMOTION)
        for text in (scale.low_label, scale.high_label)
    )
    return {
        "MapScene": SEVERITIES + tuple(f"{s} pain point" for s in SEVERITIES),
        "PresentationWindow": SEVERITIES + ends,
        "InsightsTree": SEVERITIES,
        "FlowView": SEVERITIES,
        "AnalysisText": tuple(phrases.TEMPLATES),
        "EditLabel": tuple(edits.LABEL_TEMPLATES),
        "ExportText": tuple(WORDS),
        "Inspector": choices(
            entities.ChannelKind,
            entities.Ownership,
            entities.StepKind,
            entities.OpportunityStatus,
            entities.RatingSource,
            entities.ServiceLevel,
            entities.MaturityArea,
        ),
    }


Key = tuple[str, str]


def sources() -> list[Path]:
    """The files whose texts are translated: the editor, the map it draws and the
    map image export."""
    return [
        *sorted((PACKAGE / "ui").rglob("*.py")),
        *sorted((PACKAGE / "canvas").rglob("*.py")),
        PACKAGE / "export" / "map_image.py",
    ]


# -- extraction -------------------------------------------------------------------


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    helpers: dict[str, str] = field(default_factory=dict)  # function name → context
    constants: dict[str, list[str]] = field(default_factory=dict)  # name → its texts
    nodes: dict[str, ast.AST] = field(default_factory=dict)  # constant name → its value
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local → (module, name)
    bases: dict[str, list[str]] = field(default_factory=dict)  # class → base names


def _strings(node: ast.AST) -> list[str] | None:
    """The texts of a literal str, or of a tuple/list/set/dict (values) of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = node.elts
    elif isinstance(node, ast.Dict):
        items = node.values
    else:
        return None
    texts: list[str] = []
    for item in items:
        found = _strings(item)
        if found is None:
            return None
        texts.extend(found)
    return texts


def _translate_context(call: ast.AST | None) -> str | None:
    """``"Ctx"`` of ``QCoreApplication.translate("Ctx", ...)``."""
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ):
        return call.args[0].value
    return None


def _scan_module(path: Path) -> _Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _Module(path, tree)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) >= 1:
            last = node.body[-1]
            if isinstance(last, ast.Return) and (ctx := _translate_context(last.value)):
                module.helpers[node.name] = ctx
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            texts = _strings(node.value) if node.value is not None else None
            for target in targets:
                if isinstance(target, ast.Name) and node.value is not None:
                    module.nodes[target.id] = node.value
                    if texts:
                        module.constants[target.id] = texts
        elif isinstance(node, ast.ClassDef):
            module.bases[node.name] = [
                b.id if isinstance(b, ast.Name) else b.attr
                for b in node.bases
                if isinstance(b, (ast.Name, ast.Attribute))
            ]
    for found in ast.walk(tree):  # imports inside functions count too
        if isinstance(found, ast.ImportFrom) and found.module:
            for alias in found.names:
                module.imports[alias.asname or alias.name] = (found.module, alias.name)
    return module


def _column(node: ast.AST, position: int) -> list[str] | None:
    """Texts at ``position`` of every tuple in a literal sequence of tuples."""
    if not isinstance(node, (ast.Tuple, ast.List)):
        return None
    texts = []
    for row in node.elts:
        if not isinstance(row, ast.Tuple) or len(row.elts) <= position:
            return None
        cell = row.elts[position]
        if isinstance(cell, ast.Constant) and isinstance(cell.value, str):
            texts.append(cell.value)
    return texts


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


class _Extractor(ast.NodeVisitor):
    """Walks one module and records ``(context, text) → [(path, line)]``."""

    def __init__(self, module: _Module, modules: dict[str, _Module], found, warnings):
        self.module = module
        self.modules = modules
        self.found = found
        self.warnings = warnings
        self.classes: list[str] = []
        self.aliases: list[set[str]] = [set()]  # names bound to self.tr per function
        self.annotations: list[dict[str, str]] = [{}]
        self.loop_texts: dict[str, list[str]] = {}  # loop variable → texts it takes

    # where a name comes from
    def _resolve(self, name: str, table: str):
        value = getattr(self.module, table).get(name)
        if value is not None:
            return value
        origin = self.module.imports.get(name)
        if origin and origin[0] in self.modules:
            return getattr(self.modules[origin[0]], table).get(origin[1])
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._visit_function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._visit_function(node)

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        aliases: set[str] = set()
        for stmt in ast.walk(node):
            if (
                isinstance(stmt, ast.Assign)
                and isinstance(stmt.value, ast.Attribute)
                and stmt.value.attr == "tr"
                and isinstance(stmt.value.value, ast.Name)
                and stmt.value.value.id == "self"
            ):
                aliases.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
        annotations: dict[str, str] = {}
        for arg in node.args.args + node.args.kwonlyargs:
            ann = arg.annotation
            if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
                annotations[arg.arg] = ann.value.split(".")[-1].split("|")[0].strip()
            elif isinstance(ann, ast.Name):
                annotations[arg.arg] = ann.id
        self.aliases.append(aliases)
        self.annotations.append(annotations)
        self.generic_visit(node)
        self.aliases.pop()
        self.annotations.pop()

    def visit_For(self, node: ast.For | ast.comprehension) -> None:
        target, source = node.target, node.iter
        if (
            isinstance(source, ast.Call)
            and isinstance(source.func, ast.Name)
            and source.func.id == "enumerate"
            and source.args
            and isinstance(target, ast.Tuple)
            and len(target.elts) == 2
        ):
            target, source = target.elts[1], source.args[0]
        if isinstance(source, ast.Name):
            source = self._resolve(source.id, "nodes")
        if isinstance(target, ast.Tuple) and source is not None:
            for position, element in enumerate(target.elts):
                texts = _column(source, position)
                if isinstance(element, ast.Name) and texts:
                    self.loop_texts[element.id] = texts
        self.generic_visit(node)

    visit_comprehension = visit_For

    def visit_Call(self, node: ast.Call) -> None:
        context, arg = self._context_and_text(node)
        if context is not None and arg is not None:
            texts = _strings(arg) or self._constant_texts(arg)
            if texts:
                for text in texts:
                    self.found[(context, text)].append((self.module.path, node.lineno))
            elif ast.unparse(arg) not in KNOWN_DYNAMIC:
                self.warnings.append(
                    f"{self.module.path.name}:{node.lineno}: not extracted "
                    f"(context {context}): {ast.unparse(node)[:90]}"
                )
        self.generic_visit(node)

    def _context_and_text(self, node: ast.Call) -> tuple[str | None, ast.AST | None]:
        func = node.func
        first = node.args[0] if node.args else None
        if isinstance(func, ast.Name):
            if func.id in self.aliases[-1] and self.classes:
                return self.classes[-1], first
            helper = self._resolve(func.id, "helpers")
            if helper:
                return helper, first
            return None, None
        if not isinstance(func, ast.Attribute):
            return None, None
        if func.attr == "translate" and (ctx := _translate_context(node)):
            return ctx, node.args[1] if len(node.args) > 1 else None
        if func.attr != "tr" or not isinstance(func.value, ast.Name):
            return None, None
        receiver = func.value.id
        if receiver == "self" and self.classes:
            return self.classes[-1], first
        annotated = self.annotations[-1].get(receiver) or RECEIVERS.get(receiver)
        if annotated:
            return annotated, first
        self.warnings.append(
            f"{self.module.path.name}:{node.lineno}: unknown class of {receiver!r} in "
            f"{ast.unparse(node)[:80]}"
        )
        return None, None

    def _constant_texts(self, arg: ast.AST) -> list[str] | None:
        """Texts of ``NAME``, ``NAME[...]`` or ``NAME.get(...)`` for a constant NAME."""
        if isinstance(arg, ast.Subscript):
            arg = arg.value
        elif (
            isinstance(arg, ast.Call)
            and isinstance(arg.func, ast.Attribute)
            and arg.func.attr == "get"
        ):
            arg = arg.func.value
        if isinstance(arg, ast.Name):
            return self._resolve(arg.id, "constants") or self.loop_texts.get(arg.id)
        return None


def _subclasses(modules: dict[str, _Module]) -> dict[str, set[str]]:
    """Class name → every class in the sources deriving from it (at any depth)."""
    children: dict[str, set[str]] = defaultdict(set)
    for module in modules.values():
        for name, bases in module.bases.items():
            for base in bases:
                children[base].add(name)
    result: dict[str, set[str]] = {}
    for name in list(children):
        seen: set[str] = set()
        todo = list(children[name])
        while todo:
            child = todo.pop()
            if child not in seen:
                seen.add(child)
                todo.extend(children.get(child, ()))
        result[name] = seen
    return result


def extract(paths: list[Path] | None = None) -> tuple[dict[Key, list[tuple[Path, int]]], list[str]]:
    """Every translatable text in ``paths`` (default: :func:`sources`).

    Returns
    -------
    found, warnings
        ``(context, text) → [(path, line), ...]`` and messages about calls whose
        text or context could not be determined (see :func:`dynamic_texts`).
    """
    paths = paths or sources()
    modules = {_module_name(p): _scan_module(p) for p in paths}
    found: dict[Key, list[tuple[Path, int]]] = defaultdict(list)
    warnings: list[str] = []
    for module in modules.values():
        _Extractor(module, modules, found, warnings).visit(module.tree)
    for base, children in _subclasses(modules).items():
        for (context, text), where in list(found.items()):
            if context == base:
                for child in children:
                    found[(child, text)].extend(where)
    for context, texts in dynamic_texts().items():
        for text in texts:
            found.setdefault((context, text), [])
    return dict(found), warnings


# -- the .ts file -------------------------------------------------------------------


def read_ts(path: Path = TS_FILE) -> dict[Key, tuple[str, str]]:
    """``(context, source) → (translation, type)`` where type is "", "unfinished"
    or "vanished"."""
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            result[(name, message.findtext("source") or "")] = (text or "", kind)
    return result


def merge(
    found: dict[Key, list[tuple[Path, int]]], old: dict[Key, tuple[str, str]]
) -> dict[Key, tuple[str, str, list[tuple[Path, int]]]]:
    """The new .ts contents: found texts with their old (or borrowed) translation,
    plus vanished ones."""
    by_source: dict[str, str] = {}
    for (_, source), (text, kind) in old.items():
        if text and kind != "unfinished":
            by_source.setdefault(source, text)
    merged = {}
    for key, where in found.items():
        text, kind = old.get(key, ("", "unfinished"))
        if kind == "vanished":
            kind = "" if text else "unfinished"
        if not text and key[1] in by_source:
            text, kind = by_source[key[1]], ""
        merged[key] = (text, kind if text else "unfinished", where)
    for key, (text, _kind) in old.items():
        if key not in merged and text:
            merged[key] = (text, "vanished", [])
    return merged


def write_ts(merged: dict[Key, tuple[str, str, list[tuple[Path, int]]]], path: Path = TS_FILE):
    """Write a Qt Linguist .ts file: contexts by name, messages by first place used."""
    root = ET.Element("TS", version="2.1", language=LANGUAGE, sourcelanguage="en")
    by_context: dict[str, list] = defaultdict(list)
    for (context, source), (text, kind, where) in merged.items():
        by_context[context].append((source, text, kind, sorted(where)))

    def order(entry):
        where = entry[3]
        return (0, str(where[0][0]), where[0][1], entry[0]) if where else (1, "", 0, entry[0])

    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, text, kind, where in sorted(by_context[context], key=order):
            message = ET.SubElement(element, "message")
            for file, line in dict.fromkeys(where):
                rel = Path("..") / file.relative_to(PACKAGE)
                ET.SubElement(message, "location", filename=rel.as_posix(), line=str(line))
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if kind:
                translation.set("type", kind)
            if text:
                translation.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# -- Qt tools -------------------------------------------------------------------------


def _tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    """Compile ``ts`` into ``qm`` with ``pyside6-lrelease``."""
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def lupdate_texts(paths: list[Path]) -> set[str]:
    """The source texts ``pyside6-lupdate`` finds in ``paths`` (any context)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "lupdate.ts"
        subprocess.run(
            [_tool("lupdate"), "-silent", *map(str, paths), "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        return {source for _, source in read_ts(out)}


# -- command line -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Update (or with ``--check`` only verify) the Finnish .ts and .qm."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    paths = sources()
    found, warnings = extract(paths)
    for warning in warnings:
        print("warning:", warning)
    missed = lupdate_texts(paths) - {source for _, source in found} - {"{severity} pain point"}
    for text in sorted(missed):
        print(f"warning: pyside6-lupdate found a text not extracted here: {text!r}")
    old = read_ts()
    merged = merge(found, old)
    unfinished = sorted(k for k, (_, kind, _w) in merged.items() if kind == "unfinished")
    if args.check:
        stale = {k: v[:2] for k, v in merged.items()} != old
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / "fresh.qm"
            compile_qm(TS_FILE, fresh)
            stale_qm = not QM_FILE.exists() or fresh.read_bytes() != QM_FILE.read_bytes()
        for context, source in unfinished:
            print(f"untranslated [{context}] {source!r}")
        print(
            f".ts {'out of date' if stale else 'up to date'}; .qm "
            f"{'out of date' if stale_qm else 'up to date'}; {len(unfinished)} untranslated"
        )
        return 1 if stale or stale_qm or unfinished else 0
    write_ts(merged)
    compile_qm()
    done = sum(1 for _, kind, _w in merged.values() if kind == "")
    print(
        f"{TS_FILE.name}: {done} translated, {len(unfinished)} untranslated, "
        f"{sum(1 for v in merged.values() if v[1] == 'vanished')} vanished"
    )
    for context, source in unfinished:
        print(f"untranslated [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
