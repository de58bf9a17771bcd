"""The Windows installer script, compiled as `make installer-check` does on Linux: makensis
against the bundle's layout (dist/qiuxue/, built by `make bundle` when it is missing or out of
date), then listed with 7z. The installer must hold every file of the bundle, be named and
stamped with pyproject's version, carry its Chinese and English pages, and its uninstaller
must remove only the program's own files — never the folder recursively, never the data.
"""

from __future__ import annotations

import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from tests.conftest import require_tool

from qiuxue_desktop import paths

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "qiuxue"
SCRIPT = ROOT / "installer" / "windows" / "qiuxue.nsi"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def listed_names(listing: str) -> set[str]:
    """The paths in `7z l` output: the Name column between the two dashed rules."""
    lines = listing.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("Date") and "Name" in line)
    column = lines[header].index("Name")
    rules = [i for i, line in enumerate(lines) if line.startswith("-------------------")]
    start, end = (r for r in rules if r > header)
    return {line[column:] for line in lines[start + 1 : end]}


def section(script: str, name: str) -> str:
    match = re.search(rf'^Section "{re.escape(name)}".*?^SectionEnd', script, re.S | re.M)
    assert match is not None, name
    return match.group(0)


def test_installer_check_compiles_the_script_against_the_bundle_and_lists_it() -> None:
    make = require_tool("make")
    require_tool("makensis")
    require_tool("7z")
    proc = subprocess.run([make, "installer-check"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, f"make installer-check failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"

    version = pyproject_version()
    setup = ROOT / "dist" / f"qiuxue-desktop-setup-{version}.exe"
    assert setup.is_file()
    names = listed_names(proc.stdout)
    bundled = {
        Path(folder, name).relative_to(BUNDLE).as_posix()
        for folder, _dirs, files in os.walk(BUNDLE)
        for name in files
    }
    assert bundled and bundled <= names, sorted(bundled - names)[:20]
    assert "uninstall.exe" in names
    assert "_internal/qiuxue_desktop/db/migrations/versions/0001_initial.py" in names
    assert "_internal/resources/fonts/wqy-zenhei.ttc" in names

    # Stored uncompressed for the check, so the installer's own strings can be read: both
    # languages' pages, what the finish page says about the data, the version resource.
    data = setup.read_bytes()
    for text in (
        "求学圆梦 桌面版",
        "Qiuxue Yuanmeng Desktop",
        "从不保存在安装文件夹里",
        "never in the installation folder",
        "只为我自己安装",  # the per-user / all-users page, in Chinese
        version,
    ):
        assert text.encode("utf-16-le") in data, text


def test_the_version_is_required_and_comes_from_the_command_line(tmp_path: Path) -> None:
    makensis = require_tool("makensis")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "qiuxue-desktop.exe").write_bytes(b"MZ")
    out = tmp_path / "setup.exe"
    missing = subprocess.run(
        [makensis, "-V2", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}", str(SCRIPT)],
        capture_output=True,
        text=True,
    )
    assert missing.returncode != 0 and "VERSION is not defined" in missing.stdout + missing.stderr
    made = subprocess.run(
        [
            makensis,
            "-V2",
            "-DCOMPRESSOR=off",
            "-DVERSION=9.8.7",
            f"-DBUNDLE={bundle}",
            f"-DOUTFILE={out}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert "9.8.7".encode("utf-16-le") in out.read_bytes()


def test_the_uninstaller_removes_only_the_program_files() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    uninstall = section(script, "Uninstall")
    commands = [line.split(";")[0].strip() for line in uninstall.splitlines()]
    recursive = [c for c in commands if c.startswith("RMDir /r")]
    assert recursive == ['RMDir /r "$INSTDIR\\_internal"']
    assert 'RMDir "$INSTDIR"' in commands  # removed only when nothing else is left in it
    assert not [c for c in commands if "$DataDir" in c or "LOCALAPPDATA" in c or "$APPDATA" in c]
    install = section(script, "-program")
    assert [c for c in install.splitlines() if "RMDir" in c] == ['  RMDir /r "$INSTDIR\\_internal"']
    # The data folder is the current user's %LOCALAPPDATA%\qiuxue-desktop, read before the
    # all-users mode switches the shell folders, and refused as an installation folder.
    assert f'!define APP_ID "{paths.APP_DIR_NAME}"' in script
    assert 'StrCpy $DataDir "$LOCALAPPDATA\\${APP_ID}"' in script
    assert "MUI_PAGE_CUSTOMFUNCTION_LEAVE CheckInstallDir" in script
