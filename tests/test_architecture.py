"""The import graph of bot/ and retrieval/, read from the source with `ast`: no import circle anywhere, and retrieval/
never imports the bot or discord.py. Imports under `if TYPE_CHECKING:` are not followed: they never run."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "retrieval")


def module_files() -> dict[str, Path]:
    """Every module of the project's packages by dotted name (a package by its own name, for its __init__.py)."""
    modules: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(nodes: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node under `nodes`, except the bodies of `if TYPE_CHECKING:` (their `else:` does run)."""
    for node in nodes:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _runtime_nodes(node.orelse)
            continue
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt):
                yield from _runtime_nodes([child])
            else:
                yield from ast.walk(child)


def imported_names(module: str, path: Path, *, runtime_only: bool = True) -> set[str]:
    """Dotted names a module imports (`from a import b` gives both `a` and `a.b`; relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    nodes = _runtime_nodes(tree.body) if runtime_only else ast.walk(tree)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph(modules: Mapping[str, Path], *, runtime_only: bool = True) -> dict[str, set[str]]:
    """Edges from each module to the project modules it makes Python run: what it imports and their packages."""
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets: set[str] = set()
        for name in imported_names(module, path, runtime_only=runtime_only):
            parts = name.split(".")
            # importing a.b.c runs a, then a.b, then a.b.c
            targets.update(".".join(parts[:n]) for n in range(1, len(parts) + 1) if ".".join(parts[:n]) in modules)
        # a module's own packages are already running (or done) when it is imported: not an edge
        graph[module] = {t for t in targets if t != module and not module.startswith(t + ".")}
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_reader_sees_imports_circles_and_skips_type_checking(tmp_path: Path) -> None:
    """The checks below are only as good as the reader: a circle through a function-level import is one, a circle
    through a TYPE_CHECKING import is not."""
    files = {
        "pkg": "",
        "pkg.a": "from pkg import b\n",
        "pkg.b": "def late():\n    from .c import thing\n",
        "pkg.c": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\nelse:\n    import json\n",
        "pkg.d": "import pkg.e\n",
        "pkg.e": "if True:\n    from pkg.d import x\n",
    }
    modules: dict[str, Path] = {}
    for name, text in files.items():
        path = tmp_path / (name.replace(".", "/") + ("/__init__.py" if name == "pkg" else ".py"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        modules[name] = path
    graph = import_graph(modules)
    assert graph["pkg.a"] == {"pkg.b"} and graph["pkg.b"] == {"pkg.c"} and graph["pkg.c"] == set()
    assert cycles(graph) == [["pkg.d", "pkg.e"]]
    assert cycles(import_graph(modules, runtime_only=False)) == [["pkg.a", "pkg.b", "pkg.c"], ["pkg.d", "pkg.e"]]


def test_no_import_circle_in_bot_or_retrieval() -> None:
    modules = module_files()
    assert {"bot.client", "bot.cogs.ask", "retrieval.service"} <= set(modules)
    assert cycles(import_graph(modules)) == []


def test_cogs_are_loaded_as_extensions_and_name_the_bot_only_for_type_checking() -> None:
    """No module imports a cog (DocBot loads them by name); a cog names DocBot only under TYPE_CHECKING."""
    modules = module_files()
    graph = import_graph(modules)
    cogs = {m for m in modules if m.startswith("bot.cogs.")}
    assert cogs
    assert {m: sorted(t & cogs) for m, t in graph.items() if t & cogs} == {}
    for cog in cogs:
        assert "bot.client" not in graph[cog], cog
        assert "bot.client.DocBot" in imported_names(cog, modules[cog], runtime_only=False), cog


def test_retrieval_never_imports_the_bot_or_discord() -> None:
    modules = module_files()
    offending = {
        module: sorted(
            n for n in imported_names(module, path, runtime_only=False) if n.split(".")[0] in {"bot", "discord"}
        )
        for module, path in modules.items()
        if module.split(".")[0] == "retrieval"
    }
    assert {m: names for m, names in offending.items() if names} == {}


# The calls that run SQL on a sqlite3 (or aiosqlite) connection or cursor.
_SQL_CALLS = frozenset({"execute", "executemany", "executescript"})


def sql_calls(path: Path) -> list[int]:
    """The lines of `path` that run SQL (a call of `execute`, `executemany` or `executescript` on anything)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return sorted(
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SQL_CALLS
    )


def test_the_bot_runs_no_sql() -> None:
    """SQL lives in the store (retrieval/store/): the bot and the CLI ask it, never a connection. `docbot check` ran
    its quick_check and read the schema version with SQL of its own (bot/health.py); now `reader.quick_check`."""
    modules = module_files()
    assert sql_calls(modules["retrieval.store.reader"])  # the reader finds what it looks for
    offending = {module: sql_calls(path) for module, path in modules.items() if module.split(".")[0] == "bot"}
    assert {m: lines for m, lines in offending.items() if lines} == {}


def test_retrieval_runs_sql_only_in_its_store() -> None:
    """Below the bot too, SQL lives in retrieval/store/: the engines, the vectors and the service ask it. They opened
    read transactions (BEGIN, ROLLBACK) and turned memory-mapped reads off (PRAGMA mmap_size, a value the reader
    sets too) with SQL of their own; now `reader.begin_reading`, `end_reading` and `unmapped`."""
    offending = {
        module: sql_calls(path)
        for module, path in module_files().items()
        if module.split(".")[0] == "retrieval" and not module.startswith("retrieval.store")
    }
    assert {m: lines for m, lines in offending.items() if lines} == {}
