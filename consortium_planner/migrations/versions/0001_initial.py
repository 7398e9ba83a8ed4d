"""The first workspace schema: directory, projects and everything in them, import provenance.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

MONTH_TRIGGERS = {
    "work_package": (
        "NEW.end_month > (SELECT duration_months FROM project WHERE id = NEW.project_id)",
        "work package ends after the project",
    ),
    "task": (
        "NEW.end_month > (SELECT p.duration_months FROM project p JOIN work_package w"
        " ON w.project_id = p.id WHERE w.id = NEW.work_package_id)",
        "task ends after the project",
    ),
    "deliverable": (
        "NEW.due_month > (SELECT p.duration_months FROM project p JOIN work_package w"
        " ON w.project_id = p.id WHERE w.id = NEW.work_package_id)",
        "deliverable due after the project",
    ),
    "milestone": (
        "NEW.due_month > (SELECT duration_months FROM project WHERE id = NEW.project_id)",
        "milestone due after the project",
    ),
}

SHRINK_CHECK = (
    "EXISTS (SELECT 1 FROM work_package WHERE project_id = NEW.id"
    " AND end_month > NEW.duration_months)"
    " OR EXISTS (SELECT 1 FROM milestone WHERE project_id = NEW.id"
    " AND due_month > NEW.duration_months)"
    " OR EXISTS (SELECT 1 FROM task t JOIN work_package w ON t.work_package_id = w.id"
    " WHERE w.project_id = NEW.id AND t.end_month > NEW.duration_months)"
    " OR EXISTS (SELECT 1 FROM deliverable d JOIN work_package w ON d.work_package_id = w.id"
    " WHERE w.project_id = NEW.id AND d.due_month > NEW.duration_months)"
)


def _create_month_triggers() -> None:
    """SQLite cannot CHECK across tables: these triggers keep months within the duration
    (PL/pgSQL ones on PostgreSQL, raising check_violation as SQLite's ABORT raises a
    constraint error)."""
    if op.get_bind().dialect.name == "postgresql":
        _create_postgres_month_triggers()
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, (condition, message) in MONTH_TRIGGERS.items():
        for event in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER {table}_months_{event.lower()} BEFORE {event} ON {table} "
                f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    op.execute(
        "CREATE TRIGGER project_duration_shrink BEFORE UPDATE OF duration_months ON project "
        f"WHEN {SHRINK_CHECK} BEGIN SELECT RAISE(ABORT, "
        "'the project would end before some of its work packages, tasks, deliverables "
        "or milestones'); END"
    )


def _postgres_raise(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation';"


def _create_postgres_month_triggers() -> None:
    for table, (condition, message) in MONTH_TRIGGERS.items():
        op.execute(
            f"CREATE FUNCTION {table}_months() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {condition} THEN {_postgres_raise(message)} END IF; RETURN NEW; END $$")
        op.execute(f"CREATE TRIGGER {table}_months BEFORE INSERT OR UPDATE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_months()")
    message = ("the project would end before some of its work packages, tasks, deliverables "
               "or milestones")
    op.execute(
        "CREATE FUNCTION project_duration_shrink() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF {SHRINK_CHECK} THEN {_postgres_raise(message)} END IF; RETURN NEW; END $$")
    op.execute("CREATE TRIGGER project_duration_shrink BEFORE UPDATE OF duration_months "
               "ON project FOR EACH ROW EXECUTE FUNCTION project_duration_shrink()")


def upgrade() -> None:
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('legal_name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=100), nullable=False),
    sa.Column('pic', sa.String(length=9), nullable=True),
    sa.Column('vat', sa.String(length=20), nullable=True),
    sa.Column('org_type', sa.Enum('sme', 'large_enterprise', 'research_organisation', 'higher_education', 'public_authority', 'cluster_organisation', 'association_ngo', 'other', name='orgtype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('profit', sa.Boolean(), nullable=True),
    sa.Column('staff_headcount', sa.Integer(), nullable=True),
    sa.Column('turnover', sa.BigInteger(), nullable=True),
    sa.Column('balance_sheet', sa.BigInteger(), nullable=True),
    sa.Column('sme_class', sa.Enum('micro', 'small', 'medium', 'large', name='smeclass', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('nuts2', sa.String(length=4), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('clusters', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('balance_sheet IS NULL OR balance_sheet >= 0', name=op.f('ck_organisation_balance_sheet')),
    sa.CheckConstraint('length(legal_name) > 0', name=op.f('ck_organisation_legal_name')),
    sa.CheckConstraint('staff_headcount IS NULL OR staff_headcount >= 0', name=op.f('ck_organisation_staff')),
    sa.CheckConstraint('turnover IS NULL OR turnover >= 0', name=op.f('ck_organisation_turnover')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_index('ix_organisation_name_country', 'organisation', ['name_key', 'country'], unique=False)
    op.create_index('ix_organisation_pic', 'organisation', ['pic'], unique=True)
    op.create_index('ix_organisation_vat', 'organisation', ['vat'], unique=False)
    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('call_profile', sa.String(length=80), nullable=False),
    sa.Column('thematic_priority', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('duration_months', sa.Integer(), nullable=False),
    sa.CheckConstraint('duration_months >= 1 AND duration_months <= 120', name=op.f('ck_project_duration')),
    sa.CheckConstraint('length(acronym) > 0', name=op.f('ck_project_acronym')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('acronym', name=op.f('uq_project_acronym'))
    )
    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('participant_number', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('rows_read', sa.Integer(), nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_import_batch_project_id_project'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch'))
    )
    op.create_table('milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('due_month', sa.Integer(), nullable=False),
    sa.Column('verification', sa.Text(), nullable=False),
    sa.CheckConstraint('due_month >= 1', name=op.f('ck_milestone_due_month')),
    sa.CheckConstraint('number >= 1', name=op.f('ck_milestone_number')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_milestone_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone')),
    sa.UniqueConstraint('project_id', 'number', name='uq_milestone_number')
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('coordinator', 'beneficiary', 'affiliated_entity', 'associated_partner', name='role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('monthly_personnel_cost', sa.BigInteger(), nullable=False),
    sa.Column('funding_rate_override', sa.BigInteger(), nullable=True),
    sa.Column('funding_rate_override_reason', sa.Text(), nullable=False),
    sa.Column('region_category_override', sa.Enum('less_developed', 'transition', 'more_developed', 'outermost', name='regioncategory', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('region_category_override_reason', sa.Text(), nullable=False),
    sa.CheckConstraint('funding_rate_override IS NULL OR (funding_rate_override >= 0 AND funding_rate_override <= 1000000)', name=op.f('ck_participant_funding_rate')),
    sa.CheckConstraint('monthly_personnel_cost >= 0', name=op.f('ck_participant_personnel_cost')),
    sa.CheckConstraint('number >= 1', name=op.f('ck_participant_number')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_participant_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_participant_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('project_id', 'number', name='uq_participant_number'),
    sa.UniqueConstraint('project_id', 'organisation_id', name='uq_participant_organisation')
    )
    op.create_table('work_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('lead_participant_id', sa.Integer(), nullable=True),
    sa.Column('start_month', sa.Integer(), nullable=False),
    sa.Column('end_month', sa.Integer(), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_work_package_number')),
    sa.CheckConstraint('start_month >= 1 AND end_month >= start_month', name=op.f('ck_work_package_months')),
    sa.ForeignKeyConstraint(['lead_participant_id'], ['participant.id'], name=op.f('fk_work_package_lead_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_work_package_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_package')),
    sa.UniqueConstraint('project_id', 'number', name='uq_work_package_number')
    )
    op.create_table('cost_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('A', 'B', 'C1', 'C2', 'C3', 'D1', 'D', name='costcategory', native_enum=False, create_constraint=True, length=4), nullable=False),
    sa.Column('work_package_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=True),
    sa.Column('unit_cost', sa.BigInteger(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_cost_item_amount')),
    sa.CheckConstraint('quantity IS NULL OR quantity >= 0', name=op.f('ck_cost_item_quantity')),
    sa.CheckConstraint('unit_cost IS NULL OR unit_cost >= 0', name=op.f('ck_cost_item_unit_cost')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_cost_item_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_id'], ['work_package.id'], name=op.f('fk_cost_item_work_package_id_work_package'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_item'))
    )
    op.create_table('deliverable',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_package_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('lead_participant_id', sa.Integer(), nullable=True),
    sa.Column('type', sa.Enum('R', 'DEM', 'DEC', 'DATA', 'OTHER', name='deliverabletype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('dissemination', sa.Enum('PU', 'SEN', name='dissemination', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('due_month', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.CheckConstraint('due_month >= 1', name=op.f('ck_deliverable_due_month')),
    sa.CheckConstraint('number >= 1', name=op.f('ck_deliverable_number')),
    sa.ForeignKeyConstraint(['lead_participant_id'], ['participant.id'], name=op.f('fk_deliverable_lead_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['work_package_id'], ['work_package.id'], name=op.f('fk_deliverable_work_package_id_work_package'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliverable')),
    sa.UniqueConstraint('work_package_id', 'number', name='uq_deliverable_number')
    )
    op.create_table('effort',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('work_package_id', sa.Integer(), nullable=False),
    sa.Column('person_months', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('person_months >= 0', name=op.f('ck_effort_person_months')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_effort_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_id'], ['work_package.id'], name=op.f('fk_effort_work_package_id_work_package'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('participant_id', 'work_package_id', name=op.f('pk_effort'))
    )
    op.create_table('milestone_work_package',
    sa.Column('milestone_id', sa.Integer(), nullable=False),
    sa.Column('work_package_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_milestone_work_package_milestone_id_milestone'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_package_id'], ['work_package.id'], name=op.f('fk_milestone_work_package_work_package_id_work_package'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('milestone_id', 'work_package_id', name=op.f('pk_milestone_work_package'))
    )
    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_package_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('lead_participant_id', sa.Integer(), nullable=True),
    sa.Column('start_month', sa.Integer(), nullable=False),
    sa.Column('end_month', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_task_number')),
    sa.CheckConstraint('start_month >= 1 AND end_month >= start_month', name=op.f('ck_task_months')),
    sa.ForeignKeyConstraint(['lead_participant_id'], ['participant.id'], name=op.f('fk_task_lead_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['work_package_id'], ['work_package.id'], name=op.f('fk_task_work_package_id_work_package'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task')),
    sa.UniqueConstraint('work_package_id', 'number', name='uq_task_number')
    )
    _create_month_triggers()


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore the backup copy instead")
