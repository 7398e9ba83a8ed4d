"""Consortium Planner: plan interregional consortia for EU innovation calls, offline."""

from consortium_planner._version import __version__

__all__ = ["__version__"]
