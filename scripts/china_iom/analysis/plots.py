"""Figures of the analysis notebooks (matplotlib), in the colour-blind-safe Okabe-Ito palette."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from china_iom.analysis.labels import place_labels
from china_iom.schema import PRECISIONS

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
PRECISION_COLOURS = {**dict(zip(PRECISIONS, ("#0072B2", "#56B4E9", "#E69F00", "#D55E00"))), "undated": "#999999"}
SIDE_COLOURS = {
    "china": "#D55E00",
    "international": "#0072B2",
    "other": "#009E73",
    "unknown": "#999999",
    "unattributed": "#CCCCCC",
}
STATUS_COLOURS = {"held": "#0072B2", "planned": "#E69F00"}
DIVERGING = "PuOr_r"  # colour-blind-safe diverging map for scores in [-1, 1]
TOP_TOPICS = 20  # topics drawn in a heatmap or network (the most frequent); the tables keep them all
MAX_WIDTH_IN = 8.8  # at 100 dpi, with the 0.1 in padding of a tight bbox: 891 px, what JupyterLab gives a
# notebook beside its sidebar on a laptop


def colours(keys: Sequence[str]) -> dict[str, str]:
    """Okabe-Ito colour per key, in order."""
    return {key: OKABE_ITO[i % len(OKABE_ITO)] for i, key in enumerate(keys)}


def wrap(text: str, width: int = 40) -> str:
    """Text broken into lines of at most ``width`` characters."""
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def topic_names(topics: pd.DataFrame) -> dict[str, str]:
    """Short display name of every topic: its acronym, else its label."""
    return dict(zip(topics["topic_id"], topics["acronym"].fillna(topics["label"])))


def heatmap(
    score: pd.DataFrame,
    counts: pd.DataFrame,
    diagonal: Mapping[str, int],
    names: Mapping[str, str],
    title: str,
    top: int = TOP_TOPICS,
) -> Figure:
    """Topic x topic heatmap of the first ``top`` topics of ``score``'s order: colour = score in [-1, 1] (NPMI),
    text = units holding both (diagonal: units holding the topic). Blank cells never co-occur."""
    total = len(score.index)
    order = list(score.index)[:top]
    score, counts = score.loc[order, order], counts.loc[order, order]
    if total > top:
        title = f"{title}\n(the {top} most frequent of {total} topics; all pairs in the table below)"
    size = min(MAX_WIDTH_IN - 1.5, max(4.0, 0.3 * len(order) + 2.5))
    fig, ax = plt.subplots(figsize=(size + 1.5, size), layout="constrained")
    values = score.to_numpy(dtype=float)
    image = ax.imshow(values, cmap=DIVERGING, vmin=-1, vmax=1)
    ax.set_facecolor("#e8e8e8")
    for i, a in enumerate(order):
        ax.add_patch(plt.Rectangle((i - 0.5, i - 0.5), 1, 1, facecolor="white", edgecolor="none"))
        for j, b in enumerate(order):
            n = diagonal[a] if i == j else counts.at[a, b]
            if pd.notna(n) and n:
                dark = i != j and abs(values[i, j]) > 0.6
                ax.text(
                    j,
                    i,
                    str(int(n)),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if dark else "black",
                    fontweight="bold" if i == j else "normal",
                )
    labels = [names[t] for t in order]  # one line each: wrapped labels run into their neighbours
    ax.set_xticks(range(len(order)), labels, rotation=60, ha="right", rotation_mode="anchor", fontsize=7.5)
    ax.set_yticks(range(len(order)), labels, fontsize=7.5)
    fig.colorbar(image, ax=ax, shrink=0.6, label="NPMI (-1 never together, 0 independent, 1 always together)")
    ax.set_title(title, fontsize=11)
    return fig


def ordered_subgraph(g: nx.Graph, nodes: Sequence[str]) -> nx.Graph:
    """The subgraph on ``nodes``, its nodes in that order (``g.subgraph`` iterates in the order of a set,
    which changes a seeded layout from one process to the next)."""
    sub = nx.Graph()
    sub.add_nodes_from((n, g.nodes[n]) for n in nodes)
    sub.add_edges_from((a, b, d) for a, b, d in g.edges(data=True) if a in sub and b in sub)
    return sub


def packed_layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Spring layout of each connected component on its own, components packed in rows, largest first
    (one layout of the whole graph piles small components on top of each other)."""
    components = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c))
    row_width = 2.2 * len(components[0]) ** 0.5 if components else 0
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component in components:
        radius = len(component) ** 0.5
        if x and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y - row_height - 0.6, 0.0
        pos.update(
            nx.spring_layout(
                ordered_subgraph(g, component),
                weight=None,
                seed=seed,
                scale=radius,
                k=2.5 / len(component) ** 0.5,
                center=(x + radius, y - radius),
                iterations=500,
            )
        )
        x, row_height = x + 2 * radius + 0.6, max(row_height, 2 * radius)
    return pos


