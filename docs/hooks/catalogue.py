"""MkDocs hook: the filter catalogue, generated from the code at build time so it cannot drift.

Replaces ``<!-- filter-catalogue -->`` with every step of ``Pipeline.default()`` and the opt-in
ones (docstring, reason ids and languages read from the step's module, the options it declares, what
it did to the example page) and
``<!-- sample:input|text|explain -->`` with the example page run through the current code.
Pages that exist in docs/ but are missing from the nav are appended under "More".
"""
from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from cleantext import Label, Pipeline, Step
from cleantext.pipeline import known_steps, opt_in_names
from cleantext.steps import docstring

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
    # The .py file, also when the module is the compiled build's extension module beside it.
    path = Path(module.__file__ or "")
    return ast.parse(path.with_name(path.name.split(".", 1)[0] + ".py").read_text(encoding="utf-8"))


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
    # REASON = "site_template.repeated" ... page.drop(i, REASON, detail): resolve the name.
    named = {n.targets[0].id: _literal(n.value) for n in nodes if isinstance(n, ast.Assign)
             and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)}

    def text_of(node: ast.AST) -> str | None:
        return named.get(node.id) if isinstance(node, ast.Name) else _literal(node)

    def add(node: ast.AST, reason: str | None, detail: str | None) -> None:
        if reason and REASON_ID.match(reason):
            line = getattr(node, "lineno", 0)
            old_line, old_detail = found.get(reason, (line, ""))
            found[reason] = (min(line, old_line), old_detail or detail or "")

    for node in (n for root in nodes for n in ast.walk(root)):
        if isinstance(node, ast.Dict):  # {"html.nav": "navigation element", ...}: reason -> detail
            for key, value in zip(node.keys, node.values):
                if key is not None:
                    add(node, _literal(key), text_of(value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REASON_ARG:
            k = REASON_ARG[node.func.attr]
            if len(node.args) > k:
                add(node, text_of(node.args[k]), _literal(node.args[k + 1]) if len(node.args) > k + 1 else None)
        elif isinstance(node, ast.Tuple):
            for k, item in enumerate(node.elts):
                add(node, _literal(item), _literal(node.elts[k + 1]) if k + 1 < len(node.elts) else None)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            add(node, node.value, None)
    return [(reason, detail) for reason, (_, detail) in sorted(found.items(), key=lambda kv: kv[1][0])]


def options(step: Step) -> list[tuple[str, str]]:
    """(option name, default) of every option the step declares."""
    return [(o.name, repr(o.default)) for o in step.options]


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
    paragraphs = inspect.cleandoc(docstring(func) or "").split("\n\n")
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


@dataclass(frozen=True)
class StepInfo:
    """What the catalogue says about one step, read from its code."""

    position: int
    step: Step
    module: str
    reasons: list[tuple[str, str]]
    options: list[tuple[str, str]]
    languages: list[str]


def step_info(position: int, step: Step) -> StepInfo:
    module = inspect.getmodule(step.func)
    if module is None or step.kind == "repair":
        return StepInfo(position, step, module.__name__ if module else "?", [], [], [])
    nodes = step_nodes(module, step.func)
    return StepInfo(position, step, module.__name__, reasons(nodes), options(step), languages(module))


def render_step(info: StepInfo, total: int, effects: list[tuple[Label, str, str]]) -> str:
    step = info.step
    place = f"step {info.position} of {total}" if info.position else "off by default: `--enable` / `Pipeline.enable()`"
    runs_on = "" if step.formats == {"text", "html"} else f", {'/'.join(sorted(step.formats))} pages only"
    lines = [f"### {step.name}", "", f"*{step.kind}, {place}{runs_on}, in `{info.module}`*", ""]
    lines += [docstring_markdown(step.func) or "*(no docstring)*", ""]
    if step.kind != "repair":
        if info.reasons:
            lines += ["**Reason ids**", ""]
            lines += [f"- `{r}`" + (f": {_cell(d)}" if d else "") for r, d in info.reasons] + [""]
        lines.append("**Options**: " + (", ".join(f"`{n}` (default `{d}`)" for n, d in info.options)
                                        if info.options else "none") + "  ")
        lines += ["**Languages**: " + (", ".join(info.languages) if info.languages else "any (no word lists)"), ""]
    if effects:
        lines += ["**On `examples/sample_page.txt`**", "", "| line | became | reason |", "|---|---|---|"]
        lines += [f"| {_cell(text[:90])} | {label.value} | `{reason}` |" for label, text, reason in effects]
        lines.append("")
    return "\n".join(lines)


def reason_index(infos: list[StepInfo]) -> str:
    """Every reason id, alphabetically, with the step that gives it: look up what --explain shows."""
    rows = [(r, i.step.name, d) for i in infos for r, d in i.reasons]
    out = ["| reason id | step | meaning |", "|---|---|---|"]
    out += [f"| `{r}` | [`{step}`](#{step}) | {_cell(d)} |" for r, step, d in sorted(rows)]
    return "\n".join(out)


def render_catalogue() -> str:
    pipeline = Pipeline.default()
    effects = sample_effects(pipeline)
    steps = pipeline.steps
    infos = [step_info(k, s) for k, s in enumerate(steps, 1)]
    known = known_steps()
    opt_in = [step_info(0, known[name]) for name in opt_in_names()]
    out = ["## Summary", "", "| # | step | kind | runs on | what it does |", "|---:|---|---|---|---|"]
    out += [f"| {k} | [`{s.name}`](#{s.name}) | {s.kind} | {'/'.join(sorted(s.formats))} | {_cell(s.description)} |"
            for k, s in enumerate(steps, 1)]
    out += [f"| off | [`{i.step.name}`](#{i.step.name}) | {i.step.kind} | text/html | {_cell(i.step.description)} |"
            for i in opt_in]

    def section(kind: str) -> list[str]:
        return [render_step(i, len(steps), effects.get(i.step.name, [])) for i in infos if i.step.kind == kind]

    out += ["", "## Repairs", "", *section("repair")]
    out += ["### Off by default", "", *(render_step(i, len(steps), []) for i in opt_in)]
    out += ["## HTML structure steps", "",
            ("*Step kind `structure`, declared for HTML pages only: they label blocks from the element "
             "tree (`cleantext.html`) before the text filters run on the blocks left open.*"), "",
            *section("structure")]
    out += ["## Filters", "", *section("filter")]
    out += ["## After the filters: select steps", "",
            ("*Step kind `select`: listed after every filter (a pipeline that lists one before a filter "
             "is an error), because bylines, the headline and the region are decided from the filters' "
             "verdicts.*"), "", *section("select")]
    out += ["## Reason index", "", reason_index(infos), ""]
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
