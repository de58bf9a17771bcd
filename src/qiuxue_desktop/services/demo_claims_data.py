"""Tables behind the claims demo: funding schemes modelled on the real ones of the domain brief
(§2), the people who sign the approval steps, the staff-education fund's hand-entered spending,
banks, and the reasons written on returned, voided and corrected claims.

FUJIAN, CITY, PROVINCE_GRADUATION and ENTERPRISE are also the claim tests' building blocks
(tests/unit/claim_samples.py imports them): one set of values for the demo and the tests.
The four pay for degree levels only; skills courses have a scheme of their own.
"""

from __future__ import annotations

from typing import Any

DEGREE_LEVELS = ("1", "2", "3")  # 高起专, 专升本, 高起本

# Fujian: ¥1,000 per school year on the 求学圆梦助力卡, ¥3,000 for three years, union members.
FUJIAN: dict[str, Any] = {
    "name": "福建省求学圆梦助学金",
    "funder": "福建省总工会",
    "source_type": "union",
    "trigger": "year",
    "rule_kind": "fixed",
    "amount_fen": 100_000,
    "cap_life_fen": 300_000,
    "levels": DEGREE_LEVELS,
    "require_union_member": True,
    "posting_days": 7,
    "notes": "参照福建省总工会、省教育厅“求学圆梦行动”：在读期间每学年资助 1,000 元，三年累计不超过 3,000 元，"
    "发放到求学圆梦助力卡。",
}
# Guangzhou's city union: ¥1,500 once, on enrolment (学籍 registered and the fee paid).
CITY: dict[str, Any] = {
    "name": "市总工会入学资助",
    "funder": "市总工会",
    "source_type": "union",
    "trigger": "enrolment",
    "rule_kind": "fixed",
    "amount_fen": 150_000,
    "levels": DEGREE_LEVELS,
    "once_per": "person",
    "posting_days": 5,
    "notes": "参照广州市总工会 2024 年做法：取得学籍并缴费后一次性资助 1,500 元，每人限一次；凭学信网学籍在线验证报告申请。",
}
# Jiangsu, Shaanxi, Guangdong provincial unions: ¥1,000 once, after graduation.
PROVINCE_GRADUATION: dict[str, Any] = {
    "name": "省总工会毕业奖励",
    "funder": "省总工会",
    "source_type": "union",
    "trigger": "graduation",
    "rule_kind": "fixed",
    "amount_fen": 100_000,
    "levels": DEGREE_LEVELS,
    "once_per": "person",
    "posting_days": 7,
    "notes": "参照江苏省总工会 2024 年做法：毕业后一次性奖励 1,000 元，每人限一次；凭毕业证书和学历证书电子注册备案表申请。",
}
# A municipal employer rule: 60% of tuition, at most ¥15,000 in all, after a year's contract,
# with a two-year service period (劳动合同法 Art. 22), from the staff-education fund.
ENTERPRISE: dict[str, Any] = {
    "name": "企业学历提升报销",
    "funder": "本企业",
    "source_type": "edu_fund",
    "trigger": "term",
    "rule_kind": "percent",
    "percent_bp": 6000,
    "cap_life_fen": 1_500_000,
    "levels": DEGREE_LEVELS,
    "min_contract_months": 12,
    "service_months": 24,
    "posting_days": 3,
    "notes": "劳动合同满 12 个月的职工，按学费的 60% 报销，每人累计不超过 15,000 元；"
    "报销后须在本企业服务满 24 个月，未满离职的按未服务天数折算返还（以学习协议为准）。",
}
# Skills certificates (职业技能等级): a reward by results from the fund (use 03 of 317号).
SKILLS_REWARD: dict[str, Any] = {
    "name": "技能等级取证奖励",
    "funder": "本企业",
    "source_type": "edu_fund",
    "trigger": "graduation",
    "rule_kind": "grade_tiers",
    "table": [[600, 5000], [800, 8000]],
    "levels": ("5",),
    "front_line_only": True,
    "posting_days": 3,
    "notes": "一线职工取得职业技能等级证书后，按培训期间平均成绩奖励本人承担的培训费："
    "60 分以上 50%，80 分以上 80%。",
}
# The enterprise's earlier rule, paid by level after graduation (中专 40%, 大专 60%, 本科 80%):
# kept on record, no longer active (demo_claims dates its end two years back).
OLD_BY_LEVEL: dict[str, Any] = {
    "name": "学历进修奖励（旧办法）",
    "funder": "本企业",
    "source_type": "employer",
    "trigger": "graduation",
    "rule_kind": "by_level",
    "level_unit": "percent",
    "table": {"4": 4000, "1": 6000, "2": 8000, "3": 8000},
    "cap_claim_fen": 1_500_000,
    "once_per": "level",
    "min_contract_months": 12,
    "service_months": 24,
    "posting_days": 7,
    "active": False,
    "notes": "毕业后按层次报销学费：中专 40%、大专 60%、本科 80%，每次不超过 15,000 元。已停用，由“企业学历提升报销”取代。",
}
# In the order they apply: union money first, then the employer's; what is left is the learner's.
DEMO_SCHEMES: tuple[dict[str, Any], ...] = (
    CITY,
    FUJIAN,
    PROVINCE_GRADUATION,
    SKILLS_REWARD,
    ENTERPRISE,
    OLD_BY_LEVEL,
)
UNION_SCHEMES: tuple[str, ...] = (CITY["name"], FUJIAN["name"], PROVINCE_GRADUATION["name"])

