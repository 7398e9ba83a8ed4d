"""Use cases over a workspace.

Importing any service installs the edit log's hook on every SQLAlchemy session (edit_log.py):
whatever a service writes is logged in the transaction that writes it.
"""

from consortium_planner.services import edit_log as _edit_log  # noqa: F401  (installs the hook)
