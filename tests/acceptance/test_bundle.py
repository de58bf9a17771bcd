"""The PyInstaller bundle as a user gets it, and the self-test that proves an installation works.

`make bundle` builds dist/qiuxue/ (make skips the build when the spec, the sources and the
venv are unchanged since the last one; a fresh CI clone always builds, 30–60 s). Then: the
bundle holds the resources and every migration and stays under 200 MB; the built program's
`--selftest` passes without a display (it sets QT_QPA_PLATFORM=offscreen itself) and on a real
X server (xcb); the frozen `qiuxue` command runs on SQLite and on a PostgreSQL server; the
version everywhere is pyproject.toml's. The self-test itself: from source too, and a failing
step named with a non-zero exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from tests.conftest import require_tool

from qiuxue_desktop import selftest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "qiuxue"
SIZE_LIMIT = 200 * 1024 * 1024  # bytes on disk: the "under 200 MB", counted in MiB
MIGRATIONS = ROOT / "src" / "qiuxue_desktop" / "db" / "migrations" / "versions"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def no_display_env(home: Path) -> dict[str, str]:
    """The environment of a user with no display, whose per-user folders are under `home`."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("QIUXUE_BASE", None)
    env.pop("QIUXUE_DB", None)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


@pytest.fixture(scope="module")
def bundle() -> Path:
    make = require_tool("make")
    proc = subprocess.run([make, "bundle"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, f"make bundle failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    assert (BUNDLE / "qiuxue-desktop").is_file()
    return BUNDLE


def _files(root: Path) -> dict[str, int]:
    """Every file (a symbolic link counts as itself, not its target) → its size on disk."""
    found: dict[str, int] = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder, name)
            found[path.relative_to(root).as_posix()] = path.lstat().st_size
    return found


def test_the_bundle_holds_resources_and_migrations_and_no_unused_qt_under_200_mb(bundle: Path) -> None:
    files = _files(bundle)
    total = sum(files.values())
    print(f"bundle: {len(files)} files, {total / 2**20:.1f} MiB ({total / 1e6:.1f} MB)")
    assert total < SIZE_LIMIT, f"the bundle is {total / 2**20:.1f} MiB"

    internal = "_internal/"
    for font in (ROOT / "resources" / "fonts").iterdir():
        assert files[f"{internal}resources/fonts/{font.name}"] == font.stat().st_size
    migrations = {p.name for p in MIGRATIONS.glob("*.py")}
    bundled = {
        name.rsplit("/", 1)[1]
        for name in files
        if name.startswith(f"{internal}qiuxue_desktop/db/migrations/versions/") and name.endswith(".py")
    }
    assert bundled == migrations and migrations
    assert f"{internal}qiuxue_desktop/db/migrations/env.py" in files
    assert (bundle / internal / "qiuxue_desktop" / "VERSION").read_text().strip() == pyproject_version()

    qt = f"{internal}PySide6/Qt/"
    plugins = {name[len(qt) + len("plugins/") :] for name in files if name.startswith(f"{qt}plugins/")}
    assert {p for p in plugins if p.startswith("platforms/")} == {
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
    }
    assert "printsupport/libcupsprintersupport.so" in plugins
    assert {p.split("/")[0] for p in plugins} <= {
        "platforms",
        "platforminputcontexts",
        "printsupport",
        "styles",
    }
    # Qt's own Chinese for its dialogs, nothing else of Qt's; our English beside the resources.
    assert [n for n in files if n.startswith(f"{qt}translations/")] == [f"{qt}translations/qtbase_zh_CN.qm"]
    assert f"{internal}resources/translations/qiuxue_en.qm" in files
    unused = ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Svg", "Qt6OpenGL", "Qt6Wayland", "Qt6Pdf")
    assert not [n for n in files if any(lib in n for lib in unused)]
    assert (bundle / "qiuxue").is_symlink() and os.readlink(bundle / "qiuxue") == "qiuxue-desktop"


def test_the_built_program_passes_its_selftest_without_a_display(bundle: Path, tmp_path: Path) -> None:
    env = no_display_env(tmp_path / "home")
    proc = subprocess.run(
        [str(bundle / "qiuxue-desktop"), "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{pyproject_version()} (frozen bundle)" in proc.stdout
    for step, _fn in selftest.STEPS:
        assert f"ok     {step}" in proc.stdout
    assert "main window on 'offscreen'" in proc.stdout
    assert "self-test passed" in proc.stdout
    # Everything happened in a temporary folder: nothing in the user's folders, nothing left.
    home = tmp_path / "home"
    assert not home.exists() or not [p for p in home.rglob("*") if "qiuxue" in p.name]
    work = Path(proc.stdout.split("self-test in ", 1)[1].splitlines()[0])
    assert work.name.startswith("qiuxue-selftest-") and not work.exists()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_built_program_starts_in_the_chosen_language(bundle: Path, tmp_path: Path, language: str) -> None:
    """The bundle finds its translations: Qt's own Chinese for Chinese, ours for English
    (views/language.py; the choice is the QSettings value 系统设置 → 常规 writes)."""
    base = tmp_path / "base"
    (base / "settings").mkdir(parents=True)
    (base / "settings" / "qiuxue-desktop.ini").write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
    env = {**no_display_env(tmp_path / "home"), "QIUXUE_BASE": str(base), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [str(bundle / "qiuxue-desktop"), "--db", str(tmp_path / "office.sqlite3"), "--exit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    log = (base / "logs" / "qiuxue-desktop.log").read_text(encoding="utf-8")
    assert f"language {language}, 1 translation file(s) loaded" in log, log


def test_the_built_program_passes_its_selftest_on_an_x_server(bundle: Path, tmp_path: Path) -> None:
    xvfb_run = require_tool("xvfb-run")
    env = no_display_env(tmp_path / "home")
    proc = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1366x768x24", str(bundle / "qiuxue-desktop"), "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "main window on 'xcb'" in proc.stdout


def test_the_frozen_command_line_runs_on_sqlite_and_on_postgresql(
    bundle: Path, tmp_path: Path, pg_url: str
) -> None:
    qiuxue = str(bundle / "qiuxue")
    env = {**no_display_env(tmp_path / "home"), "QIUXUE_BASE": str(tmp_path / "base")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([qiuxue, *args], capture_output=True, text=True, env=env, timeout=300)

    version = run("--version")
    assert version.returncode == 0 and version.stdout.split() == ["qiuxue-desktop", pyproject_version()]

    for target in (str(tmp_path / "office.sqlite3"), pg_url):
        demo = run("--db", target, "demo", "--learners", "40")
        assert demo.returncode == 0, demo.stderr
        assert demo.stdout.strip() == "demo enterprise with 40 learners"
        out = tmp_path / "roster.xlsx"
        export = run("--db", target, "learners", "export", str(out))
        assert export.returncode == 0, export.stderr
        assert "exported 40 learners" in export.stdout and out.stat().st_size > 0
        check = run("--db", target, "check")
        assert check.returncode == 0, check.stdout + check.stderr
        out.unlink()
    refused = run("--db", str(tmp_path / "office.sqlite3"), "demo", "--learners", "5")
    assert refused.returncode == 3 and "已有学员" in refused.stderr


def test_the_selftest_passes_from_source(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "qiuxue_desktop", "--selftest"],
        capture_output=True,
        text=True,
        env=no_display_env(tmp_path / "home"),
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{pyproject_version()} (source)" in proc.stdout
    assert "main window on 'offscreen'" in proc.stdout


def test_a_failing_step_is_named_and_the_exit_code_is_not_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_roster(work: Path) -> str:
        (work / "花名册.xlsx").write_bytes(b"not a workbook")
        from qiuxue_desktop.io.excel.roster_import import read_roster

        read_roster(work / "花名册.xlsx")
        return "unreachable"

    ran: list[str] = []
    monkeypatch.setattr(
        selftest,
        "STEPS",
        (
            ("version", selftest.step_version),
            ("roster", broken_roster),
            ("later", lambda work: ran.append("later") or "ran"),
        ),
    )
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "ok     version" in out
    assert "FAILED roster" in out and "self-test failed at step 'roster'" in out
    assert not ran  # nothing runs after the first failure


def test_the_version_has_one_source() -> None:
    import qiuxue_desktop
    from qiuxue_desktop.sync import platform_v1

    version = pyproject_version()
    assert qiuxue_desktop.__version__ == version
    assert f"qiuxue-desktop/{version}" == platform_v1.GENERATOR
