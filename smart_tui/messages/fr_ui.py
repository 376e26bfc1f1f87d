"""Catalogue français de l'interface (écrans, touches, palette de commandes)."""

UI: dict[str, str] = {
    # -- touches (Footer, aide) --------------------------------------------------
    "key.quit": "Quitter",
    "key.help": "Aide",
    "key.palette": "Commandes",
    "key.new_goal": "Nouvel objectif",
    "key.priorities": "Priorités",
    "key.open": "Ouvrir",
    "key.log": "Point d'étape",
    "key.review": "Revue",
    "key.export": "Exporter",
    "key.settings": "Profil",
    "key.demo": "Exemple",
    "key.refresh": "Actualiser",
    "key.back": "Retour",
    "key.close": "Fermer",
    "key.add": "Ajouter",
    "key.edit": "Modifier",
    "key.archive": "Archiver/réactiver",
    "key.move_up": "Monter",
    "key.move_down": "Descendre",
    "key.save": "Enregistrer",
    "key.cancel": "Annuler",
    "key.yes": "Oui",
    "key.no": "Non",
    "key.next": "Étape suivante",
    "key.previous": "Étape précédente",
    "key.save_draft": "Brouillon",
    "key.activate": "Activer",
    "key.status": "Statut",
    "key.delete": "Supprimer",
    "key.correct": "Corriger",
    "tip.quit": "Quitter smart-tui (tout est déjà enregistré)",
    "tip.help": "Toutes les touches de cet écran",
    "tip.palette": "Chercher une action par son nom",
    "tip.new_goal": "Formuler un objectif SMART pas à pas (étape 2)",
    "tip.priorities": "Choisir 2 ou 3 axes stratégiques (étape 1)",
    "tip.open": "Ouvrir la fiche de l'objectif",
    "tip.log": "Noter la valeur mesurée de l'objectif sélectionné",
    "tip.review": "Passer en revue les objectifs à suivre (étape 4)",
    "tip.export": "Feuille de route, tableur, calendrier, sauvegarde (étape 3)",
    "tip.settings": "Nom de l'entreprise, capacité, langue, thème",
    "tip.demo": "Découvrir l'application sur une boutique fictive",
    "tip.refresh": "Relire la base (si un autre programme l'a modifiée)",
    "tip.back": "Revenir à l'écran précédent",
    # -- palette de commandes -------------------------------------------------------
    "ui.palette_placeholder": "Chercher une action…",
    "cmd.new_goal": "Nouvel objectif",
    "cmd.priorities": "Priorités",
    "cmd.review": "Séance de revue",
    "cmd.export": "Exporter",
    "cmd.settings": "Profil et réglages",
    "cmd.help": "Aide",
    "cmd.help_help": "Toutes les touches de l'écran en cours",
    "cmd.theme": "Thème clair / sombre",
    "cmd.theme_help": "Basculer entre le thème clair et le thème sombre",
    "cmd.quit": "Quitter",
    "cmd.quit_help": "Quitter smart-tui",
    # -- tableau de bord -------------------------------------------------------------
    "ui.demo_badge": "DONNÉES D'EXEMPLE",
    "ui.due_summary": "{count} objectif(s) à revoir — {date}",
    "ui.nothing_due": "Aucun point d'étape à faire — {date}",
    "ui.priority_heading": "Priorité {number} · {title} ({category})",
    "ui.section_orphans": "Objectifs sans priorité active",
    "ui.section_drafts": "Brouillons",
    "ui.section_closed": "Objectifs clos",
    "ui.no_goals_in_priority": "Aucun objectif ici pour l'instant (n : nouvel objectif)",
    "ui.untitled_goal": "(objectif sans titre)",
    "ui.checkpoint_due": "point d'étape à faire ({date})",
    "ui.next_checkpoint": "prochain point : {date}",
    "ui.welcome": (
        "Bienvenue dans smart-tui !\n\n"
        "La méthode SMART en quatre étapes :\n"
        "  1. Priorités — choisissez 2 ou 3 axes stratégiques, chacun avec sa problématique.\n"
        "  2. Formulation — transformez une intention floue en objectif Spécifique, Mesurable,\n"
        "     Atteignable, Réaliste et Temporel.\n"
        "  3. Formaliser et partager — feuille de route, tableur, calendrier.\n"
        "  4. Suivre et ajuster — points d'étape, trajectoire, décisions.\n\n"
        "Pour commencer :\n"
        "  p  créer ma première priorité\n"
        "  d  ouvrir les données d'exemple (une boutique fictive)\n"
        "  ?  aide"
    ),
}
