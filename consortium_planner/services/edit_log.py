"""The edit log for the services, the window and the command line: reading it (`entries`),
marking what an undo or redo writes (`marked`), and the entries of writes that bypass the ORM
(`record_*`), and an entry in a line, in any language (`change_text`, `entry_line`). The hook that writes it on every session is models/edit_log_hook.py."""

import json
from collections.abc import Callable

from consortium_planner.models.edit_log_hook import (
    DELETE,
    IMPORT,
    INSERT,
    NOTIFY_CHANNEL,
    REDO,
    UNDO,
    UPDATE,
    Entry,
    entries,
    marked,
    notice,
    own_entries,
    owners,
    record_deleted,
    record_inserted,
    record_removed,
    record_update,
    source_of,
    value_text,
)
from consortium_planner.reference.messages import Message, gettext
from consortium_planner.reference.wording import ENGLISH, Wording
from consortium_planner.services.labels import field_label, row_label

__all__ = ["change_text", "DELETE", "IMPORT", "INSERT", "NOTIFY_CHANNEL", "REDO", "UNDO", "UPDATE",
           "Entry",
           "entries", "entry_line", "marked", "notice", "own_entries", "owners", "record_deleted",
           "record_inserted",
           "record_removed", "record_update", "source_of", "value_text"]


def change_text(entry: Entry, wording: Wording = ENGLISH) -> str:
    """The change in a line, in a language: "participant 3 role: beneficiary -> coordinator" on
    the command line, "Teilnehmer 3 Rolle: beneficiary -> coordinator" in a German History
    dialog; rows and fields named by services/labels, values as stored."""
    row: Message | str = row_label(entry.table_name)
    if entry.action == UPDATE and entry.row_id is None and entry.detail:
        row = gettext("{row} {number}", row=row, number=entry.detail)
    elif entry.row_id is not None:
        row = gettext("{row} {number}", row=row, number=entry.row_id)
    if entry.action == IMPORT:
        counts = json.loads(entry.detail or "{}")
        shown = ", ".join(_COUNTS[name](counts[name]).render(wording)
                          for name in _COUNTS if counts.get(name) is not None)
        if counts.get("taken_back"):
            message = gettext("took back the import of {file} ({kind}: {counts})",
                              file=entry.file_name, kind=counts.get("kind", ""), counts=shown)
        else:
            message = gettext("imported {file} ({kind}: {counts})", file=entry.file_name,
                              kind=counts.get("kind", ""), counts=shown)
        return message.render(wording)
    if entry.action == UPDATE:
        return gettext("{row} {field}: {old} -> {new}", row=row,
                       field=field_label(entry.field or ""), old=_value(entry.old_value),
                       new=_value(entry.new_value)).render(wording)
    rows = _rows(entry.detail, wording) if entry.detail and entry.row_id else ""
    if entry.action == INSERT:
        message = (gettext("added {row} with {rows}", row=row, rows=rows) if rows
                   else gettext("added {row}", row=row))
    else:
        message = (gettext("removed {row} with {rows}", row=row, rows=rows) if rows
                   else gettext("removed {row}", row=row))
    return message.render(wording)


def entry_line(entry: Entry) -> str:
    """The entry in a line for the command line: when (UTC), who, what, an undo or redo mark."""
    mark = f" [{entry.mark}]" if entry.mark else ""
    return f"{entry.at:%Y-%m-%d %H:%M:%S}Z  {entry.user_name}  {change_text(entry)}{mark}"


# An import's counts, in the order the line gives them.
_COUNTS: dict[str, Callable[[int], Message]] = {
    "rows_read": lambda count: gettext("rows read {count}", count=count),
    "created": lambda count: gettext("created {count}", count=count),
    "updated": lambda count: gettext("updated {count}", count=count),
    "unchanged": lambda count: gettext("unchanged {count}", count=count),
    "skipped": lambda count: gettext("skipped {count}", count=count),
}


def _value(value: str | None) -> Message | str:
    return gettext("(empty)") if value is None or value == "" else value


def _rows(detail: str, wording: Wording) -> str:
    """'{"participant": 2, "work_package": 3}' -> "participant: 2, work package: 3"."""
    try:
        counts = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(counts, dict) or "participant_id" in counts:
        return str(detail)
    return ", ".join(gettext("{row}: {count}", row=row_label(name), count=count).render(wording)
                     for name, count in sorted(counts.items()))
