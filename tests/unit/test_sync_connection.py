"""The platform's address and token in the settings: the token kept encrypted under this PC's
key (not in the database, not in the audit trail), unreadable on a PC without that key, and
refused without being echoed when it cannot be a token."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select, text

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.sync.connection import (
    KEY_FILE,
    TOKEN_KEY,
    TokenState,
    clean_token,
    clean_url,
    platform_connection,
    save_platform_connection,
)

TOKEN = "Tk-5d1e9b7c3a2f4e6d8c0b"


def test_the_token_is_kept_encrypted_and_read_back(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        save_platform_connection(s, url=" https://platform.example.cn/api/v1/batches/ ", token=f" {TOKEN}\n")
    with db.read() as s:
        saved = platform_connection(s)
        stored = s.scalar(text("SELECT value FROM app_setting WHERE key = :k"), {"k": TOKEN_KEY})
        trail = " ".join(f"{e.changes} {e.detail}" for e in s.scalars(select(AuditEntry)))
    assert saved.url == "https://platform.example.cn"
    assert saved.token == TOKEN and saved.state is TokenState.SAVED
    assert saved.require() == ("https://platform.example.cn", TOKEN)
    assert TOKEN not in repr(saved) and TOKEN not in str(stored) and TOKEN not in trail
    assert TOKEN_KEY in trail  # the change itself is in the audit trail

    # The address changed, the token kept (None); then removed ("").
    with db.write() as s:
        save_platform_connection(s, url="http://10.0.0.8:8080", token=None)
    with db.read() as s:
        assert platform_connection(s).require() == ("http://10.0.0.8:8080", TOKEN)
    with db.write() as s:
        save_platform_connection(s, url="http://10.0.0.8:8080", token="")
    with db.read() as s:
        gone = platform_connection(s)
    assert gone.state is TokenState.NONE and gone.token is None
    with pytest.raises(InputRejected, match="令牌"):
        gone.require()


def test_another_pc_cannot_read_the_token_and_is_told_to_enter_it_again(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        save_platform_connection(s, url="https://platform.example.cn", token=TOKEN)
    key = Path(os.environ["QIUXUE_BASE"]) / "data" / KEY_FILE
    assert key.exists()
    if os.name == "posix":
        assert key.stat().st_mode & 0o077 == 0  # readable by its owner only
    key.unlink()  # another PC: no key, or a different one
    with db.read() as s:
        other = platform_connection(s)
    assert other.state is TokenState.UNREADABLE and other.token is None
    with pytest.raises(InputRejected, match="重新输入"):
        other.require()


@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("ab\tcd", "不像平台发放的令牌"),
        ("two words", "不像平台发放的令牌"),
        ("令牌abc", "不像平台发放的令牌"),
    ],
)
def test_a_token_that_cannot_be_one_is_refused_without_echoing_it(
    db: Database, enterprise_id: int, token: str, says: str
) -> None:
    with pytest.raises(InputRejected, match=says) as refused, db.write() as s:
        save_platform_connection(s, url="https://platform.example.cn", token=token)
    assert token not in refused.value.message
    with db.read() as s:
        assert platform_connection(s).state is TokenState.NONE  # nothing saved


def test_an_empty_token_file_is_refused() -> None:
    with pytest.raises(InputRejected, match="令牌是空的"):
        clean_token(" \n")


@pytest.mark.parametrize("url", ["ftp://example.org", "platform.example.cn", "https://", "http://h/?t=1"])
def test_an_address_that_is_not_a_web_address_is_refused(url: str) -> None:
    with pytest.raises(InputRejected, match="不是有效的网址"):
        clean_url(url)
