"""The backup folder: consistent copies with manifests, rotation on disk, copies to a folder
(plain and encrypted), and the encrypted format's refusals."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from qiuxue_desktop.db.backup import file_sha256
from qiuxue_desktop.db.backups import (
    Manifest,
    Marker,
    copy_backup,
    is_intact,
    list_backups,
    make_backup,
    manifest_path,
    newest_intact,
    read_manifest,
)
from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import HEAD
from qiuxue_desktop.db.sealed import KdfParams, WrongPassword, is_sealed, read_header, seal, unseal
from qiuxue_desktop.errors import InputRejected, OperationFailed
from qiuxue_desktop.services.demo import create_demo

FAST_KDF = KdfParams(log2_n=12)  # the format's own tests need not spend 128 MiB each


def learner_rows(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT id_number, phone FROM learner ORDER BY id_number").fetchall()
    finally:
        con.close()


@pytest.fixture
def filled(db: Database, db_path: Path) -> Path:
    with db.write() as s:
        create_demo(s, learners=40, seed=3)
    return db_path


def test_a_backup_is_a_checked_single_file_with_its_manifest(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    marker = Marker(7, "ab" * 32)
    entry = make_backup(filled, folder, "manual", marker_of=lambda _p: marker)
    assert entry.path.parent == folder and entry.path.name.startswith("qiuxue-")
    assert entry.path.name.endswith("-manual.sqlite3")
    # one self-contained file (rollback journal), readable like the original
    assert not entry.path.with_name(entry.path.name + "-wal").exists()
    con = sqlite3.connect(entry.path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    con.close()
    assert learner_rows(entry.path) == learner_rows(filled)
    data = json.loads(manifest_path(entry.path).read_text("utf-8"))
    assert data["reason"] == "manual" and data["schema_revision"] == HEAD
    assert data["audit_head"] == {"id": 7, "hash": "ab" * 32}
    assert data["sha256"] == file_sha256(entry.path)
    assert data["source"] == str(filled.resolve())
    assert dt.datetime.fromisoformat(data["created_at"]).tzinfo is not None
    assert read_manifest(entry.path) == entry.manifest
    assert is_intact(entry)


def test_a_backup_taken_while_another_connection_writes_is_consistent(filled: Path, tmp_path: Path) -> None:
    """The online backup API gives a snapshot: every copy passes integrity_check and holds a
    whole number of the writer's transactions (each inserts 10 rows)."""
    stop = threading.Event()

    def writer() -> None:
        con = sqlite3.connect(filled, timeout=10)
        con.execute("CREATE TABLE IF NOT EXISTS churn (batch INTEGER, n INTEGER)")
        con.commit()
        batch = 0
        while not stop.is_set():
            with con:
                con.executemany("INSERT INTO churn VALUES (?, ?)", [(batch, i) for i in range(10)])
            batch += 1
        con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        entries = [make_backup(filled, tmp_path / "b", "manual", policy=None) for _ in range(8)]
    finally:
        stop.set()
        thread.join(timeout=30)
    for entry in entries:
        con = sqlite3.connect(entry.path)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if "churn" in names:
            (rows,) = con.execute("SELECT count(*) FROM churn").fetchone()
            assert rows % 10 == 0
        con.close()


