"""Contracts of files the app both writes and reads (the partner workbook's layout)."""
