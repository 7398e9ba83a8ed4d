"""Bundled reference data: countries, NUTS 2 regions, ERDF region categories, the SME definition.

Pure Python on purpose (no Qt, no database) so importers, rules and exports can all use it, and so
its tests run fast. Each module loads its CSV from `paths.resources_dir() / "reference"` once.
"""
