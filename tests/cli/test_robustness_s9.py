"""Robustness of the command line against bad input (session 9 audit).

The ground rule: bad input gets a clear error and loses nothing. A bad file is reported (path,
reason) and skipped; the batch goes on. User errors never show a traceback.
"""

import json
import os

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from entente.cli import common
from entente.cli.main import app

runner = CliRunner()
MINI = ["--no-builtin", "-d", str(FIXTURES)]
GOOD = json.dumps({"id": "good-1", "date": "2020-01-03", "text": "Iran criticized Israel."})


@pytest.fixture(autouse=True)
def _wide_stderr(monkeypatch):
    """One line per message (Rich wraps stderr at 80 columns when it is not a terminal; the
    long temporary paths would be split)."""
    monkeypatch.setattr(common.err, "_width", 10_000)


def _no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output


def _user_error(result, *needles: str) -> None:
    """Exit code 2, one clear line naming what is wrong, no traceback."""
    _no_traceback(result)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error:"), result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture
def store(tmp_path):
    """A small store: two Iran-Israel events dated 2019 and 2020."""
    news = tmp_path / "news.jsonl"
    news.write_text(
        GOOD
        + "\n"
        + json.dumps({"id": "good-2", "date": "2019-05-01", "text": "Israel criticized Iran."})
        + "\n"
    )
    db = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(news), "--db", str(db), *MINI])
    assert result.exit_code == 0, result.output
    return db


# -- news inputs ---------------------------------------------------------------------------------


def test_bad_jsonl_records_are_reported_by_line_and_the_good_one_is_coded(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                json.dumps({"id": "t", "text": "Iran criticized Israel.", "title": 5}),
                "[" * 100_000 + "]" * 100_000,
                '{"id": 1' + "0" * 5000 + ', "text": "Iran criticized Israel."}',
                GOOD,
            ]
        )
        + "\n"
    )
    result = runner.invoke(app, ["code", str(feed), *MINI])
    _no_traceback(result)
    assert result.exit_code == 1
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["good-1"]
    assert f"{feed}:1: 'title' must be a string" in result.stderr
    assert f"{feed}:2: not valid JSON (nested too deeply)" in result.stderr
    assert f"{feed}:3: not valid JSON (a number too long to read)" in result.stderr


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_a_lone_surrogate_escape_in_jsonl_is_kept_as_a_replacement_character(tmp_path, command):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "s", "text": "Iran criticized Israel \\ud800 on Monday."}\n')
    extra = ["--db", str(tmp_path / "s.duckdb")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(feed), *extra, *MINI])
    _no_traceback(result)
    assert result.exit_code == 0, result.output
    if command == "code":
        assert "Israel \ufffd on Monday" in json.loads(result.stdout)["sentence"]
    else:
        assert "1 article(s) added" in result.stderr


def test_a_jsonl_file_with_a_byte_order_mark_is_read(tmp_path):
    feed = tmp_path / "bom.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf" + GOOD.encode() + b"\n")
    result = runner.invoke(app, ["code", str(feed), *MINI])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article_id"] == "good-1"


def test_an_empty_jsonl_file_is_reported(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    (tmp_path / "good.jsonl").write_text(GOOD + "\n")
    result = runner.invoke(app, ["code", str(tmp_path), *MINI])
    _no_traceback(result)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert f"skipped {tmp_path / 'empty.jsonl'}: no records" in result.stderr


def test_binary_junk_on_stdin_is_reported_as_not_text():
    result = runner.invoke(app, ["code", "-", *MINI], input=bytes(range(128, 256)) * 8)
    _no_traceback(result)
    assert result.exit_code == 1
    assert "skipped <stdin>: not UTF-8 text" in result.stderr


def test_a_folder_without_news_files_is_reported(tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "a.json").write_text(GOOD)  # .json is not a news suffix
    result = runner.invoke(app, ["code", str(folder), *MINI])
    _no_traceback(result)
    assert result.exit_code == 1
    assert f"skipped {folder}: no news files" in result.stderr


def test_an_unreadable_subfolder_is_reported_and_the_rest_is_coded(tmp_path, monkeypatch):
    (tmp_path / "a.jsonl").write_text(GOOD + "\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.jsonl").write_text(GOOD.replace("good-1", "good-2") + "\n")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # (tests run as root: chmod 000 is no lock)
    result = runner.invoke(app, ["code", str(tmp_path), *MINI])
    _no_traceback(result)
    assert result.exit_code == 1
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["good-1"]
    assert f"skipped {locked}: Permission denied" in result.stderr


def test_a_broken_link_in_a_folder_is_reported(tmp_path):
    (tmp_path / "a.jsonl").write_text(GOOD + "\n")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = runner.invoke(app, ["code", str(tmp_path), *MINI])
    _no_traceback(result)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert f"skipped {tmp_path / 'gone.txt'}: broken symbolic link" in result.stderr


# -- the store -----------------------------------------------------------------------------------


def test_a_store_whose_folder_cannot_be_made_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    news = tmp_path / "a.jsonl"
    news.write_text(GOOD + "\n")
    result = runner.invoke(app, ["ingest", str(news), "--db", str(blocker / "s.duckdb"), *MINI])
    _user_error(result, "cannot create the folder of store", "file.txt")


def test_a_folder_given_as_the_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path)])
    _user_error(result, "it is a folder, not a store file")


