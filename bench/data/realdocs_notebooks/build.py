"""Rebuild realdocs_notebooks' docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_notebooks/build.py [--mirrors /work/.mirror]

Every file is the repository's notebook unchanged (`git show` at the commits below), each under its own name in its
corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# The commits are the mirrors' newest.
IPYWIDGETS = "fbc0d6e9cd63727b5951f2bf559f1a5769e4455d"
HANDSON = "1e2115277b50f6c584cd668fa30e3af309a5b136"
IPYWIDGETS_NOTEBOOKS = (
    "Widget Basics", "Widget Events", "Widget Layout", "Widget Styling", "Output Widget", "Using Interact",
    "Widget Asynchronous", "Widget Custom",
)  # fmt: skip
HANDSON_NOTEBOOKS = ("tools_numpy", "tools_pandas", "tools_matplotlib", "math_linear_algebra")
FILES = (
    # ipywidgets (BSD-3-Clause): the documentation's example notebooks, Markdown prose between code cells, no outputs
    *(
        ("ipywidgets", "jupyter-widgets+ipywidgets", IPYWIDGETS, f"docs/source/examples/{name}.ipynb")
        for name in IPYWIDGETS_NOTEBOOKS
    ),
    # ageron/handson-ml2 (Apache-2.0): tutorial notebooks on NumPy, pandas, Matplotlib and linear algebra, saved with
    # their outputs (tables, printed arrays, plots)
    *(("handson", "ageron+handson-ml2", HANDSON, f"{name}.ipynb") for name in HANDSON_NOTEBOOKS),
)


if __name__ == "__main__":
    rebuild(DOCS, (), FILES)
    check_sha256(DOCS)
