"""Encrypted backups for removable media: a lost USB stick leaks nothing.

AES-256-GCM (`cryptography`) under a key derived from the password with scrypt (n=2^17,
r=8, p=1: 128 MiB and about 0.35 s here, OWASP's recommendation), a random salt and a random
nonce prefix per file. The file is read and written in 1 MiB chunks (memory stays small for
any database size); each chunk's nonce holds its number and a "last chunk" flag, so chunks
cannot be reordered, dropped or the file cut short without the tag check failing (the STREAM
construction). The header — magic, format version, KDF parameters, salt, nonce prefix, chunk
size and the manifest — is authenticated with every chunk, so the manifest cannot be altered
either. A verifier tag right after the header tells a wrong password apart from a damaged file.

    magic(16) version(1) kdf(1)=1 log2n(1) r(1) p(1) salt(16) prefix(7) chunk(4) mlen(4)
    manifest(mlen) verifier(16) then chunks: ciphertext(chunk or less) + tag(16)
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from qiuxue_desktop.db.backup import fsync_dir, fsync_file
from qiuxue_desktop.errors import InputRejected, OperationFailed

MAGIC = b"QXENC-BACKUP\r\n\x1a\n"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
CHUNK = 1 << 20
TAG = 16
SALT_LEN = 16
PREFIX_LEN = 7
MIN_PASSWORD = 8
_FIXED = struct.Struct(">16sBBBBB16s7sII")
MAX_MANIFEST = 1 << 16


@dataclass(frozen=True)
class KdfParams:
    log2_n: int = 17
    r: int = 8
    p: int = 1

    def check(self) -> None:
        """Refuse parameters that no file of ours has: a crafted header must not eat the memory."""
        if not (10 <= self.log2_n <= 20 and 1 <= self.r <= 16 and 1 <= self.p <= 4):
            raise InputRejected("加密备份文件头中的密钥参数不合理：文件已损坏或不是本程序写的。")


DEFAULT_KDF = KdfParams()


class WrongPassword(InputRejected):
    """The password does not open this encrypted backup."""


@dataclass(frozen=True)
class SealedHeader:
    params: KdfParams
    salt: bytes
    prefix: bytes
    chunk: int
    manifest: bytes  # not authenticated until `unseal` succeeds
    raw: bytes  # the header bytes every chunk authenticates
    verifier: bytes

    @property
    def length(self) -> int:
        return len(self.raw) + TAG


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputRejected(f"加密备份的密码至少要 {MIN_PASSWORD} 个字符。")
    return password


def _key(password: str, salt: bytes, params: KdfParams) -> AESGCM:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    kdf = Scrypt(salt=salt, length=32, n=2**params.log2_n, r=params.r, p=params.p)
    return AESGCM(kdf.derive(secret))


MIDDLE, LAST, VERIFIER = 0, 1, 2  # the nonce's last byte: a chunk, the last chunk, the verifier


def _nonce(prefix: bytes, counter: int, kind: int) -> bytes:
    return prefix + struct.pack(">IB", counter, kind)


def is_sealed(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def seal(plain: Path, dest: Path, password: str, manifest: bytes, *, params: KdfParams = DEFAULT_KDF) -> Path:
    """Encrypt the file `plain` into `dest` (written beside it as .part, then renamed)."""
    check_password(password)
    if len(manifest) > MAX_MANIFEST:
        raise ValueError("manifest too large")
    salt, prefix = os.urandom(SALT_LEN), os.urandom(PREFIX_LEN)
    fixed = _FIXED.pack(
        MAGIC,
        FORMAT_VERSION,
        KDF_SCRYPT,
        params.log2_n,
        params.r,
        params.p,
        salt,
        prefix,
        CHUNK,
        len(manifest),
    )
    header = fixed + manifest
    aead = _key(password, salt, params)
    tmp = dest.with_name(dest.name + ".part")
    try:
        with plain.open("rb") as src, tmp.open("wb") as out:
            out.write(header)
            out.write(aead.encrypt(_nonce(prefix, 0, VERIFIER), b"", header))
            counter = 0
            block = src.read(CHUNK)
            while True:
                following = src.read(CHUNK)
                last = not following
                out.write(aead.encrypt(_nonce(prefix, counter, LAST if last else MIDDLE), block, header))
                if last:
                    break
                block, counter = following, counter + 1
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法写入加密备份 {dest}：{exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def read_header(path: Path) -> SealedHeader:
    """The header of an encrypted backup (the manifest in it is checked only by `unseal`)."""
    damaged = InputRejected(f"文件 {path.name} 不是完整的加密备份（文件头不完整或已损坏）。")
    with path.open("rb") as f:
        fixed = f.read(_FIXED.size)
        if len(fixed) < _FIXED.size or not fixed.startswith(MAGIC):
            raise damaged
        _magic, version, kdf, log2_n, r, p, salt, prefix, chunk, mlen = _FIXED.unpack(fixed)
        if version != FORMAT_VERSION or kdf != KDF_SCRYPT:
            raise InputRejected(
                f"加密备份 {path.name} 的格式版本（{version}）比本程序新，请用新版本的求学圆梦桌面版恢复。"
            )
        if mlen > MAX_MANIFEST or not 1 <= chunk <= 1 << 26:
            raise damaged
        params = KdfParams(log2_n, r, p)
        params.check()
        manifest = f.read(mlen)
        verifier = f.read(TAG)
        if len(manifest) < mlen or len(verifier) < TAG:
            raise damaged
    return SealedHeader(params, salt, prefix, chunk, manifest, fixed + manifest, verifier)


def unseal(path: Path, dest: Path | None, password: str) -> bytes:
    """Decrypt `path` into `dest` (only check every chunk when None); returns the (now
    authenticated) manifest bytes.

    A wrong password raises WrongPassword before anything is written; a damaged file raises
    InputRejected and leaves no partial `dest` behind."""
    header = read_header(path)
    aead = _key(password, header.salt, header.params)
    try:
        aead.decrypt(_nonce(header.prefix, 0, VERIFIER), header.verifier, header.raw)
    except InvalidTag:
        raise WrongPassword("备份文件的密码不正确（或文件头已被改动），没有做任何改动。") from None
    size = header.chunk + TAG
    try:
        with path.open("rb") as src, dest.open("wb") if dest else open(os.devnull, "wb") as out:
            src.seek(header.length)
            counter = 0
            block = src.read(size)
            while True:
                following = src.read(size)
                last = not following
                try:
                    out.write(
                        aead.decrypt(
                            _nonce(header.prefix, counter, LAST if last else MIDDLE), block, header.raw
                        )
                    )
                except InvalidTag:
                    raise InputRejected(
                        f"加密备份 {path.name} 已损坏或被截断（第 {counter + 1} 段校验失败），没有做任何改动。"
                    ) from None
                if last:
                    break
                block, counter = following, counter + 1
    except BaseException:
        if dest is not None:
            dest.unlink(missing_ok=True)
        raise
    return header.manifest
