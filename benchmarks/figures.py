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
    target_size: int | None = None
    """The size the absolute target applies to; ``None``: every size."""
    max_seconds: float | None = None
    max_ratio: float | None = None

    def target_text(self) -> str:
        parts = []
        where = f"{self.target_size:,} steps " if self.target_size else ""
        if self.max_seconds is not None:
            value = self.max_seconds
            limit = f"{value * 1000:.0f} ms" if value < 0.1 else f"{value:g} s"
            parts.append(f"{where}< {limit}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× floor")
        return ", ".join(parts)


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
        "edit_update", "rename a step → view updated", "gui", target_size=2000, max_seconds=0.016
    ),
    Figure("pan_frame", "pan → one frame", "gui", target_size=2000, max_seconds=0.016),
    Figure("zoom_frame", "zoom → one frame", "gui", target_size=2000, max_seconds=0.016),
    Figure(
        "export_xlsx",
        "export xlsx",
        "export_xlsx",
        ("export_xlsx_floor",),
        "openpyxl, same values unstyled",
        target_size=2000,
        max_seconds=2.0,
        max_ratio=2.0,
    ),
    Figure("export_png", "export png", "export_png", target_size=2000, max_seconds=3.0),
    Figure("export_svg", "export svg", "export_svg"),
    Figure("export_pdf", "export pdf", "export_pdf"),
    Figure("export_csv", "export csv", "export_csv"),
    Figure("export_mmd", "export mmd", "export_mmd"),
)

FLOOR_GROUPS = {
    "load_floor": "model",
    "first_paint_floor": "paint_floor",
    "export_xlsx_floor": "export_xlsx",
    "startup_floor": "startup",
}
