"""优秀学员: a term's criteria (set by the coordinator), the candidates they give, the nominations with
their state — and the acts: nominate with the account (事迹), approve or return (the union chair),
a photo with the consent recorded, the 优秀学员 certificates through the register, the honour
roll poster in A4 or A3 and the newsletter's list. Reads and writes run on the database worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.voice.honour_dialogs import DecideDialog, NominateDialog, PhotoDialog

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.honours import Candidate, NominationRow, RoundInfo
    from qiuxue_desktop.views.context import AppContext

VOICE = "voice"
CANDIDATE_COLUMNS = (
    QT_TRANSLATE_NOOP("HonoursTab", "姓名"),
    QT_TRANSLATE_NOOP("HonoursTab", "部门"),
    QT_TRANSLATE_NOOP("HonoursTab", "院校与专业"),
    QT_TRANSLATE_NOOP("HonoursTab", "学分（已得/应得）"),
    QT_TRANSLATE_NOOP("HonoursTab", "平均成绩"),
    QT_TRANSLATE_NOOP("HonoursTab", "已提名"),
)
NOMINATION_COLUMNS = (
    QT_TRANSLATE_NOOP("HonoursTab", "姓名"),
    QT_TRANSLATE_NOOP("HonoursTab", "部门"),
    QT_TRANSLATE_NOOP("HonoursTab", "院校与专业"),
    QT_TRANSLATE_NOOP("HonoursTab", "事迹"),
    QT_TRANSLATE_NOOP("HonoursTab", "状态"),
    QT_TRANSLATE_NOOP("HonoursTab", "照片"),
    QT_TRANSLATE_NOOP("HonoursTab", "证书编号"),
)


def read_all(
    db: Database, enterprise_id: int, term: str
) -> tuple[list[RoundInfo], tuple[list[Candidate], list[NominationRow]] | None]:
    """The rounds and, when `term` (else the latest) has one, its candidates and nominations."""
    from qiuxue_desktop.services.honours import candidates, list_rounds, nominations

    with db.read() as s:
        rounds = list_rounds(s, enterprise_id)
        chosen = next((r for r in rounds if r.term == term), rounds[0] if rounds else None)
        if chosen is None:
            return rounds, None
        return rounds, (candidates(s, chosen.id), nominations(s, chosen.id))


def read_round(db: Database, round_id: int) -> tuple[list[Candidate], list[NominationRow]]:
    from qiuxue_desktop.services.honours import candidates, nominations

    with db.read() as s:
        return candidates(s, round_id), nominations(s, round_id)


def _table(parent: QWidget, columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HonoursTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("honoursTab")
        self._ctx = ctx
        self.rounds: list[RoundInfo] = []
        self.candidates: list[Candidate] = []
        self.nominations: list[NominationRow] = []
        self.dialog: QWidget | None = None

        self.term = QComboBox(self)
        self.term.setObjectName("honourTerm")
        self.term.setEditable(True)
        self.term.setMinimumContentsLength(11)
        self.on_time = QCheckBox(self.tr("按期取得学分"), self)
        self.no_failed = QCheckBox(self.tr("没有不及格课程"), self)
        self.min_average = QLineEdit(self)
        self.min_average.setPlaceholderText(self.tr("不限"))
        self.min_average.setMaximumWidth(60)
        self.note = QCheckBox(self.tr("须写学习与工作表现"), self)
        self.places = QSpinBox(self)
        self.places.setRange(0, 500)
        self.places.setSpecialValueText(self.tr("不限"))
        self.save_criteria = QPushButton(self.tr("保存评选条件"), self)
        self.save_criteria.setObjectName("saveCriteria")
        criteria = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("学期"), self))
        first.addWidget(self.term)
        first.addWidget(QLabel(self.tr("平均成绩≥"), self))
        first.addWidget(self.min_average)
        first.addWidget(QLabel(self.tr("名额"), self))
        first.addWidget(self.places)
        first.addStretch(1)
        first.addWidget(self.save_criteria)
        second = QHBoxLayout()
        second.addWidget(self.on_time)
        second.addWidget(self.no_failed)
        second.addWidget(self.note)
        second.addStretch(1)
        criteria.addLayout(first)
        criteria.addLayout(second)

        self.candidate_table = _table(self, [self.tr(str(c)) for c in CANDIDATE_COLUMNS], "honourCandidates")
        self.nominate_button = QPushButton(self.tr("提名…"), self)
        self.nominate_button.setObjectName("nominate")
        self.nomination_table = _table(
            self, [self.tr(str(c)) for c in NOMINATION_COLUMNS], "honourNominations"
        )
        self.approve_button = QPushButton(self.tr("批准"), self)
        self.approve_button.setObjectName("approveNomination")
        self.return_button = QPushButton(self.tr("退回…"), self)
        self.photo_button = QPushButton(self.tr("照片…"), self)
        self.withdraw_button = QPushButton(self.tr("撤回提名"), self)
        self.certify_button = QPushButton(self.tr("颁发优秀学员证书"), self)
        self.poster_a4 = QPushButton(self.tr("光荣榜（A4）"), self)
        self.poster_a4.setObjectName("posterA4")
        self.poster_a3 = QPushButton(self.tr("光荣榜（A3）"), self)
        self.list_button = QPushButton(self.tr("导出名单（Excel）…"), self)
        self.count_label = QLabel(self)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("符合条件的学员"), self))
        row1.addStretch(1)
        row1.addWidget(self.nominate_button)
        acts = QHBoxLayout()
        for b in (self.approve_button, self.return_button, self.photo_button, self.withdraw_button):
            acts.addWidget(b)
        acts.addStretch(1)
        paper = QHBoxLayout()
        for b in (self.certify_button, self.poster_a4, self.poster_a3, self.list_button):
            paper.addWidget(b)
        paper.addStretch(1)
        row2 = QVBoxLayout()
        row2.addLayout(acts)
        row2.addLayout(paper)
        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addLayout(row1)
        layout.addWidget(self.candidate_table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.nomination_table, 1)
        layout.addLayout(row2)

        self.term.activated.connect(lambda _i: self.load_round())
        self.save_criteria.clicked.connect(self.save)
        self.nominate_button.clicked.connect(self.open_nominate)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.return_button.clicked.connect(lambda: self.decide(False))
        self.photo_button.clicked.connect(self.open_photo)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.certify_button.clicked.connect(self.certify)
        self.poster_a4.clicked.connect(lambda: self.poster("A4"))
        self.poster_a3.clicked.connect(lambda: self.poster("A3"))
        self.list_button.clicked.connect(lambda: self.export_list())

    # --- reading ---------------------------------------------------------------------------------

    def current_round(self) -> RoundInfo | None:
        text = self.term.currentText().strip()
        return next((r for r in self.rounds if r.term == text), None)

    def load(self) -> None:
        if self._ctx.db is None or self._ctx.principal is None or self._ctx.enterprise_id is None:
            return
        self.apply_permissions()
        self._ctx.runner.db(
            read_all,
            self._ctx.database,
            self._ctx.enterprise,
            self.term.currentText().strip(),
            on_done=self._show_all,
            quiet=True,
        )

    def _show_all(
        self, found: tuple[list[RoundInfo], tuple[list[Candidate], list[NominationRow]] | None]
    ) -> None:
        rounds, details = found
        self._show_rounds(rounds)
        self._fill_criteria()
        if self.current_round() is None:
            self._show_round(([], []))
            self.count_label.setText(self.tr("这个学期还没有设评选条件：设好后点“保存评选条件”。"))
        elif details is not None:
            self._show_round(details)

    def _show_rounds(self, rounds: list[RoundInfo]) -> None:
        from qiuxue_desktop.views.voice.surveys_tab import default_term

        keep = self.term.currentText().strip()
        self.rounds = rounds
        if keep not in [r.term for r in rounds] and rounds:
            keep = rounds[0].term
        terms = [r.term for r in rounds]
        if default_term() not in terms:
            terms.append(default_term())
        self.term.blockSignals(True)
        self.term.clear()
        self.term.addItems(terms)
        self.term.setCurrentText(keep if keep in terms else terms[0])
        self.term.blockSignals(False)

    def _fill_criteria(self) -> None:
        r = self.current_round()
        self.on_time.setChecked(r.credits_on_time if r else True)
        self.no_failed.setChecked(r.no_failed_course if r else True)
        self.min_average.setText(
            "" if r is None or r.min_average_x10 is None else f"{r.min_average_x10 / 10:g}"
        )
        if r is None:
            self.min_average.setText("80")
        self.note.setChecked(r.note_required if r else True)
        self.places.setValue(r.places or 0 if r else 0)

    def load_round(self) -> None:
        self._fill_criteria()
        r = self.current_round()
        if r is None:
            self._show_round(([], []))
            self.count_label.setText(self.tr("这个学期还没有设评选条件：设好后点“保存评选条件”。"))
            return
        self._ctx.runner.db(read_round, self._ctx.database, r.id, on_done=self._show_round, quiet=True)

    def _show_round(self, found: tuple[list[Candidate], list[NominationRow]]) -> None:
        self.candidates, self.nominations = found
        self.candidate_table.setRowCount(len(self.candidates))
        for i, c in enumerate(self.candidates):
            values = (
                c.name,
                c.department,
                f"{c.institution} {c.programme}",
                f"{c.earned}/{c.planned}",
                "—" if c.average is None else str(c.average),
                self.tr("是") if c.nominated else "",
            )
            for j, v in enumerate(values):
                self.candidate_table.setItem(i, j, QTableWidgetItem(v))
        self.nomination_table.setRowCount(len(self.nominations))
        for i, n in enumerate(self.nominations):
            shown = (
                n.name,
                n.department,
                f"{n.institution} {n.programme}",
                n.account,
                code_label(n.state_label)
                + (
                    self.tr("（{note}）").format(note=n.decision_note)
                    if n.decision_note and n.state == "returned"
                    else ""
                ),
                self.tr("有（已同意）") if n.has_photo else "",
                n.certificate_number,
            )
            for j, v in enumerate(shown):
                self.nomination_table.setItem(i, j, QTableWidgetItem(v))
        for table in (self.candidate_table, self.nomination_table):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.nomination_table.setColumnWidth(3, 360)
        approved = sum(1 for n in self.nominations if n.state == "approved")
        r = self.current_round()
        self.count_label.setText(
            self.tr("{c} 人符合条件（{rule}）；提名 {n} 人，已批准 {a} 人").format(
                c=len(self.candidates), rule=r.describe() if r else "", n=len(self.nominations), a=approved
            )
        )

    def apply_permissions(self) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        manage = self._ctx.may(Permission.MANAGE_SURVEYS)
        for w in (self.save_criteria, self.nominate_button, self.photo_button, self.withdraw_button):
            w.setVisible(manage)
        for w in (self.approve_button, self.return_button):
            w.setVisible(self._ctx.may(Permission.APPROVE_HONOURS))
        self.certify_button.setVisible(self._ctx.may(Permission.ISSUE_CERTIFICATES))
        for w in (self.poster_a4, self.poster_a3, self.list_button):
            w.setVisible(self._ctx.may(Permission.PRINT_LISTS))

    # --- acting ----------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> bool:
        show_error(self, exc)
        return True

    def _write(self, work: Any, done: Any = None) -> None:
        def finished(result: object) -> None:
            self._ctx.signals.changed.emit(VOICE)
            if done is not None:
                done(result)

        self._ctx.runner.db(work, on_done=finished, on_error=self._failed)

    def save(self) -> None:
        db, enterprise_id, term = self._ctx.database, self._ctx.enterprise, self.term.currentText().strip()
        values = dict(
            credits_on_time=self.on_time.isChecked(),
            no_failed_course=self.no_failed.isChecked(),
            min_average=self.min_average.text().strip() or None,
            note_required=self.note.isChecked(),
            places=self.places.value() or None,
        )

        def work() -> int:
            from qiuxue_desktop.services.honours import set_round

            with db.write() as s:
                return set_round(s, enterprise_id, term=term, **values)  # type: ignore[arg-type]

        self._write(work)

    def _chosen(self, table: QTableWidget, rows: list[Any]) -> Any:
        picked = table.currentRow()
        return rows[picked] if 0 <= picked < len(rows) and table.selectionModel().hasSelection() else None

    def open_nominate(self) -> None:
        c = self._chosen(self.candidate_table, self.candidates)
        r = self.current_round()
        if c is None or r is None:
            message_box(self, self.tr("提名"), self.tr("请先在上面的列表中选中一位符合条件的学员。"))
            return
        dialog = NominateDialog(c.name, r.note_required, self)
        self.dialog = dialog
        db = self._ctx.database

        def work() -> int:
            from qiuxue_desktop.services.honours import nominate

            with db.write() as s:
                return nominate(
                    s, r.id, c.enrolment_id, account=dialog.account(), work_note=dialog.work_note.text()
                )

        dialog.accepted.connect(lambda: self._write(work))
        dialog.open()

    def _nomination(self) -> NominationRow | None:
        n = self._chosen(self.nomination_table, self.nominations)
        if n is None:
            message_box(self, self.tr("提名"), self.tr("请先在下面的列表中选中一条提名。"))
        return n  # type: ignore[no-any-return]

    def decide(self, approve: bool) -> None:
        n = self._nomination()
        if n is None:
            return
        db = self._ctx.database

        def work(note: str) -> Any:
            def run() -> None:
                from qiuxue_desktop.services.honours import decide

                with db.write() as s:
                    decide(s, n.id, approve=approve, note=note, expected_version=n.version)

            return run

        if approve:
            self._write(work(""))
            return
        dialog = DecideDialog(n.name, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._write(work(dialog.note.text())))
        dialog.open()

    def open_photo(self) -> None:
        n = self._nomination()
        if n is None:
            return
        dialog = PhotoDialog(n.name, n.has_photo, self)
        self.dialog = dialog
        db = self._ctx.database

        def store() -> None:
            path, consent, remove = dialog.path, dialog.consent.text(), dialog.remove_chosen

            def work() -> None:
                from qiuxue_desktop.services.honour_photos import remove_photo, set_photo

                with db.write() as s:
                    if remove:
                        remove_photo(s, n.id)
                    elif path is not None:
                        set_photo(s, n.id, path.read_bytes(), consent=consent, name=path.name)

            self._write(work)

        dialog.accepted.connect(store)
        dialog.open()

    def withdraw(self) -> None:
        n = self._nomination()
        if n is None:
            return
        db = self._ctx.database

        def work() -> None:
            from qiuxue_desktop.services.honours import withdraw_nomination

            with db.write() as s:
                withdraw_nomination(s, n.id)

        self._write(work)

    def certify(self) -> None:
        r = self.current_round()
        if r is None:
            return
        db = self._ctx.database

        def work() -> Any:
            from qiuxue_desktop.io.pdf.certificate import certificates_document
            from qiuxue_desktop.services.honours import issue_honour_certificates

            with db.write() as s:
                return certificates_document(s, issue_honour_certificates(s, r.id))

        def done(document: Any) -> None:
            from qiuxue_desktop.views.print_actions import show_document

            self._ctx.signals.changed.emit("certificates")
            self.dialog = show_document(self, self._ctx, document)

        self._write(work, done)

    def poster(self, size: str) -> None:
        r = self.current_round()
        if r is None:
            return
        db = self._ctx.database

        def work() -> Any:
            from qiuxue_desktop.io.pdf.honour_roll import honour_roll_document

            with db.write() as s:
                return honour_roll_document(s, r.id, size)

        def done(document: Any) -> None:
            from qiuxue_desktop.views.print_actions import show_document

            self.dialog = show_document(self, self._ctx, document)

        self._ctx.runner.db(work, on_done=done, on_error=self._failed)

    def export_list(self, path: Path | None = None) -> None:
        from qiuxue_desktop.views.settings_store import last_folder, remember_folder

        r = self.current_round()
        if r is None:
            return
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("保存优秀学员名单"), last_folder("report"), self.tr("Excel 工作簿 (*.xlsx)")
            )
            if not chosen:
                return
            remember_folder("report", chosen)
            path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        db, target = self._ctx.database, path

        def work() -> None:
            from qiuxue_desktop.io.excel.honour_list import export_honour_list

            with db.write() as s:
                export_honour_list(s, r.id, target)

        def done(_result: object) -> None:
            message_box(self, self.tr("名单已保存"), self.tr("已保存到\n{p}").format(p=str(target)))

        self._ctx.runner.db(work, on_done=done, on_error=self._failed)
