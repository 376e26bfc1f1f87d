"""Catalogue français — le démarrage : chargement du tableau de bord, base refusée (issue 14)."""

STARTUP: dict[str, str] = {
    'ui.loading': 'Chargement de vos objectifs…',
    'ui.loading_wait': 'Un instant : vos objectifs se chargent encore.',
    'ui.db_refused_title': 'Base de données refusée',
    'ui.db_refused_quit': 'Appuyez sur Échap ou Entrée pour quitter : rien n’a été écrit dans ce fichier.',
}
