"""The HTML dyad report: content, self-containment, PNG charts, the CLI, and a real browser."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analysis.builders import HAMAS, IRAN, store_of
from entente.analysis.dyad import dyad_series
from entente.analysis.findings import dyad_analysis, dyad_findings
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


# -- a sparse dyad: the terminal and the report agree -------------------------------------


def sparse_rows():
    """Hamas–Iran cooperation in 2016-Q1 (5 of the quarter's 10 events: 500 per 1,000), 2016-Q2
    (3 of 10: 300) and 2017-Q2 (4 of 10: 400); no Hamas–Iran events in 2016-Q3 … 2017-Q1 (only
    USA–RUS ones)."""
    rows = []
    for day, coop in (
        (dt.date(2016, 2, 15), 5),
        (dt.date(2016, 5, 15), 3),
        (dt.date(2016, 8, 15), 0),
        (dt.date(2016, 11, 15), 0),
        (dt.date(2017, 2, 15), 0),
        (dt.date(2017, 5, 15), 4),
    ):
        rows += [(day, "PSEREBHMS", "IRN", "042")] * coop
        rows += [(day, "USA", "RUS", "042")] * (10 - coop)
    return rows


#: By hand: 2017-Q2 (400) is beaten by no certain period back to 2016-Q1 (500; 2016-Q2 has 300,
#: the three quarters between have no events): five calendar quarters, at least min_gap (3), so
#: it is the highest since 2016-Q1. Counting only periods with events it is two, which is how the
#: report used to miss it while the terminal found it. 2016-Q2 is one quarter after 2016-Q1; three
#: certain periods are too few for a turning point; there is no conflict.
SPARSE_FINDINGS = [
    "PSEREBHMS–IRN cooperation in 2017-Q2 is the highest since 2016-Q1 (400.0 per 1,000 events)"
]


def test_report_and_dyad_commands_agree_on_a_sparse_dyad(tmp_path):
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store_of(sparse_rows(), store)
    runner = CliRunner()
    common = ["PSEREBHMS", "IRN", "--db", str(db), "--by", "quarter"]
    terminal = runner.invoke(app, ["dyad", *common])
    assert terminal.exit_code == 0, terminal.output
    out = tmp_path / "r.html"
    written = runner.invoke(app, ["report", *common, "-o", str(out)])
    assert written.exit_code == 0, written.output
    said = [line[2:] for line in terminal.output.splitlines() if line.startswith("• ")]
    page = out.read_text("utf-8")
    shown = [html.unescape(t) for t in re.findall(r'<li class="finding"[^>]*>(.*?) \(<a', page)]
    assert said == shown == SPARSE_FINDINGS
    # The same evidence: the events of 2017-05-15, article a5.
    assert "— a5" in terminal.output and 'id="evidence-1"' in page and "id <code>a5</code>" in page
    assert "6 periods (3 without events)" in written.output


@pytest.fixture(scope="module")
def sparse_report():
    with store_of(sparse_rows()) as store:
        return build_report(store, HAMAS, IRAN, by="quarter")


def test_report_findings_are_the_dyad_analysis_findings_on_a_sparse_dyad(sparse_report):
    with store_of(sparse_rows()) as store:
        analysis = dyad_analysis(store, HAMAS, IRAN, by="quarter")
        # dyad_findings counts calendar periods even on a series without its empty periods.
        bare = dyad_findings(store, HAMAS, IRAN, dyad_series(store, HAMAS, IRAN), by="quarter")
    texts = [f.text.replace("Hamas–Iran", "PSEREBHMS–IRN") for f in sparse_report.findings]
    assert texts == SPARSE_FINDINGS
    assert sparse_report.findings == analysis.findings == bare
    (finding,) = analysis.findings
    assert (finding.kind, finding.period, finding.since, finding.value) == (
        "highest_cooperation",
        "2017-Q2",
        "2016-Q1",
        400.0,
    )
    assert sparse_report.series == analysis.series
    assert [(p.label, p.events) for p in analysis.series] == [
        ("2016-Q1", 5),
        ("2016-Q2", 3),
        ("2016-Q3", 0),
        ("2016-Q4", 0),
        ("2017-Q1", 0),
        ("2017-Q2", 4),
    ]


def test_report_sparse_dyad_charts_and_tables_keep_the_gaps(sparse_report):
    figures = report_figures(sparse_report)
    assert figures["counts"].data[0].y == (5, 3, 0, 0, 0, 4)  # verbal cooperation
    assert figures["rates"].data[0].y == (500.0, 300.0, None, None, None, 400.0)
    assert figures["rates"].data[1].y == (0.0, 0.0, None, None, None, 0.0)
    assert figures["index"].data[0].y == (1.0, 1.0, None, None, None, 1.0)
    assert figures["index"].data[1].y == (1.0, 1.0, None, None, None, 1.0)  # rolling mean
    assert not figures["rates"].layout.shapes  # no period is uncertain; blanks are not shaded
    page = render_html(sparse_report)
    assert "3 periods with events, 0 of them uncertain" in page
    assert "and 3 without any, left blank in the charts" in page
    assert "<td>2016-Q3 (no events)</td>" in page


def test_report_sparse_dyad_lines_break_in_chromium(browser, sparse_report, tmp_path):
    path = write_html(sparse_report, tmp_path / "sparse.html")
    context = browser.new_context(offline=True)
    try:
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_selector("#chart-rates .main-svg", state="attached", timeout=15_000)
        plotted = page.evaluate("document.getElementById('chart-rates').data.map(t => t.y)")
        assert plotted == [[500, 300, None, None, None, 400], [0, 0, None, None, None, 0]]
        ticks = [t.text_content() for t in page.locator("#chart-rates .xtick text").all()]
        assert ticks == ["2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4", "2017-Q1", "2017-Q2"]
        for chart in ("rates", "index"):
            for trace in page.locator(f"#chart-{chart} g.trace.scatter").all():
                # Two drawn pieces, 2016-Q1–Q2 and 2017-Q2: no line across the blank quarters.
                pieces = [p.get_attribute("d") for p in trace.locator("path.js-line").all()]
                assert len(pieces) == 2 and pieces[1].count("L") == 0, pieces
    finally:
        context.close()
