"""The items of the flow view: a node per step, an edge per transition.

Items hold ids and what they draw (a small frozen :class:`NodeContent` or
:class:`EdgeContent`), never model objects. The scene builds the content from
the journey and calls ``set_content``; an item repaints only when its content
really changed.

The kind of a step reads from its shape as well as from a mark: a start is a
pill with ▶, a success end has a double border and ✓, an exit a dashed border
and an ✕, a decision a ◆. Pain points add a thick border in the severity colour
and a round badge with the severity mark (‼ ! ·); drop-off is written out
("−150 · 20 %"), so nothing depends on colour alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeymap.canvas.paint import wrap_text
from journeymap.palette import SEVERITY, SEVERITY_MARK
from journeymap.ui.flow.geometry import Curve, bezier_point, edge_curve, label_point
from journeymap.ui.flow.layout import LayoutSpacing

__all__ = [
    "EdgeContent",
    "FlowEdgeItem",
    "FlowNodeItem",
    "FlowStyle",
    "NodeContent",
    "NodeText",
    "layout_node_text",
]

SPACING = LayoutSpacing()
NODE_W = SPACING.node_width
NODE_H = SPACING.node_height
TEXT_LOD = 0.4
"""Below this zoom, nodes are drawn without their kind mark and pain badge."""
LABEL_ALONG = (0.2, 0.32, 0.5, 0.68, 0.8, 0.12, 0.9)
"""Other places along an edge (curve parameter) its label may move to when its
usual place is taken."""
MIN_TITLE_PX = 11.0
"""A node's title is never smaller than this on screen: zoomed out, its font
grows in scene units (and the details give way) so the title stays legible."""
DETAIL_PX = 8.0
"""The channel and drop-off lines show only while their text is this large on screen."""
TITLE_MARGIN = 8.0
"""Space above and below a node's text."""
NODE_RECT = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
NODE_BOUNDS = NODE_RECT.adjusted(-14, -14, 6, 6)  # room for the pain badge and selection


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Inter", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Sans Serif"])
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@dataclass
class FlowStyle:
    """Colours and fonts of the flow view, light or dark."""

    background: QColor
    node: QColor
    border: QColor
    text: QColor
    muted: QColor
    edge: QColor
    back_edge: QColor
    label_fill: QColor
    selection: QColor
    drop: QColor
    title_font: QFont
    small_font: QFont
    mark_font: QFont

    @classmethod
    def for_background(cls, dark: bool, selection: QColor | None = None) -> FlowStyle:
        """The light look, or the dark one for a dark window palette."""
        if dark:
            colours = ("#1c1f24", "#2c313a", "#8a94a6", "#eef1f5", "#aab3c0", "#b8c2d3",
                       "#8fa2c4", "#1c1f24", "#64a5ff", "#ffb38a")  # fmt: skip
        else:
            colours = ("#f7f8fa", "#ffffff", "#7d8798", "#1b1f24", "#5b6472", "#5d6b82",
                       "#7f93b8", "#f7f8fa", "#1a73e8", "#9c2a00")  # fmt: skip
        background, node, border, text, muted, edge, back_edge, label_fill, chosen, drop = (
            QColor(c) for c in colours
        )
        if selection is not None and selection.isValid():
            chosen = QColor(selection)
        return cls(
            background,
            node,
            border,
            text,
            muted,
            edge,
            back_edge,
            label_fill,
            chosen,
            drop,
            title_font=_font(13, bold=True),
            small_font=_font(11),
            mark_font=_font(12, bold=True),
        )


def shows_kind_mark(style: FlowStyle, zoom: float) -> bool:
    """The kind mark (▶ ✓ ✕ ◆) shows while the title is at its own size; the
    node's shape tells the kind too."""
    return style.title_font.pixelSize() * zoom >= MIN_TITLE_PX


@dataclass(frozen=True)
class NodeText:
    """How a node's text is laid out at one zoom: the title's font and lines,
    and which details still fit under it."""

    title_font: QFont
    lines: tuple[str, ...]
    channel: bool
    drop: bool


def _title_font(base: QFont, pixels: float) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(base.pixelSize(), math.ceil(pixels)))
    return font


