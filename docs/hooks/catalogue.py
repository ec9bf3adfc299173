"""MkDocs hook: the filter catalogue, generated from the code at build time so it cannot drift.

Replaces ``<!-- filter-catalogue -->`` with every step of ``Pipeline.default()`` (docstring, reason
ids, options and languages read from the step's module, what it did to the example page) and
``<!-- sample:input|text|explain -->`` with the example page run through the current code.
Pages that exist in docs/ but are missing from the nav are appended under "More".
"""
from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from cleantext import Label, Pipeline, Step

MARKER = "<!-- filter-catalogue -->"
DOCS = Path(__file__).resolve().parent.parent
SAMPLE = DOCS.parent / "examples" / "sample_page.txt"
# A reason id: "footer.copyright", "navigation.link_row".
REASON_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
# Page methods that give a verdict, and the position of the reason among their arguments.
REASON_ARG = {"drop": 1, "keep": 1, "metadata": 2, "related": 3, "set": 2}
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
SKIP_FOR_NAV = ("hooks/", "bench/")


# -- reading a step's module ----------------------------------------------------------------------
def _tree(module: ModuleType) -> ast.Module:
    return ast.parse(inspect.getsource(module))


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string detail: show its placeholders as {name}
        return "".join(str(v.value) if isinstance(v, ast.Constant)
                       else "{" + ast.unparse(v.value) + "}" if isinstance(v, ast.FormattedValue) else ""
                       for v in node.values)
    return None


def step_nodes(module: ModuleType, func: Any) -> list[ast.AST]:
    """The step's own function and the module's functions it calls, directly or not.

    Two steps can share a module (mark_title and drop_repeated_title); each gets only the reason
    ids and options of the code it runs.
    """
    tree = _tree(module)
    functions = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    name = getattr(func, "__name__", "")
    if name not in functions:
        return [tree]
    seen: dict[str, ast.AST] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen[current] = functions[current]
        todo += [n.id for n in ast.walk(functions[current]) if isinstance(n, ast.Name) and n.id in functions]
    constants = {n.targets[0].id: n for n in tree.body if isinstance(n, ast.Assign) and len(n.targets) == 1
                 and isinstance(n.targets[0], ast.Name)}
    used = {n.id for f in seen.values() for n in ast.walk(f) if isinstance(n, ast.Name)}
    return [*seen.values(), *(constants[c] for c in sorted(used & set(constants)))]