# Who signs: the training officer prepares and submits, HR reviews, the union approves and
# posts the list, finance pays.
PREPARER = "张敏"
SIGNER_HR = "王芳"
SIGNER_UNION = "李建国"
SIGNER_FINANCE = "陈静"

# Institution code → (invoice kind, digits of its numbers): public colleges issue 财政电子票据
# (10 digits), the others 全电发票 (20 digits).
INVOICE_STYLE: dict[str, tuple[str, int]] = {
    "51161": ("receipt", 10),
    "10285": ("receipt", 10),
    "10295": ("invoice", 20),
    "11054": ("invoice", 20),
}
# The open university and skills courses bill per term; the others per school year.
PER_TERM_INSTITUTIONS = frozenset({"51161"})

BANKS: tuple[tuple[str, str], ...] = (
    ("中国工商银行苏州吴中支行", "6222021102"),
    ("中国农业银行苏州吴中支行", "6228480398"),
    ("中国建设银行苏州分行营业部", "6217001180"),
    ("中国银行苏州吴中支行", "6217566100"),
    ("江苏苏州农村商业银行", "6236780001"),
)

RETURN_REASONS: tuple[str, ...] = (
    "发票抬头姓名与学员姓名不一致，请补交学校重新开具的票据",
    "缺少学信网学籍在线验证报告，请补交后再提交",
    "收款银行卡户名与本人不符，请核对收款账号",
    "缴费凭证金额与票据金额不一致，请提供学校的缴费明细",
)
VOID_REASONS: tuple[str, ...] = (
    "学员本学期学费已在原单位报销，本人申请作废",
    "同一学期的票据重复录入，作废本申请",
    "学员决定本学期暂不申请报销，作废",
)
CORRECTION_REASON = "学员是工会会员，原申请时入会信息漏登，未计入{scheme}；更正后重新分摊"
LEAVE_NOTE = "离职"
REPAYMENT_NOTE = "离职结算时从最后一个月工资中扣回一部分，余款本人承诺分期归还"

# The fund's hand-entered spending: (month, use code, description, share of the year's
# set-aside in basis points, share of it spent on front-line workers in basis points).
# Last year bought equipment and trained managers: its front-line share falls below 60%.
SPENDING_LAST_YEAR: tuple[tuple[int, str, str, int, int], ...] = (
    (3, "01", "新员工上岗安全培训（全年 12 期）", 1000, 9500),
    (4, "05", "电工、焊工、叉车司机特种作业取证培训", 1200, 10000),
    (5, "04", "工程技术人员继续教育学时培训", 800, 0),
    (6, "08", "购置数控车床实训设备两台", 1500, 0),
    (7, "03", "冲压、焊装班组岗位技能提升培训", 800, 10000),
    (9, "06", "中层管理人员外送精益生产培训", 500, 0),
    (10, "07", "车工、钳工职业技能等级认定考评费", 600, 10000),
    (12, "10", "培训中心管理人员费用", 700, 0),
)
SPENDING_THIS_YEAR: tuple[tuple[int, str, str, int, int], ...] = (
    (2, "01", "新员工上岗安全培训（上半年 6 期）", 600, 9500),
    (3, "02", "产线调整转岗人员岗位适应性培训", 600, 10000),
    (4, "05", "特种作业操作证复审及新取证培训", 1000, 10000),
    (5, "03", "注塑、涂装班组岗位技能提升培训", 1200, 10000),
    (6, "04", "工程技术人员继续教育学时培训", 600, 0),
    (8, "01", "新员工上岗安全培训（下半年 6 期）", 500, 9500),
    (9, "07", "焊工、电工职业技能等级认定考评费", 500, 10000),
    (10, "09", "职工技能大赛获奖人员自学成才奖励", 200, 8000),
    (11, "11", "培训教材印制", 200, 5000),
    (11, "10", "培训中心管理人员费用", 600, 0),
)
RATE_BP = 250  # 2.5% of payroll (财建〔2006〕317号)
AVERAGE_PAY_FEN = 9_600_000  # ¥96,000 a year per employee, last year
PAY_RISE_BP = 450  # this year's payroll: +4.5%
STAFF_PER_LEARNER = 4  # the enterprise employs more people than study
