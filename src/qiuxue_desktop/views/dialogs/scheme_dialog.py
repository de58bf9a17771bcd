"""The scheme editor (资助项目): every field of SCHEME_FIELDS with a fitting widget — the source,
trigger and rule kind as choices; a percentage typed as "60" or "12.5" (basis points); money
typed in yuan (yuan_to_fen, never float); the per-level table or the grade tiers, shown only
for their rule kind; caps (blank: 不限); eligibility; the service period (employer money
only); posting days; the validity dates. The rule reads back in a plain sentence as it is
edited. Contradictions are shown beside their fields; the save runs save_scheme on the
database worker, and its refusal (SchemeRejected) is shown the same way, nothing saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label, code_labels
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.common import (
    FundForm,
    grid_row_visible,
    money_input,
    parse_money,
    parse_percent,
    parsed,
    percent_input,
)
from qiuxue_desktop.views.funds.scheme_summary import scheme_summary
from qiuxue_desktop.views.funds.scheme_tables import LevelTable, TierTable
from qiuxue_desktop.views.study_common import qdate
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

NO_AGE = 15  # the age spin boxes' 不限
FIELD_WIDTH = 190
MESSAGE_WIDTH = 170  # narrower than a one-column form's: the editor has two columns
CAPS = ("cap_claim_fen", "cap_year_fen", "cap_life_fen", "cap_level_fen")


class OptionalDate(QWidget):
    """A date that may be left out: a check box and the date it enables."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))