def reasons(nodes: list[ast.AST]) -> list[tuple[str, str]]:
    """(reason id, detail) pairs in the code, in source order; detail may be "".

    Found as the reason argument of page.drop/keep/metadata/related/set, as an item of a table
    such as ``(PATTERN, "notice.cookie", "cookie consent notice")`` (the next item is the detail),
    or as any other string literal shaped like a reason id.
    """
    found: dict[str, tuple[int, str]] = {}

    def add(node: ast.AST, reason: str | None, detail: str | None) -> None:
        if reason and REASON_ID.match(reason):
            line = getattr(node, "lineno", 0)
            old_line, old_detail = found.get(reason, (line, ""))
            found[reason] = (min(line, old_line), old_detail or detail or "")

    for node in (n for root in nodes for n in ast.walk(root)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REASON_ARG:
            k = REASON_ARG[node.func.attr]
            if len(node.args) > k:
                add(node, _literal(node.args[k]), _literal(node.args[k + 1]) if len(node.args) > k + 1 else None)
        elif isinstance(node, ast.Tuple):
            for k, item in enumerate(node.elts):
                add(node, _literal(item), _literal(node.elts[k + 1]) if k + 1 < len(node.elts) else None)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            add(node, node.value, None)
    return [(reason, detail) for reason, (_, detail) in sorted(found.items(), key=lambda kv: kv[1][0])]


def options(nodes: list[ast.AST]) -> list[tuple[str, str]]:
    """(option name, default) for every ``page.options.get("name", default)`` / ``options["name"]``."""
    found: dict[str, str] = {}
    for node in (n for root in nodes for n in ast.walk(root)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                and _is_options(node.func.value) and node.args and _literal(node.args[0])):
            name = _literal(node.args[0]) or ""
            default = ast.unparse(node.args[1]) if len(node.args) > 1 else "None"
            found.setdefault(name, default)
        elif isinstance(node, ast.Subscript) and _is_options(node.value) and _literal(node.slice):
            found.setdefault(_literal(node.slice) or "", "required")
    return sorted(found.items())


def _is_options(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "options") or (
        isinstance(node, ast.Name) and node.id == "options")


def _imported_pattern_modules(module: ModuleType) -> Iterator[ModuleType]:
    package = module.__name__.rsplit(".", 2)[0]  # cleantext
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "patterns":
            yield importlib.import_module(f"{package}.{node.module}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(f"{package}.patterns."):
            yield importlib.import_module(node.module)


def languages(module: ModuleType) -> list[str]:
    """Languages of the per-language phrase tables ({"en": [...], "de": [...]}) the module's patterns hold."""
    langs: set[str] = set()
    for patterns in _imported_pattern_modules(module):
        for value in vars(patterns).values():
            if (isinstance(value, dict) and len(value) > 1
                    and all(isinstance(k, str) and LANGUAGE_CODE.match(k) for k in value)
                    and all(isinstance(v, (list, tuple, set, frozenset)) for v in value.values())):
                langs.update(value)
    return sorted(langs)


# -- what each step did to the example page --------------------------------------------------------
def sample_effects(pipeline: Pipeline) -> dict[str, list[tuple[Label, str, str]]]:
    if not SAMPLE.exists():
        return {}
    doc = pipeline.run(SAMPLE.read_text(encoding="utf-8"), format="text")
    effects: dict[str, list[tuple[Label, str, str]]] = {}
    for block, verdict in doc.trace:
        if verdict.label is not Label.KEEP:
            effects.setdefault(verdict.step, []).append((verdict.label, block.text, verdict.reason))
    return effects


# -- rendering -------------------------------------------------------------------------------------
CODE_SPAN = re.compile(r"(``?[^`]+``?)")


def docstring_markdown(func: Any) -> str:
    """The docstring as Markdown: doctest paragraphs become code blocks, ``literal`` becomes `literal`,
    and & < > in prose are escaped so an example such as "<p>" shows as written."""
    paragraphs = (inspect.getdoc(func) or "").split("\n\n")
    return "\n\n".join(f"```pycon\n{p}\n```" if p.lstrip().startswith(">>>") else _prose(p)
                       for p in paragraphs)


def _prose(text: str) -> str:
    out = []
    for k, part in enumerate(CODE_SPAN.split(text)):
        if k % 2:
            out.append("`" + part.strip("`") + "`")
        else:
            out.append(part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return "".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;")


def render_step(position: int, total: int, step: Step, effects: list[tuple[Label, str, str]]) -> str:
    module = inspect.getmodule(step.func)
    lines = [f"### {step.name}", "",
             f"*{step.kind}, step {position} of {total}, in `{module.__name__ if module else '?'}`*", ""]
    lines += [docstring_markdown(step.func) or "*(no docstring)*", ""]
    if module is not None and step.kind == "filter":
        nodes = step_nodes(module, step.func)
        found = reasons(nodes)
        if found:
            lines += ["**Reason ids**", ""] + [f"- `{r}`" + (f": {_cell(d)}" if d else "") for r, d in found] + [""]
        opts = options(nodes)
        lines.append("**Options**: " + (", ".join(f"`{n}` (default `{d}`)" for n, d in opts) if opts
                                        else "none") + "  ")
        langs = languages(module)
        lines += ["**Languages**: " + (", ".join(langs) if langs else "any (no word lists)"), ""]
    if effects:
        lines += ["**On `examples/sample_page.txt`**", "", "| line | became | reason |", "|---|---|---|"]
        lines += [f"| {_cell(text[:90])} | {label.value} | `{reason}` |" for label, text, reason in effects]
        lines.append("")
    return "\n".join(lines)


def render_html_structure() -> str:
    """The reasons HTML input gets from its structure, before any filter runs."""
    try:
        label = importlib.import_module("cleantext.html.label")
    except ImportError:
        return ""
    details: dict[str, str] = getattr(label, "DETAILS", {})
    step = getattr(label, "STEP", "html_structure")
    if not details:
        return ""
    rows = [f"- `{reason}`: {_cell(detail)}" for reason, detail in details.items()]
    note = ("*HTML input only: verdicts given while the blocks are made, from the page's structure; "
            "filters then run on the blocks left open.*")
    return "\n".join([f"### {step}", "", note, "", "**Reason ids**", "", *rows, ""])


def render_catalogue() -> str:
    pipeline = Pipeline.default()
    effects = sample_effects(pipeline)
    steps = pipeline.steps
    repairs = [s for s in steps if s.kind == "repair"]
    filters = [s for s in steps if s.kind == "filter"]
    out = ["## Summary", "", "| # | step | kind | what it does |", "|---:|---|---|---|"]
    out += [f"| {k} | [`{s.name}`](#{s.name}) | {s.kind} | {_cell(s.description)} |"
            for k, s in enumerate(steps, 1)]
    out += ["", "## Repairs", ""]
    out += [render_step(k, len(steps), s, effects.get(s.name, [])) for k, s in enumerate(repairs, 1)]
    html = render_html_structure()
    if html:
        out += ["## Before the filters: HTML structure", "", html]
    out += ["## Filters", ""]
    out += [render_step(k, len(steps), s, effects.get(s.name, []))
            for k, s in enumerate(filters, len(repairs) + 1)]
    return "\n".join(out)


# -- nav: pages nobody listed yet still get in -------------------------------------------------------
def _listed(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _listed(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _listed(item)


def unlisted_pages(nav: Any, docs_dir: Path) -> list[str]:
    listed = set(_listed(nav))
    pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    return [p for p in pages if p not in listed and not p.startswith(SKIP_FOR_NAV)]


def page_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


# -- the MkDocs hook events ----------------------------------------------------------------------------
def on_config(config: Any) -> Any:
    docs_dir = Path(config["docs_dir"])
    extra = unlisted_pages(config["nav"], docs_dir)
    if extra and config["nav"] is not None:
        config["nav"].append({"More": [{page_title(docs_dir / p): p} for p in extra]})
    return config


def sample_outputs() -> dict[str, str]:
    """The example page, its clean text and its --explain view, each as a fenced block."""
    from cleantext.trace import explain

    if not SAMPLE.exists():
        missing = "```text\n(examples/sample_page.txt is missing)\n```"
        return {"input": missing, "text": missing, "explain": missing}
    source = SAMPLE.read_text(encoding="utf-8")
    doc = Pipeline.default().run(source, format="text")
    fence = "```text\n{}\n```".format
    return {"input": fence(source.rstrip()), "text": fence(doc.text), "explain": fence(explain(doc))}


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, render_catalogue())
    if "<!-- sample:" in markdown:
        for name, block in sample_outputs().items():
            markdown = markdown.replace(f"<!-- sample:{name} -->", block)
    return markdown
