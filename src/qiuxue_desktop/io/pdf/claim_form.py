"""The claim form (学费补助申请表), brief §4.1: A4 portrait, one page — the learner, the employer,
the study and the money (the split by source line by line as computed, with its rule and bound
in small text; the amount in figures and in capitals after 人民币; the payee's bank and FULL
account number, the one place it is printed: the form goes to finance), four boxes to sign,
date and stamp (applicant, HR, the union branch, finance) and the checklist of attachments.

`ClaimForm` is plain data (documents.py reads it from the database); `render_claim_form`
draws it. Sizes shrink step by step when a claim has many lines, so the form stays one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from qiuxue_desktop.domain.money import capital_numerals_fen, format_rmb, format_yuan
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, MM, Sheet
from qiuxue_desktop.io.pdf.table import Column, Table

TITLE = "学费补助申请表"
ATTACHMENTS = (
    "身份证复印件",
    "缴费凭证（发票/收据）",
    "录取通知书或学籍验证报告",
    "成绩单",
    "毕业证书",
    "学历电子注册备案表",
    "银行卡复印件",
)
ACCOUNT_NOTE = "本表印有完整银行账号，仅供财务付款，请妥善保管。"


@dataclass(frozen=True, slots=True)
class FormLine:
    source: str  # the scheme's name, or 个人承担
    kind: str  # the source type's label
    funder: str
    amount_fen: int
    rule: str
    bound: str


@dataclass(frozen=True, slots=True)
class ClaimForm:
    claim_no: str
    kind_label: str
    state_label: str
    term: str
    enterprise: str
    uscc: str
    union_branch: str
    name: str
    gender: str
    ethnic_group: str
    birth_date: dt.date
    id_number: str  # in full or masked, as the printing role may see it
    hukou_type: str
    hukou_place: str
    phone: str
    union_member: str
    department: str
    post_category: str
    employee_no: str
    hire_date: dt.date
    institution: str
    programme: str
    level: str
    study_form: str
    student_no: str
    intake_date: dt.date
    expected_graduation: dt.date
    diploma_number: str
    voucher: str  # the invoice or receipt: kind, number, issuer, date ("" for a graduation claim)
    voucher_fen: int | None
    base_fen: int
    subsidy_fen: int
    own_fen: int
    lines: tuple[FormLine, ...]
    payee_bank: str
    payee_account: str  # in full
    prepared_by: str
    printed_on: dt.date

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every piece of text the form prints, with where it comes from (for the font check)."""
        who = f"学员“{self.name}”"
        yield f"{who}的姓名", self.name
        for label, value in (
            ("单位名称", self.enterprise),
            ("所属工会", self.union_branch),
            ("部门", self.department),
            ("工号", self.employee_no),
            ("学校", self.institution),
            ("专业", self.programme),
            ("学号", self.student_no),
            ("毕业证书编号", self.diploma_number),
            ("票据", self.voucher),
            ("开户行", self.payee_bank),
            ("经办人", self.prepared_by),
            ("民族", self.ethnic_group),
            ("户籍所在地", self.hukou_place),
            ("工会会员", self.union_member),
        ):
            yield f"{who}申请表的“{label}”", value
        for line in self.lines:
            for label, value in (
                ("资助项目", line.source),
                ("出资单位", line.funder),
                ("计算依据", line.rule),
                ("限额", line.bound),
            ):
                yield f"{who}申请表的“{label}”", value


def _d(day: dt.date | None) -> str:
    return f"{day:%Y年%m月%d日}" if day else ""


# A grid row: (label, value, how many of the row's three label/value pairs the cell takes).
GridRow = tuple[tuple[str, str, int], ...]
LABEL_W = 22 * MM