def _spin(parent: QWidget, low: int, high: int, special: str = "", suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    if special:
        spin.setSpecialValueText(special)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _combo(parent: QWidget, choices: dict[str, str], name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code, label in choices.items():
        combo.addItem(code_label(label), code)
    return combo


class SchemeDialog(FundForm):
    """New (`values` None) or an existing scheme's values (scheme_values: with id and version).
    `read_only`: shown without the save button (a role that may not manage funds)."""

    def __init__(
        self,
        ctx: AppContext,
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        from qiuxue_desktop.domain.funding import LEVEL_UNITS, ONCE_PER, RULE_KINDS, SOURCE_TYPES, TRIGGERS
        from qiuxue_desktop.domain.study_codes import LEVELS
        from qiuxue_desktop.services.schemes import SCHEME_FIELDS

        self.setObjectName("schemeDialog")
        self._existing = values
        self._touched: set[str] = set()
        self._show_all = False
        if values is None:
            self.setWindowTitle(self.tr("新建资助项目"))
        else:
            self.setWindowTitle(self.tr("资助项目：{name}").format(name=values["name"]))

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("如 福建省求学圆梦助学金"))
        self.funder_edit = QLineEdit(self)
        self.funder_edit.setMaxLength(60)
        self.funder_edit.setPlaceholderText(self.tr("如 福建省总工会、本企业"))
        self.source_combo = _combo(self, SOURCE_TYPES, "sourceCombo")
        self.trigger_combo = _combo(self, TRIGGERS, "triggerCombo")
        self.kind_combo = _combo(self, RULE_KINDS, "ruleKindCombo")
        self.percent_edit = QLineEdit(self)
        self.percent_edit.setPlaceholderText(self.tr("%，如 60 或 12.5"))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("元，如 1000"))
        self.unit_combo = _combo(self, LEVEL_UNITS, "levelUnitCombo")
        self.level_table = LevelTable(self)
        self.tier_table = TierTable(self)
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.level_table)
        table_layout.addWidget(self.tier_table)
        self.cap_edits = {key: QLineEdit(self) for key in CAPS}
        for edit in self.cap_edits.values():
            edit.setPlaceholderText(self.tr("不限"))
        self.level_checks: dict[str, QCheckBox] = {}
        levels_box = QWidget(self)
        levels_layout = QGridLayout(levels_box)
        levels_layout.setContentsMargins(0, 0, 0, 0)
        for i, (code, label) in enumerate(LEVELS.items()):
            check = QCheckBox(code_label(label), levels_box)
            self.level_checks[code] = check
            levels_layout.addWidget(check, i // 3, i % 3)
        self.union_check = QCheckBox(self.tr("须为工会会员"), self)
        self.front_check = QCheckBox(self.tr("只限一线职工"), self)
        self.rural_check = QCheckBox(self.tr("只限农村户籍"), self)
        self.contract_spin = _spin(self, 0, 600, self.tr("不要求"), self.tr(" 个月"))
        self.min_age_spin = _spin(self, NO_AGE, 70, self.tr("不限"), self.tr(" 周岁"))
        self.max_age_spin = _spin(self, NO_AGE, 70, self.tr("不限"), self.tr(" 周岁"))
        self.once_combo = _combo(self, ONCE_PER, "oncePerCombo")
        self.service_spin = _spin(self, 0, 120, self.tr("无服务期"), self.tr(" 个月"))
        self.posting_spin = _spin(self, 0, 60, self.tr("不公示"), self.tr(" 天"))
        self.posting_spin.setValue(7)
        self.from_date = OptionalDate(self.tr("自"), self)
        self.to_date = OptionalDate(self.tr("至"), self)
        self.active_check = QCheckBox(self.tr("启用（停用的项目不再参与计算）"), self)
        self.active_check.setChecked(True)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 10)
        self.notes_edit.setPlaceholderText(self.tr("依据的文件、申请时要交的材料等"))

        labels = code_labels(SCHEME_FIELDS)
        labels.update(
            percent_bp=self.tr("比例（%）"),
            amount_fen=self.tr("固定金额（元）"),
            table=self.tr("各层次"),
            **{key: code_label(SCHEME_FIELDS[key]) + self.tr("（元）") for key in CAPS},
            levels=self.tr("资助层次（不选：全部）"),
            require_union_member=self.tr("工会会员"),
            front_line_only=self.tr("岗位"),
            rural_hukou_only=self.tr("户籍"),
            min_contract_months=self.tr("劳动合同至少"),
            min_age=self.tr("年龄不低于"),
            max_age=self.tr("年龄不高于"),
            valid_from=self.tr("有效期自"),
            valid_to=self.tr("有效期至"),
        )
        self.rule_grid = FieldGrid(field_width=FIELD_WIDTH)
        self.caps_grid = FieldGrid(field_width=FIELD_WIDTH)
        self.who_grid = FieldGrid(field_width=FIELD_WIDTH)
        self.other_grid = FieldGrid(field_width=FIELD_WIDTH)
        self.grids = (self.rule_grid, self.caps_grid, self.who_grid, self.other_grid)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "funder": self.funder_edit,
            "source_type": self.source_combo,
            "trigger": self.trigger_combo,
            "rule_kind": self.kind_combo,
            "percent_bp": self.percent_edit,
            "amount_fen": self.amount_edit,
            "level_unit": self.unit_combo,
            "table": table_box,
            **self.cap_edits,
            "levels": levels_box,
            "require_union_member": self.union_check,
            "min_contract_months": self.contract_spin,
            "front_line_only": self.front_check,
            "rural_hukou_only": self.rural_check,
            "min_age": self.min_age_spin,
            "max_age": self.max_age_spin,
            "once_per": self.once_combo,
            "service_months": self.service_spin,
            "posting_days": self.posting_spin,
            "valid_from": self.from_date,
            "valid_to": self.to_date,
            "active": self.active_check,
            "notes": self.notes_edit,
        }
        required = {"name", "funder", "source_type", "trigger", "rule_kind", "percent_bp", "amount_fen"}
        for key, widget in self.fields.items():
            if key in ("name", "funder", "source_type", "trigger", "rule_kind", "percent_bp", "amount_fen",
                       "level_unit", "table"):  # fmt: skip
                grid = self.rule_grid
            elif key in CAPS:
                grid = self.caps_grid
            elif key in ("service_months", "posting_days", "valid_from", "valid_to", "active", "notes"):
                grid = self.other_grid
            else:
                grid = self.who_grid
            grid.add_row(key, labels[key], widget, required=key in required).setFixedWidth(MESSAGE_WIDTH)
        self.grid = self.rule_grid  # FundForm's first grid; problems go to all four

        self.summary = QLabel(self)
        self.summary.setObjectName("schemeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet(
            "QLabel { background: #eef5fb; border: 1px solid #b6d4ea; border-radius: 3px; padding: 6px; }"
        )
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, boxes in (
            (left, ((self.tr("项目与计算方式"), self.rule_grid), (self.tr("上限"), self.caps_grid))),
            (
                right,
                ((self.tr("资助条件"), self.who_grid), (self.tr("服务期、公示与有效期"), self.other_grid)),
            ),
        ):
            for title, grid in boxes:
                box = QGroupBox(title, self)
                box.setLayout(grid)
                column.addWidget(box)
            column.addStretch(1)
        columns.addLayout(left)
        columns.addLayout(right)
        self.form = QWidget(self)
        self.form.setLayout(columns)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.form, 1)
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)
        from qiuxue_desktop.views.tab_order import tab_chain

        # Tab down the left column, then the right, then 保存/取消 (made first, by FundForm).
        tab_chain(*self.fields.values(), self.buttons)

        if values is not None:
            self._fill(values)
        self._connect()
        self._kind_changed()
        self._source_changed()
        self._changed(None)
        if read_only:
            self.form.setEnabled(False)
            from PySide6.QtWidgets import QDialogButtonBox

            self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))

    # --- filling and reading -------------------------------------------------------------

    def _fill(self, v: dict[str, Any]) -> None:
        def choose(combo: QComboBox, code: Any) -> None:
            combo.setCurrentIndex(max(combo.findData(code), 0))

        self.name_edit.setText(v["name"])
        self.funder_edit.setText(v["funder"])
        choose(self.source_combo, v["source_type"])
        choose(self.trigger_combo, v["trigger"])
        choose(self.kind_combo, v["rule_kind"])
        self.percent_edit.setText(percent_input(v.get("percent_bp")))
        self.amount_edit.setText(money_input(v.get("amount_fen")))
        if v["rule_kind"] == "by_level":
            choose(self.unit_combo, v.get("level_unit") or "percent")
            self.level_table.set_values(v.get("level_unit") or "percent", v.get("table"))
        elif v["rule_kind"] == "grade_tiers":
            self.tier_table.set_values(v.get("table"))
        for key, edit in self.cap_edits.items():
            edit.setText(money_input(v.get(key)))
        for code, check in self.level_checks.items():
            check.setChecked(code in (v.get("levels") or ()))
        self.union_check.setChecked(bool(v.get("require_union_member")))
        self.front_check.setChecked(bool(v.get("front_line_only")))
        self.rural_check.setChecked(bool(v.get("rural_hukou_only")))
        self.contract_spin.setValue(v.get("min_contract_months") or 0)
        self.min_age_spin.setValue(v.get("min_age") or NO_AGE)
        self.max_age_spin.setValue(v.get("max_age") or NO_AGE)
        choose(self.once_combo, v.get("once_per") or "")
        self.service_spin.setValue(v.get("service_months") or 0)
        self.posting_spin.setValue(v.get("posting_days") or 0)
        self.from_date.set_value(v.get("valid_from"))
        self.to_date.set_value(v.get("valid_to"))
        self.active_check.setChecked(bool(v.get("active", True)))
        self.notes_edit.setPlainText(v.get("notes") or "")

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form's values as save_scheme takes them, and every problem: text that does not
        read as a number first, then the rules that contradict each other (scheme_problems)."""
        from qiuxue_desktop.domain.split import scheme_problems

        problems: dict[str, str] = {}
        kind = self.kind_combo.currentData()
        v: dict[str, Any] = {
            "name": " ".join(self.name_edit.text().split()),
            "funder": " ".join(self.funder_edit.text().split()),
            "source_type": self.source_combo.currentData(),
            "trigger": self.trigger_combo.currentData(),
            "rule_kind": kind,
            "percent_bp": None,
            "amount_fen": None,
            "level_unit": "",
            "table": [],
        }
        if kind == "percent":
            v["percent_bp"] = parsed(problems, "percent_bp", parse_percent, self.percent_edit.text())
            if v["percent_bp"] is None and "percent_bp" not in problems:
                problems["percent_bp"] = self.tr("请填写比例，如 60 或 12.5")
        elif kind == "fixed":
            v["amount_fen"] = parsed(problems, "amount_fen", parse_money, self.amount_edit.text())
            if v["amount_fen"] is None and "amount_fen" not in problems:
                problems["amount_fen"] = self.tr("请填写固定金额，以元为单位")
        elif kind == "by_level":
            v["level_unit"] = self.unit_combo.currentData()
            v["table"], problem = self.level_table.values()
            if problem:
                problems["table"] = problem
        elif kind == "grade_tiers":
            v["table"], problem = self.tier_table.values()
            if problem:
                problems["table"] = problem
        for key, edit in self.cap_edits.items():
            v[key] = parsed(problems, key, parse_money, edit.text())
        source = v["source_type"]
        v.update(
            levels=[code for code, check in self.level_checks.items() if check.isChecked()],
            require_union_member=self.union_check.isChecked(),
            min_contract_months=self.contract_spin.value() or None,
            front_line_only=self.front_check.isChecked(),
            rural_hukou_only=self.rural_check.isChecked(),
            min_age=None if self.min_age_spin.value() == NO_AGE else self.min_age_spin.value(),
            max_age=None if self.max_age_spin.value() == NO_AGE else self.max_age_spin.value(),
            once_per=self.once_combo.currentData(),
            service_months=(self.service_spin.value() or None) if self._employer(source) else None,
            posting_days=self.posting_spin.value(),
            valid_from=self.from_date.value(),
            valid_to=self.to_date.value(),
            active=self.active_check.isChecked(),
            notes=self.notes_edit.toPlainText().strip(),
        )
        for key, reason in scheme_problems(v).items():
            problems.setdefault(key, reason)
        return v, problems

    @staticmethod
    def _employer(source: Any) -> bool:
        from qiuxue_desktop.domain.funding import EMPLOYER_SOURCES

        return source in EMPLOYER_SOURCES

    # --- reacting to edits ---------------------------------------------------------------

    def _connect(self) -> None:
        def touch(key: str) -> Any:
            return lambda *_args: self._changed(key)

        for key in ("name", "funder", "percent_bp", "amount_fen"):
            edit = self.fields[key]
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(touch(key))
        for key, edit in self.cap_edits.items():
            edit.textEdited.connect(touch(key))
        for key, combo in (
            ("source_type", self.source_combo),
            ("trigger", self.trigger_combo),
            ("rule_kind", self.kind_combo),
            ("level_unit", self.unit_combo),
            ("once_per", self.once_combo),
        ):
            combo.currentIndexChanged.connect(touch(key))
        for key, spin in (
            ("min_contract_months", self.contract_spin),
            ("min_age", self.min_age_spin),
            ("max_age", self.max_age_spin),
            ("service_months", self.service_spin),
            ("posting_days", self.posting_spin),
        ):
            spin.valueChanged.connect(touch(key))
        for key, check in (
            ("require_union_member", self.union_check),
            ("front_line_only", self.front_check),
            ("rural_hukou_only", self.rural_check),
            ("active", self.active_check),
        ):
            check.toggled.connect(touch(key))
        for check in self.level_checks.values():
            check.toggled.connect(touch("levels"))
        self.notes_edit.textChanged.connect(touch("notes"))
        self.level_table.changed.connect(touch("table"))
        self.tier_table.changed.connect(touch("table"))
        self.from_date.changed.connect(touch("valid_from"))
        self.to_date.changed.connect(touch("valid_to"))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.unit_combo.currentIndexChanged.connect(
            lambda _i: self.level_table.set_unit(self.unit_combo.currentData())
        )
        self.source_combo.currentIndexChanged.connect(lambda _i: self._source_changed())

    def _kind_changed(self) -> None:
        """Only the amount fields of the chosen rule kind are on the form."""
        kind = self.kind_combo.currentData()
        for key, shown in (
            ("percent_bp", kind == "percent"),
            ("amount_fen", kind == "fixed"),
            ("level_unit", kind == "by_level"),
            ("table", kind in ("by_level", "grade_tiers")),
        ):
            grid_row_visible(self.rule_grid, self.fields[key], shown)
        self.level_table.setVisible(kind == "by_level")
        self.tier_table.setVisible(kind == "grade_tiers")
        caption = self._caption("table")
        if caption is not None:
            caption.setText(self.tr("成绩分档") if kind == "grade_tiers" else self.tr("各层次"))
        if kind == "grade_tiers" and self.tier_table.table.rowCount() == 0:
            self.tier_table.blockSignals(True)  # an empty row to start from is not an edit
            self.tier_table.add_tier()
            self.tier_table.blockSignals(False)

    def _caption(self, key: str) -> QLabel | None:
        grid = self.rule_grid
        row = int(grid.getItemPosition(grid.indexOf(self.fields[key]))[0])  # type: ignore[index]
        item = grid.itemAtPosition(row, 0)
        widget = item.widget() if item is not None else None
        return widget if isinstance(widget, QLabel) else None

    def _source_changed(self) -> None:
        """A service period binds the employer's own money only."""
        employer = self._employer(self.source_combo.currentData())
        self.service_spin.setEnabled(employer)
        self.service_spin.setToolTip(
            ""
            if employer
            else self.tr("服务期只适用于企业自有资金（职工教育经费、企业其他经费），工会和财政资金没有服务期")
        )

    def _changed(self, key: str | None) -> None:
        if key is not None:
            self._touched.add(key)
        values, problems = self.collect()
        self.summary.setText(scheme_summary(values))
        self.show_problems(problems, None if self._show_all else self._touched)

    def show_problems(self, problems: dict[str, str], keys: set[str] | None = None) -> None:
        for grid in self.grids:
            grid.show_problems(problems, keys)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        self._show_all = True
        values, problems = self.collect()
        self.show_problems(problems)
        self.message.hide()
        if problems:
            for grid in self.grids:
                field = grid.first_problem_field(problems)
                if field is not None:
                    field.setFocus()
                    break
            return
        self.buttons.setEnabled(False)
        self._ctx.runner.db(self.work, values, on_done=self._saved, on_error=self._failed)

    def work(self, values: dict[str, Any]) -> int:
        from qiuxue_desktop.services.schemes import save_scheme

        existing = self._existing
        with self._ctx.database.write() as session:
            if existing is None:
                return save_scheme(session, values)
            return save_scheme(
                session, values, scheme_id=existing["id"], expected_version=existing["version"]
            )

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.schemes import SchemeRejected

        if isinstance(exc, SchemeRejected):
            self.buttons.setEnabled(True)
            self.show_problems(exc.problems)
            self.show_message(exc.message)
            return True
        return super()._failed(exc)
