"""initial schema: enterprise, departments, learners, event log

Revision ID: 0001
Revises:
Create Date: 2026-11-29 11:49:58.788263
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "enterprise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("uscc", sa.String(length=18), nullable=False),
        sa.Column("short_code", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("union_branch", sa.String(length=100), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise")),
        sa.UniqueConstraint("record_id", name=op.f("uq_enterprise_record_id")),
        sa.UniqueConstraint("uscc", name=op.f("uq_enterprise_uscc")),
    )
    op.create_table(
        "event_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_log")),
    )
    with op.batch_alter_table("event_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_log_at"), ["at"], unique=False)

    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_department_enterprise_id_enterprise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("enterprise_id", "name", name=op.f("uq_department_enterprise_id_name")),
    )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_department_enterprise_id"), ["enterprise_id"], unique=False)

    op.create_table(
        "learner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("name_pinyin", sa.String(length=120), nullable=False),
        sa.Column("name_initials", sa.String(length=30), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("ethnic_group", sa.String(length=2), nullable=False),
        sa.Column("hukou_type", sa.String(length=1), nullable=False),
        sa.Column("hukou_place", sa.String(length=6), nullable=False),
        sa.Column("phone", sa.String(length=11), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("post_category", sa.String(length=1), nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=False),
        sa.Column("prior_education", sa.String(length=1), nullable=False),
        sa.Column("employee_no", sa.String(length=30), nullable=False),
        sa.Column("leave_date", sa.Date(), nullable=True),
        sa.Column("union_member", sa.Boolean(), nullable=False),
        sa.Column("union_card_no", sa.String(length=40), nullable=False),
        sa.Column("worker_category", sa.String(length=1), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_learner_department_id_department")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_learner_enterprise_id_enterprise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner")),
        sa.UniqueConstraint("enterprise_id", "id_number", name=op.f("uq_learner_enterprise_id_id_number")),
        sa.UniqueConstraint("record_id", name=op.f("uq_learner_record_id")),
    )
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learner_department_id"), ["department_id"], unique=False)
        batch_op.create_index("ix_learner_sort_pinyin", ["enterprise_id", "name_pinyin", "id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_index("ix_learner_sort_pinyin")
        batch_op.drop_index(batch_op.f("ix_learner_department_id"))

    op.drop_table("learner")
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_enterprise_id"))

    op.drop_table("department")
    with op.batch_alter_table("event_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_log_at"))

    op.drop_table("event_log")
    op.drop_table("enterprise")
