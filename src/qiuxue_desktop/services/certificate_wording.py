"""The wording of the certificates, kept in the database's settings (系统设置 → 证书): per kind a
title and a body with placeholders, and the issuer printed under it.

Placeholders are written in braces: {姓名} {院校} {专业} {层次} {起止} {年份} {称号} {颁发日期}.
A body is checked when it is saved (an unknown placeholder or a stray brace is refused) and
filled when a certificate is issued; the filled text is kept with the certificate, so a later
change of wording never changes a certificate already issued.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from qiuxue_desktop.domain.certificates import EXCELLENT, GRADUATION, HONOUR, KINDS
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.settings import get_settings, set_setting

PLACEHOLDERS: dict[str, str] = {
    "姓名": "持证人姓名",
    "院校": "学籍所在院校",
    "专业": "专业名称",
    "层次": "层次（高起专、专升本……）",
    "起止": "学习期间（2024年9月至2026年7月）",
    "年份": "颁发年份",
    "称号": "荣誉称号（颁发荣誉证书时填写）",
    "颁发日期": "颁发日期（2026年11月29日）",
}
DEFAULT_TITLES: dict[str, str] = {GRADUATION: "结业证书", EXCELLENT: "优秀学员证书", HONOUR: "荣誉证书"}
DEFAULT_BODIES: dict[str, str] = {
    GRADUATION: "{姓名}同志参加求学圆梦行动，于{起止}在{院校}{专业}专业（{层次}）学习，完成学业。特发此证。",
    EXCELLENT: "{姓名}同志在{年份}年度求学圆梦行动中勤奋学习、成绩优异，被评为优秀学员。特发此证，以资鼓励。",
    HONOUR: "{姓名}同志在求学圆梦行动中表现突出，荣获“{称号}”称号。特发此证，以资鼓励。",
}
MAX_TITLE = 12
MAX_BODY = 300
ISSUER_KEY = "certificate.issuer"
_BRACED = re.compile(r"\{([^{}]*)\}")


def title_key(kind: str) -> str:
    return f"certificate.title.{kind}"


def body_key(kind: str) -> str:
    return f"certificate.body.{kind}"


@dataclass(frozen=True)
class Wording:
    titles: dict[str, str]
    bodies: dict[str, str]
    issuer: str
    default_issuer: str

    def title(self, kind: str) -> str:
        return self.titles.get(kind) or DEFAULT_TITLES[kind]

    def body(self, kind: str) -> str:
        return self.bodies.get(kind) or DEFAULT_BODIES[kind]


def read_wording(session: Session, enterprise_name: str) -> Wording:
    """The wording in the settings (each missing one at its default); the issuer defaults to
    the enterprise's name."""
    keys = [ISSUER_KEY, *(title_key(k) for k in KINDS), *(body_key(k) for k in KINDS)]
    values = get_settings(session, keys)
    return Wording(
        titles={k: values[title_key(k)] for k in KINDS if values.get(title_key(k))},
        bodies={k: values[body_key(k)] for k in KINDS if values.get(body_key(k))},
        issuer=values.get(ISSUER_KEY) or enterprise_name,
        default_issuer=enterprise_name,
    )


def body_problem(body: str) -> str | None:
    """Why a body cannot be used, or None."""
    text = body.strip()
    if len(text) > MAX_BODY:
        return f"证书正文最多 {MAX_BODY} 个字。"
    for name in _BRACED.findall(text):
        if name not in PLACEHOLDERS:
            return f"正文中的“{{{name}}}”不是可用的占位符（可用：{'、'.join('{' + p + '}' for p in PLACEHOLDERS)}）。"
    if "{" in _BRACED.sub("", text) or "}" in _BRACED.sub("", text):
        return "正文中有不成对的花括号：占位符要写成 {姓名} 这样。"
    return None


def save_wording(session: Session, kind: str, *, title: str, body: str) -> None:
    """Store the title and body of `kind` (empty: back to the default). Needs EDIT_ENTERPRISE."""
    if kind not in KINDS:
        raise InputRejected(f"没有“{kind}”这种证书。")
    if len(title.strip()) > MAX_TITLE:
        raise InputRejected(f"证书标题最多 {MAX_TITLE} 个字。")
    problem = body_problem(body)
    if problem:
        raise InputRejected(f"{KINDS[kind]}：{problem}")
    set_setting(session, title_key(kind), title)
    set_setting(session, body_key(kind), body)


def save_issuer(session: Session, issuer: str) -> None:
    if len(issuer.strip()) > 100:
        raise InputRejected("颁发单位最多 100 个字。")
    set_setting(session, ISSUER_KEY, issuer)


def fill(body: str, values: Mapping[str, str]) -> str:
    """The body with each placeholder replaced; brackets left empty by a blank value go too."""
    text = _BRACED.sub(lambda m: values.get(m.group(1), ""), body.strip())
    return text.replace("（）", "").replace("“”", "")
