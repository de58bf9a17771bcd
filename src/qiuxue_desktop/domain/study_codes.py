"""Codes of study: levels, study forms (with date-effective labels), exam types, grades,
enrolment statuses and the allowed status changes — all as data — and the platform's codes.

The platform's 学籍信息 sheet (../shared/spec/platform-exchange.md) takes 层次 and
学习形式 as the codes used here, and 学籍状态 through PLATFORM_STATUS. A label that
changed by decree (成人高考's 函授/业余 → 非脱产 from autumn 2025, 教职成〔2022〕2号)
is a row with an effective date in STUDY_FORM_LABELS, chosen by the enrolment's
intake date: history is never rewritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# 层次: the platform's codes 1–5.
LEVELS: dict[str, str] = {
    "1": "高起专",
    "2": "专升本",
    "3": "高起本",
    "4": "中职",
    "5": "职业技能等级",
}
# The diploma's 层次 digits (brief §5): 05 本科, 06 专科. Levels without an 18-digit diploma are absent.
DIPLOMA_LEVEL: dict[str, str] = {"1": "06", "2": "05", "3": "05"}

# 学习形式: the platform's codes 1–5; the label of the date in STUDY_FORM_LABELS wins.
STUDY_FORMS: dict[str, str] = {
    "1": "成人高考",
    "2": "开放教育",
    "3": "网络教育",
    "4": "自学考试",
    "5": "职业技能培训",
}
NON_RELEASE_FROM = dt.date(2025, 9, 1)  # autumn 2025: 函授/业余 become 非脱产


@dataclass(frozen=True, slots=True)
class DatedLabel:
    code: str
    effective_from: dt.date  # inclusive
    label: str


# Dated labels, oldest first; a code without a row here is labelled by STUDY_FORMS.
STUDY_FORM_LABELS: tuple[DatedLabel, ...] = (
    DatedLabel("1", dt.date(1900, 1, 1), "成人高考（函授/业余）"),
    DatedLabel("1", NON_RELEASE_FROM, "成人高考（非脱产）"),
)

# The diploma's 办学类型 digit (brief §5: 1 普通, 5 成人, 6 自考/文凭考试, 7 网络) allowed per study form.
# Open universities register 开放教育 diplomas as 成人 or as 网络 depending on the year: both accepted.
SCHOOL_TYPES: dict[str, tuple[str, ...]] = {"1": ("5",), "2": ("5", "7"), "3": ("7",), "4": ("6",)}
SCHOOL_TYPE_LABELS: dict[str, str] = {"1": "普通", "5": "成人", "6": "自考/文凭考试", "7": "网络"}

EXAM_TYPES: dict[str, str] = {"1": "考试", "2": "考查"}

# Grades a college writes instead of a score, and whether each passes.
GRADES: dict[str, bool] = {
    "优": True,
    "良": True,
    "中": True,
    "及格": True,
    "不及格": False,
    "合格": True,
    "不合格": False,
    "缺考": False,  # absent: a failed attempt
    "免修": True,  # exempted (credit recognised): passed
}
PASS_SCORE = 60

# --- enrolment status ------------------------------------------------------------------------

STATUSES: dict[str, str] = {
    "applied": "报名",
    "admitted": "录取",
    "studying": "在读",
    "suspended": "休学",
    "graduated": "毕业",
    "completed": "结业",
    "withdrawn": "退学",
}
STATUS_BY_LABEL: dict[str, str] = {label: code for code, label in STATUSES.items()}
# An active enrolment holds its level: a learner has at most one per level.
ACTIVE_STATUSES: tuple[str, ...] = ("applied", "admitted", "studying", "suspended")
FINAL_STATUSES: tuple[str, ...] = ("graduated", "completed", "withdrawn")
# Statuses whose enrolment has started: results and exams belong to these.
STARTED_STATUSES: tuple[str, ...] = ("studying", "suspended", "graduated", "completed", "withdrawn")

# The allowed changes: from → the statuses it may move to. 退学 from 报名/录取 records an
# applicant who was not admitted or did not take up the place (say which in the note).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "applied": ("admitted", "withdrawn"),
    "admitted": ("studying", "withdrawn"),
    "studying": ("suspended", "graduated", "completed", "withdrawn"),
    "suspended": ("studying", "withdrawn"),
    "graduated": (),
    "completed": (),
    "withdrawn": (),
}

# Why a change is refused, for the pairs a user is likely to try; others get a general sentence.
_REFUSALS: dict[tuple[str, str], str] = {
    ("applied", "studying"): "报名后须先录取，才能改为在读",
    ("applied", "suspended"): "尚未录取入学，不能休学",
    ("applied", "graduated"): "尚未录取入学，不能毕业",
    ("applied", "completed"): "尚未录取入学，不能结业",
    ("admitted", "suspended"): "尚未入学在读，不能休学",
    ("admitted", "graduated"): "尚未入学在读，不能毕业",
    ("admitted", "completed"): "尚未入学在读，不能结业",
    ("suspended", "graduated"): "休学期间不能毕业：请先复学（改为在读）",
    ("suspended", "completed"): "休学期间不能结业：请先复学（改为在读）",
}

# 学籍状态 in the platform's 学籍信息 sheet. 报名/录取 have no 学籍 yet: the platform gets no row.
PLATFORM_STATUS: dict[str, str] = {
    "studying": "1",
    "suspended": "2",
    "withdrawn": "3",
    "graduated": "4",
    "completed": "5",
}

DEFAULT_MAX_SUSPENSION_MONTHS = 24


def study_form_label(code: str, on: dt.date) -> str:
    """The study form's label in force on `on` (an enrolment's intake date)."""
    label = STUDY_FORMS.get(code, code)
    for row in STUDY_FORM_LABELS:
        if row.code == code and row.effective_from <= on:
            label = row.label
    return label


def platform_level(level: str) -> str:
    """层次 as the platform codes it (the same codes: checked)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    return level


def platform_study_form(form: str) -> str:
    """学习形式 as the platform codes it (the same codes: checked)."""
    if form not in STUDY_FORMS:
        raise ValueError(f"unknown study form {form!r}")
    return form


def platform_status(status: str) -> str | None:
    """学籍状态 as the platform codes it; None for 报名/录取, which the platform does not hold."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    return PLATFORM_STATUS.get(status)


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def transition_problem(current: str, new: str) -> str | None:
    """None when an enrolment may move from `current` to `new`, else why not, in Chinese."""
    if new not in STATUSES:
        return f"没有“{new}”这种学籍状态"
    if new == current:
        return f"学籍已经是“{STATUSES[current]}”状态"
    if new in TRANSITIONS.get(current, ()):
        return None
    now, then = STATUSES[current], STATUSES[new]
    if current in FINAL_STATUSES:
        return f"学籍已{now}，状态不能再改变"
    if new in ("applied", "admitted"):
        return f"学籍状态不能从“{now}”退回到“{then}”"
    reason = _REFUSALS.get((current, new), "不是允许的变更")
    allowed = "、".join(STATUSES[s] for s in TRANSITIONS[current])
    return f"学籍状态不能从“{now}”改为“{then}”：{reason}（“{now}”只能改为：{allowed}）"
