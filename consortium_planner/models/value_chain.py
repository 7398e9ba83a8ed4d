"""The value chain of the directory and of projects (issue 14, migration 0006).

An organisation's sectors (NACE Rev. 2 codes, canonical form "C", "25", "25.6", "25.62"), its
industrial ecosystems (keys of resources/reference/industrial_ecosystems.toml), its usual
value-chain roles, and its memberships of cluster organisations (real links: the directory's
search index and cluster facet follow them through `organisation.clusters`, which triggers keep
as the "; "-joined legal names of the linked clusters). A participant holds value-chain roles in
one project; a region (NUTS 2) has the smart-specialisation (S3) areas the user recorded.
Every link goes with its organisation, participant or cluster (ON DELETE CASCADE), so undo
(services/editing/undo.py) captures and restores it.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consortium_planner.models.base import Base, Versioned


class OrganisationNace(Base):
    """One NACE Rev. 2 code of an organisation, at any level, in canonical form."""

    __tablename__ = "organisation_nace"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)


class OrganisationEcosystem(Base):
    """One of the 14 industrial ecosystems (COM(2021) 350) an organisation works in."""

    __tablename__ = "organisation_ecosystem"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    ecosystem: Mapped[str] = mapped_column(String(40), primary_key=True)


class ClusterMembership(Base):
    """An organisation is a member of a cluster organisation (both rows of `organisation`)."""

    __tablename__ = "cluster_membership"
    __table_args__ = (
        CheckConstraint("organisation_id <> cluster_id", name="not_itself"),
        Index("ix_cluster_membership_cluster_id", "cluster_id"),
    )

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)


class OrganisationRole(Base):
    """A value-chain role an organisation usually holds (a project proposes it as a default)."""

    __tablename__ = "organisation_role"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(60), primary_key=True)


class ParticipantRole(Base):
    """A value-chain role a participant holds in its project (several are allowed)."""

    __tablename__ = "participant_role"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(60), primary_key=True)


class ValueChainRole(Base):
    """A value-chain role the user added to the built-in ones (value_chain_roles.toml)."""

    __tablename__ = "value_chain_role"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)


class RegionS3Area(Versioned, Base):
    """A smart-specialisation (S3) priority area of a NUTS 2 region, as the user recorded it."""

    __tablename__ = "region_s3_area"
    __table_args__ = (UniqueConstraint("nuts2", "area", name="uq_region_s3_area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nuts2: Mapped[str] = mapped_column(String(4))
    area: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
