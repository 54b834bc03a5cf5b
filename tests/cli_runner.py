"""Running the ``newsclean`` command in-process, shared by the CLI and archive tests."""

from __future__ import annotations

import pytest

from newsclean import cli

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, *args: str) -> tuple[int, str, str]:
    """The command's exit status, stdout and stderr for ``args``."""
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
