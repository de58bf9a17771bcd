"""Every word of the window is marked for translation and translated (docs/translations.md).

(a) A static scan of views/ and app.py: a string literal with Chinese in it must be the text of
    a translation call lupdate understands (self.tr, QCoreApplication.translate with a literal
    context, QT_TR_NOOP, QT_TRANSLATE_NOOP), or be on the short allow-list below with its reason.
    A translation call must have literal text (no f-string, no concatenation: lupdate would file
    the unformatted text, the lookup would miss) and `x.tr()` only on self (lupdate files
    `parent.tr` under a context called "parent").
(b) The code labels: views/code_labels.py lists every Chinese label of the core's code tables.
(c) The English .ts holds exactly the messages the source marks (nothing unfinished, nothing
    vanished) and the committed .qm is what lrelease builds from it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "qiuxue_desktop"
VIEWS = PACKAGE / "views"
TS = ROOT / "resources" / "translations" / "qiuxue_en.ts"
QM = ROOT / "resources" / "translations" / "qiuxue_en.qm"
VENV_BIN = Path(sys.executable).parent

# Chinese characters and CJK/full-width punctuation (，。：（）、《》): text a user reads. The
# ideographic space (U+3000) alone is spacing, not text.
CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}

# Calls whose arguments from the third on are width samples ("a typical longest value: the
# column is made wide enough for it"), measured and never shown.
SAMPLE_CALLS = {"Column"}

# Chinese literals that are not the window's words, with the reason. (file, literal).
CLI = "the command line's help (qiuxue-desktop --help): the command line speaks Chinese"
SUMMARY = "splits the core's Chinese change summary into lines"
AUDITED = "how the calendar left, recorded in the audit log (the core's words)"
POSTING = "the union named on the Chinese posting list (a document of the core)"
ALLOWED: dict[tuple[str, str], str] = {
    ("app.py", "求学圆梦 桌面版"): CLI,
    ("app.py", "自检：在临时文件夹中建库、导入花名册、生成 PDF、打开主窗口，全部通过时退出码为 0"): CLI,
    ("app.py", "数据库文件路径或 SQLAlchemy URL（默认：用户数据目录中的 qiuxue.sqlite3）"): CLI,
    ("views/models/audit_table.py", "；"): SUMMARY,
    ("views/settings/audit_tab.py", "；"): SUMMARY,
    ("views/study_common.py", "元"): "accepted after an amount as typed (parsed, never shown)",
    ("views/settings/print_tab.py", "本单位工会"): POSTING,
    ("views/language.py", "中文"): "a language is offered in its own language",
    ("views/exam_calendar_view.py", "打印"): AUDITED,
    ("views/exam_calendar_view.py", "打印预览"): AUDITED,
}

# Whole files whose Chinese is never shown in the window.
ALLOWED_FILES: dict[str, str] = {
    "views/selftest_window.py": "the self-test's console report (qiuxue-desktop --selftest): Chinese like the command line",
}


def sources() -> list[Path]:
    return [*sorted(VIEWS.rglob("*.py")), PACKAGE / "app.py"]


def rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    where: str


@dataclass(frozen=True)
class Problem:
    where: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}: {self.text!r}"


class Scanner(ast.NodeVisitor):
    """Collects the marked messages of one module and the Chinese literals left unmarked."""

    def __init__(self, path: Path) -> None:
        self.file = rel(path)
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self.problems: list[Problem] = []
        self.handled: set[int] = set()  # id() of literals accounted for

    def where(self, node: ast.AST) -> str:
        return f"{self.file}:{getattr(node, 'lineno', 0)}"

    # --- what is exempt ---------------------------------------------------------------------
    def visit_Module(self, node: ast.Module) -> None:
        self._skip_docstring(node.body)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._skip_docstring(node.body)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._skip_docstring(node.body)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def _skip_docstring(self, body: list[ast.stmt]) -> None:
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self.handled.add(id(body[0].value))

    def _skip_all(self, node: ast.AST) -> None:
        for sub in ast.walk(node):
            self.handled.add(id(sub))

    # --- translation calls ------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value if isinstance(func, ast.Attribute) else None
        if name in LOG_METHODS and isinstance(owner, ast.Name) and owner.id in {"log", "logger"}:
            self._skip_all(node)  # log messages are for the developer
        elif name in {"setObjectName", "setProperty"}:
            self._skip_all(node)
        elif name in SAMPLE_CALLS:
            for sample in node.args[2:] + [k.value for k in node.keywords if k.arg == "sample"]:
                self._skip_all(sample)
        elif name == "tr" and owner is not None:
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                self.problems.append(
                    Problem(
                        self.where(node),
                        ast.unparse(node),
                        "tr() on another object (use self.tr or translate)",
                    )
                )
            elif not self.classes:
                self.problems.append(
                    Problem(self.where(node), ast.unparse(node), "self.tr() outside a class")
                )
            else:
                self._message(node, self.classes[-1], node.args[:1], node.args[1:2])
        elif name == "QT_TRANSLATE_NOOP" or (
            name == "translate" and isinstance(owner, ast.Name) and owner.id in QT_APPS
        ):
            context = self._literal(node.args[0]) if node.args else None
            self._message(node, context, node.args[1:2], node.args[2:3])
        elif name == "QT_TR_NOOP":
            self._message(node, self.classes[-1] if self.classes else None, node.args[:1], [])
        self.generic_visit(node)

    @staticmethod
    def _literal(node: ast.AST) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def _message(
        self, call: ast.Call, context: str | None, text: list[ast.expr], comment: list[ast.expr]
    ) -> None:
        if context is None:
            self.problems.append(
                Problem(self.where(call), ast.unparse(call), "translation without a literal context")
            )
            return
        source = self._literal(text[0]) if text else None
        if source is None:
            # A lookup of text marked elsewhere (a variable): fine only when it holds no literal.
            if text and not isinstance(text[0], ast.Name | ast.Attribute | ast.Subscript | ast.Call):
                self.problems.append(
                    Problem(
                        self.where(call),
                        ast.unparse(call),
                        "translation of a built string (lupdate cannot see it)",
                    )
                )
            return
        note = self._literal(comment[0]) if comment else ""
        self.handled.add(id(text[0]))
        self.messages.append(Message(context, source, note or "", self.where(call)))

    # --- everything else --------------------------------------------------------------------
    def visit_Constant(self, node: ast.Constant) -> None:
        text = node.value
        if (
            isinstance(text, str)
            and CJK.search(text)
            and id(node) not in self.handled
            and (self.file, text) not in ALLOWED
            and self.file not in ALLOWED_FILES
        ):
            self.problems.append(Problem(self.where(node), text, "Chinese text not marked for translation"))


def scan(path: Path) -> Scanner:
    scanner = Scanner(path)
    scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return scanner


def scan_all() -> Iterator[Scanner]:
    for path in sources():
        yield scan(path)


def ts_messages() -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(TS).getroot()
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def test_every_chinese_literal_of_the_window_is_marked() -> None:
    problems = [str(p) for s in scan_all() for p in s.problems]
    assert not problems, f"{len(problems)} unmarked or unreadable texts:\n" + "\n".join(problems)


def test_the_allow_list_has_no_stale_entries() -> None:
    literals = {
        (rel(p), n.value)
        for p in sources()
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }
    assert set(ALLOWED) <= literals, set(ALLOWED) - literals


def test_the_ts_holds_exactly_the_marked_texts_all_translated() -> None:
    marked = {(m.context, m.source, m.comment) for s in scan_all() for m in s.messages}
    messages = ts_messages()
    live = {
        k
        for k, m in messages.items()
        if (m.find("translation").get("type") or "") not in ("vanished", "obsolete")
    }
    assert not marked - live, "marked but not in the .ts (run make translations):\n" + "\n".join(
        map(str, marked - live)
    )
    assert not live - marked, "in the .ts but not marked where lupdate found them:\n" + "\n".join(
        map(str, live - marked)
    )
    gone = [k for k, m in messages.items() if m.find("translation").get("type") in ("vanished", "obsolete")]
    assert not gone, f"vanished entries left in the .ts (make translations drops them): {gone[:10]}"
    unfinished = [k for k, m in messages.items() if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"{len(unfinished)} untranslated:\n" + "\n".join(map(str, unfinished[:40]))
    # A bare affix (" 年" after a spin box's number) may become a single space, never nothing.
    empty = [k for k, m in messages.items() if not "".join(m.find("translation").itertext())]
    assert not empty, f"empty translations: {empty[:20]}"


def test_the_english_keeps_every_placeholder_and_no_chinese() -> None:
    fields = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}|%n|%\d|&(?=\w)")
    wrong = []
    for (context, source, _), message in ts_messages().items():
        english = "".join(message.find("translation").itertext())
        # Chinese words quoted from the source may stay (the column titles a workbook must have,
        # the grade words and search words typed in Chinese, a name as an example); nothing else.
        runs = re.findall(f"{CJK.pattern}+", english)
        if any(run not in source for run in runs) or (runs and not re.search("[A-Za-z]", english)):
            wrong.append(f"{context}: {source!r} → {english!r} (Chinese left)")
        want = sorted(f.group() for f in fields.finditer(source) if f.group() != "&")
        got = sorted(f.group() for f in fields.finditer(english) if f.group() != "&")
        if sorted(set(want)) != sorted(set(got)):
            wrong.append(f"{context}: {source!r} → {english!r} (placeholders {want} vs {got})")
        if source.count("&") != english.count("&") or ("\t" in source) != ("\t" in english):
            wrong.append(f"{context}: {source!r} → {english!r} (shortcut marker or tab)")
    assert not wrong, "\n".join(wrong)


def test_the_committed_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    lrelease = VENV_BIN / "pyside6-lrelease"
    if not lrelease.exists():  # the venv always has it (PySide6); a PATH install otherwise
        found = shutil.which("pyside6-lrelease")
        assert found, "pyside6-lrelease not found"
        lrelease = Path(found)
    built = tmp_path / "built.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(built)], check=True)
    assert QM.read_bytes() == built.read_bytes(), "qiuxue_en.qm is stale: run make translations"


# The core's code tables the window shows (through views.code_labels.code_label).
CODE_TABLES: dict[str, tuple[str, ...]] = {
    "domain.codes": (
        "GENDERS",
        "ETHNIC_GROUPS",
        "HUKOU_TYPES",
        "POST_CATEGORIES",
        "PRIOR_EDUCATION",
        "WORKER_CATEGORIES",
        "EMPLOYMENT_STATUSES",
    ),
    "domain.study_codes": ("LEVELS", "STUDY_FORMS", "SCHOOL_TYPE_LABELS", "EXAM_TYPES", "STATUSES"),
    "domain.claims": ("INVOICE_KINDS", "INVOICE_COVERS", "CLAIM_KINDS", "STATES", "PAY_METHODS"),
    "domain.funding": ("SOURCE_LABELS", "TRIGGERS", "RULE_KINDS", "LEVEL_UNITS", "ONCE_PER"),
    "domain.funds": ("USES",),
    "domain.certificates": ("KINDS",),
    "domain.honours": ("NOMINATION_STATES",),
    "domain.permissions": ("ROLE_LABELS", "PERMISSION_LABELS"),
    "domain.audit": ("ACTION_LABELS",),
    "domain.surveys": ("QUESTION_KINDS", "TOPICS", "SCALE_LABELS"),
    "domain.sync": ("KIND_LABELS", "BATCH_STATES", "SENT_VIA"),
    "services.audit": ("TABLE_LABELS",),
    "services.learners": ("FIELDS",),
    "services.enrolments": ("ENROLMENT_FIELDS",),
    "services.institutions": ("INSTITUTION_FIELDS",),
    "services.invoices": ("INVOICE_FIELDS",),
    "services.programmes": ("PROGRAMME_FIELDS",),
    "services.schemes": ("SCHEME_FIELDS",),
    "services.coursework": ("RESULT_FIELDS",),
    "services.funds": ("SPEND_FIELDS",),
    "services.progress": ("RISKS",),
    "services.dashboard": ("WAITING_STEPS",),
    "services.clawback": ("REPAYMENT_METHODS",),
    "services.search": ("KINDS",),
    "services.survey_results": ("DIMENSIONS",),
    "db.backups": ("REASONS",),
}


def test_code_labels_lists_every_label_of_the_core_tables() -> None:
    import importlib

    wanted: set[str] = set()
    for module, names in CODE_TABLES.items():
        loaded = importlib.import_module(f"qiuxue_desktop.{module}")
        for name in names:
            wanted |= set(getattr(loaded, name).values())
    from qiuxue_desktop.domain.study_codes import STUDY_FORM_LABELS

    wanted |= {row.label for row in STUDY_FORM_LABELS}
    listed = {m.source for m in scan(VIEWS / "code_labels.py").messages if m.context == "codes"}
    assert wanted - listed == set(), f"add to views/code_labels.py: {sorted(wanted - listed)}"
    assert listed - wanted == set(), f"no longer in the core's tables: {sorted(listed - wanted)}"


if __name__ == "__main__":  # a list of what is left to mark: python tests/unit/test_translations.py
    for s in scan_all():
        for p in s.problems:
            print(p)
