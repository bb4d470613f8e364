"""The ``report`` command (placeholder while report.py is written)."""
