"""What the benchmark reports: each figure, its floor and its target."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FIGURES", "GROWTH_LIMIT", "GROWTH_SIZES", "GROWTH_TOLERANCE", "Figure"]

GROWTH_SIZES = (1000, 10000)
GROWTH_LIMIT = 12.0
GROWTH_TOLERANCE = 12.5
"""The issue asks for "no more than ~12×"; growth up to this is counted as met."""


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    group: str
    floors: tuple[str, ...] = ()
    """Keys of the floor results (from the same run) whose sum is the figure's floor."""
    floor_label: str = ""
    target_size: int | tuple[int, ...] | None = None
    """The size(s) the targets apply to; ``None``: every size."""
    max_seconds: float | None = None
    max_ratio: float | None = None
    more_limits: tuple[tuple[int, float], ...] = ()
    """Further ``(size, seconds)`` targets, for a figure with a second absolute limit."""
    growth_sizes: tuple[int, int] = GROWTH_SIZES
    """Growth is the figure at the second size over the figure at the first."""
    monotonic: bool = False
    """The target includes "no size slower than a larger one"."""

    def applies(self, size: str) -> bool:
        if self.target_size is None:
            return True
        sizes = self.target_size if isinstance(self.target_size, tuple) else (self.target_size,)
        return size in {str(n) for n in sizes}

    def target_text(self) -> str:
        parts = []
        if isinstance(self.target_size, tuple):
            where = " and ".join(f"{n:,}" for n in self.target_size) + " steps "
        else:
            where = f"{self.target_size:,} steps " if self.target_size else ""
        if self.max_seconds is not None:
            parts.append(f"{where}< {_limit(self.max_seconds)}")
        for size, seconds in self.more_limits:
            parts.append(f"{size:,} steps < {_limit(seconds)}")
        if self.max_ratio is not None:
            parts.append(f"{where if self.max_seconds is None else ''}≤ {self.max_ratio:g}× floor")
        if self.monotonic:
            parts.append("no size slower than a larger one")
        return ", ".join(parts)


def _limit(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 0.1 else f"{seconds:g} s"


FRAME = 0.016
"""A frame's budget at 60 frames a second."""
SCALE_SIZES = (10000, 100000)


FIGURES: tuple[Figure, ...] = (
    Figure(
        "startup",
        "start-up to first painted window",
        "startup",
        ("startup_floor",),
        "bare PySide6 window",
        max_ratio=1.5,
    ),
    Figure(
        "startup_journey",
        "start-up to the journey's map painted",
        "startup",
        ("startup_floor",),
        "bare PySide6 window",
        max_ratio=3.0,
    ),
    Figure(
        "startup_stall",
        "then the longest the window does not answer until the first analysis lands",
        "startup",
    ),
    Figure(
        "validate",
        "journeymap validate (whole process)",
        "cli",
        ("validate_floor",),
        "python -c json.load (whole process)",
        target_size=1000,
        max_ratio=3.0,
    ),
    Figure(
        "load",
        "load + validate",
        "model",
        ("load_floor",),
        "json.loads",
        target_size=10000,
        max_seconds=1.0,
    ),
    Figure("save", "save", "model"),
    Figure("analyse", "analyse", "model", target_size=10000, max_seconds=1.0),
    Figure("analyse_scale", "analyse (10k → 100k)", "scale", growth_sizes=SCALE_SIZES),
    Figure("merge", "merge two branches", "versions", target_size=10000, max_seconds=2.0),
    Figure("compare", "compare two versions", "versions"),
    Figure(
        "open_first_paint",
        "open + build map + first paint",
        "gui",
        ("load_floor", "first_paint_floor"),
        "json.loads + bare view, one rectangle and text per step",
        target_size=2000,
        max_seconds=1.0,
    ),
    Figure(
        "window_open",
        "open in the real window (docks, outline) → painted",
        "window",
        ("load_floor", "first_paint_floor"),
        "json.loads + bare view, one rectangle and text per step",
        target_size=10000,
        max_seconds=1.5,
    ),
    Figure(
        "edit_update", "rename a step → view updated", "gui", target_size=2000, max_seconds=FRAME
    ),
    Figure("add_step", "add a step → view updated", "window", target_size=2000, max_seconds=0.05),
    Figure(
        "remove_step", "remove a step → view updated", "window", target_size=2000, max_seconds=0.05
    ),
    Figure("move_step", "move a step → view updated", "window", target_size=2000, max_seconds=0.05),
    Figure("highlights", "edit → highlights painted", "window", target_size=2000, max_seconds=0.5),
    Figure("pan_frame", "pan → one frame", "gui", target_size=(2000, 10000), max_seconds=FRAME),
    Figure("zoom_frame", "zoom → one frame", "gui", target_size=(2000, 10000), max_seconds=FRAME),
    Figure(
        "pan_during_analysis",
        "pan while the analysis runs (longest frame)",
        "window",
        ("pan_paced_floor",),
        "the same number of pan frames, paced the same, no analysis running",
        target_size=(2000, 10000),
        max_seconds=FRAME,
    ),
    Figure(
        "zoom_during_analysis",
        "zoom while the analysis runs (longest frame)",
        "window",
        ("zoom_paced_floor",),
        "the same number of zoom frames, paced the same, no analysis running",
        target_size=(2000, 10000),
        max_seconds=FRAME,
    ),
    Figure(
        "analysis_freeze",
        "longest the window does not answer while an analysis runs and is applied",
        "window",
        target_size=(2000, 10000),
        max_seconds=0.05,
    ),
    Figure(
        "pan_full_gc",
        "pan frame with a full garbage collection",
        "window",
        target_size=(2000, 10000),
        max_seconds=FRAME,
    ),
    Figure(
        "export_xlsx",
        "export xlsx",
        "export_xlsx",
        ("export_xlsx_floor",),
        "openpyxl, same values unstyled",
        max_ratio=1.3,
    ),
    Figure(
        "export_png",
        "export png",
        "export_png",
        target_size=100,
        max_seconds=1.0,
        monotonic=True,
    ),
    Figure("export_svg", "export svg", "export_svg", target_size=2000, max_seconds=1.5),
    Figure(
        "export_pdf",
        "export pdf",
        "export_pdf",
        target_size=2000,
        max_seconds=2.0,
        more_limits=((10000, 10.0),),
    ),
    Figure("export_csv", "export csv", "export_csv"),
    Figure("export_csv_scale", "export csv (10k → 100k)", "scale", growth_sizes=SCALE_SIZES),
    Figure("export_mmd", "export mmd", "export_mmd"),
    *(
        Figure(f"process_{fmt}", f"journeymap export → .{fmt} (whole process)", "cli")
        for fmt in ("svg", "pdf", "png", "xlsx", "csv")
    ),
    Figure(
        "flows_count",
        "event log → flow (size: events)",
        "flows",
        ("flows_floor",),
        "DuckDB's own lead … GROUP BY on the same file",
        target_size=2_000_000,
        max_ratio=3.0,
    ),
    Figure(
        "mermaid_journeymap",
        "Mermaid peer: journeymap export → .svg",
        "mermaid",
        ("mermaid_mmdc",),
        "mmdc (mermaid-cli, headless Chromium), same journey",
        target_size=300,
        max_ratio=0.5,
    ),
)

FLOOR_GROUPS = {
    "load_floor": "model",
    "first_paint_floor": "paint_floor",
    "export_xlsx_floor": "export_xlsx",
    "startup_floor": "startup",
    "validate_floor": "cli",
    "mermaid_mmdc": "mermaid",
    "flows_floor": "flows",
}
