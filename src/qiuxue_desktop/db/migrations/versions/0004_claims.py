"""tuition invoices, funding schemes, claims and the fund ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 14:28:37.127045
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fund_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("payroll_fen", sa.BigInteger(), nullable=False),
        sa.Column("rate_bp", sa.Integer(), nullable=False),
        sa.Column("opening_fen", sa.BigInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_year")),
        sa.UniqueConstraint("record_id", name=op.f("uq_fund_year_record_id")),
        sa.UniqueConstraint("year", name=op.f("uq_fund_year_year")),
    )
    op.create_table(
        "scheme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("funder", sa.String(length=60), nullable=False),
        sa.Column("source_type", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("trigger", sa.String(length=12), nullable=False),
        sa.Column("rule_kind", sa.String(length=12), nullable=False),
        sa.Column("percent_bp", sa.Integer(), nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=True),
        sa.Column("level_unit", sa.String(length=8), nullable=False),
        sa.Column("table", sa.JSON(), nullable=False),
        sa.Column("cap_claim_fen", sa.Integer(), nullable=True),
        sa.Column("cap_year_fen", sa.Integer(), nullable=True),
        sa.Column("cap_life_fen", sa.Integer(), nullable=True),
        sa.Column("cap_level_fen", sa.Integer(), nullable=True),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("require_union_member", sa.Boolean(), nullable=False),
        sa.Column("min_contract_months", sa.Integer(), nullable=True),
        sa.Column("front_line_only", sa.Boolean(), nullable=False),
        sa.Column("rural_hukou_only", sa.Boolean(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("once_per", sa.String(length=8), nullable=False),
        sa.Column("service_months", sa.Integer(), nullable=True),
        sa.Column("posting_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme")),
        sa.UniqueConstraint("name", name=op.f("uq_scheme_name")),
        sa.UniqueConstraint("record_id", name=op.f("uq_scheme_record_id")),
    )
    op.create_table(
        "training_spend",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("use_code", sa.String(length=2), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("front_line_fen", sa.BigInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_spend")),
        sa.UniqueConstraint("record_id", name=op.f("uq_training_spend_record_id")),
    )
    with op.batch_alter_table("training_spend", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_spend_spent_on"), ["spent_on"], unique=False)

    op.create_table(
        "scheme_budget",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["scheme_id"], ["scheme.id"], name=op.f("fk_scheme_budget_scheme_id_scheme")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme_budget")),
        sa.UniqueConstraint("scheme_id", "year", name=op.f("uq_scheme_budget_scheme_id_year")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("issuer", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=11), nullable=False),
        sa.Column("covers", sa.String(length=4), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_invoice_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], name=op.f("fk_invoice_learner_id_learner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("issuer", "number", name=op.f("uq_invoice_issuer_number")),
        sa.UniqueConstraint("record_id", name=op.f("uq_invoice_record_id")),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_enrolment_id"), ["enrolment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_learner_id"), ["learner_id"], unique=False)

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_no", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("term", sa.String(length=11), nullable=False),
        sa.Column("base_fen", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("prepared_by", sa.String(length=60), nullable=False),
        sa.Column("payee_bank", sa.String(length=60), nullable=False),
        sa.Column("payee_account", sa.String(length=32), nullable=False),
        sa.Column("posting_start", sa.Date(), nullable=True),
        sa.Column("posting_end", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("pay_method", sa.String(length=10), nullable=False),
        sa.Column("pay_reference", sa.String(length=40), nullable=False),
        sa.Column("return_reason", sa.Text(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["corrects_id"], ["claim.id"], name=op.f("fk_claim_corrects_id_claim")),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_claim_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_claim_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], name=op.f("fk_claim_learner_id_learner")),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"], ["claim.id"], name=op.f("fk_claim_superseded_by_id_claim")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
        sa.UniqueConstraint("claim_no", name=op.f("uq_claim_claim_no")),
        sa.UniqueConstraint("record_id", name=op.f("uq_claim_record_id")),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_enrolment_id"), ["enrolment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_learner_id"), ["learner_id"], unique=False)
        batch_op.create_index("ix_claim_state", ["state", "learner_id"], unique=False)

    op.create_table(
        "claim_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=True),
        sa.Column("source_type", sa.String(length=10), nullable=False),
        sa.Column("funder", sa.String(length=60), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("bound", sa.String(length=200), nullable=False),
        sa.Column("budget_year", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.Column("service_months", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_claim_line_claim_id_claim")),
        sa.ForeignKeyConstraint(["scheme_id"], ["scheme.id"], name=op.f("fk_claim_line_scheme_id_scheme")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_line")),
    )
    with op.batch_alter_table("claim_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_line_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index("ix_claim_line_scheme", ["scheme_id", "claim_id"], unique=False)

    op.create_table(
        "claim_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("from_state", sa.String(length=10), nullable=False),
        sa.Column("to_state", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("signer", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_claim_step_claim_id_claim")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_step")),
    )
    with op.batch_alter_table("claim_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_step_claim_id"), ["claim_id"], unique=False)

    op.create_table(
        "repayment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_line_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_line_id"], ["claim_line.id"], name=op.f("fk_repayment_claim_line_id_claim_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repayment")),
    )
    with op.batch_alter_table("repayment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_repayment_claim_line_id"), ["claim_line_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("repayment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_repayment_claim_line_id"))

    op.drop_table("repayment")
    with op.batch_alter_table("claim_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_step_claim_id"))

    op.drop_table("claim_step")
    with op.batch_alter_table("claim_line", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_line_scheme")
        batch_op.drop_index(batch_op.f("ix_claim_line_claim_id"))

    op.drop_table("claim_line")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_state")
        batch_op.drop_index(batch_op.f("ix_claim_learner_id"))
        batch_op.drop_index(batch_op.f("ix_claim_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_claim_enrolment_id"))

    op.drop_table("claim")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_learner_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_enrolment_id"))

    op.drop_table("invoice")
    op.drop_table("scheme_budget")
    with op.batch_alter_table("training_spend", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_spend_spent_on"))

    op.drop_table("training_spend")
    op.drop_table("scheme")
    op.drop_table("fund_year")
