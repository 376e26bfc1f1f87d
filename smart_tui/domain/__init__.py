"""The pure domain: models, SMART rules, dates, schedules and trajectories.

Imports only the standard library, dateutil and ``smart_tui.i18n`` (itself pure).
"""
