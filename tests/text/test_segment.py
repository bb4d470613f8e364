import pytest

from entente.model import Article
from entente.text import split_sentences, tokenize
from entente.text.segment import SegmentStage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran met Hamas. Israel objected.", ["Iran met Hamas.", "Israel objected."]),
        (
            "The U.S. envoy met Mr. Abbas on Feb. 3 in Ramallah. He left.",
            ["The U.S. envoy met Mr. Abbas on Feb. 3 in Ramallah.", "He left."],
        ),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        (
            "Gen. Qassem Soleimani visited Iraq. It was his last trip.",
            ["Gen. Qassem Soleimani visited Iraq.", "It was his last trip."],
        ),
        (
            "South African President P.W. Botha met George H.W. Bush. Talks ended.",
            ["South African President P.W. Botha met George H.W. Bush.", "Talks ended."],
        ),
        (
            "The talks ended at 5 p.m. Israel then struck Gaza.",
            ["The talks ended at 5 p.m.", "Israel then struck Gaza."],
        ),
    ],
)
def test_segment_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_segment_stage_skips_datelines_and_keeps_offsets():
    article = Article.from_parts(
        id="a",
        parts=[
            ("title", "Head line", None),
            ("dateline", "CAIRO, May 1 -", None),
            ("body", "One here. Two there.", None),
        ],
    )
    result = SegmentStage()(article)
    assert [result.sentence_text(s) for s in result.sentences] == [
        "Head line",
        "One here.",
        "Two there.",
    ]
    assert [s.segment for s in result.sentences] == [0, 2, 2]


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        ("Iran's army", ["iran", "'s", "army"]),
        ("Hamas' leaders", ["hamas", "'", "leaders"]),
        ("the U.S. and al-Qaeda", ["the", "u.s.", "and", "al-qaeda"]),
        ("Iran’s", ["iran", "'s"]),
        ("a 40-day strike", ["a", "40-day", "strike"]),
        ("300,000 troops", ["300,000", "troops"]),
    ],
)
def test_tokenize_possessives_and_initialisms(text, norms):
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == norms
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_text_without_sentence_ends_is_cut_into_pieces():
    """A page run together on one line: pieces of at most MAX_SENTENCE characters, cut after a
    comma or at a blank, that cover every word (session 9: the coder's work grows with the
    square of a sentence's length, and such input never finished)."""
    from entente.text.segment import MAX_SENTENCE

    text = ", ".join(f"officials of state number {i} met their counterparts" for i in range(400))
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(0 < end - start <= MAX_SENTENCE for start, end in spans)
    assert all(text[end - 1] == "," for _, end in spans[:-1])  # cut after a comma
    assert " ".join(text[a:b] for a, b in spans) == text  # nothing lost, blanks between


def test_a_long_word_run_is_cut_at_the_limit():
    from entente.text.segment import MAX_SENTENCE

    text = "x" * (3 * MAX_SENTENCE + 7)
    spans = split_sentences(text)
    assert [b - a for a, b in spans] == [MAX_SENTENCE] * 3 + [7]


def test_ordinary_sentences_are_not_cut():
    text = "Iran and Syria signed a defence pact on Monday. " * 40
    assert all(b - a < 100 for a, b in split_sentences(text))


def test_a_run_separated_by_tabs_is_cut_between_words():
    text = "\t".join(["Iran"] * 2000)
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(text[a:b].split("\t") == ["Iran"] * len(text[a:b].split("\t")) for a, b in spans)
