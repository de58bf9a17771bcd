"""The core's code labels in the window's language.

The core (domain/*, services) names its codes in Chinese — statuses, levels, study forms,
funding sources, claim states, roles, permissions, form field names — and stays Chinese and
Qt-free: those words are also its error sentences, its printed forms and its workbooks. The
window shows them through code_label(), which looks each one up in the "codes" context of the
translation; the labels are listed below for lupdate (tests/unit/test_translations.py checks
that every label of the core's tables is here). Chinese in, Chinese out when no translation is
loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

K = TypeVar("K")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate under `context` where it is defined (a constant, a table's
    header); it is translated where it is shown (self.tr / QCoreApplication.translate of that
    context). PySide6's own QT_TRANSLATE_NOOP does the same but is typed as returning object."""
    return text


def code_label(label: str) -> str:
    """One label of the core's code tables, in the window's language."""
    return QCoreApplication.translate("codes", label)


def code_labels(table: Mapping[K, str]) -> dict[K, str]:
    """A whole code table (code → label) with its labels in the window's language."""
    return {code: code_label(label) for code, label in table.items()}


# Punctuation between the parts the window puts together (full-width in Chinese).
def listed(items: Iterable[str]) -> str:
    """Items of a list: 甲、乙、丙 / a, b, c."""
    return QCoreApplication.translate("punctuation", "、").join(items)


def clauses(items: Iterable[str]) -> str:
    """Clauses of a sentence: 甲，乙 / a, b."""
    return QCoreApplication.translate("punctuation", "，").join(items)


def separated(items: Iterable[str]) -> str:
    """Separate statements: 甲；乙 / a; b."""
    return QCoreApplication.translate("punctuation", "；").join(items)


def with_note(text: str, note: str) -> str:
    """A text with a note in brackets: 甲（乙） / a (b)."""
    return QCoreApplication.translate("punctuation", "{text}（{note}）").format(text=text, note=note)


def labelled(label: str, value: str) -> str:
    """A label and its value: 甲：乙 / a: b."""
    return QCoreApplication.translate("punctuation", "{label}：{value}").format(label=label, value=value)


