"""The error hierarchy and the argument checks every entry point shares."""

from __future__ import annotations

import pickle

import pytest

import quotrack
from quotrack import errors
from quotrack.errors import (
    ArgumentError,
    DocumentTooLongError,
    InputError,
    PluginError,
    QuotrackError,
    RecordError,
    TextTypeError,
    check_positive,
    check_text,
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


def test_every_error_can_be_caught_from_the_package() -> None:
    exceptions = [name for name, value in vars(errors).items() if isinstance(value, type)]
    exceptions = [name for name in exceptions if issubclass(getattr(errors, name), Exception)]
    assert [name for name in exceptions if name not in quotrack.__all__] == []
    # and the hierarchy the module's docstring draws names every one of them
    assert [name for name in exceptions if name not in (errors.__doc__ or "")] == []


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


def test_check_text_returns_the_text_up_to_the_limit() -> None:
    text = "The mayor said the bridge would open."
    assert check_text(text) is text
    assert check_text(text, max_chars=len(text)) is text


def test_check_text_names_the_limit_and_the_length() -> None:
    with pytest.raises(DocumentTooLongError, match=r"text has 1,200 characters, more than max_chars=1,000"):
        check_text("x" * 1200, max_chars=1000)


@pytest.mark.parametrize(("value", "named"), [(None, "NoneType"), (3, "int"), (["a"], "list")])
def test_check_text_names_the_type_it_got(value: object, named: str) -> None:
    with pytest.raises(TextTypeError, match=rf"^text must be str, not {named}$"):
        check_text(value)


def test_check_text_says_how_to_decode_bytes() -> None:
    for data in (b"caf\xc3\xa9", bytearray(b"abc")):
        with pytest.raises(TextTypeError, match="decode it first"):
            check_text(data)


@pytest.mark.parametrize(
    "error", [PluginError("boom", "detector raised RuntimeError: x"), RecordError("in.jsonl:3", "no text")]
)
def test_errors_of_two_arguments_survive_pickling(error: QuotrackError) -> None:
    # (a worker process sends its error to the parent pickled)
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is type(error) and str(clone) == str(error) and vars(clone) == vars(error)
