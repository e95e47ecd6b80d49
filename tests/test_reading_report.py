"""Skips: what reading leaves out on purpose, counted by reason."""

from __future__ import annotations

from quotrack.reading import ReadReport, Skip
from quotrack.reading.report import NO_ARTICLE_TEXT, SUMMARY_ONLY


def test_skips_are_counted_by_reason_in_order() -> None:
    report = ReadReport()
    for where in ("a.warc@0", "a.warc@300"):
        report.add(Skip(where, "request record", listed=False))
    report.add(Skip("front.html", NO_ARTICLE_TEXT))
    report.add(Skip("feed.rss#2", SUMMARY_ONLY, link="https://news.example/a"))
    assert report.counts() == {"request record": 2, NO_ARTICLE_TEXT: 1, SUMMARY_ONLY: 1}
    assert [skip.where for skip in report.listed] == ["front.html", "feed.rss#2"]
    assert report.to_fetch == ["https://news.example/a"]
    assert report.summary() == (
        "skipped 4 (request record: 2, page with no article text: 1, feed entry with only a summary: 1)"
    )


def test_a_skip_says_where_and_why() -> None:
    assert str(Skip("front.html", NO_ARTICLE_TEXT)) == "front.html: skipped, page with no article text"
    assert str(Skip("f.rss#2", SUMMARY_ONLY, link="https://x.example/a")) == (
        "f.rss#2: skipped, feed entry with only a summary (fetch https://x.example/a)"
    )
    assert ReadReport().summary() == "" and ReadReport().counts() == {}
