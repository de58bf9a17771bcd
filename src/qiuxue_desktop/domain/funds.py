"""The staff-education fund (职工教育经费) ledger: one row per calendar year, and the
training spending entered by hand under the eleven uses of 财建〔2006〕317号.

Per year: the payroll base (工资总额) and the extraction rate (1.5%–8%, in basis points)
give the amount to set aside; spending is the paid claim lines drawn on the fund plus
the hand-entered spending; the balance carries forward. The first year's opening
balance is entered; later years take the previous year's closing balance.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin

MIN_RATE_BP = 150  # 1.5% (国发〔2002〕16号)
MAX_RATE_BP = 800  # 8%: the deductible limit (财税〔2018〕51号)
TAX_DEDUCTIBLE_BP = 800
FRONT_LINE_MIN_BP = 6000  # at least 60% for front-line workers

# The eleven permitted uses (财建〔2006〕317号).
USES: dict[str, str] = {
    "01": "上岗和转岗培训",
    "02": "各类岗位适应性培训",
    "03": "岗位培训、职业技术等级培训、高技能人才培训",
    "04": "专业技术人员继续教育",
    "05": "特种作业人员培训",
    "06": "企业组织的职工外送培训的经费支出",
    "07": "职业技能鉴定、职业资格认证等经费支出",
    "08": "购置教学设备与设施",
    "09": "职工岗位自学成才奖励费用",
    "10": "职工教育培训管理费用",
    "11": "有关职工教育的其他开支",
}


class FundYear(RecordMixin, Base):
    __tablename__ = "fund_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    payroll_fen: Mapped[int] = mapped_column(BigInteger)  # 工资总额: billions of 分, past 32 bits
    rate_bp: Mapped[int] = mapped_column(Integer)  # 150..800
    opening_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # first year only
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingSpend(RecordMixin, Base):
    """Training spending from the fund other than claims, under one of the eleven uses."""

    __tablename__ = "training_spend"

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    use_code: Mapped[str] = mapped_column(String(2))  # USES
    description: Mapped[str] = mapped_column(String(200))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    front_line_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # the part spent on front-line workers
    notes: Mapped[str] = mapped_column(Text, default="")
