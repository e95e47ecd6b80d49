"""Reading documents: the one way every entry point turns paths into :class:`Document` records.

>>> from quotrack.reading import Document
>>> Document.from_mapping({"id": "a", "text": "Hi.", "outlet": "AP"}, "here").outlet
'AP'
"""

from .document import FIELDS, Document, parse_date
from .files import UnreadableInputError, check_paths, read_documents

__all__ = ["FIELDS", "Document", "UnreadableInputError", "check_paths", "parse_date", "read_documents"]
