"""Turning measured results into the report: floors, ratios, growth, targets; and the table."""

from __future__ import annotations

import itertools
from typing import Any

from benchmarks.figures import FIGURES, GROWTH_LIMIT, GROWTH_SIZES, GROWTH_TOLERANCE, Figure

__all__ = ["assemble", "format_seconds", "format_table", "peer_lines"]


def assemble(
    measured: dict[Any, dict[str, Any]],
    sizes,
    only: set[str],
    group_sizes: dict[str, tuple[int, ...]] | None = None,
) -> dict[str, Any]:
    """The report: ``{"figures": {key: {...}}}`` with one entry per figure.

    ``measured`` maps a size to the results measured at it (``"startup"`` to
    the start-up's); a group named in ``group_sizes`` was measured at those
    sizes instead of ``sizes``."""
    group_sizes = group_sizes or {}
    figures: dict[str, Any] = {}
    for figure in FIGURES:
        if figure.group not in only:
            continue
        rows = (
            {"example": measured.get("startup", {})}
            if figure.group == "startup"
            else {size: measured.get(size, {}) for size in group_sizes.get(figure.group, sizes)}
        )
        per_size = {str(size): _row(figure, results) for size, results in rows.items()}
        entry: dict[str, Any] = {
            "label": figure.label,
            "floor": figure.floor_label or None,
            "target": figure.target_text() or None,
            "unit": "s",
            "sizes": per_size,
            "growth": _growth(per_size, figure.growth_sizes),
            "growth_sizes": list(figure.growth_sizes),
        }
        entry["target_met"], entry["misses"] = _judge(figure, per_size, entry["growth"])
        figures[figure.key] = entry
    return {"figures": figures}


def _row(figure: Figure, results: dict[str, Any]) -> dict[str, Any]:
    own = results.get(figure.key) or {"value": None, "status": "n/a (not measured)"}
    row: dict[str, Any] = {
        "value": own.get("value"),
        "status": own.get("status", "ok"),
        "repeats": own.get("repeats"),
        "min": own.get("min"),
        "cpu": own.get("cpu"),
    }
    if own.get("detail"):
        row["detail"] = own["detail"]
    if own.get("bytes") is not None:
        row["bytes"] = own["bytes"]
    floor_bytes = [(results.get(k) or {}).get("bytes") for k in figure.floors]
    if figure.floors and None not in floor_bytes:
        row["floor_bytes"] = sum(floor_bytes)
    floor_values = [(results.get(k) or {}).get("value") for k in figure.floors]
    floor = sum(floor_values) if figure.floors and None not in floor_values else None
    row["floor"] = floor
    row["ratio"] = row["value"] / floor if floor and row["value"] is not None else None
    floor_cpu = [(results.get(k) or {}).get("cpu") for k in figure.floors]
    if figure.floors and None not in floor_cpu:
        row["floor_cpu"] = sum(floor_cpu)  # on a busy machine, CPU ratios are steadier
    return row


def _growth(per_size: dict[str, Any], sizes: tuple[int, int] = GROWTH_SIZES) -> float | None:
    low, high = (per_size.get(str(n), {}).get("value") for n in sizes)
    return high / low if low and high is not None else None


def _judge(figure: Figure, per_size: dict[str, Any], growth: float | None):
    """Whether every target that could be checked was met (``None``: none could)."""
    misses: list[str] = []
    checked = False
    more = {str(size): seconds for size, seconds in figure.more_limits}
    for size, row in per_size.items():
        if row["value"] is None:
            continue
        where = f" at {int(size):,} steps" if size.isdigit() else ""
        if size in more:
            checked = True
            if row["value"] >= more[size]:
                misses.append(f"{format_seconds(row['value'])}{where}")
        if not figure.applies(size):
            continue
        if figure.max_seconds is not None:
            checked = True
            if row["value"] >= figure.max_seconds:
                misses.append(f"{format_seconds(row['value'])}{where}")
        if figure.max_ratio is not None and row["ratio"] is not None:
            checked = True
            if row["ratio"] > figure.max_ratio:
                misses.append(f"{row['ratio']:.1f}× floor{where}")
    if figure.monotonic:
        measured = sorted((int(k), r["value"]) for k, r in per_size.items()
                          if k.isdigit() and r["value"] is not None)  # fmt: skip
        for (small, slow), (large, fast) in itertools.pairwise(measured):
            checked = True
            if slow > fast:
                misses.append(f"{small:,} steps slower than {large:,}")
    if growth is not None:
        checked = True
        if growth > GROWTH_TOLERANCE:
            misses.append(f"grows {growth:.1f}×")
    return (not misses if checked else None), misses


def format_seconds(value: float | None) -> str:
    if value is None:
        return "-"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def format_table(report: dict[str, Any]) -> str:
    """A plain-text table: figure, size, value, floor, ratio, growth, target."""
    header = ("figure", "size", "value", "floor", "ratio", "growth", "target")
    lines: list[tuple[str, ...]] = [header]
    for entry in report["figures"].values():
        first = True
        for size, row in entry["sizes"].items():
            value = format_seconds(row["value"]) if row["value"] is not None else row["status"]
            lines.append((
                entry["label"] if first else "",
                f"{int(size):,}" if size.isdigit() else size,
                value,
                format_seconds(row["floor"]),
                f"{row['ratio']:.1f}×" if row["ratio"] is not None else "-",
                _growth_text(entry["growth"]) if first else "",
                _verdict(entry) if first else "",
            ))  # fmt: skip
            first = False
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
            for line in lines]  # fmt: skip
    text.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(text)


def _growth_text(growth: float | None) -> str:
    return f"{growth:.1f}×" if growth is not None else "-"


def _verdict(entry: dict[str, Any]) -> str:
    target = entry["target"] or ""
    low, high = entry.get("growth_sizes") or GROWTH_SIZES
    span = "" if (low, high) == GROWTH_SIZES else f" {low // 1000}k → {high // 1000}k"
    growth = f"growth{span} ≤ ~{GROWTH_LIMIT:g}×"
    goal = f"{target}; {growth}" if target else growth
    if entry["target_met"] is None:
        return f"{goal} (not checked)"
    if entry["target_met"]:
        return f"met: {goal}"
    return "MISSED: " + "; ".join(entry["misses"])


def peer_lines(report: dict[str, Any]) -> list[str]:
    """Mermaid's renderer beside journeymap, size by size: both times, the
    ratio and the two files' sizes; or why the peer was skipped."""
    entry = report["figures"].get("mermaid_journeymap")
    if entry is None:
        return []
    lines = ["", "Mermaid peer (mmdc against journeymap export, whole processes, same journey):"]
    for size, row in entry["sizes"].items():
        if row["value"] is None:
            lines.append(f"  {int(size):>6,} steps: {row['status']}: {row.get('detail', '')}")
            continue
        files = ""
        if row.get("bytes") and row.get("floor_bytes"):
            files = (
                f"; SVG {row['bytes'] / 1000:,.0f} kB against {row['floor_bytes'] / 1000:,.0f} kB"
                f" ({row['bytes'] / row['floor_bytes']:.1f}× the size)"
            )
        ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else "-"
        lines.append(
            f"  {int(size):>6,} steps: journeymap {format_seconds(row['value'])}, "
            f"mmdc {format_seconds(row['floor'])}: {ratio} mmdc's time{files}"
        )
    return lines