def test_backups_are_listed_per_database_newest_first_and_rotated(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    base = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    for i in range(14):  # 14 backups within one hour: only the last 10 survive
        make_backup(filled, folder, "periodic", now=base + dt.timedelta(minutes=i))
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    make_backup(other, folder, "manual")
    mine = list_backups(folder, filled)
    assert len(mine) == 10
    assert [e.created_at for e in mine] == sorted((e.created_at for e in mine), reverse=True)
    assert mine[0].created_at == base + dt.timedelta(minutes=13)
    assert len(list_backups(folder, other)) == 1
    assert len(list_backups(folder)) == 11
    assert len(list(folder.glob("*.sqlite3"))) == 11  # the rotated ones are gone, with their manifests
    assert len(list(folder.glob("*.json"))) == 11


def test_newest_intact_skips_a_damaged_backup(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    base = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    older = make_backup(filled, folder, "start", now=base)
    newer = make_backup(filled, folder, "manual", now=base + dt.timedelta(hours=1))
    with newer.path.open("r+b") as f:
        f.seek(5000)
        f.write(b"\xff" * 100)
    assert not is_intact(newer)
    found = newest_intact(folder, filled)
    assert found is not None and found.path == older.path


def test_a_missing_database_cannot_be_backed_up(tmp_path: Path) -> None:
    with pytest.raises(OperationFailed, match="不存在"):
        make_backup(tmp_path / "nothing.sqlite3", tmp_path / "b", "manual")


def test_copy_to_a_folder_plain_keeps_the_manifest(filled: Path, tmp_path: Path) -> None:
    entry = make_backup(filled, tmp_path / "backups", "manual")
    stick = tmp_path / "usb"
    copy = copy_backup(entry, stick)
    assert copy.parent == stick and file_sha256(copy) == entry.manifest.sha256
    assert read_manifest(copy) == entry.manifest


def test_copy_to_a_folder_encrypted_leaks_nothing(filled: Path, tmp_path: Path) -> None:
    entry = make_backup(filled, tmp_path / "backups", "manual")
    copy = copy_backup(entry, tmp_path / "usb", password="correct horse")
    assert copy.suffix == ".qxenc" and is_sealed(copy)
    raw = copy.read_bytes()
    phone = learner_rows(filled)[0][1]
    assert phone.encode() not in raw and b"SQLite format 3" not in raw
    assert not manifest_path(copy).exists()
    out = tmp_path / "plain.sqlite3"
    manifest = Manifest.from_json(unseal(copy, out, "correct horse"))
    assert manifest == entry.manifest
    assert file_sha256(out) == entry.manifest.sha256


@pytest.fixture
def sealed(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    plain = tmp_path / "plain.bin"
    data = bytes(range(256)) * 9000  # a little over two 1 MiB chunks
    plain.write_bytes(data)
    manifest = b'{"reason": "manual"}'
    return seal(plain, tmp_path / "s.qxenc", "secret-password", manifest, params=FAST_KDF), data, manifest


def test_sealed_roundtrip_and_header(sealed: tuple[Path, bytes, bytes], tmp_path: Path) -> None:
    path, data, manifest = sealed
    header = read_header(path)
    assert header.params == FAST_KDF and len(header.salt) == 16 and header.manifest == manifest
    out = tmp_path / "out.bin"
    assert unseal(path, out, "secret-password") == manifest
    assert out.read_bytes() == data


def test_each_encryption_uses_a_fresh_salt_and_nonce(tmp_path: Path) -> None:
    plain = tmp_path / "p"
    plain.write_bytes(b"same content")
    a = read_header(seal(plain, tmp_path / "a", "password1", b"{}", params=FAST_KDF))
    b = read_header(seal(plain, tmp_path / "b", "password1", b"{}", params=FAST_KDF))
    assert a.salt != b.salt and a.prefix != b.prefix


def test_a_wrong_password_writes_nothing(sealed: tuple[Path, bytes, bytes], tmp_path: Path) -> None:
    path, _data, _manifest = sealed
    out = tmp_path / "out.bin"
    with pytest.raises(WrongPassword, match="密码不正确"):
        unseal(path, out, "not-the-password")
    assert not out.exists()


@pytest.mark.parametrize(
    "damage",
    ["flip a byte in the second chunk", "cut the last chunk off", "swap two chunks"],
)
def test_a_damaged_encrypted_backup_is_refused_whole(
    sealed: tuple[Path, bytes, bytes], tmp_path: Path, damage: str
) -> None:
    path, _data, _manifest = sealed
    header = read_header(path)
    raw = bytearray(path.read_bytes())
    start, size = header.length, header.chunk + 16
    if damage.startswith("flip"):
        raw[start + size + 100] ^= 0x01
    elif damage.startswith("cut"):
        raw = raw[: start + 2 * size]
    else:
        raw[start : start + size], raw[start + size : start + 2 * size] = (
            raw[start + size : start + 2 * size],
            raw[start : start + size],
        )
    path.write_bytes(bytes(raw))
    out = tmp_path / "out.bin"
    with pytest.raises(InputRejected, match="已损坏或被截断"):
        unseal(path, out, "secret-password")
    assert not out.exists()


def test_the_manifest_in_the_header_is_authenticated(
    sealed: tuple[Path, bytes, bytes], tmp_path: Path
) -> None:
    path, _data, manifest = sealed
    raw = path.read_bytes().replace(manifest, manifest.replace(b"manual", b"MANUAL"))
    path.write_bytes(raw)
    with pytest.raises(WrongPassword):
        unseal(path, tmp_path / "out.bin", "secret-password")


def test_absurd_kdf_parameters_in_a_crafted_header_are_refused(
    sealed: tuple[Path, bytes, bytes], tmp_path: Path
) -> None:
    path, _data, _manifest = sealed
    raw = bytearray(path.read_bytes())
    raw[18] = 40  # log2(n): 2^40 would ask for terabytes of memory
    path.write_bytes(bytes(raw))
    with pytest.raises(InputRejected, match="密钥参数不合理"):
        unseal(path, tmp_path / "out.bin", "secret-password")


def test_a_short_password_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "p"
    plain.write_bytes(b"x")
    with pytest.raises(InputRejected, match="至少要 8 个字符"):
        seal(plain, tmp_path / "s", "short", b"{}")
    assert not (tmp_path / "s").exists()
