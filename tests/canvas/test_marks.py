"""The map's pain marks: one per step, the worst point's, naming every persona in pain."""

from journeymap.analysis.results import PainPoint
from journeymap.canvas.marks import pain_marks


def _point(step: str, persona: str, score: float, severity: str = "major") -> PainPoint:
    return PainPoint(step, persona, score, severity, (f"{step}/{persona}",), 10.0)


def test_a_steps_mark_is_its_worst_point_and_names_every_persona_once() -> None:
    ranked = [
        _point("a", "p1", 9.0, "critical"),
        _point("b", "p2", 7.0),
        _point("a", "p3", 5.0),
        _point("a", "p1", 4.0, "minor"),
        _point("c", "p2", 1.0, "minor"),
    ]
    marks = pain_marks(ranked)
    assert list(marks) == ["a", "b", "c"]
    assert marks["a"].severity == "critical"
    assert marks["a"].reasons == ("a/p1",)
    assert marks["a"].personas == ("p1", "p3")
    assert [marks[s].rank for s in ("a", "b", "c")] == [1, 2, 5]


def test_a_persona_filter_leaves_the_others_out_of_marks_and_ranks() -> None:
    ranked = [_point("a", "p1", 9.0), _point("b", "p2", 7.0), _point("a", "p2", 5.0)]
    marks = pain_marks(ranked, "p2")
    assert marks["b"].rank == 1
    assert marks["a"].rank == 2
    assert marks["a"].personas == ("p2",)