@pytest.mark.parametrize(
    "args",
    [
        ["events"],
        ["dyad", "IRN", "ISR"],
        ["actor", "IRN"],
        ["export", "-f", "csv", "-o", "{tmp}/x.csv"],
        ["report", "IRN", "ISR", "-o", "{tmp}/r.html"],
        ["ingest", "{tmp}/a.jsonl", *MINI],
    ],
)
def test_a_duckdb_file_that_is_no_entente_store_is_refused_and_left_alone(tmp_path, args):
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE measurements (x INTEGER)")
    (tmp_path / "a.jsonl").write_text(GOOD + "\n")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*args, "--db", str(other)])
    _user_error(result, "not an Entente store")
    with duckdb.connect(str(other), read_only=True) as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    assert tables == ["measurements"]


# -- options -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--since", "2020", "--until", "2019"],
        ["dyad", "IRN", "ISR", "--since", "2020-02", "--until", "2020-01-31"],
        ["actor", "IRN", "--since", "2021", "--until", "2020"],
        ["export", "-f", "csv", "-o", "{tmp}/x.csv", "--since", "2021", "--until", "2020"],
        ["report", "IRN", "ISR", "-o", "{tmp}/r.html", "--since", "2021", "--until", "2020"],
    ],
)
def test_a_period_that_ends_before_it_starts_is_a_user_error(store, tmp_path, args):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*args, "--db", str(store)])
    _user_error(result, "--since", "is after --until")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["dyad", "IRN", "ISR", "--evidence", "-1"], "evidence must be 0 or more"),
        (["report", "IRN", "ISR", "-o", "{tmp}/r.html", "--evidence", "-1"], "evidence must be"),
        (["dyad", "IRN", "ISR", "--min-events", "-3"], "min_events must be 0 or more"),
        (["actor", "IRN", "--top", "-1"], "top must be 0 or more"),
        (["actors", "iran", "--limit", "-1"], "limit must be at least 1"),
        (["actors", "iran", "--limit", "0"], "limit must be at least 1"),
    ],
)
def test_negative_counts_are_user_errors(store, tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if args[0] != "actors":
        args += ["--db", str(store)]
    result = runner.invoke(app, args)
    _user_error(result, message)


def test_events_actor_takes_a_name_and_an_unknown_name_is_an_error(store):
    by_name = runner.invoke(app, ["events", "--db", str(store), "--actor", "Iran"])
    assert by_name.exit_code == 0, by_name.output
    assert len(by_name.stdout.splitlines()) == 2
    unknown = runner.invoke(app, ["events", "--db", str(store), "--actor", "Irann"])
    _user_error(unknown, "unknown actor 'Irann'")
    wildcard = runner.invoke(app, ["events", "--db", str(store), "--actor", "%"])
    _user_error(wildcard, "unknown actor '%'")


# -- files written -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["report", "IRN", "ISR", "-o", "{blocker}/r.html"],
        ["report", "IRN", "ISR", "-o", "{tmp}"],
        ["report", "IRN", "ISR", "-o", "{tmp}/r.html", "--png", "{blocker}"],
        ["export", "-f", "csv", "-o", "{blocker}/x.csv"],
        ["export", "-f", "gdelt", "-o", "{tmp}"],
    ],
)
def test_an_output_that_cannot_be_written_is_a_clear_error(store, tmp_path, args):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("a file, not a folder")
    args = [a.replace("{blocker}", str(blocker)).replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*args, "--db", str(store)])
    _user_error(result, "cannot write")


