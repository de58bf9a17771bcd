"""Where the platform is and the enterprise's token for it, kept in the database's settings
(services/settings.py) for the window's 在线上报; the command line reads its token from a file.

The address is kept as typed. The token is kept ENCRYPTED (Fernet, from `cryptography`, already
a dependency for encrypted backups) under this installation's key: a random key in a file of the
per-user data folder (`platform-token.key`, readable by its owner only), never in the database.
Why: the database is copied — automatic backups, copies to a USB stick, a support dump — and the
audit trail records every settings change for ever; the token is a password that lets anyone
report in the enterprise's name. With the key on this PC only, neither a copy of the database nor
its audit trail shows the token. The price: another PC (or a reinstalled one) opening the same
database cannot read it and asks for it again (`TokenState.UNREADABLE`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from qiuxue_desktop import paths
from qiuxue_desktop.errors import InputRejected, OperationFailed
from qiuxue_desktop.services.settings import get_settings, set_setting

URL_KEY = "sync.platform_url"
TOKEN_KEY = "sync.platform_token"
KEY_FILE = "platform-token.key"
_PREFIX = "fernet:"
_TOKEN = re.compile(r"[\x21-\x7e]{1,4096}")  # visible ASCII: what can travel in a header
API_PATH = "/api/v1/batches"


class TokenState(Enum):
    NONE = "none"  # no token saved
    SAVED = "saved"  # saved and readable on this PC
    UNREADABLE = "unreadable"  # saved on another PC, or this PC's key is gone


@dataclass(frozen=True)
class PlatformConnection:
    url: str
    token: str | None  # None unless readable; never shown, logged or stored in clear
    state: TokenState

    def __repr__(self) -> str:  # a traceback or a debug print never shows the token
        return f"PlatformConnection(url={self.url!r}, state={self.state.value})"

    def require(self) -> tuple[str, str]:
        """(url, token) for an upload; InputRejected with what to do when one is missing."""
        if not self.url:
            raise InputRejected("还没有设置省平台的上报地址：请在“系统设置 → 平台连接”中填写。")
        if self.state is TokenState.UNREADABLE:
            raise InputRejected(UNREADABLE)
        if self.token is None:
            raise InputRejected("还没有保存平台发放的企业令牌：请在“系统设置 → 平台连接”中填写。")
        return self.url, self.token


UNREADABLE = (
    "保存的平台令牌无法在这台电脑上读取（它是在另一台电脑上保存的，或本机的密钥文件已丢失）："
    "请在“系统设置 → 平台连接”中重新输入令牌。"
)


def clean_url(url: str) -> str:
    """The platform's base address: http(s)://host[:port][/prefix], without the API path."""
    text = url.strip().rstrip("/")
    if text.endswith(API_PATH):
        text = text[: -len(API_PATH)].rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InputRejected(
            f"平台地址“{url.strip()}”不是有效的网址：应形如 https://平台域名 或 http://IP:端口。"
        )
    return text


def clean_token(token: str) -> str:
    """The token without surrounding blanks; refused (without showing it) when it cannot be one."""
    text = token.strip()
    if not text:
        raise InputRejected("令牌是空的：请填入平台发放的企业令牌。")
    if not _TOKEN.fullmatch(text):
        raise InputRejected("令牌中有空格、换行或非英文字符，不像平台发放的令牌：请检查后重新填写。")
    return text


def _key_path() -> Path:
    return paths.data_dir() / KEY_FILE


def _key(create: bool) -> bytes | None:
    from cryptography.fernet import Fernet

    path = _key_path()
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        if not create:
            return None
    except OSError as exc:
        raise OperationFailed(f"无法读取本机密钥文件“{path}”（{exc.strerror or exc}）。") from None
    key = Fernet.generate_key()
    tmp = path.with_name(f"{KEY_FILE}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法写入本机密钥文件“{path}”（{exc.strerror or exc}）。") from None
    return path.read_bytes().strip()  # another process may have won the race: use what is there


def _seal(token: str) -> str:
    from cryptography.fernet import Fernet

    key = _key(create=True)
    assert key is not None
    return _PREFIX + Fernet(key).encrypt(token.encode("ascii")).decode("ascii")


def _open(stored: str) -> str | None:
    from cryptography.fernet import Fernet, InvalidToken

    key = _key(create=False)
    if key is None or not stored.startswith(_PREFIX):
        return None
    try:
        return Fernet(key).decrypt(stored[len(_PREFIX) :].encode("ascii")).decode("ascii")
    except (InvalidToken, ValueError):
        return None


def platform_connection(session: Session) -> PlatformConnection:
    """The saved address and, when this PC can read it, the token."""
    values = get_settings(session, [URL_KEY, TOKEN_KEY])
    stored = values.get(TOKEN_KEY, "")
    if not stored:
        return PlatformConnection(values.get(URL_KEY, ""), None, TokenState.NONE)
    token = _open(stored)
    state = TokenState.SAVED if token is not None else TokenState.UNREADABLE
    return PlatformConnection(values.get(URL_KEY, ""), token, state)


def save_platform_connection(session: Session, *, url: str, token: str | None = None) -> None:
    """Save the address, and the token when one is given ("" removes it; None keeps it).
    The caller commits; set_setting checks the permission (editing the enterprise)."""
    set_setting(session, URL_KEY, clean_url(url) if url.strip() else "")
    if token is not None:
        set_setting(session, TOKEN_KEY, _seal(clean_token(token)) if token.strip() else "")


__all__ = [
    "API_PATH",
    "TOKEN_KEY",
    "URL_KEY",
    "PlatformConnection",
    "TokenState",
    "clean_token",
    "clean_url",
    "platform_connection",
    "save_platform_connection",
]
