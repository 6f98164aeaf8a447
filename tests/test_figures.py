"""Figures a reader can read: network labels that collide with no other label and no node."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
import pytest
from matplotlib.collections import PathCollection
from matplotlib.text import Annotation

import china_iom
from china_iom.analysis import plots
from china_iom.analysis.labels import collisions, label_collisions, place_labels, text_box


def drawn_collisions(fig) -> list[tuple[str, str]]:
    """Collisions measured on the drawn figure: label boxes against each other and the nodes' discs."""
    (ax,) = fig.axes
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = {label.get_text(): text_box(label, renderer) for label in ax.texts if isinstance(label, Annotation)}
    (nodes,) = [c for c in ax.collections if isinstance(c, PathCollection) and len(c.get_offsets())]
    to_pixels = fig.dpi / 72
    discs = {
        f"node {i}": (tuple(ax.transData.transform(xy)), (size**0.5) / 2 * to_pixels)
        for i, (xy, size) in enumerate(zip(nodes.get_offsets(), nodes.get_sizes()))
    }
    return collisions(boxes, discs)


@pytest.fixture(scope="module")
def topics():
    return china_iom.load("topics")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_network_labels_collide_with_nothing(topics, seed: int):
    """A crowded graph (30 topics, 60 edges, long names): every label finds a free place."""
    g = nx.gnm_random_graph(30, 60, seed=seed)
    ids = list(topics["topic_id"])[:30]
    g = nx.relabel_nodes(g, dict(enumerate(ids)))
    for i, node in enumerate(sorted(g)):
        g.nodes[node]["n"] = 1 + (i * 7 + seed) % 6
    for a, b in g.edges:
        g.edges[a, b]["weight"] = 1
    names = dict(zip(topics["topic_id"], topics["label"]))
    kinds = dict(zip(topics["topic_id"], topics["kind"].astype(str)))
    fig = plots.network(g, names, kinds, "crowded")
    labels = [t for t in fig.axes[0].texts if isinstance(t, Annotation)]
    top = g.subgraph(sorted(g, key=lambda n: (-g.nodes[n]["n"], n))[: plots.TOP_TOPICS])
    assert len(labels) == sum(1 for n in top if top.degree(n)) >= 12
    assert drawn_collisions(fig) == []
    plt.close(fig)


def test_the_collision_check_sees_overlapping_labels():
    fig, ax = plt.subplots(figsize=(3, 3))
    pos = {"a": (0.0, 0.0), "b": (0.01, 0.0)}
    sizes = {"a": 100.0, "b": 100.0}
    ax.scatter([0, 0.01], [0, 0], s=100)
    ax.set_xlim(-1, 1)
    ax.set_ylim(-1, 1)
    found = {
        n: ax.annotate(f"label {n}", pos[n], xytext=(0, -8), textcoords="offset points", ha="center", va="top")
        for n in pos
    }
    assert ("a", "b") in label_collisions(ax, found, pos, sizes)
    for label in found.values():
        label.remove()
    placed = place_labels(ax, pos, {"a": "label a", "b": "label b"}, sizes, ["a", "b"])
    assert label_collisions(ax, placed, pos, sizes) == []
    plt.close(fig)
