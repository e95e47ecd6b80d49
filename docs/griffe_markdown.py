"""A Griffe extension for the API reference: docstrings written for doctest and Sphinx read as Markdown.

quotrack's docstrings hold doctests and Sphinx roles; Markdown would show a ``>>>`` line as a
nested quotation and a role as raw text.  Before mkdocstrings renders a docstring:

* each run of ``>>>`` lines with their output becomes a fenced ``pycon`` block;
* a Sphinx role becomes inline code (``~`` keeps the last name only);
* a paragraph introducing a literal block with ``::`` ends in ``:`` instead.

>>> text = "Use it::\\n\\n    x = 1\\n\\n>>> 1 + 1\\n2\\n\\nSee :class:`~quotrack.model.Result`."
>>> to_markdown(text).splitlines()
['Use it:', '', '    x = 1', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'See `Result`.']
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj|const):`(~?)([\w.]+)(?:\(\))?`")
_PROMPT = re.compile(r"^(\s*)>>> ")


def _role(match: re.Match[str]) -> str:
    name = match.group(2)
    return f"`{name.rsplit('.', 1)[-1] if match.group(1) else name}`"


def to_markdown(docstring: str) -> str:
    """The docstring with doctest blocks fenced, roles as code and ``::`` as ``:``."""
    out: list[str] = []
    indent: str | None = None  # the indentation of the open doctest block, if any
    for line in docstring.splitlines():
        prompt = _PROMPT.match(line)
        if indent is None and prompt:
            indent = prompt.group(1)
            out.append(f"{indent}```pycon")
        elif indent is not None and not line.strip():
            out.append(f"{indent}```")
            indent = None
        if indent is None:
            line = _ROLE.sub(_role, line)
            if line.rstrip().endswith("::") and line.strip() != "::":
                line = line.rstrip()[:-1]
        out.append(line)
    if indent is not None:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestMarkdown(griffe.Extension):
    """Rewrites every docstring with :func:`to_markdown` once the object tree is loaded."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
