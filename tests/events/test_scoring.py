"""The gold scorer: missing actors, per-record PETRARCH configuration, code-only gold."""

from __future__ import annotations

import json
from pathlib import Path

from entente.evaluate import configured, load_gold, score_file
from entente.events.coder import PatternCoder
from entente.events.stage import petrarch_config_options


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return path


def _coder(pipeline) -> PatternCoder:
    return next(s for n, s in pipeline.stages if n == "events")


def test_petrarch_config_options_reads_require_dyad():
    assert petrarch_config_options({"require_dyad": "FALSE"}) == {"require_dyad": False}
    assert petrarch_config_options({"require_dyad": "true"}) == {"require_dyad": True}
    assert petrarch_config_options({"comma_max": "8"}) == {}


def test_load_gold_keeps_the_record_config(tmp_path):
    path = _write(
        tmp_path / "g.jsonl",
        [{"id": "r1", "text": "x", "events": [], "notes": {"config_in_effect": {"a": "1"}}}],
    )
    assert load_gold(path)[0].config == (("a", "1"),)


def test_configured_switches_the_coder_and_caches(mini_pipeline):
    cache: dict = {}
    same = configured(mini_pipeline, (("require_dyad", "true"),), cache)
    assert same is mini_pipeline
    other = configured(mini_pipeline, (("require_dyad", "false"),), cache)
    assert other is not mini_pipeline and _coder(other).require_dyad is False
    assert configured(mini_pipeline, (("require_dyad", "false"),), cache) is other
    assert _coder(mini_pipeline).require_dyad is True


def test_untargeted_gold_event_matches_a_missing_target(mini_pipeline, tmp_path):
    record = {
        "id": "r1",
        "date": "2018-03-01",
        "text": "Iran attacked.",
        "events": [{"source": "IRN", "target": "---", "code": "190"}],
        "notes": {"config_in_effect": {"require_dyad": "false"}},
    }
    result = score_file(_write(tmp_path / "g.jsonl", [record]), mini_pipeline)
    assert result.scores["strict"]["tp"] == 1 and result.scores["records"]["accuracy"] == 1.0
    # without the record's configuration the event needs a target, and is missed
    record["notes"] = {}
    result = score_file(_write(tmp_path / "g.jsonl", [record]), mini_pipeline)
    assert result.scores["strict"]["fn"] == 1


def test_code_only_gold_counts_events_without_a_target(mini_pipeline, tmp_path):
    records = [
        {"id": "r1", "text": "Iran attacked.", "events": [{"code": "190"}]},
        {"id": "r2", "text": "Iran praised Syria.", "events": [{"code": "051"}]},
    ]
    result = score_file(_write(tmp_path / "g.jsonl", records), mini_pipeline)
    assert result.kind == "codes" and result.scores["root"]["accuracy"] == 1.0


def _plover(record_id: str, text: str, events: list[dict], event_text: str, kind: str) -> dict:
    return {
        "id": record_id,
        "text": text,
        "events": events,
        "notes": {"plover_event": kind, "eventText": event_text},
    }


def test_one_event_plover_record_ignores_events_of_other_types(mini_pipeline, tmp_path):
    # the record annotates the criticism only: the attack is another event, not scored
    record = _plover(
        "r1",
        "Iran criticized Israel and attacked Syria.",
        [{"source": "IRN", "target": "ISR", "code": "DISAPPROVE"}],
        "criticized",
        "DISAPPROVE",
    )
    result = score_file(_write(tmp_path / "g.jsonl", [record]), mini_pipeline)
    assert result.kind == "plover"
    assert result.scores["lenient"]["tp"] == 1 and result.scores["lenient"]["fp"] == 0


def test_one_event_plover_record_scores_the_annotated_words_coded_wrongly(mini_pipeline, tmp_path):
    # the annotated event ("attacked") coded with another type is a false positive
    record = _plover(
        "r1",
        "Iran attacked Syria.",
        [{"source": "IRN", "target": "SYR", "code": "COERCE"}],
        "attacked",
        "COERCE",
    )
    result = score_file(_write(tmp_path / "g.jsonl", [record]), mini_pipeline)
    assert result.scores["lenient"]["fp"] == 1 and result.scores["lenient"]["fn"] == 1
    # a record without ``plover_event`` annotates every event of the sentence
    record["notes"] = {}
    result = score_file(_write(tmp_path / "g.jsonl", [record]), mini_pipeline)
    assert result.scores["lenient"]["fp"] == 1


def test_plover_gold_old_country_codes_and_destroy_mode(mini_pipeline, tmp_path):
    records = [
        _plover(
            "r1",
            "Israel praised Iran.",
            [{"source": "ISR", "target": "JAP", "code": "SUPPORT"}],
            "praised",
            "SUPPORT",
        ),
        _plover(
            "r2",
            "Iran attacked Syria.",
            [{"source": "IRN", "target": "SYR", "code": "COERCE", "mode": "destroy"}],
            "attacked",
            "COERCE",
        ),
    ]
    gold = load_gold(_write(tmp_path / "g.jsonl", records))
    assert gold[1].events == (("IRN", "SYR", "ASSAULT"),)  # 0.5b1 COERCE destroy
    assert gold[0].scope == "SUPPORT" and gold[0].event_words == frozenset({"praised"})
    result = score_file(tmp_path / "g.jsonl", mini_pipeline)
    # JAP is read as JPN (not IRN: still a miss); the destruction is an ASSAULT
    assert result.scores["lenient"]["tp"] == 1 and result.scores["lenient"]["fn"] == 1


def test_old_country_codes_are_read_as_iso_codes():
    from entente.evaluate import _actor

    assert _actor("JAPGOV") == "JPNGOV" and _actor("ITL") == "ITA" and _actor("") == "---"
    assert _actor("IRQ") == "IRQ"


def test_plover_gold_old_detain_mode_is_an_abduction():
    from entente.evaluate import _gold_code

    # 0.5b1 COERCE "detain" (kidnapping, hostages) is the current ASSAULT "abduct"
    assert _gold_code({"code": "COERCE", "mode": "detain"}) == "ASSAULT"
    assert _gold_code({"code": "COERCE", "mode": "arrest"}) == "COERCE"


def test_plover_gold_organisations_are_compared_at_its_granularity():
    from entente.evaluate import _dyad_keys, _keys, _plover_igo

    assert _plover_igo("IGOUNOREFHCR") == "IGOREF"
    assert _plover_igo("IGOUNOPKO") == "IGOMIL"
    assert _plover_igo("IGOUNO") == "IGO"
    assert _plover_igo("IGOREF") == "IGOREF"
    assert _plover_igo("IDNGOV") == "IDNGOV"
    gold = [("IDNGOV", "IGOREF", "SANCTION")]
    predicted = [("IDNGOV", "IGOUNOREFHCR", "SANCTION")]
    assert _keys(gold, "strict", "plover") == _keys(predicted, "strict", "plover")
    assert _dyad_keys(gold, "plover") == _dyad_keys(predicted, "plover")
    # CAMEO gold names the organisation: no change there
    assert _keys([("IDN", "IGOUNO", "166")], "strict", "cameo") != _keys(
        [("IDN", "IGOUNOREFHCR", "166")], "strict", "cameo"
    )