def layout_node_text(content: NodeContent, style: FlowStyle, zoom: float) -> NodeText:
    """The node's text at ``zoom``: the title at least :data:`MIN_TITLE_PX` on
    screen, in as many lines as the node holds, and the channel and drop-off
    lines below it only where they are legible and there is room left. The
    title never gives way to a detail."""
    zoom = max(zoom, 1e-3)
    inset = _inset(content.kind)
    font = _title_font(style.title_font, MIN_TITLE_PX / zoom)
    # The kind mark at the top right is a detail too: where the title is
    # enlarged it gives way, and the title takes the node's whole width.
    width = NODE_W - 2 * inset - (18 if shows_kind_mark(style, zoom) else 0)
    metrics = QFontMetricsF(font)
    room = NODE_H - 2 * TITLE_MARGIN
    if metrics.lineSpacing() > room:  # zoomed out past one line: as large as fits
        font.setPixelSize(max(6, int(font.pixelSize() * room / metrics.lineSpacing())))
        metrics = QFontMetricsF(font)
    title = content.title or "—"
    longest = max((metrics.horizontalAdvance(w) for w in title.split()), default=0.0)
    if longest > width and font.pixelSize() == style.title_font.pixelSize():
        # One long word (Finnish compounds) is not broken at the normal size:
        # the font gives a little, down to the smallest legible size.
        smaller = max(MIN_TITLE_PX / zoom, font.pixelSize() * width / longest)
        font.setPixelSize(max(1, math.floor(min(font.pixelSize(), smaller))))
        metrics = QFontMetricsF(font)
        longest = max(metrics.horizontalAdvance(w) for w in title.split())
    if longest > width and font.bold():
        # Still too long: the regular weight is narrower; a word is broken only
        # where even that does not fit.
        regular = QFont(font)
        regular.setBold(False)
        if max(QFontMetricsF(regular).horizontalAdvance(w) for w in title.split()) <= width:
            font, metrics = regular, QFontMetricsF(regular)
    small = QFontMetricsF(style.small_font)
    detail_h = small.lineSpacing() + 3
    legible = style.small_font.pixelSize() * zoom >= DETAIL_PX
    wanted = [bool(content.channel) and legible, bool(content.drop) and legible]
    most = max(1, int(room // metrics.lineSpacing()))
    lines = wrap_text(title, font, width, most)
    # Details give way, the drop-off last, until the title's lines fit.
    for drop_first in (0, 1):
        used = metrics.lineSpacing() * len(lines) + detail_h * sum(wanted)
        if used <= room:
            break
        wanted[drop_first] = False
    return NodeText(font, tuple(lines), wanted[0], wanted[1])


@dataclass(frozen=True)
class NodeContent:
    """What a node shows."""

    title: str
    channel: str = ""
    kind: str = "touchpoint"
    drop: str = ""
    """Drop-off text, e.g. ``"−150 · 20 %"``; empty when nothing is lost."""
    drop_level: int = 0
    """0..3: how loudly to show the drop-off."""
    severity: str = ""
    """Worst pain point: ``"critical"``, ``"major"``, ``"minor"`` or empty."""
    tooltip: str = ""


@dataclass(frozen=True)
class EdgeContent:
    """What an edge shows: its label and its stroke width."""

    label: str = ""
    width: float = 1.5
    tooltip: str = ""


def _inset(kind: str) -> float:
    """Left and right text margin: a start's round ends take more room."""
    return NODE_H / 4 if kind == "start" else 10.0


class FlowNodeItem(QGraphicsItem):
    """A step. Its position is the centre of the node, in scene coordinates."""

    def __init__(self, step_id: str, style: FlowStyle):
        super().__init__()
        self.step_id = step_id
        self.flow_style = style
        self.content = NodeContent(title="")
        self.edges: list[FlowEdgeItem] = []
        self._text: tuple[float, NodeText] | None = None  # laid out when painted
        flags = QGraphicsItem.GraphicsItemFlag
        # Moves are reported by the scene (node_moved), not through itemChange:
        # a Python itemChange is called for every flag, tooltip and z change,
        # which slows building thousands of nodes.
        self.setFlags(flags.ItemIsMovable | flags.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    # -- content ---------------------------------------------------------------

    def set_content(self, content: NodeContent) -> bool:
        """Show ``content``; returns False (and does nothing) when it is unchanged."""
        if content == self.content:
            return False
        self.content = content
        self._text = None
        self.setToolTip(content.tooltip)
        self.update()
        return True

    def text_at(self, zoom: float) -> NodeText:
        """The node's text laid out for ``zoom`` (kept while the zoom stays)."""
        # Wrapping measures text, which is slow for thousands of nodes; only
        # the nodes that are painted need it, once per zoom.
        key = round(zoom, 3)
        if self._text is None or self._text[0] != key:
            self._text = (key, layout_node_text(self.content, self.flow_style, zoom))
        return self._text[1]

    # -- geometry --------------------------------------------------------------

    def rect(self) -> QRectF:
        return QRectF(NODE_RECT)

    def boundingRect(self) -> QRectF:
        return NODE_BOUNDS

    def outline(self) -> QPainterPath:
        path = QPainterPath()
        rect = self.rect()
        if self.content.kind == "start":
            path.addRoundedRect(rect, NODE_H / 2, NODE_H / 2)
        else:
            path.addRoundedRect(rect, 8, 8)
        return path

    def shape(self) -> QPainterPath:
        return self.outline()

    def edges_to_redraw(self) -> list[FlowEdgeItem]:
        """Edges whose curve depends on where this node is: its own, and its
        neighbours' (their ports are ordered by where their other ends are)."""
        touched = dict.fromkeys(self.edges)
        for edge in self.edges:
            for node in (edge.source, edge.target):
                touched.update(dict.fromkeys(node.edges))
        return list(touched)

    # -- painting --------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        style, content = self.flow_style, self.content
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self.rect()
        outline = self.outline()
        border = QColor(style.border)
        width = 1.2
        if content.severity:
            border = QColor(SEVERITY.get(content.severity, SEVERITY["minor"]))
            width = {"critical": 4.0, "major": 3.0}.get(content.severity, 2.0)
        pen = QPen(border, width)
        if content.kind == "exit":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(style.node)
        painter.drawPath(outline)
        if content.kind == "success":
            painter.setPen(QPen(border, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 5, 5)
        if self.isSelected():
            painter.setPen(QPen(style.selection, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if content.kind == "start":
                painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), NODE_H / 2 + 4, NODE_H / 2 + 4)
            else:
                painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 11, 11)
        if shows_kind_mark(style, lod):
            self._paint_kind_mark(painter, rect)
        self._paint_text(painter, rect, self.text_at(lod))
        if content.severity and lod >= TEXT_LOD:
            self._paint_pain_badge(painter, rect)

    def _paint_text(self, painter: QPainter, rect: QRectF, text: NodeText) -> None:
        style, content = self.flow_style, self.content
        inset = _inset(content.kind)
        left = rect.left() + inset
        painter.setPen(style.text)
        painter.setFont(text.title_font)
        metrics = QFontMetricsF(text.title_font)
        small = QFontMetricsF(style.small_font)
        below = int(text.channel) + int(text.drop)
        gap = small.lineSpacing() + 3
        compact = below == 0 or len(text.lines) + below <= 2
        if compact:  # centre the few lines there are
            block = metrics.lineSpacing() * len(text.lines) + gap * below
            y = rect.center().y() - block / 2 + metrics.ascent()
        else:  # title at the top, the small lines at the bottom
            y = rect.top() + TITLE_MARGIN + metrics.ascent()
        for line in text.lines:
            painter.drawText(QPointF(left, y), line)
            y += metrics.lineSpacing()
        if compact:
            y += 3 - metrics.ascent() + small.ascent()
        else:
            y = rect.bottom() - TITLE_MARGIN - small.descent() - (below - 1) * gap
        painter.setFont(style.small_font)
        if text.channel:
            channel = small.elidedText(
                content.channel, Qt.TextElideMode.ElideRight, NODE_W - 2 * inset
            )
            painter.setPen(style.muted)
            painter.drawText(QPointF(left, y), channel)
            y += gap
        if text.drop:
            self._paint_drop(painter, QPointF(left, y))

    def _paint_drop(self, painter: QPainter, baseline: QPointF) -> None:
        """Drop-off as text; a large one (level 3) in a filled tag that shows from afar."""
        style, content = self.flow_style, self.content
        font = QFont(style.small_font)
        font.setBold(content.drop_level >= 2)
        painter.setFont(font)
        text = "↘ " + content.drop
        if content.drop_level >= 3:
            metrics = QFontMetricsF(font)
            tag = QRectF(
                baseline.x() - 4,
                baseline.y() - metrics.ascent() - 2,
                metrics.horizontalAdvance(text) + 8,
                metrics.height() + 3,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.drop)
            painter.drawRoundedRect(tag, 3, 3)
            painter.setPen(style.node)
        else:
            painter.setPen(style.drop)
        painter.drawText(baseline, text)

    def _paint_kind_mark(self, painter: QPainter, rect: QRectF) -> None:
        kind = self.content.kind
        centre = QPointF(rect.right() - 16, rect.top() + 16)
        colour = self.flow_style.muted
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "start":
            centre = QPointF(rect.right() - NODE_H / 2 + 6, rect.top() + 18)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            triangle = QPolygonF(
                [centre + QPointF(-4, -6), centre + QPointF(6, 0), centre + QPointF(-4, 6)]
            )
            painter.drawPolygon(triangle)
        elif kind == "success":
            path = QPainterPath(centre + QPointF(-6, 0))
            path.lineTo(centre + QPointF(-2, 5))
            path.lineTo(centre + QPointF(6, -5))
            painter.setPen(QPen(colour, 2.4))
            painter.drawPath(path)
        elif kind == "exit":
            painter.setPen(QPen(colour, 2.4))
            painter.drawLine(centre + QPointF(-5, -5), centre + QPointF(5, 5))
            painter.drawLine(centre + QPointF(-5, 5), centre + QPointF(5, -5))
        elif kind == "decision":
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            diamond = QPolygonF(
                [
                    centre + QPointF(0, -6),
                    centre + QPointF(6, 0),
                    centre + QPointF(0, 6),
                    centre + QPointF(-6, 0),
                ]
            )
            painter.drawPolygon(diamond)

    def _paint_pain_badge(self, painter: QPainter, rect: QRectF) -> None:
        severity = self.content.severity
        colour = QColor(SEVERITY.get(severity, SEVERITY["minor"]))
        radius = 11.0 if severity == "critical" else 9.5
        centre = QPointF(rect.left() + 2, rect.top() + 2)
        painter.setPen(QPen(self.flow_style.node, 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.flow_style.mark_font)
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, SEVERITY_MARK.get(severity, "!"))


class FlowEdgeItem(QGraphicsItem):
    """A transition: a curve with an arrowhead and a label.

    Forward edges leave the right side of the source and enter the left side of
    the target; an edge whose target is not to the right (a loop back, a retry)
    curves below both nodes; a self-loop is a small arc over the node.
    """

    def __init__(self, transition_id: str, source: FlowNodeItem, target: FlowNodeItem, style):
        super().__init__()
        self.transition_id = transition_id
        self.source = source
        self.target = target
        self.flow_style = style
        self.content = EdgeContent()
        self._curve_bounds = QRectF()
        self.backward = False
        self._curve: Curve = ((0.0, 0.0),) * 4
        self._path: QPainterPath | None = QPainterPath()
        self._arrow = QPolygonF()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self._label_size = (0.0, 0.0)
        source.edges.append(self)
        if target is not source:
            target.edges.append(self)

    def detach(self) -> None:
        """Forget the nodes (before the edge leaves the scene)."""
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def set_content(self, content: EdgeContent, force: bool = False, draw: bool = True) -> bool:
        """Show ``content``; the curve is drawn afresh when it changed or ``force``
        (later, by whoever called, when ``draw`` is False)."""
        if content == self.content and not force:
            return False
        if content.label != self.content.label or force:
            metrics = QFontMetricsF(self.flow_style.small_font)
            self._label_size = (metrics.horizontalAdvance(content.label) + 10, metrics.height() + 4)
        self.content = content
        self.setToolTip(content.tooltip)
        if draw:
            self.update_path()
        return True

    def update_path(self) -> None:
        """Recompute the curve from the nodes' current positions."""
        self.prepareGeometryChange()
        s, t = self.source.pos(), self.target.pos()
        below = self._clearer_below() if t.x() < s.x() - NODE_W * 0.75 else True
        curve, self.backward = edge_curve(
            (s.x(), s.y()), (t.x(), t.y()), self.source is self.target, below, self._ports()
        )
        self._curve = curve
        self._path = None  # built when first painted
        (x0, y0), c1, (cx, cy), (x3, y3) = curve
        dx, dy = x3 - cx, y3 - cy
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        size = 7 + self.content.width
        end = QPointF(x3, y3)
        back = QPointF(ux * size, uy * size)
        normal = QPointF(-uy * size * 0.55, ux * size * 0.55)
        self._arrow = QPolygonF([end, end - back + normal, end - back - normal])
        xs = [x0, c1[0], cx, x3]
        ys = [y0, c1[1], cy, y3]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        pad = self.content.width + size
        self._curve_bounds = bounds.adjusted(-pad, -pad, pad, pad)
        self._label_rect = self._usual_label_rect()
        self._bounds = self._curve_bounds | self._label_rect
        self.update()

    def _usual_label_rect(self) -> QRectF:
        """The label's usual place: mid-curve, or just after the source of a
        long edge, or beside a loop (empty without a label)."""
        if not self.content.label:
            return QRectF()
        width, height = self._label_size
        lx, ly = label_point(self._curve, self.backward)
        if self.source is self.target:  # beside the loop, clear of the node
            return QRectF(lx + 6, ly - height, width, height)
        return QRectF(lx - width / 2, ly - height / 2, width, height)

    def label_places(self) -> list[QRectF]:
        """Where the label may go, best first: its usual place (mid-curve, or
        just after the source of a long edge), then other points along the
        curve; the scene takes the first that covers no node and no other label."""
        usual = self._usual_label_rect()
        if usual.isNull() or self.source is self.target:
            return [usual] if not usual.isNull() else []
        width, height = self._label_size
        points = [bezier_point(self._curve, u) for u in LABEL_ALONG]
        return [usual] + [QRectF(x - width / 2, y - height / 2, width, height) for x, y in points]

    def label_rect(self) -> QRectF:
        """The label's box (empty without a label)."""
        return QRectF(self._label_rect)

    def set_label_rect(self, rect: QRectF) -> None:
        """Put the label at ``rect`` (one of :meth:`label_places`)."""
        if rect == self._label_rect:
            return
        self.prepareGeometryChange()
        self._label_rect = QRectF(rect)
        self._bounds = self._curve_bounds | self._label_rect
        self.update()

    def path(self) -> QPainterPath:
        """The curve as a painter path (made on first use after a change)."""
        if self._path is None:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self._curve
            path = QPainterPath(QPointF(x0, y0))
            path.cubicTo(x1, y1, x2, y2, x3, y3)
            self._path = path
        return self._path

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _ports(self) -> tuple[float, float]:
        """Vertical offsets where a forward edge leaves its source and enters its
        target, so that several edges at one side fan out in the order of their
        other ends instead of meeting in one point."""
        if self.source is self.target:
            return (0.0, 0.0)
        return (
            _port_offset(self.source, self, outgoing=True),
            _port_offset(self.target, self, outgoing=False),
        )

    def _clearer_below(self) -> bool:
        """Whether a backward edge meets fewer nodes under its ends than over them."""
        scene = self.scene()
        s, t = self.source.pos(), self.target.pos()
        if scene is None or t.x() >= s.x():
            return True
        left, right = t.x(), s.x()
        low = max(s.y(), t.y()) + NODE_H / 2 + 8
        high = min(s.y(), t.y()) - NODE_H / 2 - 8
        depth = 45 + min(160.0, (right - left) * 0.08)

        grid = getattr(scene, "grid", None)
        if grid is None:
            return True
        ends = (self.source, self.target)
        below = grid.count(left, low, right, low + depth, ends)
        return below <= grid.count(left, high - depth, right, high, ends)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(10.0, self.content.width + 6))
        shape = stroker.createStroke(self.path())
        shape.addPolygon(self._arrow)
        if not self._label_rect.isNull():
            shape.addRect(self._label_rect)
        return shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        style = self.flow_style
        colour = style.selection if self.isSelected() else (
            style.back_edge if self.backward else style.edge
        )  # fmt: skip
        pen = QPen(colour, self.content.width + (1.5 if self.isSelected() else 0))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if self.backward:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setDashPattern([6 / max(pen.widthF(), 1), 3 / max(pen.widthF(), 1)])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(self._arrow)

    def paint_label(self, painter: QPainter, zoom: float) -> None:
        """The label (the scene draws every label after every line, so no line
        crosses a number)."""
        style = self.flow_style
        if style.small_font.pixelSize() * zoom < DETAIL_PX or self._label_rect.isNull():
            return  # a detail: it gives way where it could not be read
        colour = style.selection if self.isSelected() else (
            style.back_edge if self.backward else style.edge
        )  # fmt: skip
        painter.setBrush(style.label_fill)
        painter.setPen(QPen(colour, 0.8))
        painter.drawRoundedRect(self._label_rect, 4, 4)
        painter.setPen(style.text)
        painter.setFont(style.small_font)
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.content.label)


def _is_forward(source: FlowNodeItem, target: FlowNodeItem) -> bool:
    return source is not target and target.pos().x() - source.pos().x() >= NODE_W * 0.75


def _port_offset(node: FlowNodeItem, edge: FlowEdgeItem, outgoing: bool) -> float:
    if outgoing:
        siblings = [e for e in node.edges if e.source is node and _is_forward(node, e.target)]
        siblings.sort(key=lambda e: (e.target.pos().y(), e.target.pos().x(), e.transition_id))
    else:
        siblings = [e for e in node.edges if e.target is node and _is_forward(e.source, node)]
        siblings.sort(key=lambda e: (e.source.pos().y(), e.source.pos().x(), e.transition_id))
    if len(siblings) < 2 or edge not in siblings:
        return 0.0
    gap = min(16.0, (NODE_H - 20) / (len(siblings) - 1))
    return (siblings.index(edge) - (len(siblings) - 1) / 2) * gap
