"""Turn compare.py's results into the Markdown tables and PNG charts of the docs' benchmark page.

Charts need matplotlib (the `bench` extra); the tables need nothing beyond the standard library.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

MODE_TITLES = {"html": "HTML mode (input: the page's HTML)", "text": "Text mode (input: the page's scraped text)"}
HIGHLIGHT = "cleantext"


def _modes(results: dict[str, Any]) -> list[str]:
    return [m for m in ("html", "text") if any(r["mode"] == m for r in results["speed"])]


def _datasets(results: dict[str, Any]) -> list[str]:
    return list(results["corpus"])


def mean_f1(results: dict[str, Any], system: str, mode: str) -> float | None:
    """Unweighted mean of the per-dataset F1s, so each dataset counts once whatever its size."""
    f1s = [r["f1"] for r in results["quality"] if r["system"] == system and r["mode"] == mode]
    return sum(f1s) / len(f1s) if f1s else None


def _speed(results: dict[str, Any], system: str, mode: str) -> dict[str, Any]:
    return next((r for r in results["speed"] if r["system"] == system and r["mode"] == mode), {})


def _systems_in(results: dict[str, Any], mode: str) -> list[str]:
    names = [r["system"] for r in results["speed"] if r["mode"] == mode]
    # Best mean F1 first; speed-only rows (no F1) last.
    def best_first(system: str) -> float:
        f1 = mean_f1(results, system, mode)
        return -f1 if f1 is not None else 1.0
    return sorted(names, key=best_first)


def _all_crashed(results: dict[str, Any], system: str, mode: str) -> bool:
    speed = _speed(results, system, mode)
    return bool(speed) and speed["crashes"] == speed["pages"]


def _charted(results: dict[str, Any], mode: str) -> list[str]:
    """Systems worth a point or bar: extractors and baselines that produced output."""
    return [s for s in _systems_in(results, mode)
            if results["systems"][s]["role"] in ("extractor", "baseline") and not _all_crashed(results, s, mode)]


def _color(results: dict[str, Any], system: str) -> Any:
    import matplotlib

    # The same colour for a system in every chart: by its place in the list of systems.
    return matplotlib.colormaps["tab10"](list(results["systems"]).index(system) % 10)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def summary_table(results: dict[str, Any], mode: str) -> str:
    datasets = _datasets(results)
    yard = next((r for r in results["speed"] if r["system"] == "lxml-parse"), None)
    rows = ["| system | " + " | ".join(f"{d} F1" for d in datasets)
            + " | mean F1 | pages/s | MB/s | time vs lxml parse | peak RSS (MB) | crashes |",
            "|---|" + "---:|" * (len(datasets) + 6)]
    for system in _systems_in(results, mode):
        quality = {r["dataset"]: r for r in results["quality"] if r["system"] == system and r["mode"] == mode}
        speed = _speed(results, system, mode)
        f1s = [_fmt(quality[d]["f1"]) if d in quality else "—" for d in datasets]
        name = f"**{system}**" if system == HIGHLIGHT else system
        ratio = speed.get("vs_lxml_parse")
        if _all_crashed(results, system, mode):
            timing = "— | — | — | — | all pages"
        else:
            timing = (f"{speed['pages_per_s']:.1f} | {speed['mb_per_s']:.1f} | "
                      f"{'—' if ratio is None else f'{ratio:.1f}x'} | {speed['peak_rss_mb']:.0f} | {speed['crashes']}")
        role = results["systems"][system]["role"]
        if role != "extractor":
            name += f" ({role})"
        rows.append(f"| {name} | " + " | ".join(f1s) + f" | {_fmt(mean_f1(results, system, mode))} | {timing} |")
    if mode == "text" and yard is not None:
        rows.append("| lxml-parse (of the HTML) | " + " | ".join("—" for _ in datasets)
                    + f" | — | {yard['pages_per_s']:.1f} | {yard['mb_per_s']:.1f} | 1.0x | "
                    f"{yard['peak_rss_mb']:.0f} | {yard['crashes']} |")
    return "\n".join(rows)


def detail_table(results: dict[str, Any], mode: str) -> str:
    rows = ["| system | dataset | metric | pages | F1 | precision | recall | accuracy | crashes |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    order = {s: k for k, s in enumerate(_systems_in(results, mode))}
    for r in sorted((r for r in results["quality"] if r["mode"] == mode),
                    key=lambda r: (r["dataset"], order.get(r["system"], 99))):
        noise = f" ± {r['f1_std']:.3f}" if r.get("f1_std") else ""
        rows.append(f"| {r['system']} | {r['dataset']} | {r['metric']} | {r['docs']} | {r['f1']:.3f}{noise} | "
                    f"{r['precision']:.3f} | {r['recall']:.3f} | {r['accuracy']:.3f} | {r['crashes']} |")
    return "\n".join(rows)


def highlights(results: dict[str, Any]) -> str:
    """One generated sentence per mode: cleantext's rank, and on how many datasets it beats each peer."""
    lines = []
    for mode in _modes(results):
        ranked = [s for s in _systems_in(results, mode) if results["systems"][s]["role"] in ("extractor", "baseline")
                  and mean_f1(results, s, mode) is not None]
        if HIGHLIGHT not in ranked:
            continue
        mine = {r["dataset"]: r["f1"] for r in results["quality"] if r["system"] == HIGHLIGHT and r["mode"] == mode}
        beats = []
        for peer in (s for s in ranked if s != HIGHLIGHT and results["systems"][s]["role"] == "extractor"):
            theirs = {r["dataset"]: r["f1"] for r in results["quality"] if r["system"] == peer and r["mode"] == mode}
            wins = sum(1 for d in mine if d in theirs and mine[d] > theirs[d])
            beats.append(f"{peer} on {wins} of {len(mine)}")
        speed = _speed(results, HIGHLIGHT, mode)
        ratio = speed.get("vs_lxml_parse")
        others = ", ".join(f"{s} {mean_f1(results, s, mode):.3f}" for s in ranked if s != HIGHLIGHT)
        lines.append(
            f"- **{mode} mode**: cleantext ranks {ranked.index(HIGHLIGHT) + 1} of {len(ranked)} by mean F1 "
            f"({mean_f1(results, HIGHLIGHT, mode):.3f}; {others}). Datasets where its F1 is higher than a peer's: "
            f"{'; '.join(beats)}. Speed: {speed['pages_per_s']:.1f} pages/s"
            + (f", {ratio:.1f}x the time of an lxml parse of the page." if ratio else "."))
    return "\n".join(lines)


