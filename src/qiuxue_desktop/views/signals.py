"""The one "data changed" signal: a mutating action announces what it changed, once;
each view refreshes only what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

LEARNERS = "learners"
ENTERPRISE = "enterprise"
STUDY = "study"  # institutions, programmes and plans, enrolments, results, exams
CLAIMS = "claims"  # invoices, reimbursement claims and their steps
FUNDS = "funds"  # schemes, ledgers, budgets and repayments
SYNC = "sync"  # batches for the platform, receipts applied, the platform's settings


class DataSignals(QObject):
    changed = Signal(str)
    """Emitted on the GUI thread after a unit of work committed; the argument names the area."""
