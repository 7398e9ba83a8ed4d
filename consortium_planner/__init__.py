"""Consortium Planner: plan interregional consortia for EU innovation calls, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("consortium-planner")
except PackageNotFoundError:  # running from a source checkout that was never installed
    __version__ = "0.1.0"
