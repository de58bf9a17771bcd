"""A nominee's photo for the honour roll: refused unless it is a JPEG or PNG image within the size
limits and the learner's consent is stated; stored re-encoded — turned upright, scaled to at most
1200 pixels, saved as a fresh JPEG that carries no metadata (no EXIF: camera, place, time) — with
how the consent was given, who recorded it and when. Withdrawing consent deletes the photo.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import session_actor
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.honours import HonourNomination, HonourPhoto
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require

MAX_BYTES = 8 * 1024 * 1024  # the file as chosen
MIN_SIDE = 120  # pixels: smaller prints as a blur
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
STORED_SIDE = 1200  # the longer side as stored
FORMATS = {"JPEG": "JPEG", "PNG": "PNG"}


@dataclass(frozen=True, slots=True)
class CleanPhoto:
    data: bytes  # JPEG without metadata
    width: int
    height: int


def clean_photo(data: bytes, name: str = "照片") -> CleanPhoto:
    """The photo re-encoded, or InputRejected saying why it cannot be used."""
    if not data:
        raise InputRejected(f"“{name}”是空文件。")
    if len(data) > MAX_BYTES:
        raise InputRejected(
            f"“{name}”有{len(data) / 1024 / 1024:.1f} MB，超过{MAX_BYTES // 1024 // 1024} MB的上限：请先缩小照片。"
        )
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format or ""
            width, height = probe.size
    except UnidentifiedImageError:
        raise InputRejected(f"“{name}”不是图片：只能用JPEG或PNG格式的照片。") from None
    except (OSError, ValueError) as exc:
        raise InputRejected(f"“{name}”已损坏，无法读取（{exc}）。") from None
    if kind not in FORMATS:
        raise InputRejected(f"“{name}”是{kind or '未知'}格式的图片：只能用JPEG或PNG格式的照片。")
    if width * height > MAX_PIXELS:
        raise InputRejected(f"“{name}”有{width}×{height}像素，太大了：请先缩小到4000万像素以下。")
    if min(width, height) < MIN_SIDE:
        raise InputRejected(f"“{name}”只有{width}×{height}像素，打印出来会模糊：短边至少要{MIN_SIDE}像素。")
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img)
            if upright.mode in ("RGBA", "LA", "P"):
                rgba = upright.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                upright = flat
            else:
                upright = upright.convert("RGB")
            upright.thumbnail((STORED_SIDE, STORED_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=85, optimize=True)  # no exif=…: nothing carried over
            return CleanPhoto(out.getvalue(), upright.width, upright.height)
    except (OSError, ValueError) as exc:
        raise InputRejected(f"“{name}”已损坏，无法读取（{exc}）。") from None


def set_photo(session: Session, nomination_id: int, data: bytes, *, consent: str, name: str = "照片") -> None:
    """Store (or replace) the nominee's photo with the consent stated (how it was given)."""
    require(session, Permission.MANAGE_SURVEYS)
    how = consent.strip()
    if not how:
        raise InputRejected("照片只有在本人同意后才能保存：请写明同意的方式（如“本人签字同意书”）。")
    if len(how) > 200:
        raise InputRejected("同意方式最多200个字。")
    nomination = session.get(HonourNomination, nomination_id)
    if nomination is None:
        raise InputRejected("这条提名不存在，可能已被撤回。")
    photo = clean_photo(data, name)
    row = session.get(HonourPhoto, nomination_id)
    if row is None:
        row = HonourPhoto(nomination_id=nomination_id)
        session.add(row)
    row.data, row.width, row.height = photo.data, photo.width, photo.height
    row.consent, row.consent_by, row.consent_at = how, session_actor(session), utcnow()
    session.flush()


def remove_photo(session: Session, nomination_id: int) -> bool:
    """Delete the photo (consent withdrawn); False when there was none."""
    require(session, Permission.MANAGE_SURVEYS)
    row = session.get(HonourPhoto, nomination_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    data: bytes
    width: int
    height: int
    consent: str
    consent_by: str
    consent_at_text: str


def photo_of(session: Session, nomination_id: int) -> PhotoInfo | None:
    require(session, Permission.READ)
    row = session.get(HonourPhoto, nomination_id)
    if row is None:
        return None
    from qiuxue_desktop.services.auth import LOCAL_TIME

    at = row.consent_at.astimezone(LOCAL_TIME)
    return PhotoInfo(row.data, row.width, row.height, row.consent, row.consent_by, f"{at:%Y-%m-%d %H:%M}")