def markdown(results: dict[str, Any]) -> str:
    """The generated part of the benchmark page."""
    corpus = ", ".join(f"{name} ({c['pages']} pages, {c['metric']})" for name, c in results["corpus"].items())
    source = f" (cleantext {results['cleantext']})" if results.get("cleantext") else ""
    parts = [f"Run of {results['started']} on {results['machine']}{source}; corpus: {corpus}.", highlights(results)]
    for mode in _modes(results):
        parts += [f"### {MODE_TITLES[mode]}", summary_table(results, mode),
                  f"<details><summary>Precision, recall and accuracy per dataset ({mode} mode)</summary>\n",
                  detail_table(results, mode), "\n</details>"]
    about = [f"- **{name}** {info['version']}: {info['about']}" for name, info in results["systems"].items()]
    parts += ["### What was run", "\n".join(about)]
    if results["skipped"]:
        parts.append("Skipped: " + "; ".join(f"{k} ({v})" for k, v in results["skipped"].items()) + ".")
    notes = [f"- {r['system']} ({r['mode']}): {note}" for r in results["speed"] for note in r.get("notes", [])]
    errors = [f"- {r['system']} ({r['mode']}, {r['dataset']}): {r['crashes']} crashes, e.g. {r['first_error']}"
              for r in results["quality"] if r["crashes"]]
    if notes or errors:
        parts += ["### Crashes and timeouts", "\n".join(notes + errors)]
    return "\n\n".join(parts) + "\n"


