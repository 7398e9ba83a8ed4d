"""The editing service: each public method is one transaction, one user intention.

Methods name a kind of row by its `Entity` (or the entity's value, "work_package"), take ids and
plain values, and return a `Changes` value. What differs between kinds lives in their spec
(entities.py); this class only opens the transaction and follows the spec.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from consortium_planner.domain.project import ProjectSnapshot
from consortium_planner.domain.vocab import Role
from consortium_planner.models import Milestone, Participant, Project, VersionKind, WorkPackage
from consortium_planner.services import edit_log, versions
from consortium_planner.services.editing import (
    conflicts,
    costs,
    numbering,
    projects,
    scenarios,
    undo,
    value_chain,
)
from consortium_planner.services.editing.changes import Changes
from consortium_planner.services.editing.coercion import as_text
from consortium_planner.services.editing.conflicts import RowKey, Saw, Seen
from consortium_planner.services.editing.entities import (
    SPECS,
    Entity,
    changes_for,
    get_row,
    project_id_of,
    single,
)
from consortium_planner.services.editing.undo import RowsState
from consortium_planner.reference.messages import gettext
from consortium_planner.services.errors import UserError
from consortium_planner.workspace import Workspace

Updates = Sequence[tuple[int, Mapping[str, Any]]]
_ENTITY_TABLES = {entity.value for entity in Entity}


@dataclass(frozen=True)
class RowToAdd:
    """A row to add: the id of the row it belongs to (a work package's project, a task's work
    package ...; None for an organisation) and the values it starts with."""

    parent_id: int | None
    values: Mapping[str, Any]


class EditingService:
    """Every edit the window offers, each in its own transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def _writable(self) -> None:
        self._workspace.require_writable("change it")

    # -- reading values for undo -------------------------------------------------------------------

    def values(self, kind: Entity | str, row_id: int, names: Iterable[str]) -> dict[str, Any]:
        """The current plain values of some fields: what an update command puts back on undo."""
        entity = Entity(kind)
        with self._workspace.sessions() as session:
            row = get_row(session, entity, row_id)
            return {name: SPECS[entity].read(row, name) for name in names}

    def numbers(self, kind: Entity | str, ids: Iterable[int]) -> dict[int, int]:
        """Current numbers of rows, to undo a renumbering."""
        model = SPECS[Entity(kind)].model
        with self._workspace.sessions() as session:
            rows = session.execute(
                select(model.id, model.number).where(model.id.in_(list(ids)))
            ).all()
        return {row_id: number for row_id, number in rows}

    def effort_values(self, cells: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Decimal]:
        """Person-months per (participant id, work package id); zero where nothing is entered."""
        with self._workspace.sessions() as session:
            return costs.effort_values(session, cells)

    def capture(self, kind: Entity | str, ids: Iterable[int]) -> RowsState:
        """Everything a removal of these rows would destroy, for `restore`."""
        with self._workspace.sessions() as session:
            return undo.capture(session, Entity(kind).value, ids)

    # -- updates -----------------------------------------------------------------------------------

    def versions(self, kind: Entity | str, ids: Iterable[int]) -> dict[int, int]:
        """The rows' current versions (rows gone are left out): what an edit passes as `seen`
        when the window did not read them with the view."""
        model = SPECS[Entity(kind)].model
        with self._workspace.sessions() as session:
            return dict(session.execute(
                select(model.id, model.version).where(model.id.in_(list(ids)))).all())

    def effort_versions(self, cells: Iterable[tuple[int, int]]) -> dict[RowKey, int]:
        """The versions of effort cells, 0 for a cell that holds nothing."""
        wanted = list(cells)
        with self._workspace.sessions() as session:
            current = conflicts.effort_versions(session, wanted)
        return {cell: current.get(cell, 0) for cell in wanted}

    # -- updates -----------------------------------------------------------------------------------

    def update(self, kind: Entity | str, row_id: int, values: Mapping[str, Any], *,
               seen: Seen | None = None, saw: Saw | None = None) -> Changes:
        """Change some fields of one row (validated; all or nothing)."""
        return self.update_many(kind, [(row_id, values)], seen=seen, saw=saw)

    def update_many(self, kind: Entity | str, updates: Updates, *,
                    seen: Seen | None = None, saw: Saw | None = None) -> Changes:
        """Change fields of several rows in one transaction: a paste is one step, all or none.

        `seen`: row id -> the version the user saw the row at; `saw`: row id -> field -> the
        value the user saw in it (services/editing/conflicts.py). `EditConflict` (nothing
        written) when someone else changed a field of the edit since: its value differs from
        the one the user saw, or, for a field without one, its row has moved on from the version
        seen. Rows in neither are written as they are now."""
        self._writable()
        with self._workspace.transaction() as session:
            return self._update(session, Entity(kind), updates, seen, saw)

    def _update(self, session: Session, entity: Entity, updates: Updates,
                seen: Seen | None = None, saw: Saw | None = None) -> Changes:
        spec = SPECS[entity]
        rows = conflicts.locked(session, spec.model, [row_id for row_id, _ in updates])
        if seen or saw:
            conflicts.refuse_stale(session, entity.value, spec.label, rows, updates, seen or {},
                                   spec.read, saw)
        project_ids: set[int | None] = set()
        for row_id, values in updates:
            row = rows.get(row_id) or get_row(session, entity, row_id)
            project_ids.add(project_id_of(session, entity, row))
            spec.update(session, row, dict(values))
            conflicts.flush(session)
        written = tuple((entity.value, row.id, row.version) for row in rows.values())
        return replace(changes_for(entity, single(project_ids)), versions=written,
                       values=conflicts.written(entity.value, rows, updates, spec.read))

    # -- adding ------------------------------------------------------------------------------------

    def _add(self, session: Session, entity: Entity, row: RowToAdd) -> Changes:
        spec = SPECS[entity]
        parent = get_row(session, spec.parent, row.parent_id) if spec.parent is not None else None
        created = spec.create(session, parent, dict(row.values))
        conflicts.flush(session)
        return replace(changes_for(entity, project_id_of(session, entity, created), added=True),
                       created_ids=(created.id,),
                       versions=((entity.value, created.id, created.version),))

    def _add_one(self, entity: Entity, parent_id: int | None,
                 values: Mapping[str, Any]) -> Changes:
        self._writable()
        with self._workspace.transaction() as session:
            return self._add(session, entity, RowToAdd(parent_id, values))

    def add_organisation(self, values: Mapping[str, Any]) -> Changes:
        """A new directory entry; `legal_name` is required, the rest optional."""
        return self._add_one(Entity.ORGANISATION, None, values)

    def add_s3_area(self, nuts2: str, area: str, source: str = "") -> Changes:
        """A smart-specialisation area of a region, with where it comes from."""
        return self._add_one(Entity.REGION_S3_AREA, None,
                             {"nuts2": nuts2, "area": area, "source": source})

    def add_value_chain_role(self, label: str) -> tuple[str, Changes]:
        """A value-chain role of the user's, after the built-in ones; returns its key (made
        from the label) for the undo, `remove_value_chain_role`."""
        self._writable()
        with self._workspace.transaction() as session:
            key = value_chain.add_role(session, label)
        return key, Changes(directory=True, participants=True)

    def remove_value_chain_role(self, key: str) -> Changes:
        """Remove a role the user added (refused while an organisation or participant holds
        it: say which first)."""
        self._writable()
        with self._workspace.transaction() as session:
            value_chain.remove_role(session, key)
        return Changes(directory=True, participants=True)

    def create_project(
        self,
        acronym: str,
        *,
        title: str = "",
        call_profile: str = "generic",
        duration_months: int = 36,
        start_date: date | None = None,
    ) -> Changes:
        return self._add_one(Entity.PROJECT, None, {
            "acronym": acronym, "title": title, "call_profile": call_profile,
            "duration_months": duration_months, "start_date": start_date})

    def duplicate_project(self, project_id: int, acronym: str) -> Changes:
        """A what-if copy of everything in a project under a new acronym."""
        return self.create_scenario(project_id, acronym, None)

    # -- scenarios and versions --------------------------------------------------------------------

    def create_scenario(self, project_id: int, acronym: str, name: str | None = "") -> Changes:
        """A copy of everything in a project under a new acronym, as a scenario of the project's
        proposal (it varies the main project); `name` None makes a plain copy, no scenario."""
        self._writable()
        with self._workspace.transaction() as session:
            source = session.scalars(
                select(Project).where(Project.id == project_id).options(
                    selectinload(Project.participants).selectinload(Participant.efforts),
                    selectinload(Project.participants).selectinload(Participant.cost_items),
                    selectinload(Project.work_packages).selectinload(WorkPackage.tasks),
                    selectinload(Project.work_packages).selectinload(WorkPackage.deliverables),
                    selectinload(Project.milestones).selectinload(Milestone.work_packages),
                )
            ).one_or_none()
            if source is None:
                raise UserError(gettext("That project no longer exists."))
            copy = projects.duplicate_project(session, source, acronym)
            if name is not None:
                copy.scenario_of_id = scenarios.main_of(source)
                copy.scenario_name = as_text(name, "scenario name", scenarios.SCENARIO_NAME_LENGTH)
            session.flush()
            return replace(changes_for(Entity.PROJECT, copy.id, added=True),
                           created_ids=(copy.id,))

    def scenario_links(self, project_id: int) -> dict[int, int | None]:
        """The project's proposal: each of its projects -> the one it varies (None: the main
        one); what a promotion's undo puts back."""
        with self._workspace.sessions() as session:
            return scenarios.group_links(session, get_row(session, Entity.PROJECT, project_id))

    def promote_scenario(self, project_id: int) -> Changes:
        """Make a scenario the main project of its proposal (the old main one a scenario)."""
        self._writable()
        with self._workspace.transaction() as session:
            project = get_row(session, Entity.PROJECT, project_id)
            scenarios.set_links(session, scenarios.promotion(session, project))
        return Changes(projects=True, project_id=project_id)

    def set_scenario_links(self, links: Mapping[int, int | None]) -> Changes:
        """Point projects at the project they vary (None: a main project), all at once."""
        self._writable()
        with self._workspace.transaction() as session:
            scenarios.set_links(session, links)
        return Changes(projects=True)

    def take_version(self, project_id: int, note: str = "", *,
                     snapshot: ProjectSnapshot | None = None) -> Changes:
        """Freeze the project as it is now, with the user's note ("sent to partners").

        `snapshot`: the project as the caller already holds it, current (the window's, whose
        cache every change clears), so that it is not read again: a large project's read is
        most of the time a version takes."""
        if snapshot is None:
            return self._add_one(Entity.VERSION, project_id, {"note": note})
        if snapshot.project.id != project_id:
            raise ValueError("the snapshot is not of the project to version")
        self._writable()
        with self._workspace.transaction() as session:
            get_row(session, Entity.PROJECT, project_id)
            version = versions.take_version(
                session, project_id, VersionKind.USER,
                as_text(note, "note", scenarios.NOTE_LENGTH), snapshot=snapshot)
            assert version is not None  # a user's version is always taken
            return replace(changes_for(Entity.VERSION, project_id, added=True),
                           created_ids=(version.id,))

    def restore_version(self, version_id: int, acronym: str, name: str = "") -> Changes:
        """A new scenario of the version's project made of what the version keeps."""
        from consortium_planner.services.interchange import (
            DocumentError,
            validate_document,
            write_project,
        )

        self._writable()
        with self._workspace.transaction() as session:
            version = get_row(session, Entity.VERSION, version_id)
            source = get_row(session, Entity.PROJECT, version.project_id)
            document = scenarios.scenario_document(session, version_id, acronym)
            projects.refuse_taken_acronym(session, document["project"]["acronym"])
            try:
                result = write_project(session, validate_document(document, f"version "
                                                                   f"{version.number}"),
                                        replace=False, source=f"version {version.number}")
            except DocumentError as error:
                raise UserError(error.report()) from error
            copy = get_row(session, Entity.PROJECT, result.project_id)
            copy.scenario_of_id = scenarios.main_of(source)
            copy.scenario_name = as_text(
                name or f"restored from {version.acronym}@{version.number}", "scenario name",
                scenarios.SCENARIO_NAME_LENGTH)
            session.flush()
            return replace(changes_for(Entity.PROJECT, copy.id, added=True),
                           created_ids=(copy.id,))

    def add_participant(
        self,
        project_id: int,
        organisation_id: int,
        *,
        role: Role | str | None = None,
        monthly_personnel_cost: Decimal | str = Decimal("0.00"),
    ) -> Changes:
        """Bring a directory organisation into a project with the next free number.

        The first participant becomes the coordinator unless another role is given.
        """
        return self._add_one(Entity.PARTICIPANT, project_id, {
            "organisation_id": organisation_id, "role": role,
            "monthly_personnel_cost": monthly_personnel_cost})

    def add_participants(self, project_id: int, organisation_ids: Sequence[int]) -> Changes:
        """Bring several directory organisations into a project in one transaction: all of them
        or, when one is refused, none (numbered and given roles as one by one would)."""
        self._writable()
        changes = Changes()
        with self._workspace.transaction() as session:
            for organisation_id in organisation_ids:
                row = RowToAdd(project_id, {"organisation_id": organisation_id})
                try:
                    changes = changes | self._add(session, Entity.PARTICIPANT, row)
                except UserError as error:
                    if len(organisation_ids) == 1:
                        raise
                    raise UserError(gettext("No participant was added: {error}",
                                            error=error.message)) from error
        return changes

    def add_work_package(self, project_id: int, values: Mapping[str, Any] = {}) -> Changes:
        """A new work package with the next number, spanning the whole project by default."""
        return self._add_one(Entity.WORK_PACKAGE, project_id, values)

    def add_task(self, work_package_id: int, values: Mapping[str, Any] = {}) -> Changes:
        """A new task with the next number in its work package, over the package's months."""
        return self._add_one(Entity.TASK, work_package_id, values)

    def add_deliverable(self, work_package_id: int, values: Mapping[str, Any] = {}) -> Changes:
        """A new deliverable D<wp>.<next>, due at the package's end by default."""
        return self._add_one(Entity.DELIVERABLE, work_package_id, values)

    def add_milestone(self, project_id: int, values: Mapping[str, Any] = {}) -> Changes:
        return self._add_one(Entity.MILESTONE, project_id, values)

    def add_cost_item(self, participant_id: int, values: Mapping[str, Any]) -> Changes:
        """A cost line of a participant; give `category` and either `amount` or quantity and
        unit cost."""
        return self._add_one(Entity.COST_ITEM, participant_id, values)

    def paste(self, kind: Entity | str, updates: Updates, new_rows: Sequence[RowToAdd], *,
              seen: Seen | None = None, saw: Saw | None = None) -> Changes:
        """A paste that runs past the last row, in one transaction: set the cells of existing
        rows and add a row for each pasted line beyond them; one refusal writes nothing."""
        entity = Entity(kind)
        self._writable()
        with self._workspace.transaction() as session:
            changes = (self._update(session, entity, updates, seen, saw) if updates
                       else Changes())
            for line, row in enumerate(new_rows, start=1):
                try:
                    changes = changes | self._add(session, entity, row)
                except UserError as error:
                    raise UserError(gettext("Nothing was pasted: new row {line}: {error}",
                                            line=line, error=error.message)) from error
        return changes

    # -- effort ------------------------------------------------------------------------------------

    def set_effort(
        self, participant_id: int, work_package_id: int, person_months: Decimal | str, *,
        seen: Seen | None = None, saw: Saw | None = None,
    ) -> Changes:
        return self.set_efforts([(participant_id, work_package_id, person_months)], seen=seen,
                                saw=saw)

    def set_efforts(self, cells: Sequence[tuple[int, int, Decimal | str | None]], *,
                    seen: Seen | None = None, saw: Saw | None = None) -> Changes:
        """Person-months per (participant, work package); zero or empty clears the cell.

        `seen`: (participant id, work package id) -> the version the user saw the cell at (0:
        empty); `saw`: the cell -> {"person_months": what the user saw (zero: empty)};
        `EditConflict` (nothing written) when one holds another value now (without `saw`: has
        moved on from the version seen)."""
        self._writable()
        keys = [(participant_id, work_package_id) for participant_id, work_package_id, _ in cells]
        with self._workspace.transaction() as session:
            current = conflicts.effort_versions(session, keys, lock=True)
            if seen or saw:
                conflicts.refuse_stale_efforts(session, cells, current, seen or {}, saw)
            costs.set_efforts(session, (
                (get_row(session, Entity.PARTICIPANT, participant_id),
                 get_row(session, Entity.WORK_PACKAGE, work_package_id), value)
                for participant_id, work_package_id, value in cells
            ))
            conflicts.flush(session)
            after = conflicts.effort_versions(session, keys)
            project_id = (get_row(session, Entity.PARTICIPANT, cells[-1][0]).project_id
                          if cells else None)
            left = costs.effort_values(session, keys)
        return Changes(effort=True, budget=True, project_id=project_id,
                       versions=tuple(("effort", key, after.get(key, 0)) for key in keys),
                       values=tuple(("effort", key, (("person_months", left[key]),))
                                    for key in keys))

    # -- removing and restoring --------------------------------------------------------------------

    def remove(self, kind: Entity | str, ids: Iterable[int], *,
               then_update: Updates = (), seen: Seen | None = None,
               saw: Saw | None = None) -> Changes:
        """Remove rows (and, through the database's cascades, their children); `then_update`
        sets fields of other rows of the kind in the same transaction (undoing a paste).

        `seen`: row id -> version, as for `update_many` (for the removed rows and those of
        `then_update`; `saw` for the fields of `then_update`): the undo of an add does not
        remove a row someone else changed since."""
        entity = Entity(kind)
        spec = SPECS[entity]
        self._writable()
        id_list = sorted(set(ids))
        if not id_list and not then_update:
            return Changes()
        with self._workspace.transaction() as session:
            locked = conflicts.locked(session, spec.model, id_list)
            if seen:
                conflicts.refuse_stale(session, entity.value, spec.label, locked,
                                       [(row_id, {}) for row_id in id_list], seen, spec.read)
            rows = [get_row(session, entity, row_id) for row_id in id_list]
            if spec.refuse_removal is not None:
                spec.refuse_removal(session, rows)
            project_ids = {project_id_of(session, entity, row) for row in rows}
            table = spec.model.__table__
            edit_log.record_removed(session, rows)
            session.execute(delete(table).where(table.c.id.in_(id_list)))
            changes = changes_for(entity, single(project_ids), removed=True) if rows else Changes()
            if then_update:
                session.expire_all()
                changes = changes | self._update(session, entity, then_update, seen, saw)
        return changes

    def restore(self, state: RowsState, *, then_update: tuple[Entity | str, Updates] | None = None,
                seen: Seen | None = None, saw: Saw | None = None) -> Changes:
        """Put captured rows back exactly (same ids and numbers), then the links they had;
        `then_update` (kind, updates) sets fields in the same transaction (redoing a paste)."""
        self._writable()
        with self._workspace.transaction() as session:
            undo.restore(session, state)
            root, rows = next(((name, rows) for name, rows in state.rows if rows), ("", ()))
            edit_log.record_inserted(session, root, rows)
            project_id = project_id_of(session, Entity(root), rows[0]) if rows else None
            changes = Changes(versions=undo.versions(session, root, state.ids(root)))
            for name, captured in state.rows:
                if captured and name in _ENTITY_TABLES:
                    changes = changes | changes_for(Entity(name), project_id)
            changes = replace(changes, project_id=project_id)
            if then_update is not None:
                changes = changes | self._update(session, Entity(then_update[0]), then_update[1],
                                                 seen, saw)
        return changes

    # -- numbering ---------------------------------------------------------------------------------

    def set_numbers(self, kind: Entity | str, numbers: Mapping[int, int]) -> Changes:
        """Give rows new numbers at once (a swap included)."""
        entity = Entity(kind)
        spec = SPECS[entity]
        if spec.number_order is None:
            raise ValueError(f"{entity} rows have no number")
        self._writable()
        with self._workspace.transaction() as session:
            rows = [get_row(session, entity, row_id) for row_id in numbers]
            project_ids = {project_id_of(session, entity, row) for row in rows}
            old_numbers = {row.id: row.number for row in rows}
            numbering.set_numbers(session, spec.model, numbers, spec.label)
            for row_id, number in numbers.items():
                edit_log.record_update(session, spec.model.__tablename__, row_id, "number",
                                       old_numbers[row_id], number)
        return changes_for(entity, single(project_ids))

    def renumber_plan(self, kind: Entity | str, project_id: int) -> dict[int, int]:
        """The numbers `renumber` would give: participants coordinator first, then in order;
        work packages in order; tasks and deliverables per package, deliverables and milestones
        by due month. Only rows whose number changes are listed."""
        entity = Entity(kind)
        spec = SPECS[entity]
        if spec.number_order is None or spec.parent is None or spec.parent_column is None:
            raise ValueError(f"{entity} rows have no number")
        parent_column = getattr(spec.model, spec.parent_column)
        if spec.parent is Entity.PROJECT:
            condition = parent_column == project_id
        else:  # rows of a work package: the packages of the project
            condition = parent_column.in_(
                select(WorkPackage.id).where(WorkPackage.project_id == project_id))
        groups: dict[int, list[Any]] = {}
        with self._workspace.sessions() as session:
            for row in session.scalars(select(spec.model).where(condition)):
                groups.setdefault(getattr(row, spec.parent_column), []).append(row)
            return numbering.gapless_numbers(list(groups.values()), spec.number_order)

    def renumber(self, kind: Entity | str, project_id: int) -> Changes:
        """Close the gaps: number rows 1, 2, 3 ... (see `renumber_plan`)."""
        plan = self.renumber_plan(kind, project_id)
        if not plan:
            return Changes(project_id=project_id)
        return self.set_numbers(kind, plan)
