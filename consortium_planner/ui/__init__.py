"""The desktop window (PySide6). Qt is imported only under this package and by `app.py`."""
