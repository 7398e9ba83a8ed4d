"""Pure values and arithmetic: money, vocabulary, the budget, a project snapshot and a call
profile's rules. Imports nothing of the app but itself: no SQLAlchemy, no Qt, no files (import-linter
holds that, see pyproject.toml)."""
