"""``journeymap library DIR [--json] [--search TEXT]``: the journeys of a folder.

Lists every journey of the folder and its sub-folders with its title, steps,
personas, last change (git's last commit when committed and unchanged, else
the file's time) and worst pain points; broken files are listed with their
problems (the exit code stays 0: the listing itself worked). ``--search``
lists the places where every word of TEXT is found instead. Exit 1 when DIR
is not a folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journeymap.library.catalogue import Library, LibraryEntry
    from journeymap.library.search import SearchHit

__all__ = ["HELP", "NAME", "add_arguments", "run"]

NAME = "library"
HELP = "list and search the journeys of a folder"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument(
        "--search", metavar="TEXT", help="find TEXT in titles, steps, notes and personas"
    )


def run(args: argparse.Namespace) -> int:
    from journeymap.library.catalogue import scan_library

    try:
        library = scan_library(args.folder, analyse_journeys=not args.search)
    except NotADirectoryError:
        print(f"{args.folder}: not a folder", file=sys.stderr)
        return 1
    if args.search is not None:
        from journeymap.library.search import search_library

        hits = search_library(library, args.search)
        if args.json:
            hits_data = [_hit_data(h) for h in hits]
            _write_json({"folder": str(library.folder), "query": args.search, "hits": hits_data})
        else:
            sys.stdout.write(_hits_text(hits, args.search))
        return 0
    if args.json:
        _write_json(_library_data(library))
    else:
        sys.stdout.write(_library_text(library))
    for note in library.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _write_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _entry_data(entry: LibraryEntry) -> dict[str, Any]:
    from journeymap.library.shared import stale_copies

    data: dict[str, Any] = {
        "path": entry.relative,
        "title": entry.title,
        "steps": entry.step_count,
        "personas": list(entry.persona_names),
        "last_change": entry.last_change.isoformat() if entry.last_change else None,
        "change_source": entry.change_source,
        "conversion": entry.conversion,
        "worst_pain_points": [
            {
                "step": p.step_id,
                "step_title": p.step_title,
                "persona": p.persona_id,
                "persona_name": p.persona_name,
                "score": round(p.score, 4),
                "severity": p.severity,
            }
            for p in entry.worst_pains
        ],
    }
    journey = entry.journey
    if journey is not None:
        data["sub_journeys"] = [
            {"step": s.id, "link": s.journey_link} for s in journey.steps if s.journey_link
        ]
        status = stale_copies(journey, entry.path)
        data["shared"] = {
            "current": status.current,
            "stale": [{"collection": s.collection, "id": s.key} for s in status.stale],
            "problems": status.problems,
        }
    return data


def _library_data(library: Library) -> dict[str, Any]:
    return {
        "folder": str(library.folder),
        "in_git": library.in_git,
        "journeys": [_entry_data(e) for e in library.journeys],
        "broken": [{"path": e.relative, "problems": list(e.problems)} for e in library.broken],
        "left_out": library.left_out,
    }


def _library_text(library: Library) -> str:
    from journeymap.analysis.phrases import ENGLISH, counted
    from journeymap.palette import SEVERITY_MARK

    journeys, broken = library.journeys, library.broken
    lines = [f"{library.folder}: {counted(len(journeys), 'journey', 'journeys')}"]
    if broken:
        lines[0] += f", {counted(len(broken), 'broken file', 'broken files')}"
    for entry in journeys:
        when = entry.last_change.strftime("%Y-%m-%d %H:%M") if entry.last_change else "?"
        source = "commit" if entry.change_source == "git" else "file"
        lines.append("")
        lines.append(f"{entry.title}  ({entry.relative})")
        lines.append(
            f"  {counted(entry.step_count, 'step', 'steps')}, last change {when} ({source}), "
            f"conversion {ENGLISH.rate(entry.conversion)}"
        )
        lines.append(f"  personas: {' · '.join(entry.persona_names) or 'none'}")
        for pain in entry.worst_pains:
            mark = SEVERITY_MARK.get(pain.severity, "")
            lines.append(f"  {mark} {pain.severity:<8} {pain.step_title} — {pain.persona_name}")
    if broken:
        lines.append("")
        lines.append("Broken files:")
        for entry in broken:
            for problem in entry.problems:
                lines.append(f"  {entry.relative}: {problem}")
    return "\n".join(lines) + "\n"


def _hit_data(hit: SearchHit) -> dict[str, str]:
    return {
        "path": hit.relative,
        "journey": hit.journey_title,
        "kind": hit.kind,
        "collection": hit.collection,
        "id": hit.key,
        "label": hit.label,
        "snippet": hit.snippet,
    }


def _hits_text(hits: list[SearchHit], query: str) -> str:
    from journeymap.analysis.phrases import counted

    lines = [f"{counted(len(hits), 'place', 'places')} with {query!r}"]
    for hit in hits:
        where = f"{hit.kind} {hit.label!r}" if hit.kind != "title" else "title"
        lines.append(f"  {hit.relative}: {where}: {hit.snippet}")
    return "\n".join(lines) + "\n"
