"""Small journeys and event logs shared by the evidence tests."""

from __future__ import annotations

from pathlib import Path

from journeymap.model import Journey, Persona, Stage, Step, Transition

LOG_HEADER = "customer_id,event,timestamp,segment\n"
LOG_ROWS = [
    "c1,Visit website,2026-11-01 10:00:00,home",
    "c1,Visit website,2026-11-01 10:00:00,home",  # duplicated by the tracker
    "c1,Cookie banner,2026-11-01 10:00:30,home",  # no step: left out
    "c1,order,2026-11-01 10:05:00,home",
    "c2,Visit  website,2026-11-01 11:00:00,business",
    "c2,Chat,2026-11-01 11:02:00,business",
    "c2,Order,2026-11-01 11:09:00,business",
    "c3,Chat,2026-11-02 09:00:00,home",
    "c3,Visit website,2026-11-02 09:01:00,home",
    "c4,Visit website,2026-11-02 12:00:00,home",
]


def shop() -> Journey:
    """Visit → Chat → Order, Visit → Order designed; Chat → Visit is not."""
    return Journey(
        personas=[Persona(id="p-home", name="Home"), Persona(id="p-biz", name="Business")],
        stages=[Stage(id="a", name="All")],
        steps=[
            Step(id="s-visit", title="Visit website", stage_id="a", kind="start"),
            Step(id="s-chat", title="Chat", stage_id="a"),
            Step(id="s-order", title="Order", stage_id="a", kind="success"),
            Step(id="s-shop", title="Visit the shop", stage_id="a"),
        ],
        transitions=[
            Transition(id="t-visit-chat", source="s-visit", target="s-chat"),
            Transition(id="t-chat-order", source="s-chat", target="s-order"),
            Transition(id="t-visit-order", source="s-visit", target="s-order"),
            Transition(id="t-order-chat", source="s-order", target="s-chat"),
            Transition(id="t-visit-shop", source="s-visit", target="s-shop"),
        ],
    )


def write_log(
    folder: Path,
    rows: list[str] | None = None,
    header: str = LOG_HEADER,
    name: str = "log.csv",
    encoding: str = "utf-8",
) -> Path:
    path = folder / name
    path.write_text(
        header + "\n".join(LOG_ROWS if rows is None else rows) + "\n", encoding=encoding
    )
    return path
