"""English catalogue — start-up: the dashboard loading, a database refused (issue 14)."""

STARTUP: dict[str, str] = {
    'ui.loading': 'Loading your goals…',
    'ui.loading_wait': 'One moment: your goals are still loading.',
    'ui.db_refused_title': 'Database refused',
    'ui.db_refused_quit': 'Press Escape or Enter to quit: nothing was written to this file.',
}