@pytest.mark.parametrize(
    "args",
    [
        ["report", "IRN", "ISR", "-o", "{db}"],
        ["export", "-f", "csv", "-o", "{db}"],
    ],
)
def test_a_report_or_export_never_replaces_the_store(store, args):
    args = [a.replace("{db}", str(store)) for a in args]
    result = runner.invoke(app, [*args, "--db", str(store)])
    _user_error(result, "is the store itself")
    events = runner.invoke(app, ["events", "--db", str(store)])
    assert len(events.stdout.splitlines()) == 2


def test_demo_checks_its_report_path_and_actors_before_coding(tmp_path):
    db = tmp_path / "demo.duckdb"
    same = runner.invoke(app, ["demo", "--db", str(db), "--report", str(db)])
    _user_error(same, "is the store itself")
    unknown = runner.invoke(app, ["demo", "--db", str(db), "--a", "Hamsa"])
    _user_error(unknown, "unknown actor 'Hamsa'")
    assert not db.exists()


# -- eval ----------------------------------------------------------------------------------------


def test_eval_reports_a_bad_gold_file_and_scores_the_others(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": "Iran criticized Israel.",
                "events": [{"source": "IRN", "target": "ISR", "code": "111"}],
            }
        )
        + "\n"
    )
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"id": "x", "text": "caf\xe9", "events": []}\n')
    listed = tmp_path / "list.jsonl"
    listed.write_text("[1, 2]\n")
    untexted = tmp_path / "untexted.jsonl"
    untexted.write_text('{"id": "u", "text": 5, "events": []}\n')
    result = runner.invoke(
        app, ["eval", str(latin), str(listed), str(untexted), str(good), "--json", *MINI]
    )
    _no_traceback(result)
    assert result.exit_code == 1
    assert [r["file"] for r in json.loads(result.stdout)] == ["good.jsonl"]
    assert f"{latin}: not UTF-8 text" in result.stderr
    assert f"{listed}:1: not a gold record (a record must be a JSON object)" in result.stderr
    assert f"{untexted}:1: not a gold record ('text' must be a string)" in result.stderr


# -- dictionaries --------------------------------------------------------------------------------


def test_a_single_verb_file_can_be_given_with_dictionaries(tmp_path):
    news = tmp_path / "a.jsonl"
    news.write_text(GOOD + "\n")
    result = runner.invoke(
        app,
        [
            "code",
            str(news),
            "--no-builtin",
            "-d",
            str(FIXTURES / "mini_actors.yaml"),
            "-d",
            str(FIXTURES / "mini_verbs.yaml"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["cameo"] == "111"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no dictionary files in this folder"),
        ({"actors.yaml": b"- code: IRN\n  name: Ir\xe9n\n"}, "not UTF-8 text"),
        ({"verbs.yaml": b'cameo: "042"\npatterns: ["$ <visit> +"]\n'}, "a YAML list of entries"),
        ({"X.actors.txt": b"IRAN_ [IRN\nISRAEL_ [ISR]\n"}, "X.actors.txt:1: '[' without a"),
    ],
)
def test_a_bad_dictionary_folder_is_a_clear_error(tmp_path, files, message):
    folder = tmp_path / "dicts"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    news = tmp_path / "a.jsonl"
    news.write_text(GOOD + "\n")
    result = runner.invoke(app, ["code", str(news), "--no-builtin", "-d", str(folder)])
    _user_error(result, message)


def test_a_news_file_given_as_a_dictionary_is_a_clear_error(tmp_path):
    news = tmp_path / "a.txt"
    news.write_text("Iran criticized Israel.\n")
    result = runner.invoke(app, ["code", str(news), "--no-builtin", "-d", str(news)])
    _user_error(result, f"--dictionaries {news}: not a dictionary file")


def test_events_actor_takes_a_name_written_in_capitals(tmp_path):
    """`events --actor NATO` (a name in capitals) finds NATO's events, as `--actor Nato` does;
    a bare code prefix in capitals (PSERE) still works (found by the session's review)."""
    from entente.api import ingest_paths, sample_corpus
    from entente.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest_paths([sample_corpus() / "text"], store)

    def count(actor: str) -> int:
        result = runner.invoke(app, ["events", "--db", str(db), "--actor", actor])
        assert result.exit_code == 0, result.output
        return len(result.stdout.splitlines())

    assert count("HAMAS") == count("Hamas") > 0
    assert count("PSERE") >= count("HAMAS")