def network(
    g: nx.Graph, names: Mapping[str, str], kinds: Mapping[str, str], title: str, top: int = TOP_TOPICS
) -> Figure:
    """The ``top`` most frequent topics as nodes (area ~ units holding them, colour = kind), edges as wide as
    their count, labels placed where they collide with nothing. Topics with no edge are listed under the
    graph, not drawn (a spring layout flings them to the margins)."""
    fig, ax = plt.subplots(figsize=(MAX_WIDTH_IN, 7.5), layout="constrained")
    kept = sorted(g, key=lambda n: (-g.nodes[n]["n"], n))[:top]
    if len(g) > top:
        title = f"{title}\n(the {top} most frequent of {len(g)} topics)"
    g = ordered_subgraph(g, sorted(kept))
    alone = sorted(names[n] for n in nx.isolates(g))
    g = ordered_subgraph(g, [n for n in g if g.degree(n)])
    pos = packed_layout(g)
    kind_colour = colours(sorted(set(kinds.values())))
    sizes = {n: 80 + 80 * g.nodes[n]["n"] for n in g}
    widths = [1.5 * d["weight"] for _, _, d in g.edges(data=True)]
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#8c8c8c", alpha=0.7)
    nx.draw_networkx_nodes(
        g,
        pos,
        ax=ax,
        node_size=[sizes[n] for n in g],
        node_color=[kind_colour[kinds[n]] for n in g],
        edgecolors="black",
        linewidths=0.6,
    )
    drawn = sorted({kinds[n] for n in g})
    for kind in drawn:
        ax.scatter([], [], s=80, color=kind_colour[kind], label=kind, edgecolors="black", linewidths=0.6)
    fig.legend(title="topic kind", loc="outside lower center", ncols=len(drawn), fontsize=8, frameon=False)
    ax.set_title(title, fontsize=11)
    if alone:
        ax.text(
            0.5,
            -0.02,
            wrap("Never named with another of these topics (not drawn): " + "; ".join(alone), 110),
            transform=ax.transAxes,
            ha="center",
            va="top",
            fontsize=8,
        )
    ax.margins(0.12)
    ax.axis("off")
    fig.canvas.draw()  # fixes the layout, so that labels are placed on the final pixels
    order = sorted(g, key=lambda n: (-sizes[n], n))
    place_labels(
        ax,
        pos,
        {n: wrap(names[n], 18) for n in g},
        sizes,
        order,
        fontsize=7.5,
        bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 0.2},
    )
    return fig


