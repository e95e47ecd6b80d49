"""quotrack.version: the one version the package, its metadata and the CLI give."""

from __future__ import annotations

from importlib.metadata import version

import pytest

import quotrack
from quotrack.cli import main
from quotrack.version import __version__


def test_the_package_and_its_metadata_give_the_same_version() -> None:
    assert quotrack.__version__ == __version__ == version("quotrack")


def test_the_command_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"quotrack {__version__}"
