"""Adding several organisations to a project is one service call: one undo step, and a refused
organisation adds none of them."""

from __future__ import annotations

from consortium_planner.ui.views.directory import add_participants


def new_organisations(context, *names: str) -> list[int]:
    return [context.editing.add_organisation({"legal_name": name}).created_id for name in names]


def test_several_participants_are_one_undo_step(context, project_id, stored):
    before = stored(project_id).participants
    ids = new_organisations(context, "Delta Labs", "Epsilon Institute")
    add_participants(context, project_id, ids)
    added = stored(project_id).participants[len(before):]
    assert [p.organisation.id for p in added] == ids
    assert context.undo_stack.count() == 1
    assert context.undo_stack.text(0) == "Add 2 participants"

    context.undo_stack.undo()
    assert stored(project_id).participants == before
    context.undo_stack.redo()
    assert [p.id for p in stored(project_id).participants[len(before):]] == [p.id for p in added]


def test_a_refused_organisation_adds_none(context, project_id, stored):
    messages: list[str] = []
    context.user_error.connect(messages.append)
    before = stored(project_id).participants
    ids = new_organisations(context, "Delta Labs") + [before[0].organisation.id]
    add_participants(context, project_id, ids)
    assert messages and messages[-1].startswith("No participant was added:")
    assert stored(project_id).participants == before
    assert context.undo_stack.count() == 0
