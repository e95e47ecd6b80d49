"""What reading left out on purpose: counted skips, as opposed to bad records.

A bad record (a page that cannot be decoded, a broken archive record) is a
:class:`~quotrack.errors.RecordError`.  A *skip* is input that is fine but is
not an article: a WARC ``request`` record, an image, a section front with no
article text, a feed entry that has only a summary (its page must be fetched).
Pass a :class:`ReadReport` to :func:`quotrack.reading.read_documents` to learn
of them.

>>> report = ReadReport()
>>> report.add(Skip("a.warc@0", "warcinfo record", listed=False))
>>> report.add(Skip("feed.xml", "feed entry with only a summary", link="https://example.com/a"))
>>> report.counts()
{'warcinfo record': 1, 'feed entry with only a summary': 1}
>>> report.to_fetch
['https://example.com/a']
>>> report.summary()
'skipped 2 (warcinfo record: 1, feed entry with only a summary: 1)'
"""

from __future__ import annotations

import attrs

__all__ = ["NO_ARTICLE_TEXT", "SUMMARY_ONLY", "ReadReport", "Skip"]

NO_ARTICLE_TEXT = "page with no article text"
"""The reason of a page that holds no article (a section front, a login wall)."""

SUMMARY_ONLY = "feed entry with only a summary"
"""The reason of a feed entry without its full content: its page (``link``) must be fetched."""


@attrs.frozen
class Skip:
    """An input item that is not an article: ``where`` it is (``file``, ``file@offset``,
    ``file#entry``), ``reason`` (a short noun phrase, the key it is counted under) and, for
    a feed entry, the ``link`` of the page to fetch.  ``listed`` says whether it is worth
    naming one by one (a page with no text) or only counting (a WARC ``request`` record).
    """

    where: str
    reason: str
    link: str | None = None
    listed: bool = True

    def __str__(self) -> str:
        link = f" (fetch {self.link})" if self.link else ""
        return f"{self.where}: skipped, {self.reason}{link}"


@attrs.define
class ReadReport:
    """The skips of one reading, in order; :meth:`counts` tallies them by reason."""

    skips: list[Skip] = attrs.field(factory=list)

    def add(self, skip: Skip) -> None:
        """Count ``skip``."""
        self.skips.append(skip)

    def counts(self) -> dict[str, int]:
        """The number of skips by reason, in order of first appearance."""
        counts: dict[str, int] = {}
        for skip in self.skips:
            counts[skip.reason] = counts.get(skip.reason, 0) + 1
        return counts

    @property
    def to_fetch(self) -> list[str]:
        """The links of the feed entries that need their page fetched."""
        return [skip.link for skip in self.skips if skip.link]

    @property
    def listed(self) -> list[Skip]:
        """The skips worth naming one by one."""
        return [skip for skip in self.skips if skip.listed]

    def summary(self) -> str:
        """One line: how many were skipped, and why ('' when none was).

        >>> ReadReport().summary()
        ''
        """
        if not self.skips:
            return ""
        parts = ", ".join(f"{reason}: {count}" for reason, count in self.counts().items())
        return f"skipped {len(self.skips)} ({parts})"