def stacked_bars(
    table: pd.DataFrame,
    index: str,
    stack: str,
    value: str,
    palette: Mapping[str, str],
    title: str,
    xlabel: str,
    ylabel: str,
    horizontal: bool = False,
    top: int | None = None,
) -> Figure:
    """Bars of ``value`` per ``index``, stacked by ``stack`` (colours from ``palette``, in its order); only the
    first ``top`` bars, in the table's order, where given."""
    wide = table.pivot_table(index=index, columns=stack, values=value, aggfunc="sum", observed=True, sort=False)
    if top is not None and len(wide) > top:
        wide, title = wide.iloc[:top], f"{title}\n(the first {top} of {len(wide)}; all in the table)"
    if unknown := set(wide.columns) - set(palette):
        raise KeyError(f"no colour for {stack} {sorted(unknown)}")
    wide = wide.reindex(columns=[k for k in palette if k in wide.columns]).fillna(0)
    n = len(wide)
    size = (MAX_WIDTH_IN, 0.45 * n + 2.2) if horizontal else (min(MAX_WIDTH_IN, max(5.0, 1.2 * n + 3)), 5)
    fig, ax = plt.subplots(figsize=size, layout="constrained")
    wide.index = [wrap(i, 45 if horizontal else 16) for i in wide.index]
    wide.plot(
        kind="barh" if horizontal else "bar",
        stacked=True,
        ax=ax,
        width=0.7,
        legend=False,
        color=[palette[k] for k in wide.columns],
        edgecolor="white",
    )
    (ax.set_xlim if horizontal else ax.set_ylim)(0, 1.08 * wide.sum(axis=1).max())
    (ax.xaxis if horizontal else ax.yaxis).get_major_locator().set_params(integer=True)
    if horizontal:
        ax.invert_yaxis()
    else:
        ax.tick_params(axis="x", labelrotation=0)
    ax.set_xlabel(ylabel if horizontal else xlabel)
    ax.set_ylabel(xlabel if horizontal else ylabel)
    fig.legend(
        title=stack.replace("_", " "),
        loc="outside lower center",
        ncols=min(3, len(wide.columns)),
        fontsize=8,
        frameon=False,
    )
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def trip_timeline(timeline: pd.DataFrame, title: str) -> Figure:
    """One panel per container (trip, visit, conference): bars span each meeting's date window, coloured
    by precision; nested meetings are indented; planned meetings hatched."""
    roots = list(dict.fromkeys(timeline["root_id"]))
    heights = [timeline["root_id"].eq(r).sum() for r in roots]
    fig, axes = plt.subplots(
        len(roots),
        1,
        figsize=(MAX_WIDTH_IN, 0.5 * sum(heights) + 1.3 * len(roots) + 0.8),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
        layout="constrained",
    )
    for ax, root in zip(axes[:, 0], roots):
        rows = timeline[timeline["root_id"] == root].reset_index(drop=True)
        start = mdates.date2num(rows["date_earliest"])
        span = mdates.date2num(rows["date_latest"]) + 1 - start
        ax.barh(
            np.arange(len(rows)),
            span,
            left=start,
            height=0.6,
            edgecolor="black",
            linewidth=0.5,
            color=[PRECISION_COLOURS.get(p, "#bbbbbb") for p in rows["date_precision"].astype(object)],
            hatch=["//" if s == "planned" else "" for s in rows["status"].astype(object)],
        )
        labels = [
            ("·" * (d - 1) + "↳ " if d else "") + wrap(f"{label} ({kind})", 60)
            for d, label, kind in zip(rows["depth"], rows["label"], rows["kind"])
        ]
        ax.set_yticks(np.arange(len(rows)), labels, fontsize=8)
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))  # a 4-day trip has 3 to 5 ticks
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", color="#dddddd")
        ax.set_axisbelow(True)
    handles = [plt.Rectangle((0, 0), 1, 1, color=PRECISION_COLOURS[p]) for p in PRECISIONS]
    handles.append(plt.Rectangle((0, 0), 1, 1, facecolor="white", edgecolor="black", hatch="//"))
    fig.legend(
        handles,
        [f"date known to the {p}" for p in PRECISIONS] + ["planned"],
        fontsize=8,
        loc="outside lower center",
        ncols=5,
        frameon=False,
    )
    fig.suptitle(title, fontsize=11)
    return fig
