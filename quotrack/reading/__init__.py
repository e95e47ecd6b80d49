"""Reading documents: the one way every entry point turns paths into :class:`Document` records.

>>> from quotrack.reading import Document
>>> Document.from_mapping({"id": "a", "text": "Hi.", "outlet": "AP"}, "here").outlet
'AP'
"""

from .document import FIELDS, Document, parse_date
from .feeds import FeedReader
from .files import Readers, UnreadableInputError, check_paths, read_documents
from .html import HtmlReader
from .report import ReadReport, Skip
from .warc import WarcReader

__all__ = [
    "FIELDS",
    "Document",
    "FeedReader",
    "HtmlReader",
    "ReadReport",
    "Readers",
    "Skip",
    "UnreadableInputError",
    "WarcReader",
    "check_paths",
    "parse_date",
    "read_documents",
]