# Every label of the tables named in the comments, once, for lupdate.
LABELS: tuple[str, ...] = (
    # domain.codes.GENDERS
    QT_TRANSLATE_NOOP("codes", "男"),
    QT_TRANSLATE_NOOP("codes", "女"),
    # domain.codes.ETHNIC_GROUPS
    QT_TRANSLATE_NOOP("codes", "汉族"),
    QT_TRANSLATE_NOOP("codes", "蒙古族"),
    QT_TRANSLATE_NOOP("codes", "回族"),
    QT_TRANSLATE_NOOP("codes", "藏族"),
    QT_TRANSLATE_NOOP("codes", "维吾尔族"),
    QT_TRANSLATE_NOOP("codes", "苗族"),
    QT_TRANSLATE_NOOP("codes", "彝族"),
    QT_TRANSLATE_NOOP("codes", "壮族"),
    QT_TRANSLATE_NOOP("codes", "布依族"),
    QT_TRANSLATE_NOOP("codes", "朝鲜族"),
    QT_TRANSLATE_NOOP("codes", "满族"),
    QT_TRANSLATE_NOOP("codes", "侗族"),
    QT_TRANSLATE_NOOP("codes", "瑶族"),
    QT_TRANSLATE_NOOP("codes", "白族"),
    QT_TRANSLATE_NOOP("codes", "土家族"),
    QT_TRANSLATE_NOOP("codes", "哈尼族"),
    QT_TRANSLATE_NOOP("codes", "哈萨克族"),
    QT_TRANSLATE_NOOP("codes", "傣族"),
    QT_TRANSLATE_NOOP("codes", "黎族"),
    QT_TRANSLATE_NOOP("codes", "傈僳族"),
    QT_TRANSLATE_NOOP("codes", "佤族"),
    QT_TRANSLATE_NOOP("codes", "畲族"),
    QT_TRANSLATE_NOOP("codes", "高山族"),
    QT_TRANSLATE_NOOP("codes", "拉祜族"),
    QT_TRANSLATE_NOOP("codes", "水族"),
    QT_TRANSLATE_NOOP("codes", "东乡族"),
    QT_TRANSLATE_NOOP("codes", "纳西族"),
    QT_TRANSLATE_NOOP("codes", "景颇族"),
    QT_TRANSLATE_NOOP("codes", "柯尔克孜族"),
    QT_TRANSLATE_NOOP("codes", "土族"),
    QT_TRANSLATE_NOOP("codes", "达斡尔族"),
    QT_TRANSLATE_NOOP("codes", "仫佬族"),
    QT_TRANSLATE_NOOP("codes", "羌族"),
    QT_TRANSLATE_NOOP("codes", "布朗族"),
    QT_TRANSLATE_NOOP("codes", "撒拉族"),
    QT_TRANSLATE_NOOP("codes", "毛南族"),
    QT_TRANSLATE_NOOP("codes", "仡佬族"),
    QT_TRANSLATE_NOOP("codes", "锡伯族"),
    QT_TRANSLATE_NOOP("codes", "阿昌族"),
    QT_TRANSLATE_NOOP("codes", "普米族"),
    QT_TRANSLATE_NOOP("codes", "塔吉克族"),
    QT_TRANSLATE_NOOP("codes", "怒族"),
    QT_TRANSLATE_NOOP("codes", "乌孜别克族"),
    QT_TRANSLATE_NOOP("codes", "俄罗斯族"),
    QT_TRANSLATE_NOOP("codes", "鄂温克族"),
    QT_TRANSLATE_NOOP("codes", "德昂族"),
    QT_TRANSLATE_NOOP("codes", "保安族"),
    QT_TRANSLATE_NOOP("codes", "裕固族"),
    QT_TRANSLATE_NOOP("codes", "京族"),
    QT_TRANSLATE_NOOP("codes", "塔塔尔族"),
    QT_TRANSLATE_NOOP("codes", "独龙族"),
    QT_TRANSLATE_NOOP("codes", "鄂伦春族"),
    QT_TRANSLATE_NOOP("codes", "赫哲族"),
    QT_TRANSLATE_NOOP("codes", "门巴族"),
    QT_TRANSLATE_NOOP("codes", "珞巴族"),
    QT_TRANSLATE_NOOP("codes", "基诺族"),
    QT_TRANSLATE_NOOP("codes", "其他"),
    QT_TRANSLATE_NOOP("codes", "外国血统中国籍人士"),
    # domain.codes.HUKOU_TYPES
    QT_TRANSLATE_NOOP("codes", "农村"),
    QT_TRANSLATE_NOOP("codes", "城镇"),
    # domain.codes.POST_CATEGORIES
    QT_TRANSLATE_NOOP("codes", "一线"),
    # domain.codes.PRIOR_EDUCATION
    QT_TRANSLATE_NOOP("codes", "初中及以下"),
    QT_TRANSLATE_NOOP("codes", "高中/中专/技校"),
    QT_TRANSLATE_NOOP("codes", "大专"),
    QT_TRANSLATE_NOOP("codes", "本科及以上"),
    # domain.codes.WORKER_CATEGORIES
    QT_TRANSLATE_NOOP("codes", "农民工"),
    QT_TRANSLATE_NOOP("codes", "产业工人"),
    # domain.codes.EMPLOYMENT_STATUSES
    QT_TRANSLATE_NOOP("codes", "在职"),
    QT_TRANSLATE_NOOP("codes", "离职"),
    # domain.study_codes.LEVELS
    QT_TRANSLATE_NOOP("codes", "高起专"),
    QT_TRANSLATE_NOOP("codes", "专升本"),
    QT_TRANSLATE_NOOP("codes", "高起本"),
    QT_TRANSLATE_NOOP("codes", "中职"),
    QT_TRANSLATE_NOOP("codes", "职业技能等级"),
    # domain.study_codes.STUDY_FORMS
    QT_TRANSLATE_NOOP("codes", "成人高考"),
    QT_TRANSLATE_NOOP("codes", "开放教育"),
    QT_TRANSLATE_NOOP("codes", "网络教育"),
    QT_TRANSLATE_NOOP("codes", "自学考试"),
    QT_TRANSLATE_NOOP("codes", "职业技能培训"),
    # domain.study_codes.STUDY_FORM_LABELS (the labels in force by date)
    QT_TRANSLATE_NOOP("codes", "成人高考（函授/业余）"),
    QT_TRANSLATE_NOOP("codes", "成人高考（非脱产）"),
    # domain.study_codes.SCHOOL_TYPE_LABELS
    QT_TRANSLATE_NOOP("codes", "普通"),
    QT_TRANSLATE_NOOP("codes", "成人"),
    QT_TRANSLATE_NOOP("codes", "自考/文凭考试"),
    QT_TRANSLATE_NOOP("codes", "网络"),
    # domain.study_codes.EXAM_TYPES
    QT_TRANSLATE_NOOP("codes", "考试"),
    QT_TRANSLATE_NOOP("codes", "考查"),
    # domain.study_codes.STATUSES
    QT_TRANSLATE_NOOP("codes", "报名"),
    QT_TRANSLATE_NOOP("codes", "录取"),
    QT_TRANSLATE_NOOP("codes", "在读"),
    QT_TRANSLATE_NOOP("codes", "休学"),
    QT_TRANSLATE_NOOP("codes", "毕业"),
    QT_TRANSLATE_NOOP("codes", "结业"),
    QT_TRANSLATE_NOOP("codes", "退学"),
    # domain.claims.INVOICE_KINDS
    QT_TRANSLATE_NOOP("codes", "发票"),
    QT_TRANSLATE_NOOP("codes", "收据"),
    # domain.claims.INVOICE_COVERS
    QT_TRANSLATE_NOOP("codes", "一个学期"),
    QT_TRANSLATE_NOOP("codes", "一个学年"),
    # domain.claims.CLAIM_KINDS
    QT_TRANSLATE_NOOP("codes", "学费报销"),
    QT_TRANSLATE_NOOP("codes", "毕业补助"),
    # domain.claims.STATES
    QT_TRANSLATE_NOOP("codes", "草稿"),
    QT_TRANSLATE_NOOP("codes", "已提交"),
    QT_TRANSLATE_NOOP("codes", "人事审核"),
    QT_TRANSLATE_NOOP("codes", "工会审批"),
    QT_TRANSLATE_NOOP("codes", "公示中"),
    QT_TRANSLATE_NOOP("codes", "已支付"),
    QT_TRANSLATE_NOOP("codes", "作废"),
    # domain.claims.PAY_METHODS
    QT_TRANSLATE_NOOP("codes", "银行转账"),
    QT_TRANSLATE_NOOP("codes", "助力卡"),
    QT_TRANSLATE_NOOP("codes", "现金"),
    QT_TRANSLATE_NOOP("codes", "随工资发放"),
    # domain.funding.SOURCE_LABELS
    QT_TRANSLATE_NOOP("codes", "财政补助"),
    QT_TRANSLATE_NOOP("codes", "工会补助"),
    QT_TRANSLATE_NOOP("codes", "职工教育经费"),
    QT_TRANSLATE_NOOP("codes", "企业其他经费"),
    QT_TRANSLATE_NOOP("codes", "学校减免"),
    QT_TRANSLATE_NOOP("codes", "个人承担"),
    # domain.funding.TRIGGERS
    QT_TRANSLATE_NOOP("codes", "入学时（每个学籍一次）"),
    QT_TRANSLATE_NOOP("codes", "每学年"),
    QT_TRANSLATE_NOOP("codes", "每学期"),
    QT_TRANSLATE_NOOP("codes", "毕业后"),
    # domain.funding.RULE_KINDS
    QT_TRANSLATE_NOOP("codes", "按学费比例"),
    QT_TRANSLATE_NOOP("codes", "固定金额"),
    QT_TRANSLATE_NOOP("codes", "按层次"),
    QT_TRANSLATE_NOOP("codes", "按成绩分档"),
    # domain.funding.LEVEL_UNITS
    QT_TRANSLATE_NOOP("codes", "比例"),
    QT_TRANSLATE_NOOP("codes", "金额"),
    # domain.funding.ONCE_PER
    QT_TRANSLATE_NOOP("codes", "不限"),
    QT_TRANSLATE_NOOP("codes", "每人限一个学籍"),
    QT_TRANSLATE_NOOP("codes", "每个层次限一个学籍"),
    # domain.funds.USES
    QT_TRANSLATE_NOOP("codes", "上岗和转岗培训"),
    QT_TRANSLATE_NOOP("codes", "各类岗位适应性培训"),
    QT_TRANSLATE_NOOP("codes", "岗位培训、职业技术等级培训、高技能人才培训"),
    QT_TRANSLATE_NOOP("codes", "专业技术人员继续教育"),
    QT_TRANSLATE_NOOP("codes", "特种作业人员培训"),
    QT_TRANSLATE_NOOP("codes", "企业组织的职工外送培训的经费支出"),
    QT_TRANSLATE_NOOP("codes", "职业技能鉴定、职业资格认证等经费支出"),
    QT_TRANSLATE_NOOP("codes", "购置教学设备与设施"),
    QT_TRANSLATE_NOOP("codes", "职工岗位自学成才奖励费用"),
    QT_TRANSLATE_NOOP("codes", "职工教育培训管理费用"),
    QT_TRANSLATE_NOOP("codes", "有关职工教育的其他开支"),
    # domain.certificates.KINDS
    QT_TRANSLATE_NOOP("codes", "结业证书"),
    QT_TRANSLATE_NOOP("codes", "优秀学员"),
    QT_TRANSLATE_NOOP("codes", "荣誉证书"),
    # domain.honours.NOMINATION_STATES
    QT_TRANSLATE_NOOP("codes", "待审批"),
    QT_TRANSLATE_NOOP("codes", "已批准"),
    QT_TRANSLATE_NOOP("codes", "已退回"),
    # domain.permissions.ROLE_LABELS
    QT_TRANSLATE_NOOP("codes", "管理员"),
    QT_TRANSLATE_NOOP("codes", "培训专员"),
    QT_TRANSLATE_NOOP("codes", "工会主席"),
    QT_TRANSLATE_NOOP("codes", "财务"),
    QT_TRANSLATE_NOOP("codes", "查看"),
    # domain.permissions.PERMISSION_LABELS
    QT_TRANSLATE_NOOP("codes", "查看数据"),
    QT_TRANSLATE_NOOP("codes", "查看审计日志"),
    QT_TRANSLATE_NOOP("codes", "修改企业信息"),
    QT_TRANSLATE_NOOP("codes", "登记、修改和导入学员"),
    QT_TRANSLATE_NOOP("codes", "查看完整身份证号"),
    QT_TRANSLATE_NOOP("codes", "导出含完整身份证号的花名册"),
    QT_TRANSLATE_NOOP("codes", "管理院校、专业、学籍和成绩"),
    QT_TRANSLATE_NOOP("codes", "录入发票和报销申请"),
    QT_TRANSLATE_NOOP("codes", "以培训专员身份审批报销"),
    QT_TRANSLATE_NOOP("codes", "以工会身份审批报销"),
    QT_TRANSLATE_NOOP("codes", "以财务身份审批报销"),
    QT_TRANSLATE_NOOP("codes", "登记付款"),
    QT_TRANSLATE_NOOP("codes", "管理经费台账"),
    QT_TRANSLATE_NOOP("codes", "更正已支付或已上报的记录"),
    QT_TRANSLATE_NOOP("codes", "颁发证书"),
    QT_TRANSLATE_NOOP("codes", "打印名单和表格"),
    QT_TRANSLATE_NOOP("codes", "向平台上报数据"),
    QT_TRANSLATE_NOOP("codes", "备份数据库"),
    QT_TRANSLATE_NOOP("codes", "从备份恢复数据库"),
    QT_TRANSLATE_NOOP("codes", "管理账户"),
    QT_TRANSLATE_NOOP("codes", "管理满意度调查和优秀学员评选"),
    QT_TRANSLATE_NOOP("codes", "审批优秀学员提名"),
    # domain.audit.ACTION_LABELS
    QT_TRANSLATE_NOOP("codes", "新增"),
    QT_TRANSLATE_NOOP("codes", "修改"),
    QT_TRANSLATE_NOOP("codes", "删除"),
    QT_TRANSLATE_NOOP("codes", "更正"),
    QT_TRANSLATE_NOOP("codes", "导出"),
    QT_TRANSLATE_NOOP("codes", "打印"),
    QT_TRANSLATE_NOOP("codes", "导入"),
    QT_TRANSLATE_NOOP("codes", "载入演示数据"),
    QT_TRANSLATE_NOOP("codes", "登录"),
    QT_TRANSLATE_NOOP("codes", "登录失败"),
    QT_TRANSLATE_NOOP("codes", "退出登录"),
    QT_TRANSLATE_NOOP("codes", "账户锁定"),
    QT_TRANSLATE_NOOP("codes", "解除锁定"),
    QT_TRANSLATE_NOOP("codes", "重置密码"),
    QT_TRANSLATE_NOOP("codes", "修改密码"),
    QT_TRANSLATE_NOOP("codes", "备份"),
    QT_TRANSLATE_NOOP("codes", "恢复"),
    QT_TRANSLATE_NOOP("codes", "平台回执"),
    # domain.surveys.QUESTION_KINDS
    QT_TRANSLATE_NOOP("codes", "1–5分满意度"),
    QT_TRANSLATE_NOOP("codes", "单选"),
    QT_TRANSLATE_NOOP("codes", "文字"),
    # domain.surveys.TOPICS
    QT_TRANSLATE_NOOP("codes", "院校"),
    QT_TRANSLATE_NOOP("codes", "教学"),
    QT_TRANSLATE_NOOP("codes", "上课与考试时间"),
    QT_TRANSLATE_NOOP("codes", "企业支持"),
    QT_TRANSLATE_NOOP("codes", "总体"),
    # domain.surveys.SCALE_LABELS
    QT_TRANSLATE_NOOP("codes", "非常满意"),
    QT_TRANSLATE_NOOP("codes", "满意"),
    QT_TRANSLATE_NOOP("codes", "一般"),
    QT_TRANSLATE_NOOP("codes", "不满意"),
    QT_TRANSLATE_NOOP("codes", "非常不满意"),
    # domain.sync.KIND_LABELS
    QT_TRANSLATE_NOOP("codes", "学员"),
    QT_TRANSLATE_NOOP("codes", "学籍"),
    QT_TRANSLATE_NOOP("codes", "补助发放"),
    # domain.sync.BATCH_STATES
    QT_TRANSLATE_NOOP("codes", "等待回执"),
    QT_TRANSLATE_NOOP("codes", "已全部接收"),
    QT_TRANSLATE_NOOP("codes", "部分接收"),
    QT_TRANSLATE_NOOP("codes", "全部被拒"),
    QT_TRANSLATE_NOOP("codes", "整批被拒"),
    # domain.sync.SENT_VIA
    QT_TRANSLATE_NOOP("codes", "文件（U盘）"),
    QT_TRANSLATE_NOOP("codes", "网络上传"),
    # services.audit.TABLE_LABELS
    QT_TRANSLATE_NOOP("codes", "部门"),
    QT_TRANSLATE_NOOP("codes", "企业"),
    QT_TRANSLATE_NOOP("codes", "账户"),
    QT_TRANSLATE_NOOP("codes", "专业"),
    QT_TRANSLATE_NOOP("codes", "课程"),
    QT_TRANSLATE_NOOP("codes", "学籍变动"),
    QT_TRANSLATE_NOOP("codes", "成绩"),
    QT_TRANSLATE_NOOP("codes", "设置"),
    # services.learners.FIELDS
    QT_TRANSLATE_NOOP("codes", "姓名"),
    QT_TRANSLATE_NOOP("codes", "身份证号"),
    QT_TRANSLATE_NOOP("codes", "性别"),
    QT_TRANSLATE_NOOP("codes", "民族"),
    QT_TRANSLATE_NOOP("codes", "手机号"),
    QT_TRANSLATE_NOOP("codes", "岗位类别"),
    QT_TRANSLATE_NOOP("codes", "入职日期"),
    QT_TRANSLATE_NOOP("codes", "户籍性质"),
    QT_TRANSLATE_NOOP("codes", "户籍所在地"),
    QT_TRANSLATE_NOOP("codes", "原学历"),
    QT_TRANSLATE_NOOP("codes", "工号"),
    QT_TRANSLATE_NOOP("codes", "职工类别"),
    QT_TRANSLATE_NOOP("codes", "工会会员"),
    QT_TRANSLATE_NOOP("codes", "会员证号"),
    QT_TRANSLATE_NOOP("codes", "离职日期"),
    QT_TRANSLATE_NOOP("codes", "备注"),
    # services.enrolments.ENROLMENT_FIELDS
    QT_TRANSLATE_NOOP("codes", "学号"),
    QT_TRANSLATE_NOOP("codes", "入学日期"),
    QT_TRANSLATE_NOOP("codes", "预计毕业日期"),
    QT_TRANSLATE_NOOP("codes", "学籍状态"),
    QT_TRANSLATE_NOOP("codes", "日期"),
    QT_TRANSLATE_NOOP("codes", "毕业证书编号"),
    # services.institutions.INSTITUTION_FIELDS
    QT_TRANSLATE_NOOP("codes", "院校代码"),
    QT_TRANSLATE_NOOP("codes", "院校名称"),
    QT_TRANSLATE_NOOP("codes", "联系人"),
    QT_TRANSLATE_NOOP("codes", "联系电话"),
    QT_TRANSLATE_NOOP("codes", "教学点"),
    QT_TRANSLATE_NOOP("codes", "最长休学（月）"),
    # services.invoices.INVOICE_FIELDS
    QT_TRANSLATE_NOOP("codes", "票据类型"),
    QT_TRANSLATE_NOOP("codes", "票据号码"),
    QT_TRANSLATE_NOOP("codes", "开票单位"),
    QT_TRANSLATE_NOOP("codes", "开票日期"),
    QT_TRANSLATE_NOOP("codes", "学期"),
    QT_TRANSLATE_NOOP("codes", "所属期间"),
    # services.programmes.PROGRAMME_FIELDS
    QT_TRANSLATE_NOOP("codes", "专业名称"),
    QT_TRANSLATE_NOOP("codes", "层次"),
    QT_TRANSLATE_NOOP("codes", "学习形式"),
    QT_TRANSLATE_NOOP("codes", "学制（学期）"),
    QT_TRANSLATE_NOOP("codes", "总学分"),
    QT_TRANSLATE_NOOP("codes", "每年学费"),
    # services.schemes.SCHEME_FIELDS
    QT_TRANSLATE_NOOP("codes", "项目名称"),
    QT_TRANSLATE_NOOP("codes", "资助方"),
    QT_TRANSLATE_NOOP("codes", "资金来源"),
    QT_TRANSLATE_NOOP("codes", "发放时机"),
    QT_TRANSLATE_NOOP("codes", "计算方式"),
    QT_TRANSLATE_NOOP("codes", "层次表或成绩分档"),
    QT_TRANSLATE_NOOP("codes", "每次上限"),
    QT_TRANSLATE_NOOP("codes", "每人每年上限"),
    QT_TRANSLATE_NOOP("codes", "每人累计上限"),
    QT_TRANSLATE_NOOP("codes", "每人同一层次上限"),
    QT_TRANSLATE_NOOP("codes", "资助层次"),
    QT_TRANSLATE_NOOP("codes", "须为工会会员"),
    QT_TRANSLATE_NOOP("codes", "劳动合同至少（月）"),
    QT_TRANSLATE_NOOP("codes", "只限一线职工"),
    QT_TRANSLATE_NOOP("codes", "只限农村户籍"),
    QT_TRANSLATE_NOOP("codes", "最低年龄"),
    QT_TRANSLATE_NOOP("codes", "最高年龄"),
    QT_TRANSLATE_NOOP("codes", "享受次数"),
    QT_TRANSLATE_NOOP("codes", "服务期（月）"),
    QT_TRANSLATE_NOOP("codes", "公示天数"),
    QT_TRANSLATE_NOOP("codes", "起始日期"),
    QT_TRANSLATE_NOOP("codes", "截止日期"),
    QT_TRANSLATE_NOOP("codes", "启用"),
    # services.coursework.RESULT_FIELDS
    QT_TRANSLATE_NOOP("codes", "考试日期"),
    # services.funds.SPEND_FIELDS
    QT_TRANSLATE_NOOP("codes", "支出日期"),
    QT_TRANSLATE_NOOP("codes", "用途"),
    QT_TRANSLATE_NOOP("codes", "摘要"),
    QT_TRANSLATE_NOOP("codes", "其中用于一线职工"),
    # services.progress.RISKS
    QT_TRANSLATE_NOOP("codes", "有不及格课程未补考通过"),
    QT_TRANSLATE_NOOP("codes", "上一学期没有取得学分"),
    QT_TRANSLATE_NOOP("codes", "已超过预计毕业日期"),
    QT_TRANSLATE_NOOP("codes", "休学超过允许期限"),
    # services.dashboard.WAITING_STEPS
    QT_TRANSLATE_NOOP("codes", "待提交"),
    QT_TRANSLATE_NOOP("codes", "待人事审核"),
    QT_TRANSLATE_NOOP("codes", "待工会审批"),
    QT_TRANSLATE_NOOP("codes", "待公示"),
    QT_TRANSLATE_NOOP("codes", "待支付"),
    # services.clawback.REPAYMENT_METHODS
    QT_TRANSLATE_NOOP("codes", "从工资中扣回"),
    # services.search.KINDS
    QT_TRANSLATE_NOOP("codes", "报销申请"),
    QT_TRANSLATE_NOOP("codes", "票据"),
    QT_TRANSLATE_NOOP("codes", "证书"),
    # services.survey_results.DIMENSIONS
    QT_TRANSLATE_NOOP("codes", "按题目"),
    QT_TRANSLATE_NOOP("codes", "按部门"),
    QT_TRANSLATE_NOOP("codes", "按专业"),
    QT_TRANSLATE_NOOP("codes", "按院校"),
    QT_TRANSLATE_NOOP("codes", "按学期"),
    # db.backups.REASONS
    QT_TRANSLATE_NOOP("codes", "手动备份"),
    QT_TRANSLATE_NOOP("codes", "启动时"),
    QT_TRANSLATE_NOOP("codes", "定时（每 30 分钟）"),
    QT_TRANSLATE_NOOP("codes", "导入前"),
    QT_TRANSLATE_NOOP("codes", "上报前"),
    QT_TRANSLATE_NOOP("codes", "恢复前"),
    QT_TRANSLATE_NOOP("codes", "升级前"),
)
