"""The HTML dyad report: content, self-containment, PNG charts, the CLI, and a real browser."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analysis.builders import HAMAS, IRAN, store_of
from entente.analysis.report import (
    CHARTS,
    build_report,
    render_html,
    report_figures,
    write_html,
    write_pngs,
)
from entente.cli.main import app
from entente.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INJECTED = "<script>alert(1)</script>"


def quarter_rows():
    """Hamas–Iran cooperation for four quarters, then conflict; 2017-Q1 has only 2 events
    (uncertain). Around them: Israel–Hamas fighting, Iran–Syria talks, unrelated USA–RUS."""
    rows = []
    spec = [(4, 0)] * 4 + [(0, 2)] + [(0, 4)] * 3
    for k, (coop, conflict) in enumerate(spec):
        day = dt.date(2016 + k // 4, 3 * (k % 4) + 1, 15)
        rows += [(day, "PSEREBHMS", "IRNGOV", "042")] * coop
        rows += [(day, "IRN", "PSEREBHMS", "111")] * conflict
        rows += [(day, "USA", "RUS", "042")] * (10 - coop - conflict)
    rows += [(dt.date(2017, 5, 2), "ISRMIL", "PSEREBHMS", "190")] * 3
    rows += [(dt.date(2016, 5, 2), "IRNGOV", "SYRGOV", "042")] * 2
    return rows


@pytest.fixture(scope="module")
def report():
    # The articles are a0, a1 … by date; a6 (2017-04-15) is evidence for both findings.
    with store_of(quarter_rows(), titles={dt.date(2017, 4, 15): INJECTED}) as store:
        return build_report(store, HAMAS, IRAN, by="quarter")


@pytest.fixture(scope="module")
def page(report):
    return render_html(report)


@pytest.fixture(scope="module")
def report_file(report, tmp_path_factory):
    return write_html(report, tmp_path_factory.mktemp("report") / "report.html")


def test_report_build_series_and_findings(report):
    assert [p.label for p in report.series][:5] == [
        "2016-Q1",
        "2016-Q2",
        "2016-Q3",
        "2016-Q4",
        "2017-Q1",
    ]
    assert [p.label for p in report.series if p.uncertain] == ["2017-Q1"]
    assert [(f.kind, f.period) for f in report.findings] == [
        ("turning_point", "2017-Q2"),
        ("most_hostile", "2017-Q3"),  # 400 per 1,000; 2017-Q2 has 3 more events (Israel)
        ("most_hostile", "2017-Q2"),
    ]


def test_report_network_collapses_each_side_to_one_node(report):
    edges = [(e["a"], e["b"], e["events"], e["cooperation"], e["conflict"]) for e in report.network]
    assert edges == [
        ("IRN", "PSEREBHMS", 30, 16, 14),
        ("ISR", "PSEREBHMS", 3, 0, 3),
        ("IRN", "SYR", 2, 2, 0),
    ]


@pytest.mark.parametrize(
    "fragment",
    [
        "<h1>Hamas ↔ Iran</h1>",
        "Hamas–Iran relations turned colder in 2017-Q2",
        "Hamas–Iran hostility in 2017-Q2 is the highest since the start of the record",
        'href="#evidence-1"',
        'id="evidence-1"',
        "Sentence 0 on 2017-04-15.",
        '<a href="https://news.example/6" rel="noopener noreferrer">'
        "&lt;script&gt;alert(1)&lt;/script&gt;</a>",  # titles are escaped
        "id <code>a6</code>",
        "CAMEO <code>111</code> Criticize or denounce",
        "2017-Q1 (uncertain)",
        "Rates are per 1,000 events of the period, all actors.",
        'id="chart-counts"',
        'id="chart-index"',
        'id="chart-rates"',
        'id="chart-network"',
        "Iran – Hamas",  # network table, sides by label
    ],
)
def test_report_html_contents(page, fragment):
    assert fragment in page


@pytest.mark.parametrize(
    "pattern",
    [
        r"<script[^>]*\bsrc\s*=",
        r"<link\b",
        r"<img\b",
        r"<iframe\b",
        r"@import",
        r"fonts\.googleapis",
    ],
)
def test_report_html_loads_nothing_from_elsewhere(page, pattern):
    assert not re.search(pattern, page, flags=re.IGNORECASE)


def test_report_html_inlines_plotly_once(page):
    assert page.count("window.PlotlyConfig") == 1
    assert len(page) > 1_000_000  # plotly.js itself is in the page


def test_report_html_never_holds_raw_article_markup(page):
    assert INJECTED not in page


@pytest.mark.parametrize(
    ("by", "days", "timeline"),
    [
        ("quarter", ["2016-01-15", "2016-11-02"], ["2016-Q1", "2016-Q2?", "2016-Q3?", "2016-Q4"]),
        ("year", ["2016-03-01", "2018-03-01"], ["2016", "2017?", "2018"]),
        ("month", ["2016-11-05", "2017-02-05"], ["2016-11", "2016-12?", "2017-01?", "2017-02"]),
        ("week", ["2016-12-27", "2017-01-10"], ["2016-W52", "2017-W01?", "2017-W02"]),
        ("day", ["2016-12-31", "2017-01-02"], ["2016-12-31", "2017-01-01?", "2017-01-02"]),
    ],
)
def test_report_timeline_keeps_periods_without_events(by, days, timeline):
    rows = [(dt.date.fromisoformat(day), "PSEREBHMS", "IRN", "042") for day in days]
    with store_of(rows) as store:
        report = build_report(store, HAMAS, IRAN, by=by)
    assert [label + ("" if p else "?") for label, p in report.timeline] == timeline


def test_report_charts_leave_blank_periods_empty():
    rows = [(dt.date(2016, 1, 15), "PSEREBHMS", "IRN", "042")] * 3
    rows += [(dt.date(2016, 10, 15), "IRN", "PSEREBHMS", "111")] * 3
    with store_of(rows) as store:
        figures = report_figures(build_report(store, HAMAS, IRAN, by="quarter"))
    assert figures["counts"].data[0].y == (3, 0, 0, 0)  # verbal cooperation
    assert figures["index"].data[0].y == (1.0, None, None, -1.0)
    assert figures["rates"].data[1].y == (0.0, None, None, 1000.0)  # conflict


def test_report_empty_dyad_has_no_charts():
    with store_of([(dt.date(2016, 1, 15), "USA", "RUS", "042")]) as store:
        report = build_report(store, HAMAS, IRAN)
    text = render_html(report)
    assert "No events for this dyad" in text
    assert "PlotlyConfig" not in text and "chart-" not in text


def test_report_writes_png_charts(report, tmp_path):
    paths = write_pngs(report, tmp_path / "png")
    assert [p.name for p in paths] == [f"{name}.png" for name in CHARTS]
    for path in paths:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert path.stat().st_size > 5_000


def test_report_cli_writes_html_and_pngs(tmp_path):
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store_of(quarter_rows(), store)
    out, png = tmp_path / "r.html", tmp_path / "png"
    args = ["report", "PSEREBHMS", "IRN", "-o", str(out), "--db", str(db), "--png", str(png)]
    result = CliRunner().invoke(
        app, [*args, "--by", "year", "--since", "2016", "--until", "2017-12-31"]
    )
    assert result.exit_code == 0, result.output
    assert "2 periods" in result.output
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in png.iterdir()) == sorted(f"{n}.png" for n in CHARTS)


# -- the page in a real browser, offline ---------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium; installed with apt-get when missing and we are root, else skip."""
    if CHROMIUM.exists():
        return CHROMIUM
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip(f"{CHROMIUM} missing and cannot install it (needs root and apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(
        "apt-get update && apt-get install -y chromium",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if done.returncode != 0 or not CHROMIUM.exists():
        pytest.skip(f"could not install Debian's chromium: {done.stderr.strip()[-300:]}")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium):
    """A headless Chromium driven by playwright (never a browser playwright downloads)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _local(url: str) -> bool:
    return url.startswith(("file://", "data:", "blob:"))


def test_report_renders_offline_in_chromium(browser, report_file):
    context = browser.new_context(offline=True)
    requests: list[str] = []
    errors: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.route(
        "**/*", lambda route: route.continue_() if _local(route.request.url) else route.abort()
    )
    page = context.new_page()
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(report_file.as_uri(), wait_until="load")
        for name in CHARTS:
            page.wait_for_selector(f"#chart-{name} .main-svg", state="attached", timeout=15_000)
        assert page.locator("#chart-counts g.trace.bars").count() == 4
        assert page.locator("#chart-index g.trace.scatter").count() == 2
        page.wait_for_timeout(500)  # let late requests or errors surface
    finally:
        context.close()
    assert requests and all(_local(url) for url in requests), requests
    assert errors == []
