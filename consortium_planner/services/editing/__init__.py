"""Fine-grained edits of a workspace: one public method, one transaction, one user intention.

Methods take ids and plain values (text is accepted where people type it: amounts as
"1.234,56", months as "M12", enums by value or label), validate them with a `UserError` that says
why, and return a `Changes` value that tells the views what to reload. Nothing returns an ORM
object.

Undo needs exact inverses, so every destructive edit has a read that captures what it destroys:
`values` (fields before an update), `capture` (rows before a removal, with their ids and numbers,
children and the links that a removal sets to NULL), `numbers` (before a renumbering) and
`effort_values`. `restore` puts captured rows back with the same ids, so later commands that
name those ids keep working after undo and redo.

The package, by seam: `coercion` (typed text to values, and the limits), `entities` (one spec per
kind of row), `organisations`, `projects`, `participants`, `work_plan`, `costs` (each kind's
updates and adds), `numbering`, `undo` (capture and restore, from the foreign keys), `service`
(the transactions).
"""

from consortium_planner.services.editing.changes import Changes
from consortium_planner.services.editing.entities import Entity
from consortium_planner.services.editing.service import EditingService, RowToAdd
from consortium_planner.services.editing.undo import RowsState

__all__ = ["Changes", "EditingService", "Entity", "RowToAdd", "RowsState"]
