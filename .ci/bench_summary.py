#!/usr/bin/env python3
"""The one table `make bench` ends with, from the results each area left in its log folder:
extraction.json, polling.json and daemon.json (written by their scripts) and the raw outputs of
bench-dedup and bench-store (parsed here). An area that failed or was skipped shows as such.

    bench_summary.py LOG_FOLDER [DEDUP_ARTICLES]
"""
import json
import os
import re
import sys

HEADER = ["area", "measurement", "bureauwatch", "peer", "ratio / goal", "met?"]


def json_rows(folder, area):
    path = os.path.join(folder, f"{area}.json")
    if not os.path.exists(path):
        return [[area, "(no results: see its log)", "—", "—", "—", "no"]]
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["rows"]


def dedup_rows(folder, articles):
    """bench-dedup's table row for `articles` and bench-store's totals."""
    rows = []
    try:
        text = open(os.path.join(folder, "dedup.log"), encoding="utf-8").read()
        row = next(line for line in text.splitlines() if line.startswith(f"| {articles} |"))
        cells = [c.strip() for c in row.strip("|").split("|")]
        rows.append(["dedup", f"near-duplicate lookup, {articles} articles: copies p50 / p99",
                     f"{cells[3]} / {cells[4]} µs", "—", "—", "—"])
        rows.append(["dedup", "copies found / unrelated judged new", f"{cells[5]}; {cells[8]}", "—", "—", "—"])
        rows.append(["dedup", "index load / index RSS", f"{cells[1]} s / {cells[2]} MB", "—", "—", "—"])
    except (OSError, StopIteration, IndexError):
        rows.append(["dedup", "near-duplicate lookup (no results: see dedup.log)", "—", "—", "—", "no"])
    try:
        text = open(os.path.join(folder, "store.log"), encoding="utf-8").read()
        insert = re.search(r"^total insert\s+(\S+) pages/s\s+(\S+ s)", text, re.M)
        size = re.search(r"^database size\s+(\S+ MB)\s+(\S+) bytes/article", text, re.M)
        rows.append(["dedup", f"store insert, {articles} articles", f"{insert.group(1)} articles/s ({insert.group(2)})",
                     "—", "—", "—"])
        rows.append(["dedup", "database size", f"{size.group(1)} ({size.group(2)} B/article)", "—", "—", "—"])
    except (OSError, AttributeError):
        rows.append(["dedup", "store insert (no results: see store.log)", "—", "—", "—", "no"])
    return rows


def render(rows):
    widths = [max(len(str(row[i])) for row in [HEADER] + rows) for i in range(len(HEADER))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    return "\n".join([line(HEADER), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def main():
    folder = sys.argv[1]
    articles = sys.argv[2] if len(sys.argv) > 2 else "1000000"
    areas = os.environ.get("BENCH_AREAS", "extraction polling dedup daemon").split()
    rows = []
    for area in areas:
        rows += dedup_rows(folder, articles) if area == "dedup" else json_rows(folder, area)
    print(render(rows))


if __name__ == "__main__":
    main()
