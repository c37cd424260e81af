"""Writing an export to disk, for every command that writes one (the catalogue, the HSDS files)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(target: Path, text: str) -> None:
    """Write next to the target and rename: an interrupted export never leaves half a file.
    newline="": the text's own line ends are kept (CSV files carry \\r\\n by their standard)."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is meant to be shared
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