def charts(results: dict[str, Any], out: Path) -> list[Path]:
    """quality_speed.png (mean F1 against pages/s) and per_dataset.png (F1 bars); returns the paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    modes = _modes(results)
    written = []
    fig, axes = plt.subplots(1, len(modes), figsize=(6.5 * len(modes), 4.8), squeeze=False)
    labels = [_scatter(ax, results, mode) for ax, mode in zip(axes[0], modes)]
    fig.suptitle("Quality against speed (same pages, same run; up and right is better)")
    fig.tight_layout()  # final axes sizes first: labels are placed in display units
    for ax, ax_labels in zip(axes[0], labels):
        _declutter(ax, ax_labels)
    written.append(out / "quality_speed.png")
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)

    fig, axes = plt.subplots(len(modes), 1, figsize=(11, 4.2 * len(modes)), squeeze=False)
    for ax, mode in zip(axes[:, 0], modes):
        _bars(ax, results, mode)
    fig.tight_layout()
    written.append(out / "per_dataset.png")
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)
    return written


def _scatter(ax: Any, results: dict[str, Any], mode: str) -> list[Any]:
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    yard = next((r for r in results["speed"] if r["system"] == "lxml-parse"), None)
    labels = []
    for system in _charted(results, mode):
        f1 = mean_f1(results, system, mode) or 0.0
        speed = _speed(results, system, mode)["pages_per_s"]
        bold = system == HIGHLIGHT
        ax.scatter([speed], [f1], s=80 if bold else 45, color=_color(results, system), zorder=3,
                   edgecolors="black" if bold else "none")
        labels.append(ax.annotate(system, (speed, f1), textcoords="offset points", xytext=(6, 4), fontsize=9,
                                  fontweight="bold" if bold else "normal"))
    if yard is not None:
        ax.axvline(yard["pages_per_s"], color="grey", linestyle="--", linewidth=1)
        ax.annotate("lxml parse alone", (yard["pages_per_s"], 0.02), xycoords=("data", "axes fraction"),
                    rotation=90, fontsize=8, color="grey", xytext=(-8, 0), textcoords="offset points",
                    ha="center", va="bottom")
    ax.set_xscale("log")
    low, high = ax.get_xlim()
    # Room on both sides for labels of the slowest and fastest systems (a fifth of the span, in log space).
    pad = (high / low) ** 0.2
    ax.set_xlim(low / pad, high * pad)
    # 1-2-5 ticks when the points span a narrow range, powers of ten when wide.
    ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0) if high / low < 300 else (1.0,)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    # Zoomed to where the points are (every extractor lands well above 0), but never above 0.5.
    lowest = min((mean_f1(results, s, mode) or 0.0 for s in _charted(results, mode)), default=0.0)
    ax.set_ylim(min(0.5, max(0.0, int((lowest - 0.1) * 10) / 10)), 1)
    ax.set_xlabel("pages per second (log scale)")
    ax.set_ylabel("mean F1 over datasets")
    ax.set_title(f"{mode} mode")
    ax.grid(True, which="both", alpha=0.3)
    return labels


# Where a label may go relative to its point (offset in points, horizontal alignment), in order of preference.
LABEL_SPOTS = ((6, 4, "left"), (6, -13, "left"), (-6, 4, "right"), (-6, -13, "right"), (6, 14, "left"),
               (-6, 14, "right"), (6, -24, "left"), (-6, -24, "right"), (-6, 26, "right"), (-6, -36, "right"))


def _declutter(ax: Any, labels: list[Any]) -> None:
    """Give each label the first spot next to its point that overlaps no earlier label and no point."""
    from matplotlib.transforms import Bbox

    renderer = ax.figure.canvas.get_renderer()
    dots = [ax.transData.transform(label.xy) for label in labels]
    dot_boxes = [Bbox.from_bounds(x - 5, y - 5, 10, 10) for x, y in dots]
    frame = ax.get_window_extent(renderer)
    placed: list[Any] = []
    for label in labels:
        for dx, dy, ha in LABEL_SPOTS:
            label.set_position((dx, dy))
            label.set_horizontalalignment(ha)
            box = label.get_window_extent(renderer)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(box.overlaps(other) for other in placed + dot_boxes):
                break
        else:  # nowhere free: the first choice, overlap and all
            label.set_position(LABEL_SPOTS[0][:2])
            label.set_horizontalalignment(LABEL_SPOTS[0][2])
        placed.append(label.get_window_extent(renderer))


def _bars(ax: Any, results: dict[str, Any], mode: str) -> None:
    datasets = _datasets(results)
    systems = _charted(results, mode)
    width = 0.8 / max(1, len(systems))
    for k, system in enumerate(systems):
        f1 = {r["dataset"]: r["f1"] for r in results["quality"] if r["system"] == system and r["mode"] == mode}
        xs = [d + k * width - 0.4 + width / 2 for d in range(len(datasets))]
        ax.bar(xs, [f1.get(d, 0.0) for d in datasets], width, label=system, color=_color(results, system),
               edgecolor="black" if system == HIGHLIGHT else None, linewidth=1.5 if system == HIGHLIGHT else 0)
    ax.set_xticks(range(len(datasets)), datasets)
    ax.set_ylim(0, 1)
    ax.set_ylabel("F1")
    ax.set_title(f"F1 per dataset, {mode} mode")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.grid(True, axis="y", alpha=0.3)
