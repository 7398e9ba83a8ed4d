"""The pages of the window, one module each, loaded by `ui/pages.py` the first time they show."""
