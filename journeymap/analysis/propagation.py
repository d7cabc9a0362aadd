"""Solving ``v = b + Pᵀv`` on a journey graph, loops included, without unrolling.

``v[j]`` is what reaches step ``j``: a base amount ``b[j]`` plus, for every
transition ``i → j`` with a coefficient ``P[i→j]``, that part of ``v[i]``.
The strongly connected components are visited in topological order of the
condensation. A step outside any loop is a single addition; a loop is one
linear solve ``(I − P_loopᵀ) v_loop = b_loop``: in plain Python for a loop
of floats of up to :data:`PYTHON_LIMIT` steps (journeys' loops are small, and
checking a journey then needs no NumPy), numpy for up to :data:`DENSE_LIMIT`
steps, scipy's sparse solver above. The work is linear in the size of the
journey plus the cost of its loops.

The values may be floats or, to propagate several sources at once, numpy rows
of equal width.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from journeymap.analysis.graph import JourneyGraph
from journeymap.analysis.pace import EVERY, checkpoint, paced

if TYPE_CHECKING:
    import numpy as np

__all__ = ["DENSE_LIMIT", "PYTHON_LIMIT", "Propagator"]

PYTHON_LIMIT = 10
"""Loops of floats with at most this many steps are solved in plain Python."""

DENSE_LIMIT = 400
"""Loops with more steps than this are solved with a sparse solver."""

_SCALAR = (int, float)


class Propagator:
    """Propagates amounts through one journey graph; reusable for many solves.

    Examples
    --------
    >>> from journeymap.model import Journey, Stage, Step, Transition
    >>> from journeymap.analysis.graph import index_journey
    >>> j = Journey(stages=[Stage(id="s", name="S")],
    ...     steps=[Step(id=x, title=x, stage_id="s") for x in "ab"],
    ...     transitions=[Transition(id="1", source="a", target="b"),
    ...                  Transition(id="2", source="b", target="a")])
    >>> values, failed = Propagator(index_journey(j)).solve([100.0, 0.0], [0.5, 0.5])
    >>> [round(v, 2) for v in values], failed
    ([133.33, 66.67], [])
    """

    def __init__(self, graph: JourneyGraph, components: list[list[int]] | None = None):
        self.graph = graph
        self.components = components if components is not None else graph.components()
        self.is_loop = [
            len(comp) > 1 or any(graph.edge_target[e] == comp[0] for e in graph.out_edges[comp[0]])
            for comp in paced(self.components)
        ]

    def solve(
        self,
        base: Sequence[Any],
        coefficient: Sequence[float | None],
        *,
        fixed: Sequence[float | None] | None = None,
        unknown_in: Sequence[bool] | None = None,
        uncertain: Sequence[bool] | None = None,
    ) -> tuple[list[Any], list[list[int]]]:
        """Solve for every step's value.

        Parameters
        ----------
        base : sequence
            ``b``: a float per step, or a numpy row per step.
        coefficient : sequence of float or None
            ``P`` per transition; ``None`` carries nothing.
        fixed : sequence of float or None, optional
            Steps whose value is given (a measured count); they keep it.
        unknown_in : sequence of bool, optional
            Steps known in advance to be unknown (unless fixed).
        uncertain : sequence of bool, optional
            Transitions whose coefficient is unknown: their target becomes
            unknown once anything non-zero reaches their source.

        Returns
        -------
        values : list
            Per step, the value, or ``None`` when unknown. A step is unknown when it
            is marked so, or fed by an unknown step through a coefficient.
        failed : list of list of int
            Loops that could not be solved (customers never leave them, or the
            result is negative); their steps are unknown.
        """
        g = self.graph
        n = g.n_steps
        fixed = fixed if fixed is not None else [None] * n
        value: list[Any] = [None] * n
        rhs = [b if isinstance(b, _SCALAR) else b.copy() for b in base]
        unknown = list(unknown_in) if unknown_in is not None else [False] * n
        failed: list[list[int]] = []
        for k, (comp, is_loop) in enumerate(zip(self.components, self.is_loop, strict=True)):
            if not k % EVERY:
                checkpoint()
            if not is_loop:
                node = comp[0]
                if fixed[node] is not None:
                    value[node] = fixed[node]
                elif not unknown[node]:
                    value[node] = rhs[node]
            elif not self._solve_loop(comp, rhs, coefficient, fixed, unknown, uncertain, value):
                failed.append(comp)
            for node in comp:
                self._push(node, value[node], rhs, coefficient, unknown, uncertain)
        return value, failed

    def _push(self, node, v, rhs, coefficient, unknown, uncertain) -> None:
        g = self.graph
        if v is not None and not (v if isinstance(v, _SCALAR) else v.any()):
            return  # nothing arrives here, so nothing goes on
        for e in g.out_edges[node]:
            c = coefficient[e]
            target = g.edge_target[e]
            if c is None:
                if uncertain is not None and uncertain[e]:
                    unknown[target] = True
            elif v is None:
                unknown[target] = True
            else:
                rhs[target] = rhs[target] + c * v

    def _solve_loop(self, comp, rhs, coefficient, fixed, unknown, uncertain, value) -> bool:
        g = self.graph
        members = set(comp)
        if uncertain is not None:
            for node in comp:
                for e in g.out_edges[node]:
                    if uncertain[e] and g.edge_target[e] in members:
                        unknown[g.edge_target[e]] = True
        # Unknown spreads inside the loop along coefficients into unfixed steps.
        lost = [node for node in comp if unknown[node] and fixed[node] is None]
        seen = set(lost)
        while lost:
            node = lost.pop()
            for e in g.out_edges[node]:
                t = g.edge_target[e]
                if (
                    t in members
                    and t not in seen
                    and coefficient[e] is not None
                    and fixed[t] is None
                ):
                    seen.add(t)
                    lost.append(t)
        known = [node for node in comp if node not in seen]
        if not known:
            return True
        local = {node: i for i, node in enumerate(known)}
        rows, cols, vals = list(range(len(known))), list(range(len(known))), [1.0] * len(known)
        rhs_known = [fixed[node] if fixed[node] is not None else rhs[node] for node in known]
        for node, i in local.items():
            if fixed[node] is not None:
                continue
            for e in g.in_edges[node]:
                c = coefficient[e]
                j = local.get(g.edge_source[e])
                if c is not None and j is not None:
                    rows.append(i)
                    cols.append(j)
                    vals.append(-c)
        if len(known) <= PYTHON_LIMIT and all(isinstance(x, _SCALAR) for x in rhs_known):
            solved = _small_solve(len(known), rows, cols, vals, rhs_known)
            scale = max(1.0, *(abs(x) for x in rhs_known))
            if solved is None or any(x < -1e-6 * scale for x in solved):
                return False
            for node, i in local.items():
                value[node] = solved[i]
            return True
        import numpy as np

        b = np.array(rhs_known)
        solution = _linear_solve(len(known), rows, cols, vals, b)
        scale = max(1.0, float(np.abs(b).max(initial=0.0)))
        if solution is None or (solution < -1e-6 * scale).any():
            return False
        for node, i in local.items():
            row = solution[i]
            value[node] = float(row) if row.ndim == 0 else row
        return True


def _small_solve(size, rows, cols, vals, b) -> list[float] | None:
    """Solve ``A x = b`` for a small ``A`` given as coordinates (repeated ones
    add up) by Gaussian elimination with partial pivoting, as LAPACK's ``gesv``
    does; ``None`` if ``A`` is singular (an exactly zero pivot, as there) or the
    result is not finite or beyond 10¹⁵."""
    a = [[0.0] * size + [float(b[i])] for i in range(size)]
    for r, c, v in zip(rows, cols, vals, strict=True):
        a[r][c] += v
    for k in range(size):
        pivot, best = k, abs(a[k][k])
        for r in range(k + 1, size):
            if abs(a[r][k]) > best:
                pivot, best = r, abs(a[r][k])
        if best == 0.0:
            return None
        if pivot != k:
            a[k], a[pivot] = a[pivot], a[k]
        top = a[k]
        head = top[k]
        tail = top[k:]
        for r in range(k + 1, size):
            row = a[r]
            factor = row[k] / head
            if factor:
                row[k:] = [x - factor * y for x, y in zip(row[k:], tail, strict=True)]
    x = [0.0] * size
    for k in range(size - 1, -1, -1):
        row = a[k]
        total = row[size]
        for c in range(k + 1, size):
            total -= row[c] * x[c]
        x[k] = total / row[k]
    if not all(math.isfinite(v) and abs(v) <= 1e15 for v in x):
        return None
    return x


def _linear_solve(size, rows, cols, vals, b: np.ndarray) -> np.ndarray | None:
    """Solve ``A x = b`` for ``A`` given as coordinates; ``None`` if singular."""
    import numpy as np

    if size <= DENSE_LIMIT:
        a = np.zeros((size, size))
        np.add.at(a, (np.asarray(rows), np.asarray(cols)), np.asarray(vals))
        try:
            x = np.linalg.solve(a, b)
        except np.linalg.LinAlgError:
            return None
    else:
        from scipy.sparse import csc_matrix
        from scipy.sparse.linalg import MatrixRankWarning, spsolve

        a = csc_matrix((vals, (rows, cols)), shape=(size, size))
        with warnings.catch_warnings():
            warnings.simplefilter("error", MatrixRankWarning)
            try:
                x = spsolve(a, b)
            except (MatrixRankWarning, RuntimeError):
                return None
        x = np.asarray(x).reshape(b.shape)
    if not np.isfinite(x).all() or np.abs(x).max(initial=0.0) > 1e15:
        return None
    return x
