import json

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from entente.api import EVENT_KEYS
from entente.cli.main import app

runner = CliRunner()
PAGE = """<html><head><title>T</title>
<meta property="article:published_time" content="2019-05-01T10:00:00Z"></head>
<body><nav>Home World Iran criticized Israel in the menu</nav>
<article><h1>Iran criticizes Israel</h1>
<p>Iran criticized Israel over the strikes, the foreign ministry said on Wednesday.</p>
<p>Support our journalism: Iran criticized Israel, donate today.</p>
<figure><img src="a.jpg"><figcaption>Haniyeh visits Tehran on April 3, 2019.</figcaption></figure>
</article></body></html>"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    return path


def test_cli_code_jsonl_keys_and_sentences_from_article(page):
    result = runner.invoke(
        app,
        ["code", str(page), "--format", "jsonl", "--no-builtin", "--dictionaries", str(FIXTURES)],
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert set(EVENT_KEYS) <= set(record)
        assert record["article_id"] == str(page)
    first, caption = records
    assert (first["source"], first["target"], first["cameo"]) == ("IRN", "ISR", "111")
    assert first["sentence"] == (
        "Iran criticized Israel over the strikes, the foreign ministry said on Wednesday."
    )
    assert first["date"] == "2019-05-01" and first["quad_class"] == 3
    assert isinstance(first["cameo"], str) and first["goldstein"] == -2.0
    assert (caption["cameo"], caption["date"]) == ("042", "2019-04-03")


def test_cli_code_csv(page):
    result = runner.invoke(
        app, ["code", str(page), "-f", "csv", "--no-builtin", "-d", str(FIXTURES)]
    )
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split(",")[:5] == ["id", "article_id", "date", "date_precision", "date_end"]
    assert len(rows) == 2


def test_cli_code_jsonl_record_id_becomes_article_id(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "rec-7", "date": "2020-01-03", "text": "Iran criticized Israel."}) + "\n"
    )
    result = runner.invoke(app, ["code", str(path), "--no-builtin", "-d", str(FIXTURES)])
    assert json.loads(result.stdout)["article_id"] == "rec-7"


def test_cli_bad_file_reported_and_exit_code_says_so(page, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = runner.invoke(app, ["code", str(page), str(bad), "--no-builtin", "-d", str(FIXTURES)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2  # the good page was still coded
    assert "bad.jsonl:1" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["code", "x.html", "--format", "xml"], "--format 'xml'"),
        (["events", "--db", "/nonexistent/dir/none.duckdb"], "no store at"),
        (["events", "--since", "May 2019", "--db", "{db}"], "--since"),
        (["code", "x.html", "-d", "/nonexistent/dicts"], "--dictionaries"),
    ],
)
def test_cli_user_errors_one_line_no_traceback(args, message, tmp_path):
    db = tmp_path / "s.duckdb"
    runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    args = [a.replace("{db}", str(db)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_ingest_then_events_idempotent(page, tmp_path):
    db = tmp_path / "s.duckdb"
    args = ["ingest", str(page), "--db", str(db), "--no-builtin", "-d", str(FIXTURES)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0 and "1 article(s) added" in first.stderr
    second = runner.invoke(app, args)
    assert "0 article(s) added, 1 already stored" in second.stderr
    listed = runner.invoke(app, ["events", "--db", str(db), "--actor", "IRN"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted(r["cameo"] for r in rows) == ["042", "111"]


def test_cli_db_from_environment(page, tmp_path, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("ENTENTE_DB", str(db))
    assert (
        runner.invoke(app, ["ingest", str(page), "--no-builtin", "-d", str(FIXTURES)]).exit_code
        == 0
    )
    assert db.exists()


def test_python_dash_m_runs_the_command_line():
    """``python -m entente`` is the ``entente`` command (for environments without the script
    on PATH)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "entente", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "eval" in done.stdout and "code" in done.stdout


def test_cli_events_sample_draws_a_repeatable_subset(tmp_path):
    from entente.api import ingest_paths, sample_corpus
    from entente.store import Store

    db = tmp_path / "sample.duckdb"
    with Store(db) as store:
        ingest_paths([sample_corpus() / "text"], store)
        total = store.counts()["events"]
    assert total > 20

    def draw(*extra: str) -> list[dict]:
        result = runner.invoke(app, ["events", "--db", str(db), *extra])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    first, again, other = (
        draw("--sample", "10"),
        draw("--sample", "10"),
        draw("--sample", "10", "--seed", "7"),
    )
    assert len(first) == 10
    assert [r["id"] for r in first] == [r["id"] for r in again]
    assert {r["id"] for r in first} != {r["id"] for r in other}
    everything = {r["id"] for r in draw()}
    assert {r["id"] for r in first} <= everything
    assert [r["date"] for r in first] == sorted(r["date"] for r in first)
    assert len(draw("--sample", str(total + 5))) == total
    assert len(draw("--sample", "99999999999999999999999")) == total
    for option, value in (("--sample", "0"), ("--limit", "0"), ("--limit", "-1")):
        bad = runner.invoke(app, ["events", "--db", str(db), option, value])
        assert bad.exit_code == 2 and f"{option} must be at least 1" in bad.stderr
        assert "Traceback" not in bad.output
