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


def usage_error(capsys: Capsys, *args: str) -> str:
    """The stderr of a run that must be a usage error: exit status 2, nothing on stdout, the usage line."""
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert "usage: newsclean" in err
    return err
