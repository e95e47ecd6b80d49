"""The quotrack command, in process through main(argv) and as a real subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _support import FailsOnZorb

import quotrack
from quotrack.cli import DEMO_NAME, main

ARTICLE = (
    "Council approves new bridge\n"
    "\n"
    '"We have waited ten years for this," Mayor Ana Ruiz said on Monday.\n'
    "Opposition leader Tom Baker said that the project would cost far more than planned.\n"
)
SOURCE_TAG_PLUGIN = '''
"""A third-party detector, found through its entry point."""

import re

from quotrack import Attribution, Detector, Speaker

SOURCE_TAG = re.compile(r"\\((source|via):\\s*([^()]+?)\\s*\\)", re.IGNORECASE)


class SourceTagDetector(Detector):
    """Claims followed by their source in brackets."""

    name = "source_tags"

    def detect(self, ctx):
        for sentence in ctx.sentences:
            for match in SOURCE_TAG.finditer(ctx.text, sentence.start_char, sentence.end_char):
                content = ctx.trimmed(sentence.start_char, match.start())
                if content is not None:
                    source = ctx.span(*match.span(2))
                    yield Attribution(kind="indirect", content=content, detector=self.name,
                                      cue=ctx.span(*match.span(1)), speaker=Speaker(source.text, source))
'''


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m quotrack ARGS`` in a real subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "quotrack", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def speakers_of(record: dict[str, object]) -> list[str]:
    return [a["speaker"]["name"] for a in record["attributions"]]  # type: ignore[index,union-attr]


# -- extract ------------------------------------------------------------------


def test_extract_text_file_as_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"== {article}: 2 attributions"
    assert out[1].split() == ["speaker", "kind", "act", "conf", "cue", "claim", "outlet"]
    assert "Ana Ruiz" in out[2] and "direct" in out[2]
    assert "We have waited ten years for this" in out[2]
    assert "Tom Baker" in out[3] and "indirect" in out[3]


@pytest.mark.parametrize(
    ("options", "name"),
    [([], "François Marchal"), (["--no-clean"], "FranÃ§ois Marchal")],
)
def test_extract_cleans_the_text_first_unless_told_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], name: str
) -> None:
    path = tmp_path / "scraped.txt"
    text = "Mayor FranÃ§ois Marchal said the plan would work."
    path.write_text(text, encoding="utf-8")
    assert main(["extract", "--format", "jsonl", *options, str(path)]) == 0
    [attribution] = json.loads(capsys.readouterr().out)["attributions"]
    assert attribution["speaker"]["name"] == name
    content = attribution["content"]
    assert text[content["start"] : content["end"]] == content["text"] == "the plan would work"


def test_extract_text_file_as_jsonl(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "jsonl", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["id"] == str(article)
    assert list(record) == ["id", "attributions", "speakers"]
    (ruiz, baker) = speakers_of(record)
    assert "Ana Ruiz" in ruiz and "Tom Baker" in baker
    for attribution in record["attributions"]:
        content = attribution["content"]
        assert ARTICLE[content["start"] : content["end"]] == content["text"]


def test_extract_several_files_as_json(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "quiet.txt"
    other.write_text("Nothing was said today.", encoding="utf-8")
    assert main(["extract", "-f", "json", str(article), str(other)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in records] == [str(article), str(other)]
    assert len(records[0]["attributions"]) == 2 and records[1]["attributions"] == []


def test_extract_as_html(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-f", "html", str(article)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert f"<h1>{article}</h1>" in page
    assert re.search(r'<span class="q-name">[^<]*Ana Ruiz</span>', page)
    assert "<p>Council approves new bridge</p>" in page


def test_jsonl_input_keeps_ids_and_other_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        {"id": "story-1", "text": '"Prices will fall," the governor said.', "section": "economy"},
        {"id": 42, "text": "The weather was fine."},
        {"text": "Lena Park said the vote would be close."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    assert main(["extract", "-f", "jsonl", str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["story-1", "42", f"{path}:3"]
    assert records[0]["section"] == "economy" and "section" not in records[1]
    assert "text" not in records[0]
    assert [name.lower() for name in speakers_of(records[0])] == ["the governor"]
    assert records[1]["attributions"] == []
    assert speakers_of(records[2]) == ["Lena Park"]


def test_malformed_jsonl_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "Fine."}\n{"id": 2, "body": "no text key"}\n', encoding="utf-8")
    assert main(["extract", "-f", "jsonl", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"quotrack extract: error: {path}:2: the record has no text\n"
    # the good record before the bad one is still read and written
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["1"]


def test_stdin_text_and_jsonl() -> None:
    text = run("extract", "-f", "jsonl", "-", stdin="Lena Park said the vote would be close.\n")
    assert text.returncode == 0, text.stderr
    record = json.loads(text.stdout)
    assert record["id"] == "<stdin>" and speakers_of(record) == ["Lena Park"]

    jsonl = run("extract", "-f", "jsonl", "-", stdin=json.dumps({"id": "s1", "text": ARTICLE}) + "\n")
    assert jsonl.returncode == 0, jsonl.stderr
    record = json.loads(jsonl.stdout)
    assert record["id"] == "s1" and len(record["attributions"]) == 2
    assert jsonl.stderr == ""  # no progress bar when stderr is not a terminal


def test_worker_processes_give_the_same_records_in_order() -> None:
    texts = [
        "Ann Lee said the plant would close.",
        '"We will appeal," the union said.',
        "Nothing happened.",
        "Tom Baker said that the plan was too expensive.",
    ]
    lines = "".join(json.dumps({"id": f"d{n}", "text": text, "n": n}) + "\n" for n, text in enumerate(texts))
    one = run("extract", "-f", "jsonl", "-", stdin=lines)
    two = run("extract", "-f", "jsonl", "--n-process", "2", "--batch-size", "1", "-", stdin=lines)
    assert one.returncode == two.returncode == 0, two.stderr
    records = [json.loads(line) for line in two.stdout.splitlines()]
    assert [(r["id"], r["n"]) for r in records] == [(f"d{n}", n) for n in range(len(texts))]
    assert two.stdout == one.stdout


def test_crlf_offsets_index_the_file_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crlf.txt"
    text = "Headline\r\n\r\nLena Park said the vote would be close.\r\n"
    path.write_bytes(text.encode("utf-8"))
    assert main(["extract", "-f", "jsonl", str(path)]) == 0
    content = json.loads(capsys.readouterr().out)["attributions"][0]["content"]
    assert text[content["start"] : content["end"]] == content["text"] == "the vote would be close"


@pytest.mark.skipif(not sys.platform.startswith(("linux", "darwin")), reason="needs a pseudo-terminal")
def test_progress_bar_goes_to_stderr_on_a_terminal_only() -> None:
    import fcntl
    import pty
    import struct
    import termios
    import threading

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    seen = bytearray()

    def read_terminal() -> None:
        try:
            while chunk := os.read(master, 4096):
                seen.extend(chunk)
        except OSError:  # the terminal closed
            pass

    reader = threading.Thread(target=read_terminal)
    reader.start()
    lines = "".join(
        json.dumps({"id": n, "text": "Ann Lee said the plant would close."}) + "\n" for n in range(3)
    )
    result = subprocess.run(
        [sys.executable, "-m", "quotrack", "extract", "-f", "jsonl", "-"],
        input=lines.encode(),
        stdout=subprocess.PIPE,
        stderr=slave,
        timeout=300,
    )
    os.close(slave)
    reader.join(10)
    os.close(master)
    assert result.returncode == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["0", "1", "2"]
    assert b"doc [" in seen  # tqdm's bar, on the terminal


# -- errors -------------------------------------------------------------------


def test_missing_file_exits_2_with_one_line() -> None:
    result = run("extract", "no/such/file.txt")
    assert result.returncode == 2
    assert result.stderr == "quotrack extract: error: no such file: no/such/file.txt\n"
    assert result.stdout == ""


def test_bad_options_exit_2_with_one_line(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["extract", "-f", "xml", str(article)],
        ["extract", "--batch-size", "0", str(article)],
        ["extract"],
        ["evaluate", str(article), "--kinds", "direct,quoted"],
        ["nonsense"],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and ": error: " in err and "Traceback" not in err, err
    assert main(["extract", "-f", "jsonl", str(article.parent)]) == 0  # a folder is read recursively
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [str(article)]


def test_quotrack_errors_exit_1_with_one_line(article: Path) -> None:
    result = run("extract", "--model", "no_such_pipeline_xx", str(article))
    assert result.returncode == 1
    assert result.stderr.startswith("quotrack extract: error: spaCy pipeline 'no_such_pipeline_xx'")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    unknown = run("extract", "--detectors", "quotes,telepathy", str(article))
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("quotrack extract: error: no detector registered as 'telepathy'")


# -- demo, detectors, evaluate ------------------------------------------------


def test_demo_prints_the_bundled_article_as_a_table() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"== {DEMO_NAME}: ")
    assert int(lines[0].split(": ")[1].split()[0]) == len(lines) - 2 > 5
    kind_column = lines[1].index("kind")
    assert {line[kind_column:].split()[0] for line in lines[2:]} == {"direct", "mixed", "indirect"}


def test_demo_as_jsonl_matches_the_packaged_text(capsys: pytest.CaptureFixture[str]) -> None:
    from quotrack.cli import demo_text

    assert main(["demo", "-f", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == DEMO_NAME
    text = demo_text()
    for attribution in record["attributions"]:
        content = attribution["content"]
        assert text[content["start"] : content["end"]] == content["text"]


def test_detectors_lists_builtins_with_their_docstrings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["detectors"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("detectors (* = run by default)\n")
    for name in ("quotes", "reported", "according"):
        assert f"* {name}" in out
    assert "\nresolvers (* = run by default)\n" in out
    assert "* floating" in out
    assert "Quoted speech" in out


def test_detectors_include_entry_points_of_installed_packages(tmp_path: Path) -> None:
    package = tmp_path / "qt_source_tags"
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(SOURCE_TAG_PLUGIN), encoding="utf-8")
    info = tmp_path / "qt_source_tags-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: qt-source-tags\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[quotrack.detectors]\nsource_tags = qt_source_tags:SourceTagDetector\n", encoding="utf-8"
    )
    env = {"PYTHONPATH": str(tmp_path)}
    listing = run("detectors", env=env)
    assert listing.returncode == 0, listing.stderr
    assert "    source_tags  Claims followed by their source in brackets." in listing.stdout

    text = "Unemployment rose to 5.1% in May (source: the statistics office).\n"
    result = run("extract", "-f", "jsonl", "--detectors", "reported,source_tags", "-", stdin=text, env=env)
    assert result.returncode == 0, result.stderr
    (attribution,) = json.loads(result.stdout)["attributions"]
    assert attribution["speaker"]["name"] == "the statistics office"
    assert attribution["content"]["text"] == "Unemployment rose to 5.1% in May"
    assert attribution["detector"] == "source_tags"


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    """A tiny gold file of two documents written for this test."""
    first = '"We will win," Jane Doe said.'
    second = "Tom Baker said that the plan was too expensive. Rain fell all day."
    docs = [
        {
            "id": "g1",
            "text": first,
            "quotes": [{"start": 1, "end": 12, "kind": "direct", "speaker": "Jane Doe"}],
        },
        {
            "id": "g2",
            "text": second,
            "quotes": [
                {
                    "start": second.index("the plan"),
                    "end": second.index(" Rain") - 1,
                    "kind": "indirect",
                    "speaker": "Tom Baker",
                }
            ],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(doc) for doc in docs) + "\n", encoding="utf-8")
    return path


def test_evaluate_prints_the_scores_table(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 documents, kinds: all"
    end_to_end = next(line for line in lines if line.strip().startswith("end to end"))
    assert end_to_end.split()[3:] == ["1.000", "1.000", "1.000", "2", "2", "2"]


def test_evaluate_explain_lists_each_mistake_with_its_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = '"We will win," Jane Doe said. The river rose all night.'
    quotes = [
        {"start": 1, "end": 12, "kind": "direct", "speaker": "John Roe"},
        {"start": text.index("The river"), "end": len(text) - 1, "kind": "indirect", "speaker": "Ann Lee"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "w1", "text": text, "quotes": quotes}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--explain"]) == 0
    out = capsys.readouterr().out
    mistakes = out[out.index("mistakes") :].splitlines()[1:]
    assert mistakes[0] == "w1: wrong speaker 'Jane Doe' (gold: 'John Roe'), direct 'We will win'"
    assert mistakes[1].startswith("    why: quotes: quotation with cue 'said'")
    assert mistakes[2] == "w1: missed indirect 'The river rose all night'"


def test_evaluate_kinds_and_json(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold), "--kinds", "direct", "-f", "json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["kinds"] == ["direct"]
    assert scores["overlap"]["gold"] == 1
    assert scores["recall_by_kind"] == {"direct": {"matched": 1, "gold": 1, "recall": 1.0}}


def test_evaluate_bad_gold_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x", "text": "Hi."}\n', encoding="utf-8")
    assert main(["evaluate", str(path)]) == 1
    assert capsys.readouterr().err == f"quotrack evaluate: error: {path}:1: missing key 'quotes'\n"
    assert main(["evaluate", str(tmp_path / "missing.jsonl")]) == 2


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("quotrack ")
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("extract", "demo", "evaluate", "detectors"):
        assert command in out


def test_detectors_plus_adds_to_the_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "views.txt"
    path.write_text(
        "Mayor Ana Ruiz said the bridge would open soon. Ruiz fears that costs will rise.\n", "utf-8"
    )
    assert main(["extract", "--format", "jsonl", str(path)]) == 0
    default = json.loads(capsys.readouterr().out)
    assert [a["act"] for a in default["attributions"]] == ["speech"]
    assert main(["extract", "--format", "jsonl", "--detectors", "+attitudes", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [a["act"] for a in record["attributions"]] == ["speech", "belief"]
    assert main(["extract", "--detectors", "quotes,+attitudes", str(path)]) == 2
    assert "not both" in capsys.readouterr().err


def test_extract_reads_pages_and_web_archives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reading_support import KOSZALIN, SECTION_FRONT, page_bytes, record_bytes, write_warc

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "koszalin.html").write_bytes(page_bytes(KOSZALIN, canonical="https://news.example/koszalin"))
    (pages / "world.html").write_text(SECTION_FRONT, encoding="utf-8")
    crawl = tmp_path / "crawl.warc"
    write_warc(crawl, [record_bytes("https://news.example/k2", page_bytes(KOSZALIN), gzip=False)])
    assert main(["extract", str(pages), str(crawl), "-f", "jsonl", "-q"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert {record["id"] for record in records} == {
        "https://news.example/koszalin",
        "https://news.example/k2",
    }
    speakers = {a["speaker"]["name"] for record in records for a in record["attributions"] if a["speaker"]}
    assert "Andrzej Duda" in speakers
    assert all(record["outlet"] == "The Daily Example" for record in records)
    assert "skipped 1 (page with no article text: 1)" in captured.err


# -- confidence ---------------------------------------------------------------


def _gold_line(doc_id: str, text: str, content: str, speaker: str | None) -> str:
    start = text.index(content)
    quote = {"start": start, "end": start + len(content), "kind": "direct", "speaker": speaker}
    return json.dumps({"id": doc_id, "text": text, "quotes": [quote]})


def test_calibrate_writes_a_model_that_extract_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["Ann Lee", "Tom Baker", "Lena Park", "Omar Said", "Rosa Diaz", "Ken Ito"]
    lines = [
        _gold_line(
            f"d{i}", f'"The bridge will open in May," said {name}.', "The bridge will open in May", name
        )
        for i, name in enumerate(names)
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = tmp_path / "mine.json"
    assert main(["calibrate", str(gold), "-o", str(model)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"wrote {model}: ") and "in 6 documents" in out
    meta = json.loads(model.read_text(encoding="utf-8"))["meta"]
    assert meta["documents"] == 6 and meta["settings"]["precise"] >= meta["settings"]["complete"]
    assert "settings: precise" in out
    story = tmp_path / "story.txt"
    story.write_text('"Rates will rise," said Ann Lee.', encoding="utf-8")
    assert main(["extract", "-f", "jsonl", "--confidence", str(model), str(story)]) == 0
    (attribution,) = json.loads(capsys.readouterr().out)["attributions"]
    assert 0.0 <= attribution["confidence"] <= 1.0
    # the model's own named settings work as the bundled model's do
    assert (
        main(
            ["extract", "-f", "jsonl", "--confidence", str(model), "--min-confidence", "precise", str(story)]
        )
        == 0
    )
    capsys.readouterr()
    # the dial: above every confidence, nothing is kept
    assert main(["extract", "-f", "jsonl", "--min-confidence", "1", str(story)]) == 0
    assert json.loads(capsys.readouterr().out)["attributions"] == []


def test_calibrate_checks_where_it_will_write_before_the_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        _gold_line("d0", '"The bridge will open," said Ann Lee.', "The bridge will open", "Ann Lee") + "\n"
    )
    target = tmp_path / "no-such-folder" / "mine.json"
    assert main(["calibrate", str(gold), "-o", str(target)]) == 2
    assert f"cannot write {target}: no folder {target.parent} to write in" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path)]) == 1  # a folder is no gold file
    assert f"{tmp_path}: cannot read the file (Is a directory)" in capsys.readouterr().err


def test_confidence_options_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text('"Rates will rise," said Ann Lee.', encoding="utf-8")
    assert main(["extract", "--min-confidence", "80", str(story)]) == 2
    assert "not a number from 0 to 1" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["extract", "--confidence", str(broken), str(story)]) == 1
    assert capsys.readouterr().err.startswith(f"quotrack extract: error: {broken}: ")


def test_a_lone_surrogate_of_a_text_prints_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = {"id": "s1", "text": '"We will win \ud800 today," said Ann Lee.'}
    source = tmp_path / "s.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")  # JSON writes it as \ud800
    assert main(["extract", "-f", "jsonl", str(source)]) == 0
    (attribution,) = json.loads(capsys.readouterr().out)["attributions"]
    assert attribution["content"]["text"] == "We will win \ud800 today"  # kept, as valid JSON
    db = str(tmp_path / "s.db")
    assert main(["ingest", "-q", str(source), "--db", db]) == 0
    for form in ("table", "jsonl", "csv"):
        capsys.readouterr()
        assert main(["quotes", "--db", db, "-f", form]) == 0
        assert "today" in capsys.readouterr().out


def test_extract_writes_every_document_but_the_one_a_plugin_fails_on_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quotrack.register_detector(FailsOnZorb, replace=True)
    path = tmp_path / "in.jsonl"
    lines = ["Ann Roe said the shop was closed.", "Bo Li said the zorb was late.", "Cy Po said it rained."]
    path.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n" for n, t in enumerate(lines, 1)))
    status = main(["extract", "-f", "jsonl", "-q", "--detectors", "reported,test-fails-on-zorb", str(path)])
    out, err = capsys.readouterr()
    assert status == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["d1", "d3"]
    assert f"{path}:2 (d2): test-fails-on-zorb: detector raised RuntimeError: cannot read zorb" in err
