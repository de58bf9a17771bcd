"""qiuxue-desktop: the 求学圆梦行动 office's register, claims and platform reporting.

The version number has one home, `[project] version` in pyproject.toml; __version__ reads it
from there in a source checkout (so it never lags behind an edit), from the bundle's
VERSION file when frozen (installer/qiuxue.spec bakes it in), and from the installed
package's metadata otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "qiuxue-desktop"
VERSION_FILE = "VERSION"  # beside the package in a frozen bundle


def _pyproject_version(pyproject: Path) -> str | None:
    """`[project] version` of our own pyproject.toml, read without tomllib (it costs ~9 ms at start)."""
    text = pyproject.read_text(encoding="utf-8")
    section = text.partition("\n[project]\n")[2].partition("\n[")[0]
    pairs = (line.partition("=") for line in section.splitlines())
    fields = {key.strip(): value.strip().strip('"') for key, _, value in pairs}
    if fields.get("name") != APP_NAME:
        return None
    return fields.get("version") or None


def _read_version() -> str:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "qiuxue_desktop", VERSION_FILE).read_text(encoding="utf-8").strip()
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    if pyproject.is_file():
        version = _pyproject_version(pyproject)
        if version:
            return version
    from importlib.metadata import version as installed_version

    return installed_version(APP_NAME)


__version__ = _read_version()
