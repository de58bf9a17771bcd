"""Honours: the candidates computed from the criteria, a nomination with its account, the union
chair's approval, the 优秀学员 certificate through the register, and photos kept only with
consent — a file that is not a JPEG or PNG image, or too large, refused with the reason."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PIL import Image
from tests.unit.claim_samples import add_people, as_user
from tests.unit.study_samples import TODAY, add_learner, add_programme, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.certificates import Certificate
from qiuxue_desktop.domain.honours import HonourPhoto
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.honour_photos import MAX_BYTES, clean_photo, remove_photo, set_photo
from qiuxue_desktop.services.honours import (
    candidates,
    decide,
    issue_honour_certificates,
    nominate,
    nominations,
    set_round,
)

TERM = "2025-2026-2"  # the fourth term of an intake in September 2024
TERMS = {1: "2024-2025-1", 2: "2024-2025-2", 3: "2025-2026-1", 4: "2025-2026-2", 5: "2026-2027-1"}


def _class(db: Database, enterprise_id: int) -> dict[str, int]:
    """Four learners through four terms: 优秀 on every count, a failed course passed on a resit,
    a pass with a low average, and one whose fourth-term course is missing."""
    marks = {
        "林优秀": {
            "高等数学": [92],
            "大学英语": [88],
            "机械制图": [95],
            "计算机应用基础": ["优"],
            "电工电子技术": [90],
            "可编程控制器": [86],
        },
        "赵补考": {
            "高等数学": [52, 85],
            "大学英语": [90],
            "机械制图": [95],
            "计算机应用基础": [90],
            "电工电子技术": [90],
            "可编程控制器": [90],
        },
        "钱及格": {
            "高等数学": [65],
            "大学英语": [70],
            "机械制图": ["及格"],
            "计算机应用基础": [75],
            "电工电子技术": [72],
            "可编程控制器": [68],
        },
        "孙缺课": {
            "高等数学": [95],
            "大学英语": [95],
            "机械制图": [95],
            "计算机应用基础": [95],
            "电工电子技术": [95],
        },
    }
    out = {}
    with db.write() as s:
        programme = add_programme(s, enterprise_id)
        terms = {
            name: t
            for t, name, _c in (
                (1, "高等数学", 0),
                (1, "大学英语", 0),
                (2, "机械制图", 0),
                (2, "计算机应用基础", 0),
                (3, "电工电子技术", 0),
                (4, "可编程控制器", 0),
            )
        }
        for seq, (name, courses) in enumerate(marks.items(), start=1):
            learner = add_learner(
                s, enterprise_id, seq, name=name, department="总装车间" if seq % 2 else "机加工车间"
            )
            enrolment = studying(s, learner, programme.id, f"2024{seq:04d}")
            for course, attempts in courses.items():
                for k, mark in enumerate(attempts):
                    record_result(
                        s,
                        enrolment_id=enrolment,
                        course_id=programme.courses[course],
                        result=mark,
                        term=TERMS[terms[course] + k],
                        today=TODAY,
                    )
            out[name] = enrolment
    return out


def test_candidates_meet_every_criterion_switched_on(db: Database, enterprise_id: int) -> None:
    enrolments = _class(db, enterprise_id)
    with db.write() as s:
        strict = set_round(s, enterprise_id, term=TERM, min_average="80")
        found = candidates(s, strict)
    assert [c.name for c in found] == ["林优秀"]
    best = found[0]
    assert (best.earned, best.planned, best.failed) == (Decimal("19.5"), Decimal("19.5"), 0)
    assert best.average == Decimal("91.0")  # 92 88 95 优(95) 90 86
    with db.write() as s:
        set_round(s, enterprise_id, term=TERM, no_failed_course=False, min_average="80")
        assert {c.name for c in candidates(s, strict)} == {
            "林优秀",
            "赵补考",
        }  # 52 first, then 85 on the resit
        set_round(s, enterprise_id, term=TERM, min_average=None)
        assert {c.name for c in candidates(s, strict)} == {"林优秀", "钱及格"}
        set_round(s, enterprise_id, term=TERM, credits_on_time=False, min_average=None)
        assert {c.name for c in candidates(s, strict)} == {"林优秀", "钱及格", "孙缺课"}
        # Results after the round's term do not count: by the end of its second term no one is late.
        early = set_round(s, enterprise_id, term=TERMS[2], min_average=None)
        assert {c.enrolment_id for c in candidates(s, early)} == set(enrolments.values()) - {
            enrolments["赵补考"]
        }


def test_nominate_approve_and_certify(db: Database, enterprise_id: int) -> None:
    enrolments = _class(db, enterprise_id)
    with db.write() as s:
        round_id = set_round(s, enterprise_id, term=TERM, places=1)
        with pytest.raises(InputRejected, match="不符合2025-2026-2学期的评选条件"):
            nominate(s, round_id, enrolments["钱及格"], account="勤奋", work_note="好")
        with pytest.raises(InputRejected, match="学习与工作表现"):
            nominate(s, round_id, enrolments["林优秀"], account="夜班后坚持上课")
        nid = nominate(
            s,
            round_id,
            enrolments["林优秀"],
            account="三班倒之余坚持学习，六门课程平均90分。",
            work_note="车间评为先进",
        )
        with pytest.raises(InputRejected, match="已被提名"):
            nominate(s, round_id, enrolments["林优秀"], account="再提一次", work_note="x")
        assert candidates(s, round_id)[0].nominated
    add_people(db)
    as_user(db, "coordinator")
    with db.write() as s, pytest.raises(NotPermitted):
        decide(s, nid, approve=True)
    as_user(db, "union")
    with db.write() as s:
        with pytest.raises(InputRejected, match="写明原因"):
            decide(s, nid, approve=False)
        decide(s, nid, approve=True, note="同意")
    with db.write() as s, pytest.raises(NotPermitted):
        issue_honour_certificates(s, round_id)
    as_user(db, "coordinator")
    with db.write() as s:
        [cid] = issue_honour_certificates(s, round_id, issued_on=dt.date(2026, 7, 10))
        with pytest.raises(InputRejected, match="尚未颁发证书"):
            issue_honour_certificates(s, round_id)
    with db.read() as s:
        cert = s.get(Certificate, cid)
        assert cert is not None and cert.kind == "YX" and cert.holder_name == "林优秀"
        assert cert.number == "NJDZ-2026-YX-0001" and cert.enrolment_id == enrolments["林优秀"]
        [row] = nominations(s, round_id)
    assert (row.state_label, row.decided_by, row.certificate_number) == (
        "已批准",
        "union",
        "NJDZ-2026-YX-0001",
    )


def _jpeg(size: tuple[int, int] = (600, 800), **save: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 90)).save(out, "JPEG", **save)
    return out.getvalue()


def test_a_photo_is_kept_only_with_consent_and_without_its_metadata(db: Database, enterprise_id: int) -> None:
    enrolments = _class(db, enterprise_id)
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° to stand upright
    photo = _jpeg((800, 600), exif=exif.tobytes())
    with db.write() as s:
        round_id = set_round(s, enterprise_id, term=TERM)
        nid = nominate(s, round_id, enrolments["林优秀"], account="事迹", work_note="表现")
        with pytest.raises(InputRejected, match="本人同意"):
            set_photo(s, nid, photo, consent=" ")
        set_photo(s, nid, photo, consent="本人签字同意书", name="lin.jpg")
    with db.read() as s:
        stored = s.get(HonourPhoto, nid)
        assert stored is not None
        assert stored.consent == "本人签字同意书" and stored.consent_by and stored.consent_at is not None
        with Image.open(io.BytesIO(stored.data)) as img:
            assert img.format == "JPEG" and img.size == (600, 800)  # turned upright
            assert not img.getexif() and b"SecretCam" not in stored.data
    with db.write() as s:
        assert remove_photo(s, nid)
        assert s.get(HonourPhoto, nid) is None


def test_a_file_that_is_not_a_usable_image_is_refused_with_the_reason() -> None:
    with pytest.raises(InputRejected, match=r"“简历\.pdf”不是图片：只能用JPEG或PNG"):
        clean_photo(b"%PDF-1.4 not an image", "简历.pdf")
    gif = io.BytesIO()
    Image.new("RGB", (300, 300)).save(gif, "GIF")
    with pytest.raises(InputRejected, match="GIF格式的图片：只能用JPEG或PNG"):
        clean_photo(gif.getvalue(), "动图.gif")
    with pytest.raises(InputRejected, match=r"超过8 MB的上限"):
        clean_photo(b"\xff\xd8" + b"0" * MAX_BYTES, "大.jpg")
    with pytest.raises(InputRejected, match="打印出来会模糊"):
        clean_photo(_jpeg((80, 100)), "小.jpg")
    with pytest.raises(InputRejected, match="已损坏"):
        clean_photo(_jpeg()[:300], "半张.jpg")
    png = io.BytesIO()
    Image.new("RGBA", (400, 500), (0, 0, 0, 0)).save(png, "PNG")
    kept = clean_photo(png.getvalue(), "透明.png")
    assert (kept.width, kept.height) == (400, 500) and kept.data[:2] == b"\xff\xd8"
