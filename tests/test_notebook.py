"""The notebook tour (docs/tour.ipynb) runs, and the page shows as highlighted HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

TOUR = Path(__file__).resolve().parent.parent / "docs" / "tour.ipynb"


def test_tour_runs_and_shows_the_page_as_html():
    nb = nbformat.read(TOUR, as_version=4)
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(TOUR.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('<mark class="byline"' in h and "全国总工会部署深化提升职工生活品质工作" in h for h in html)
    texts = "".join(o.get("text", "") for o in outputs) + "".join(
        o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "本报电 本报 北京 2024-10-23 ('王群',)" in texts
    assert "[1, 2]" in texts  # the stitched article's paragraphs come from pages 1 and 2
