"""The edit log for the services, the window and the command line: reading it (`entries`),
marking what an undo or redo writes (`marked`), and the entries of writes that bypass the ORM
(`record_*`). The hook that writes it on every session is models/edit_log_hook.py."""

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

__all__ = ["DELETE", "IMPORT", "INSERT", "NOTIFY_CHANNEL", "REDO", "UNDO", "UPDATE", "Entry",
           "entries", "marked", "notice", "own_entries", "owners", "record_deleted",
           "record_inserted",
           "record_removed", "record_update", "source_of", "value_text"]
