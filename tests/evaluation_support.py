"""Invented texts and helpers shared by the tests of quotrack.evaluation.gold, quotrack.evaluation.matching,
quotrack.evaluation.reliability and quotrack.evaluation.scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotrack.evaluation.gold import GoldDocument, GoldQuote
from quotrack.model import Attribution, Kind, Result, Speaker, TextSpan

BRIDGE = (
    'Mayor Ana Ruiz said, "The new bridge opens in May." '
    "Critics said the cost had doubled. "
    '"We will not pay twice," Councillor Tom Baker said.'
)


def find(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    """(start, end) of the ``occurrence``-th ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


DIGITS = "0123456789" * 10  # offsets are easy to reason about; nothing gets trimmed


def gold_line(**overrides: Any) -> dict[str, Any]:
    start, end = find(BRIDGE, '"The new bridge opens in May."')
    doc: dict[str, Any] = {
        "id": "bridge-1",
        "text": BRIDGE,
        "publisher": "invented",
        "quotes": [
            {
                "start": start,
                "end": end,
                "kind": "direct",
                "speaker": "Mayor Ana Ruiz",
                "speaker_mentions": [list(find(BRIDGE, "Mayor Ana Ruiz"))],
                "cue": "said",
                "outlet": None,
                "content_spans": [[start, end]],
                "cue_spans": [list(find(BRIDGE, "said"))],
                "event": "E1",
                "no_source_trigger": False,
            }
        ],
    }
    doc.update(overrides)
    return doc


def write(path: Path, *lines: Any) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


RUIZ = 'Ana Ruiz, the mayor, said the bridge would open in May. "It is ready," she said.'


def judged_doc() -> tuple[GoldDocument, Result]:
    """BRIDGE with three gold quotes; four predictions: right, wrong speaker, not in the gold, right."""
    text = BRIDGE
    quotes = [
        GoldQuote(*find(text, "The new bridge opens in May."), kind="direct", speaker="Ana Ruiz"),
        GoldQuote(*find(text, "the cost had doubled"), kind="indirect", speaker="Critics"),
        GoldQuote(*find(text, "We will not pay twice,"), kind="direct", speaker="Tom Baker"),
    ]

    def said(part: str, speaker: str, confidence: float) -> Attribution:
        kind = Kind.INDIRECT if part == "the cost had doubled" else Kind.DIRECT
        return Attribution(
            kind=kind,
            content=TextSpan.of(text, *find(text, part)),
            detector="test",
            speaker=Speaker(speaker),
            confidence=confidence,
        )

    found = [
        said("The new bridge opens in May", "Ana Ruiz", 0.95),
        said("the cost had doubled", "Tom Baker", 0.35),
        said("Mayor Ana Ruiz", "Nobody", 0.05),
        said("We will not pay twice", "Tom Baker", 0.85),
    ]
    return GoldDocument(id="b", text=text, quotes=quotes), Result(text=text, attributions=found)
