"""The error hierarchy and the argument checks every entry point shares."""

from __future__ import annotations

import pytest

from quotrack import errors
from quotrack.errors import (
    ArgumentError,
    DocumentTooLongError,
    InputError,
    QuotrackError,
    TextTypeError,
    check_positive,
)


def test_errors_form_one_hierarchy() -> None:
    for error in (TextTypeError, DocumentTooLongError, ArgumentError):
        assert issubclass(error, InputError) and issubclass(error, QuotrackError)
    assert issubclass(TextTypeError, TypeError)
    assert issubclass(DocumentTooLongError, ValueError) and issubclass(ArgumentError, ValueError)


def test_every_public_exception_is_a_quotrack_error() -> None:
    exceptions = [
        value for value in vars(errors).values() if isinstance(value, type) and issubclass(value, Exception)
    ]
    assert len(exceptions) >= 8
    assert all(issubclass(error, QuotrackError) for error in exceptions)


@pytest.mark.parametrize("value", [1, 32, 10**9])
def test_check_positive_takes_whole_numbers_from_one(value: int) -> None:
    check_positive("batch_size", value)


@pytest.mark.parametrize("value", [0, -3, 2.0, "4", True, None])
def test_check_positive_names_the_setting_and_the_value(value: object) -> None:
    with pytest.raises(ArgumentError, match=rf"^batch_size must be a whole number >= 1, not {value!r}$"):
        check_positive("batch_size", value)


def test_check_positive_may_allow_none() -> None:
    check_positive("max_chars", None, optional=True)
    with pytest.raises(ArgumentError, match="max_chars"):
        check_positive("max_chars", 0, optional=True)
