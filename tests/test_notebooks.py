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
    # a warning prints the path of the installed library, so the report would differ from one clone to the next
    warned = [out.text for cell in notebook.cells for out in cell.get("outputs", []) if out.get("name") == "stderr"]
    assert not warned, warned
    assert report.figures(notebook, stem), f"{stem} drew no figure"


@pytest.mark.slow
def test_a_second_run_reproduces_the_committed_report_byte_for_byte(executed, tmp_path: Path):
    """The committed reports/ came from one run of `make report`; this run, in another kernel process (another
    hash seed), must write the same files with the same bytes, so that `make report` leaves git clean."""
    stem, notebook = executed
    written = {p.relative_to(tmp_path).as_posix() for p in report.render(notebook, stem, tmp_path)}
    committed = {p.relative_to(ROOT / "reports").as_posix() for p in (ROOT / "reports").rglob(f"{stem}*")}
    assert written == committed, "run `make report`"
    changed = [
        name for name in sorted(written) if (tmp_path / name).read_bytes() != (ROOT / "reports" / name).read_bytes()
    ]
    assert not changed, f"run `make report`; if it changes these again, they are not reproducible: {changed}"


MAX_ROWS = 60  # longest output a reader scrolls through
MAX_WIDTH = 900  # pixels: what JupyterLab gives a notebook beside its sidebar on a laptop


@pytest.mark.slow
def test_no_output_runs_past_sixty_rows(executed):
    stem, notebook = executed
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "text/html" in data:
                rows = data["text/html"].count("<tr")
            else:
                rows = len((data.get("text/plain") or out.get("text", "")).splitlines())
            assert rows <= MAX_ROWS + 2, f"{stem}: cell {cell.id} shows {rows} rows"


@pytest.mark.slow
def test_every_figure_fits_beside_the_sidebar(executed):
    stem, notebook = executed
    for name, png in report.figures(notebook, stem).items():
        width = int.from_bytes(png[16:20], "big")  # the PNG header's IHDR width
        assert width <= MAX_WIDTH, f"{name} is {width} px wide"


@pytest.mark.parametrize("stem", report.NOTEBOOKS)
def test_notebooks_import_the_installed_package(stem):
    """No sys.path preamble: the kernel of the project's environment imports china_iom as installed."""
    notebook = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
    assert not [c.id for c in notebook.cells if c.cell_type == "code" and "sys.path" in c.source]


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
