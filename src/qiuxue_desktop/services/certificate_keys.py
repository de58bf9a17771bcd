"""Signing certificates: the Ed25519 keys and the verification code printed on every certificate.

Where the keys live (docs/certificates.md explains the choice): each installation that issues
certificates makes its own key pair the first time it issues. The PRIVATE key stays in that
installation's per-user data folder (`certificate-keys/<fingerprint>.pem`, readable by its owner
only) and never enters the database; the PUBLIC key goes into the database (CertificateKey,
numbered 1, 2, …), so every PC that opens the database — a shared PostgreSQL office — verifies
every certificate, whichever PC issued it. A copy of the database (a backup, a USB stick, a
support dump) cannot sign anything.

The code: `version(1) key(1) kind(1) serial(2) issued_on(2: days since 2000-01-01)
len(short code)(1) short code (UTF-8) name (UTF-8)` followed by the 64-byte Ed25519 signature
of `DOMAIN + those bytes`, all in RFC 4648 base32 without padding (capital letters and 2–7:
the QR code's alphanumeric mode, and nothing to confuse when read aloud). The number is rebuilt
from it: `<short code>-<year of issued_on>-<kind>-<serial>`. Printed in groups of five; read
back with spaces, dashes, line breaks and lower case ignored, and 0/1/8 taken for O/I/B.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import os
import socket
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop import paths
from qiuxue_desktop.db.audit_trail import serialise_writers, session_actor
from qiuxue_desktop.domain.certificates import KIND_BY_INDEX, KIND_INDEX, CertificateKey, certificate_number
from qiuxue_desktop.errors import OperationFailed

FORMAT = 1
DOMAIN = b"qiuxue-certificate/1\x00"  # signed before the payload: these bytes sign nothing else
SIGNATURE = 64
EPOCH = dt.date(2000, 1, 1)
KEY_FOLDER = "certificate-keys"
MAX_KEYS = 255
GROUP = 5
_HEAD = struct.Struct(">BBBHHB")  # format, key, kind, serial, days, len(short code)
_CONFUSED = str.maketrans({"0": "O", "1": "I", "8": "B"})


class BadCode(ValueError):
    """The text is not a certificate code at all (wrong letters, too short, unknown layout)."""


@dataclass(frozen=True, slots=True)
class CodeContent:
    """What a code says, signed."""

    key_number: int
    kind: str
    serial: int
    issued_on: dt.date
    short_code: str
    name: str

    @property
    def number(self) -> str:
        return certificate_number(self.short_code, self.issued_on.year, self.kind, self.serial)

    def message(self) -> bytes:
        """The bytes that are signed (after DOMAIN) and carried in the code."""
        short = self.short_code.encode("utf-8")
        days = (self.issued_on - EPOCH).days
        if not 0 <= days <= 0xFFFF or not 0 < self.serial <= 0xFFFF or len(short) > 255:
            raise ValueError("certificate fields out of the code's range")
        head = _HEAD.pack(FORMAT, self.key_number, KIND_INDEX[self.kind], self.serial, days, len(short))
        return head + short + self.name.encode("utf-8")


@dataclass(frozen=True, slots=True)
class ParsedCode:
    content: CodeContent
    message: bytes
    signature: bytes


def normalise_code(text: str) -> str:
    """The code as typed or scanned, without grouping, in capitals, misread digits mended."""
    kept = "".join(c for c in text.upper() if not c.isspace() and c not in "-_.·")
    return kept.translate(_CONFUSED)


def group_code(code: str, size: int = GROUP) -> str:
    """`ABCDEFGHIJ…` → `ABCDE FGHIJ …`: easier to read aloud and to type."""
    return " ".join(code[i : i + size] for i in range(0, len(code), size))


def encode_code(message: bytes, signature: bytes) -> str:
    return base64.b32encode(message + signature).decode("ascii").rstrip("=")


def parse_code(text: str) -> ParsedCode:
    """Split a code into what it says and its signature; BadCode when it cannot be one."""
    code = normalise_code(text)
    if not code:
        raise BadCode("empty")
    try:
        raw = base64.b32decode(code + "=" * (-len(code) % 8))
    except (binascii.Error, ValueError):
        raise BadCode("not base32") from None
    if len(raw) < _HEAD.size + SIGNATURE:
        raise BadCode("too short")
    message, signature = raw[:-SIGNATURE], raw[-SIGNATURE:]
    version, key, kind_index, serial, days, short_len = _HEAD.unpack_from(message)
    if version != FORMAT or kind_index not in KIND_BY_INDEX or serial == 0:
        raise BadCode("unknown layout")
    rest = message[_HEAD.size :]
    if len(rest) < short_len:
        raise BadCode("truncated")
    try:
        short = rest[:short_len].decode("utf-8")
        name = rest[short_len:].decode("utf-8")
    except UnicodeDecodeError:
        raise BadCode("not text") from None
    content = CodeContent(
        key_number=key,
        kind=KIND_BY_INDEX[kind_index],
        serial=serial,
        issued_on=EPOCH + dt.timedelta(days=days),
        short_code=short,
        name=name,
    )
    return ParsedCode(content, message, signature)


def signature_holds(public_key_hex: str, parsed: ParsedCode) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(parsed.signature, DOMAIN + parsed.message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- the keys -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    number: int
    private: Ed25519PrivateKey

    def sign(self, content: CodeContent) -> str:
        """The code of `content` (which must carry this key's number)."""
        assert content.key_number == self.number
        message = content.message()
        return encode_code(message, self.private.sign(DOMAIN + message))


def fingerprint(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:32]


def public_raw(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_folder() -> Path:
    folder = paths.data_dir() / KEY_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@functools.lru_cache(maxsize=8)
def _read_private(path: str, stamp: tuple[int, int]) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise OperationFailed(f"证书签名密钥文件“{path}”不是 Ed25519 私钥。")
    return key


def local_private_keys() -> dict[str, Path]:
    """fingerprint → file of every private key in this installation's data folder."""
    return {p.stem: p for p in sorted(key_folder().glob("*.pem"))}


def _load(path: Path) -> Ed25519PrivateKey:
    try:
        st = path.stat()
        return _read_private(str(path), (st.st_size, int(st.st_mtime_ns)))
    except (OSError, ValueError) as exc:
        raise OperationFailed(f"无法读取证书签名密钥文件“{path}”（{exc}）。") from None


def _write_private(private: Ed25519PrivateKey) -> str:
    """Save a new private key (owner-only, written beside and renamed); returns its fingerprint."""
    fp = fingerprint(public_raw(private))
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    target = key_folder() / f"{fp}.pem"
    tmp = target.with_name(f".{fp}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法保存证书签名密钥“{target}”（{exc.strerror or exc}）。") from None
    return fp


def signing_key(session: Session) -> SigningKey:
    """This installation's key for this database: a registered public key whose private key is
    in the data folder; else a new pair, its public key registered (in the caller's unit of
    work, under the writers' lock so two PCs cannot take one number)."""
    serialise_writers(session.connection())
    registered = {k.fingerprint: k for k in session.scalars(select(CertificateKey))}
    for fp, path in local_private_keys().items():
        row = registered.get(fp)
        if row is not None:
            return SigningKey(row.number, _load(path))
    last = session.scalar(select(func.max(CertificateKey.number))) or 0
    if last >= MAX_KEYS:
        raise OperationFailed("这个数据库登记的证书签名密钥已达 255 个，不能再增加。")
    private = Ed25519PrivateKey.generate()
    fp = _write_private(private)
    session.add(
        CertificateKey(
            number=last + 1,
            public_key=public_raw(private).hex(),
            fingerprint=fp,
            computer=socket.gethostname()[:100],
            made_by=session_actor(session),
        )
    )
    session.flush()
    return SigningKey(last + 1, private)


@dataclass(frozen=True, slots=True)
class KeyRow:
    number: int
    fingerprint: str
    public_key: str  # hex
    computer: str
    made_by: str
    made_at: dt.datetime
    here: bool  # this installation holds its private key

    @property
    def shown_fingerprint(self) -> str:
        fp = self.fingerprint.upper()
        return ":".join(fp[i : i + 4] for i in range(0, 16, 4))


def list_keys(session: Session) -> list[KeyRow]:
    here = set(local_private_keys())
    return [
        KeyRow(k.number, k.fingerprint, k.public_key, k.computer, k.made_by, k.made_at, k.fingerprint in here)
        for k in session.scalars(select(CertificateKey).order_by(CertificateKey.number))
    ]


def public_keys_pem(rows: list[KeyRow]) -> str:
    """Every public key as PEM (SubjectPublicKeyInfo), each under a comment line naming it."""
    parts: list[str] = []
    for row in rows:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.public_key))
        pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        parts.append(
            f"# 证书签名公钥 {row.number}（指纹 {row.shown_fingerprint}，{row.computer}，"
            f"{row.made_at:%Y-%m-%d}）\n{pem.decode('ascii')}"
        )
    return "".join(parts)
