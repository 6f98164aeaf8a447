"""The analysis notebooks run top to bottom in a fresh python3 kernel, are committed without outputs,
and render to the committed report's file names."""

from pathlib import Path

import nbformat
import pytest

from china_iom.analysis import report

from conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


@pytest.fixture(scope="module", params=report.NOTEBOOKS)
def executed(request: pytest.FixtureRequest) -> tuple[str, nbformat.NotebookNode]:
    """Each notebook executed with nbclient (cwd notebooks/); any cell error fails here."""
    return request.param, report.execute(NOTEBOOKS / f"{request.param}.ipynb")


@pytest.mark.slow
def test_notebook_runs_without_error_output(executed):
    stem, notebook = executed
    errors = [out for cell in notebook.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert not errors
    assert report.figures(notebook, stem), f"{stem} drew no figure"


@pytest.mark.slow
def test_render_writes_the_committed_report_files(executed, tmp_path: Path):
    stem, notebook = executed
    written = {p.relative_to(tmp_path).as_posix() for p in report.render(notebook, stem, tmp_path)}
    committed = {p.relative_to(ROOT / "reports").as_posix() for p in (ROOT / "reports").rglob(f"{stem}*")}
    assert written == committed, "run `make report`"


@pytest.mark.parametrize("stem", report.NOTEBOOKS)
def test_notebook_is_committed_without_outputs(stem):
    notebook = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{stem}: clear outputs of cell {cell.id}"


def test_a_figure_cell_needs_exactly_one_tag():
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("plot()")])
    notebook.cells[0].outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="})]
    with pytest.raises(ValueError, match="0 'figure:' tags"):
        report.figures(notebook, "x")
    notebook.cells[0].metadata["tags"] = ["figure:plot"]
    assert report.figures(notebook, "x") == {"x-plot": b"\x89PNG\r\n\x1a\n"}