class _Form:
    def __init__(self, form: ClaimForm, fonts: FontSet, scale: float) -> None:
        self.f = form
        self.s = Sheet(
            fonts,
            A4_PORTRAIT,
            title=f"{TITLE} {form.claim_no}",
            subject=f"{form.name} {form.term}",
            author=form.enterprise,
        )
        self.scale = scale  # 1.0, or less when the lines need the room
        self.row_h = 7.4 * MM * scale
        self.head_h = 6.8 * MM * scale
        self.size = 9.0 if scale >= 0.95 else 8.0
        self.x = self.s.left
        self.w = self.s.content_width

    # one grid of label/value cells: three pairs a row, a value may span more columns
    def grid(self, y: float, rows: tuple[GridRow, ...]) -> float:
        s = self.s
        value_w = (self.w - 3 * LABEL_W) / 3
        for row in rows:
            x = self.x
            for label, value, span in row:
                width = (LABEL_W + value_w) * span - LABEL_W
                s.shade(x, y, LABEL_W, self.row_h)
                s.rect(x, y, LABEL_W, self.row_h, line=0.5)
                s.box_text(x, y, LABEL_W, self.row_h, label, self.size - 0.5, align="centre", pad=0.8 * MM)
                s.rect(x + LABEL_W, y, width, self.row_h, line=0.5)
                s.box_text(x + LABEL_W, y, width, self.row_h, value, self.size, pad=1.2 * MM)
                x += LABEL_W + width
            y -= self.row_h
        return y

    def heading(self, y: float, text: str) -> float:
        s = self.s
        s.shade(self.x, y, self.w, self.head_h, grey=0.82)
        s.rect(self.x, y, self.w, self.head_h, line=0.8)
        s.box_text(self.x, y, self.w, self.head_h, text, self.size + 1, bold=True, pad=1.2 * MM)
        return y - self.head_h

    def draw(self) -> float:
        """Draw the whole form; returns the y under the last section (the caller checks it fits)."""
        f, s = self.f, self.s
        y = s.top(0)
        s.text(s.width / 2, y - 17, TITLE, 18, align="centre", bold=True)
        s.text(s.width / 2, y - 32, f"求学圆梦行动　{f.kind_label}", 9.5, align="centre")
        y -= 37
        meta = f"申请编号：{f.claim_no}　　学期：{f.term}　　状态：{f.state_label}"
        s.text(self.x, y - 9, meta, 8.5)
        s.text(s.right, y - 9, f"打印日期：{_d(f.printed_on)}", 8.5, align="right")
        y -= 13

        y = self.heading(y, "一、个人信息")
        y = self.grid(
            y,
            (
                (("姓名", f.name, 1), ("性别", f.gender, 1), ("民族", f.ethnic_group, 1)),
                (("出生日期", _d(f.birth_date), 1), ("身份证号", f.id_number, 2)),
                (("户籍性质", f.hukou_type, 1), ("户籍所在地", f.hukou_place, 2)),
                (("手机", f.phone, 1), ("工会会员", f.union_member, 2)),
            ),
        )
        y = self.heading(y, "二、单位信息")
        y = self.grid(
            y,
            (
                (("单位名称", f.enterprise, 2), ("信用代码", f.uscc, 1)),
                (("所属工会", f.union_branch, 2), ("部门", f.department, 1)),
                (
                    ("岗位类别", f.post_category, 1),
                    ("工号", f.employee_no, 1),
                    ("入职日期", _d(f.hire_date), 1),
                ),
            ),
        )
        y = self.heading(y, "三、学习信息")
        y = self.grid(
            y,
            (
                (("学校", f.institution, 2), ("学号", f.student_no, 1)),
                (("专业", f.programme, 2), ("层次", f.level, 1)),
                (
                    ("学习形式", f.study_form, 1),
                    ("入学时间", _d(f.intake_date), 1),
                    ("预计毕业", _d(f.expected_graduation), 1),
                ),
                (("毕业证书编号", f.diploma_number, 3),),
            ),
        )
        y = self.heading(y, "四、申请金额")
        voucher_fen = format_rmb(f.voucher_fen) if f.voucher_fen is not None else ""
        y = self.grid(
            y,
            ((("缴费票据", f.voucher or "（毕业补助，无票据）", 2), ("票据金额", voucher_fen, 1)),),
        )
        y = self.split_table(y)
        y = self.amount_rows(y)
        y = self.heading(y, "五、审核签字")
        y = self.signatures(y)
        y = self.heading(y, "六、附件清单（请在已附材料前打“√”）")
        y = self.attachments(y)
        return y

    def split_table(self, y: float) -> float:
        columns = (
            Column("序号", 0.6, "centre"),
            Column("资助项目", 2.2),
            Column("资金来源", 1.3, "centre"),
            Column("出资单位", 1.8),
            Column("金额（元）", 1.3, "right"),
            Column("计算依据与限额", 4.4, size=max(6.0, self.size - 2.5)),
        )
        table = Table(self.s, columns, width=self.w, size=self.size - 0.5)
        y = table.draw_header(self.x, y)
        for i, line in enumerate(self.f.lines, start=1):
            basis = line.rule + (f"；限额：{line.bound}" if line.bound else "")
            row = table.lay(
                (str(i), line.source, line.kind, line.funder, format_yuan(line.amount_fen), basis)
            )
            y = table.draw(self.x, y, row)
        return y

    def amount_rows(self, y: float) -> float:
        f, s = self.f, self.s
        h = self.row_h * 1.15
        label_w = 34 * MM
        # the amount claimed, in figures and in capitals after 人民币
        s.shade(self.x, y, label_w, h)
        s.rect(self.x, y, label_w, h, line=0.5)
        s.box_text(self.x, y, label_w, h, "申请补助金额", self.size, align="centre", bold=True)
        s.rect(self.x + label_w, y, self.w - label_w, h, line=0.5)
        figures = f"（小写）{format_rmb(f.subsidy_fen)}"
        capitals = f"（大写）人民币{capital_numerals_fen(f.subsidy_fen)}"
        s.text(self.x + label_w + 2 * MM, y - h / 2 - self.size * 0.35, figures, self.size + 1, bold=True)
        s.text(self.x + label_w + 46 * MM, y - h / 2 - self.size * 0.35, capitals, self.size + 1, bold=True)
        y -= h
        y = self.grid(
            y,
            (
                (
                    ("计算基数", format_rmb(f.base_fen), 1),
                    ("补助合计", format_rmb(f.subsidy_fen), 1),
                    ("个人承担", format_rmb(f.own_fen), 1),
                ),
                (("开户行", f.payee_bank, 1), ("银行账号", f.payee_account, 2)),
            ),
        )
        s.text(s.right, y - 8, ACCOUNT_NOTE, 7, align="right")
        return y - 10

    def signatures(self, y: float) -> float:
        s = self.s
        h = 38 * MM * self.scale
        w = self.w / 4
        boxes = (
            ("申请人", ("本人承诺所填信息和所附材料真实有效。",), "签名：", False),
            ("人事部门意见", ("意见：",), "经办人签名：", True),
            ("工会意见", ("意见：", "联系电话："), "负责人签名：", True),
            ("财务部门意见", ("审核意见：",), "签名：", True),
        )
        for i, (title, prompts, sign, stamp) in enumerate(boxes):
            x = self.x + i * w
            s.rect(x, y, w, h, line=0.6)
            s.text(x + 2 * MM, y - 5 * MM, title, self.size, bold=True)
            ty = y - 10 * MM
            for prompt in prompts:
                s.box_text(x, ty + 2.5 * MM, w, 9 * MM * self.scale, prompt, 7.5, valign="top", pad=2 * MM)
                ty -= 7 * MM * self.scale
            s.text(x + 2 * MM, y - h + 12 * MM, sign, 8)
            s.text(x + 2 * MM, y - h + 4 * MM, "日期：　　　年　　月　　日", 8)
            if stamp:
                s.text(x + w - 3 * MM, y - h + 19 * MM, "（盖章）", 7.5, align="right")
        return y - h

    def attachments(self, y: float) -> float:
        s = self.s
        size = self.size - 0.5
        per_row = 4
        rows = (len(ATTACHMENTS) + per_row - 1) // per_row
        h = rows * 6.5 * MM + 2 * MM
        s.rect(self.x, y, self.w, h, line=0.5)
        col_w = self.w / per_row
        for i, item in enumerate(ATTACHMENTS):
            cx = self.x + 2.5 * MM + (i % per_row) * col_w
            cy = y - 6 * MM - (i // per_row) * 6.5 * MM
            s.checkbox(cx, cy, size)
            s.text(cx + size * 1.2, cy, item, size)
        return y - h


def render_claim_form(form: ClaimForm, fonts: FontSet) -> bytes:
    """The form as PDF bytes: one A4 page. The fonts must already have checked form.texts()."""
    for scale in (1.15, 1.08, 1.0, 0.93, 0.86, 0.8):
        drawing = _Form(form, fonts, scale)
        bottom = drawing.draw()
        if bottom >= drawing.s.bottom or scale == 0.8:
            break
    sheet = drawing.s
    sheet.text(sheet.left, sheet.bottom - 4 * MM, f"经办人：{form.prepared_by}", 7.5)
    sheet.page_number(1, 1)
    sheet.end_page()
    return sheet.finish()
