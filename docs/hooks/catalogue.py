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
    if isinstance(node, ast.JoinedStr):  # an f-string detail: show its placeholders as {...}
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{…}" for v in node.values)
    return None


def reasons(module: ModuleType) -> list[tuple[str, str]]:
    """(reason id, detail) pairs given in the module, in source order; detail may be ""."""
    found: dict[str, str] = {}
    tree = _tree(module)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REASON_ARG:
            k = REASON_ARG[node.func.attr]
            reason = _literal(node.args[k]) if len(node.args) > k else None
            if reason and REASON_ID.match(reason):
                detail = _literal(node.args[k + 1]) if len(node.args) > k + 1 else None
                found[reason] = found.get(reason) or detail or ""
    # Reason ids kept in constants (REASON = "template.site") count too.
    for node in ast.walk(tree):
        value = _literal(node) if isinstance(node, ast.Constant) else None
        if value and REASON_ID.match(value) and value not in found and _is_assigned_constant(tree, value):
            found[value] = ""
    return list(found.items())


def _is_assigned_constant(tree: ast.Module, value: str) -> bool:
    return any(isinstance(n, ast.Assign) and _literal(n.value) == value for n in tree.body)


def options(module: ModuleType) -> list[tuple[str, str]]:
    """(option name, default) for every ``page.options.get("name", default)`` / ``options["name"]``."""
    found: dict[str, str] = {}
    for node in ast.walk(_tree(module)):
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
        found = reasons(module)
        if found:
            lines += ["**Reason ids**", ""] + [f"- `{r}`" + (f": {_cell(d)}" if d else "") for r, d in found] + [""]
        opts = options(module)
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
