"""What each Typst construct the brief could use costs: 400 paragraphs written one way or another, each
compiled in a fresh process (Typst memoises within one), beside plain paragraphs. The brief's markup
(npviewer.brief.typeset) keeps to the cheap ones; this is how they were chosen."""

from __future__ import annotations

import statistics
import subprocess
import sys

N = 400
RUNS = 3
TEXT = ("Cooperation in logistics, energy and ports between the two sides, with a statement long enough to wrap "
        "across two lines of the brief")  # fmt: skip
HEAD = ('#set document(title: "t")\n#set text(font: ("Noto Sans",), size: 9.6pt, lang: "en")\n'
        '#set page(paper: "a4")\n')  # fmt: skip
NOTES = "\n".join(f"#par[{i}. A note of the brief, its source and locator.] <n{i}>" for i in range(N))


def variants() -> dict[str, str]:
    paras = [f"{TEXT} {i}" for i in range(N)]
    rows = ",\n".join(f"[12 December 2019], [Seoul], [{TEXT} {i}]" for i in range(N // 2))
    return {
        "plain paragraphs": "\n\n".join(paras),
        "string literals (#\"...\")": "\n\n".join(f'#"{p}";' for p in paras),
        "list items": "\n".join(f"- {p}" for p in paras),
        "a function per element": "#let st(b) = text(fill: blue, b)\n" + "\n\n".join(f"#st[{p}]" for p in paras),
        "a show rule per element (context)": "\n\n".join(f"#context text(size: 9.6pt)[{p}]" for p in paras),
        "nested show rules": "#show strong: it => text(fill: blue, it)\n#show emph: it => strong(it)\n"
        + "\n\n".join(f"_{p}_" for p in paras),
        "justified, optimized line breaks": "#set par(justify: true)\n" + "\n\n".join(paras),
        "justified, simple line breaks": '#set par(justify: true, linebreaks: "simple")\n' + "\n\n".join(paras),
        "superscript note numbers": "\n\n".join(f"{p}#super[{i}]" for i, p in enumerate(paras)),
        "note numbers linked to labels": "\n\n".join(f"{p}#super[#link(<n{i}>)[{i}]]" for i, p in enumerate(paras))
        + "\n\n" + NOTES,
        "footnotes": "\n\n".join(f"{p}#footnote[A note of the brief.]" for p in paras),
        "a table (half as many rows)": "#table(columns: (auto, auto, 1fr), "
        f"table.header([Date], [Place], [Outcome]),\n{rows})",
        "a table with per-cell style functions": "#set table(stroke: (x, y) => if y == 0 { none } else { 0.4pt }, "
        "fill: (x, y) => if y == 0 { luma(230) })\n#show table.cell.where(y: 0): set text(weight: \"bold\")\n"
        f"#table(columns: (auto, auto, 1fr), table.header([Date], [Place], [Outcome]),\n{rows})",
        "an outline of 400 headings": "#outline()\n" + "\n".join(f"= Heading {i}\n{p}" for i, p in enumerate(paras)),
        "a footer with page x of y": "#set page(footer: context [#here().page() of #counter(page).final().first()])\n"
        + "\n\n".join(paras),
    }  # fmt: skip


CHILD = r"""
import sys, time, typst
from npviewer.brief.pdf import fonts
src = sys.stdin.read().encode()
f = fonts()
start = time.perf_counter()
typst.compile(src, format="pdf", font_paths=f, pdf_standards=["ua-1"])
print(time.perf_counter() - start)
"""


def timed(source: str) -> float:
    times = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-c", CHILD], input=HEAD + source, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-600:])
        times.append(float(done.stdout.strip()))
    return statistics.median(times)


def main() -> int:
    results = {name: timed(src) for name, src in variants().items()}
    base = results["plain paragraphs"]
    print(f"Typst constructs, {N} paragraphs each (medians of {RUNS} fresh processes):")
    for name, seconds in results.items():
        print(f"  {name:42s} {seconds * 1000:6.0f} ms  {seconds / base:4.1f}x plain")
    return 0


if __name__ == "__main__":
    sys.exit(main())
