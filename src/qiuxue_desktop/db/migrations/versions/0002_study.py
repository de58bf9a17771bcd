"""institutions, programmes with course plans, enrolments with status history, course results, exam sittings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 12:36:47
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "institution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("contact_person", sa.String(length=30), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("teaching_site", sa.String(length=100), nullable=False),
        sa.Column("max_suspension_months", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_institution_enterprise_id_enterprise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
        sa.UniqueConstraint("enterprise_id", "code", name=op.f("uq_institution_enterprise_id_code")),
        sa.UniqueConstraint("record_id", name=op.f("uq_institution_record_id")),
    )
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.Column("study_form", sa.String(length=1), nullable=False),
        sa.Column("length_terms", sa.Integer(), nullable=False),
        sa.Column("total_credits_x10", sa.Integer(), nullable=False),
        sa.Column("tuition_per_year_fen", sa.Integer(), nullable=False),
        sa.Column("max_suspension_months", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institution.id"], name=op.f("fk_programme_institution_id_institution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint(
            "institution_id",
            "name",
            "level",
            "study_form",
            name=op.f("uq_programme_institution_id_name_level_study_form"),
        ),
        sa.UniqueConstraint("record_id", name=op.f("uq_programme_record_id")),
    )
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_institution_id"), ["institution_id"], unique=False)

    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("term_no", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("credits_x10", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("exam_type", sa.String(length=1), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_course_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
        sa.UniqueConstraint("programme_id", "name", name=op.f("uq_course_programme_id_name")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index("ix_course_plan", ["programme_id", "term_no", "position"], unique=False)

    op.create_table(
        "enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("student_no", sa.String(length=30), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("expected_graduation", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("status_since", sa.Date(), nullable=False),
        sa.Column("graduation_date", sa.Date(), nullable=True),
        sa.Column("diploma_number", sa.String(length=30), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institution.id"], name=op.f("fk_enrolment_institution_id_institution")
        ),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], name=op.f("fk_enrolment_learner_id_learner")),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_enrolment_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint(
            "institution_id", "student_no", name=op.f("uq_enrolment_institution_id_student_no")
        ),
        sa.UniqueConstraint("record_id", name=op.f("uq_enrolment_record_id")),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_learner_id"), ["learner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrolment_programme_id"), ["programme_id"], unique=False)
        batch_op.create_index("ix_enrolment_status", ["status", "programme_id"], unique=False)

    op.create_table(
        "course_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=11), nullable=False),
        sa.Column("score_x10", sa.Integer(), nullable=True),
        sa.Column("grade", sa.String(length=4), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("credits_x10", sa.Integer(), nullable=False),
        sa.Column("exam_date", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"], name=op.f("fk_course_result_course_id_course")),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_course_result_enrolment_id_enrolment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_result")),
        sa.UniqueConstraint(
            "enrolment_id",
            "course_id",
            "attempt",
            name=op.f("uq_course_result_enrolment_id_course_id_attempt"),
        ),
    )
    with op.batch_alter_table("course_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_result_course_id"), ["course_id"], unique=False)
        batch_op.create_index(
            "ix_course_result_progress",
            ["enrolment_id", "term", "attempt", "passed", "credits_x10"],
            unique=False,
        )

    op.create_table(
        "enrolment_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=10), nullable=True),
        sa.Column("to_status", sa.String(length=10), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_enrolment_status_change_enrolment_id_enrolment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_status_change")),
    )
    with op.batch_alter_table("enrolment_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolment_status_change_enrolment_id"), ["enrolment_id"], unique=False
        )

    op.create_table(
        "exam_sitting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("exam_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"], name=op.f("fk_exam_sitting_course_id_course")),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_exam_sitting_enrolment_id_enrolment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_sitting")),
    )
    with op.batch_alter_table("exam_sitting", schema=None) as batch_op:
        batch_op.create_index("ix_exam_sitting_date", ["exam_date", "enrolment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exam_sitting_enrolment_id"), ["enrolment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exam_sitting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exam_sitting_enrolment_id"))
        batch_op.drop_index("ix_exam_sitting_date")

    op.drop_table("exam_sitting")
    with op.batch_alter_table("enrolment_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_status_change_enrolment_id"))

    op.drop_table("enrolment_status_change")
    with op.batch_alter_table("course_result", schema=None) as batch_op:
        batch_op.drop_index("ix_course_result_progress")
        batch_op.drop_index(batch_op.f("ix_course_result_course_id"))

    op.drop_table("course_result")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index("ix_enrolment_status")
        batch_op.drop_index(batch_op.f("ix_enrolment_programme_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_learner_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index("ix_course_plan")

    op.drop_table("course")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_institution_id"))

    op.drop_table("programme")
    op.drop_table("institution")
