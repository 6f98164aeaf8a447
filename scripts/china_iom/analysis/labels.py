"""Labels of points that collide with no other label and no point: each label takes the first free place
among candidate offsets around its point, nearest first, checked on the drawn figure's pixels."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

# (dx, dy, ha, va) unit directions: below, above, right, left, then the diagonals.
DIRECTIONS = (
    (0, -1, "center", "top"),
    (0, 1, "center", "bottom"),
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
    (1, -1, "left", "top"),
    (-1, -1, "right", "top"),
    (1, 1, "left", "bottom"),
    (-1, 1, "right", "bottom"),
)
RINGS = (1.0, 2.0, 3.5, 5.0, 7.0, 9.5, 12.5, 16.0)  # distances from the point's edge, in multiples of GAP
GAP = 3.0  # points
LEADER_FROM = 3.5  # rings this far out or further get a thin line back to their point
PAD = 2.0  # pixels kept clear around a label


def _hits_disc(box: Bbox, centre: tuple[float, float], radius: float) -> bool:
    nearest_x = min(max(centre[0], box.x0), box.x1)
    nearest_y = min(max(centre[1], box.y0), box.y1)
    return math.hypot(centre[0] - nearest_x, centre[1] - nearest_y) < radius


def _discs(ax: Axes, pos: Mapping[str, tuple[float, float]], sizes: Mapping[str, float]) -> dict[str, tuple]:
    """Each point's centre (pixels) and radius (pixels) from its marker area in points squared."""
    to_pixels = ax.figure.dpi / 72
    return {n: (tuple(ax.transData.transform(pos[n])), math.sqrt(sizes[n]) / 2 * to_pixels) for n in pos}


def text_box(label: Annotation, renderer) -> Bbox:
    """Pixels covered by a label's text (not its leader line)."""
    label.update_positions(renderer)
    return Text.get_window_extent(label, renderer)


def collisions(boxes: Mapping[str, Bbox], discs: Mapping[str, tuple]) -> list[tuple[str, str]]:
    """Pairs (label, label or point) whose label boxes overlap each other or a point's disc."""
    names = sorted(boxes)
    found = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :] if boxes[a].overlaps(boxes[b])]
    found += [(a, n) for a in names for n, (c, r) in discs.items() if _hits_disc(boxes[a], c, r)]
    return found


def _offsets(radius_pt: float) -> Iterator[tuple[bool, tuple[float, float], str, str]]:
    """Candidate places, nearest first: (needs a leader line, offset in points, ha, va)."""
    for ring in RINGS:
        for dx, dy, ha, va in DIRECTIONS:
            scale = (radius_pt + ring * GAP) / math.hypot(dx, dy)
            yield ring >= LEADER_FROM, (dx * scale, dy * scale), ha, va


def _place(
    ax: Axes,
    renderer,
    xy: tuple[float, float],
    label: str,
    radius_pt: float,
    crowding: Callable[[Bbox], int],
    text: dict,
) -> tuple[Annotation, Bbox]:
    """The label at its first candidate place where ``crowding`` is 0, else where it is least."""
    best: tuple[int, Annotation, Bbox] | None = None
    for leader, offset, ha, va in _offsets(radius_pt):
        line = (
            {
                "arrowprops": {
                    "arrowstyle": "-",
                    "color": "#666666",
                    "linewidth": 0.5,
                    "shrinkA": 0,
                    "shrinkB": radius_pt,
                }
            }
            if leader
            else {}
        )
        drawn = ax.annotate(label, xy, xytext=offset, textcoords="offset points", ha=ha, va=va, **line, **text)
        drawn.set_in_layout(False)
        box = text_box(drawn, renderer).padded(PAD)
        crowd = crowding(box)
        if best is not None and crowd >= best[0]:
            drawn.remove()
            continue
        if best is not None:
            best[1].remove()
        best = (crowd, drawn, box)
        if crowd == 0:
            break
    return best[1], best[2]


def place_labels(
    ax: Axes,
    pos: Mapping[str, tuple[float, float]],
    labels: Mapping[str, str],
    sizes: Mapping[str, float],
    order: Sequence[str],
    **text,
) -> dict[str, Annotation]:
    """Annotate each point of ``order`` (biggest first, say) with its label at the first candidate place that
    overlaps no label placed before and no point; where there is none, at the least crowded one. Labels
    placed far from their point get a thin leader line.

    ``sizes`` are marker areas (points squared, as in ``scatter``); ``text`` goes to ``Axes.annotate``.
    The axes' limits must be final: call after drawing the points and setting the limits.
    """
    renderer = ax.figure.canvas.get_renderer()
    discs = _discs(ax, pos, sizes)
    placed: dict[str, Bbox] = {}
    found: dict[str, Annotation] = {}
    for node in order:
        before = len(collisions(placed, discs))

        def crowding(box: Bbox, node: str = node, before: int = before) -> int:
            return len(collisions({**placed, node: box}, discs)) - before

        found[node], placed[node] = _place(
            ax, renderer, pos[node], labels[node], math.sqrt(sizes[node]) / 2, crowding, text
        )
    return found


def label_collisions(
    ax: Axes, found: Mapping[str, Annotation], pos: Mapping[str, tuple[float, float]], sizes: Mapping[str, float]
) -> list[tuple[str, str]]:
    """Collisions of the drawn labels ``found`` (as ``place_labels`` returned them), measured afresh."""
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    boxes = {n: text_box(label, renderer) for n, label in found.items()}
    return collisions(boxes, _discs(ax, pos, sizes))
