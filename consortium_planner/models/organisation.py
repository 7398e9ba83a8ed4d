"""Partner organisations: the workspace's directory, shared by all its projects."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consortium_planner.domain.vocab import EuRole, OrgType, SmeClass
from consortium_planner.models.base import Base, Versioned
from consortium_planner.models.types import Money


def enum_column(enum: type, length: int = 32) -> Enum:
    """Store an enum by its value, with a CHECK constraint (portable: no native enum types)."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Organisation(Versioned, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("staff_headcount IS NULL OR staff_headcount >= 0", name="staff"),
        CheckConstraint("turnover IS NULL OR turnover >= 0", name="turnover"),
        CheckConstraint("balance_sheet IS NULL OR balance_sheet >= 0", name="balance_sheet"),
        CheckConstraint("length(legal_name) > 0", name="legal_name"),
        CheckConstraint(
            "founded_year IS NULL OR (founded_year >= 1800 AND founded_year <= 2100)",
            name="founded_year"),
        Index("ix_organisation_pic", "pic", unique=True),
        Index("ix_organisation_vat", "vat"),
        Index("ix_organisation_name_country", "name_key", "country"),
        # sorting the directory by a column (migration 0003). name_key alone, beside
        # name_country: SQLite reads ORDER BY name_key, id straight from it (its entries end
        # with the id); from name_country it needs a temporary B-tree (50,000 rows: 20 -> 40 ms)
        Index("ix_organisation_name_key", "name_key"),
        Index("ix_organisation_short_name", "short_name"),
        Index("ix_organisation_city", "city"),
        Index("ix_organisation_country", "country"),
        Index("ix_organisation_facets", "nuts2", "country", "org_type", "sme_class"),
        # a search's hits counted by facet without reading their rows (migration 0009)
        Index("ix_organisation_facet_rows", "id", "country", "nuts2", "org_type", "sme_class"),
        Index("ix_organisation_org_type", "org_type"),
        Index("ix_organisation_sme_class", "sme_class"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    # casefolded legal name without accents, punctuation or legal form: the duplicate key
    name_key: Mapped[str] = mapped_column(String(300), default="")
    short_name: Mapped[str] = mapped_column(String(100), default="")
    pic: Mapped[str | None] = mapped_column(String(9))
    vat: Mapped[str | None] = mapped_column(String(20))
    org_type: Mapped[OrgType] = mapped_column(enum_column(OrgType), default=OrgType.OTHER)
    profit: Mapped[bool | None]
    staff_headcount: Mapped[int | None]
    turnover: Mapped[Decimal | None] = mapped_column(Money)
    balance_sheet: Mapped[Decimal | None] = mapped_column(Money)
    sme_class: Mapped[SmeClass | None] = mapped_column(enum_column(SmeClass))
    country: Mapped[str] = mapped_column(String(2), default="")
    nuts2: Mapped[str] = mapped_column(String(4), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    founded_year: Mapped[int | None]
    # Derived, never written by the app: the legal names of the linked cluster organisations
    # (models.value_chain.ClusterMembership), "; "-joined by the triggers of migration 0006, so
    # that the search index and the cluster facet (migration 0003) follow the links.
    clusters: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(default=datetime.now, onupdate=datetime.now)


class OrganisationCluster(Base):
    """One cluster membership of an organisation, split out of `Organisation.clusters`.

    Written only by the search triggers of migration 0003 (never by the app): the directory's
    cluster facet counts and filters on it. `key` is the folded name. No foreign key on purpose:
    the triggers remove these rows with their organisation and put them back with it, so the
    undo of a removal (services/editing/undo.py follows foreign keys) must not capture them.
    """

    __tablename__ = "organisation_cluster"
    __table_args__ = (Index("ix_organisation_cluster_key", "key", "name"),)

    organisation_id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class SavedSearch(Base):
    """A directory search saved by name: the query as JSON (services.directory_search)."""

    __tablename__ = "saved_search"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    query: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=datetime.now, onupdate=datetime.now)


class NotDuplicate(Base):
    """Two organisations the user said are not duplicates, so a scan does not propose them
    again. The pair is stored once, the lower id first; it goes with either organisation."""

    __tablename__ = "not_duplicate"
    __table_args__ = (CheckConstraint("first_id < second_id", name="order"),)

    first_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    second_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)


class EuParticipation(Base):
    """One participation of an organisation in an EU project (its EU project experience), as a
    CORDIS organisation export gives it. One row per organisation and project: a newer export of
    the same projects updates it (services/eu_experience.py). `programme` is an EuProgramme value,
    "" when the file did not tell; `acronym_key` is the folded acronym the directory search
    looks up; the EU contribution is money (integer cents), None when not given."""

    __tablename__ = "eu_participation"
    __table_args__ = (
        UniqueConstraint("organisation_id", "programme", "project_id"),
        CheckConstraint("eu_contribution IS NULL OR eu_contribution >= 0", name="contribution"),
        Index("ix_eu_participation_acronym_key", "acronym_key"),
        Index("ix_eu_participation_role", "role", "organisation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    programme: Mapped[str] = mapped_column(String(10), default="")
    project_id: Mapped[str] = mapped_column(String(30))
    acronym: Mapped[str] = mapped_column(String(100), default="")
    acronym_key: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[EuRole | None] = mapped_column(enum_column(EuRole))
    eu_contribution: Mapped[Decimal | None] = mapped_column(Money)
