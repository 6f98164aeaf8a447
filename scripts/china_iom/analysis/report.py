"""Execute the analysis notebooks and render them: ``reports/<notebook>.html`` and one PNG per figure,
``reports/figures/<notebook>-<figure>.png``, named by the cell's ``figure:<name>`` tag."""

from __future__ import annotations

import base64
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

NOTEBOOKS = ("topic_cooccurrence", "meeting_frequency")
FIGURE_TAG = "figure:"
KERNEL = "python3"
# The kernel app's own warnings (e.g. "running over TCP without encryption") are not for the reader.
KERNEL_QUIET = ["--IPKernelApp.log_level=ERROR"]


def execute(path: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """The notebook at ``path`` run top to bottom in a fresh kernel, with its folder as working directory.

    Raises nbclient's CellExecutionError on the first failing cell.
    """
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name=KERNEL,
        timeout=timeout,
        record_timing=False,
        extra_arguments=KERNEL_QUIET,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return notebook


def figures(notebook: nbformat.NotebookNode, stem: str) -> dict[str, bytes]:
    """PNG bytes of each figure, keyed ``<stem>-<figure>``; ValueError for an untagged or doubled figure."""
    found: dict[str, bytes] = {}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        tags = [tag.removeprefix(FIGURE_TAG) for tag in cell.metadata.get("tags", []) if tag.startswith(FIGURE_TAG)]
        pngs = [
            base64.b64decode(out["data"]["image/png"]) for out in cell.outputs if "image/png" in out.get("data", {})
        ]
        if pngs and len(tags) != 1:
            raise ValueError(f"{stem}: cell {cell.id} draws a figure but has {len(tags)} '{FIGURE_TAG}' tags")
        if len(pngs) > 1:
            raise ValueError(f"{stem}: cell {cell.id} draws {len(pngs)} figures; draw one per tagged cell")
        if pngs:
            found[f"{stem}-{tags[0]}"] = pngs[0]
    return found


def render(notebook: nbformat.NotebookNode, stem: str, out: Path) -> list[Path]:
    """Write the executed notebook's HTML and figures under ``out``; returns the files written."""
    (out / "figures").mkdir(parents=True, exist_ok=True)
    html, _ = HTMLExporter().from_notebook_node(notebook)
    written = [out / f"{stem}.html"]
    written[0].write_text(html, encoding="utf-8")
    for name, png in figures(notebook, stem).items():
        written.append(out / "figures" / f"{name}.png")
        written[-1].write_bytes(png)
    return written


def report(notebooks: Path, out: Path) -> list[Path]:
    """Execute and render every analysis notebook; stale figures in ``out/figures`` are removed."""
    written = [path for stem in NOTEBOOKS for path in render(execute(notebooks / f"{stem}.ipynb"), stem, out)]
    for stale in set((out / "figures").glob("*.png")) - set(written):
        stale.unlink()
    return written
