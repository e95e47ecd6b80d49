"""Tests of quotrack.evaluation.gold on invented gold documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from evaluation_support import DIGITS, gold_line, write

from quotrack.errors import GoldFormatError
from quotrack.evaluation.gold import GoldQuote, gold_act, read_gold
from quotrack.model import Act, Kind

# -- gold files ---------------------------------------------------------------


def test_read_gold_reads_documents_in_order(tmp_path: Path) -> None:
    second = {"id": "empty", "text": "Nothing to see.", "quotes": []}
    path = write(tmp_path / "gold.jsonl", gold_line(), "", second)
    docs = read_gold(path)
    assert [doc.id for doc in docs] == ["bridge-1", "empty"]
    q = docs[0].quotes[0]
    assert docs[0].text[q.start : q.end] == '"The new bridge opens in May."'
    assert q.kind is Kind.DIRECT and q.speaker == "Mayor Ana Ruiz" and q.event == "E1"
    assert docs[0].text[slice(*q.speaker_mentions[0])] == "Mayor Ana Ruiz"
    assert docs[0].meta == {"publisher": "invented"}
    assert docs[1].quotes == ()
    assert read_gold(str(path)) == docs


def test_read_gold_minimal_quote_gets_defaults(tmp_path: Path) -> None:
    line = {"id": 7, "text": DIGITS, "quotes": [{"start": 3, "end": 9, "kind": "indirect", "speaker": None}]}
    (doc,) = read_gold(write(tmp_path / "g.jsonl", line))
    assert doc.id == "7"
    assert doc.quotes[0] == GoldQuote(start=3, end=9, kind="indirect")
    assert doc.quotes[0].content_spans == ((3, 9),)


def _bad_quote(**changes: Any) -> dict[str, Any]:
    line = gold_line()
    q = dict(line["quotes"][0])
    for key, value in changes.items():
        if value is KeyError:
            del q[key]
        else:
            q[key] = value
    line["quotes"] = [q]
    return line


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not valid JSON"),
        ([1, 2], "expected a JSON object, got list"),
        ({"text": "x", "quotes": []}, "missing key 'id'"),
        ({"id": "x", "quotes": []}, "missing key 'text'"),
        ({"id": "x", "text": "x"}, "missing key 'quotes'"),
        ({"id": "x", "text": 5, "quotes": []}, "'text' must be a string"),
        ({"id": "x", "text": "x", "quotes": {}}, "'quotes' must be a list"),
        (_bad_quote(kind=KeyError), "quote 0 (event E1): missing key 'kind'"),
        (_bad_quote(speaker=KeyError), "missing key 'speaker'"),
        (_bad_quote(start="3"), "'start' must be an integer"),
        (_bad_quote(end=True), "'end' must be an integer"),
        (_bad_quote(kind="quoted"), "'kind' must be one of direct, mixed, indirect"),
        (_bad_quote(speaker=["Ana"]), "'speaker' must be a string or null"),
        (_bad_quote(speaker_mentions=[[0, 1, 2]]), "'speaker_mentions' must be a list of"),
        (_bad_quote(content_spans=[["a", "b"]]), "'content_spans' must be a list of"),
        (_bad_quote(speaker_aliases="Ana"), "'speaker_aliases' must be a list of strings"),
        (_bad_quote(end=10_000), "is outside the text"),
        (_bad_quote(speaker_mentions=[[-1, 3]]), "is outside the text"),
        (_bad_quote(start=20, end=10), "ends before it starts"),
        (_bad_quote(start=10, end=10), "empty content span"),
        (_bad_quote(content_spans=[[0, 5]]), "content span (0, 5) is outside the quote's"),
        (_bad_quote(speaker_kind="robot"), "'speaker_kind' must be one of document, group"),
        (_bad_quote(no_source_trigger="false"), "'no_source_trigger' must be true or false"),
    ],
)
def test_read_gold_errors_name_file_and_line(tmp_path: Path, bad: Any, message: str) -> None:
    path = write(tmp_path / "bad.jsonl", gold_line(id="fine"), "", bad)
    with pytest.raises(GoldFormatError) as caught:
        read_gold(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_read_gold_rejects_a_repeated_id(tmp_path: Path) -> None:
    path = write(tmp_path / "dup.jsonl", gold_line(), gold_line())
    with pytest.raises(GoldFormatError, match=r"dup\.jsonl:2: document id 'bridge-1' already used on line 1"):
        read_gold(path)


def test_read_gold_names_a_file_it_cannot_read_and_a_line_that_is_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match=r": cannot read the file \(Is a directory\)$"):
        read_gold(tmp_path)
    with pytest.raises(GoldFormatError, match=r"missing\.jsonl: cannot read the file \(No such file"):
        read_gold(tmp_path / "missing.jsonl")
    first = json.dumps(gold_line()).encode()
    second = json.dumps(gold_line(id="caf\xe9"), ensure_ascii=False).encode("latin-1")
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + first + b"\n" + second)  # a byte-order mark is read past
    with pytest.raises(GoldFormatError, match=r"latin\.jsonl:2: not UTF-8 text \(invalid continuation byte"):
        read_gold(path)
    path.write_bytes(b"\xef\xbb\xbf" + first + b"\n")
    assert [d.id for d in read_gold(path)] == ["bridge-1"]


# -- acts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "source", "act"),
    [
        ("said", "Ann Lee", Act.SPEECH),
        ("told reporters", "the minister", Act.SPEECH),
        ("according to", "Ann Lee", Act.SPEECH),
        ("has endorsed", "the union", Act.STANCE),
        ("accused", "Lee", Act.STANCE),
        ("is calling for", "Lee", Act.STANCE),
        ("believes", "Lee", Act.BELIEF),
        ("were worried", "farmers", Act.BELIEF),
        ("hoped", "she", Act.BELIEF),
        ("showed", "the figures", Act.EVIDENCE),
        ("according to", "a survey by the ministry", Act.EVIDENCE),
        ("said", "the report", Act.EVIDENCE),
        (None, None, Act.SPEECH),
        ("quipped", "Lee", Act.SPEECH),
    ],
)
def test_gold_act_from_cue_and_source(cue: str | None, source: str | None, act: Act) -> None:
    assert gold_act(GoldQuote(start=0, end=3, kind="indirect", speaker=source, cue=cue)) is act


def test_gold_act_given_in_the_data_wins(tmp_path: Path) -> None:
    text = "Lee said the plan works."
    line = {
        "id": "a",
        "text": text,
        "quotes": [
            {"start": 9, "end": 23, "kind": "indirect", "speaker": "Lee", "cue": "said", "act": "belief"}
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [doc] = read_gold(path)
    assert gold_act(doc.quotes[0]) is Act.BELIEF
    line["quotes"][0]["act"] = "rumour"  # type: ignore[index]
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(
        GoldFormatError, match=":1: quote 0: 'act' must be one of speech, evidence, belief, stance"
    ):
        read_gold(path)
