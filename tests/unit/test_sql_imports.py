"""The SQL adapter's import graph has no cycle (type-checking and function-level imports included).

A cycle (``uow`` -> ``repositories`` -> ``uow``, as there once was) makes the import order matter, hides
lazy imports inside functions to break it, and lets a change in one module break another at import time.
"""

from __future__ import annotations

import grimp

PACKAGE = "mhealth.adapters.sql"


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module) & modules:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def _graph() -> tuple[grimp.ImportGraph, set[str]]:
    graph = grimp.build_graph("mhealth", exclude_type_checking_imports=False, cache_dir=None)
    modules = {m for m in graph.modules if m == PACKAGE or m.startswith(PACKAGE + ".")}
    # A package imports its own submodules to re-export them; that edge (parent -> child) is not a cycle
    # of code depending on itself, so packages' __init__ modules are left out of the search.
    packages = {m for m in modules if any(other.startswith(m + ".") for other in modules)}
    return graph, modules - packages


def test_the_sql_adapter_has_no_import_cycle() -> None:
    graph, modules = _graph()
    assert "mhealth.adapters.sql.uow" in modules
    assert _cycles(graph, modules) == []


def test_the_repositories_never_import_the_unit_of_work() -> None:
    graph, _ = _graph()
    repositories = {m for m in graph.modules if m.startswith(PACKAGE + ".repositories")}
    for module in repositories:
        assert "mhealth.adapters.sql.uow" not in graph.find_modules_directly_imported_by(module), module


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above can fail: a graph with a cycle is reported."""
    graph = grimp.ImportGraph()
    for name in ("a", "a.x", "a.y", "a.z"):
        graph.add_module(name)
    graph.add_import(importer="a.x", imported="a.y")
    graph.add_import(importer="a.y", imported="a.x")
    graph.add_import(importer="a.z", imported="a.x")
    assert _cycles(graph, {"a.x", "a.y", "a.z"}) == [["a.x", "a.y"]]
