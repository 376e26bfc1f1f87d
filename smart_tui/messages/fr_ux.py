"""Catalogue français — ne rien perdre de ce qui est tapé, supprimer et annuler, démo,
légende SMART (issue 12)."""

UX: dict[str, str] = {
    # -- modifications non enregistrées (issue 12, point 1) ---------------------------
    "unsaved.question": "Des modifications ne sont pas enregistrées. Que voulez-vous en faire ?",
    "unsaved.question_wizard": "Cet objectif n'est pas enregistré. Le garder comme brouillon ?",
    "unsaved.question_edit": "Enregistrer vos modifications de cet objectif ?",
    "unsaved.keep_editing": "Continuer",
    "unsaved.save": "Enregistrer",
    "unsaved.discard": "Ne pas enregistrer",
    "unsaved.cancel": "Annuler",
    "unsaved.saved_draft": "Brouillon enregistré.",
    # -- la légende SMART du tableau de bord (issue 12, point 4) ---------------------
    "legend.smart": "SMART : ",
    # -- l'énoncé suit la cible (issue 12, point 7) -----------------------------------
    "retitle.target_changed": "La cible est passée de {old} à {new}.",
    "retitle.deadline_changed": "L'échéance est passée du {old} au {new}.",
    "retitle.question": "{changes} Mettre à jour l'énoncé ?\n« {before} »\n→ « {after} »",
    "retitle.yes": "Mettre à jour",
    "retitle.no": "Garder tel quel",
    "retitle.done": "Énoncé mis à jour.",
    "review.statement": "« {statement} »",
    # -- sortir de la démo (issue 12, point 9) ----------------------------------------
    "key.own_data": "Revenir à mes données",
    "tip.own_data": "Quitter l'exemple et retrouver votre propre base",
    "ui.own_data_back": "Vous êtes de retour sur vos données.",
    # -- supprimer et annuler (issue 12, point 11) ------------------------------------
    "key.undo": "Annuler la dernière action",
    "tip.undo": "Annuler la dernière suppression ou le dernier changement de statut, tant que rien d'autre n'a changé depuis",
    "undo.hint": "{done} ctrl+z pour annuler.",
    "undo.done": "Annulé : {done}",
    "undo.nothing": "Rien à annuler.",
    "key.delete_goal": "Supprimer l'objectif",
    "tip.delete_goal": "Supprimer cet objectif, ses points d'étape et son historique",
    "key.delete_priority": "Supprimer",
    "tip.delete_priority": "Supprimer la priorité et ses objectifs",
    "delete.goal_question": "Supprimer l'objectif « {title} » ? Partent avec lui : {checkpoints} et son historique. ctrl+z l'annule pendant la session.",
    "delete.priority_question": "Supprimer la priorité « {title} » ? Partent avec elle : {goals}, {checkpoints}. ctrl+z l'annule pendant la session.",
    "delete.goal_done": "Objectif « {title} » supprimé.",
    "delete.priority_done": "Priorité « {title} » supprimée.",
    "archive.question": "Archiver la priorité « {title} » ? Ses objectifs restent, dans une section à part.",
    "status.done": "Statut de « {title} » : {status}.",
    "delete.checkpoint_done": "Point d'étape du {date} ({value}) supprimé.",
    # -- l'accueil demande le nom de l'entreprise (issue 12, point 10) -----------------
    "welcome.name_title": "Votre entreprise",
    "welcome.name_intro": "Comment s'appelle votre entreprise ? Son nom titre votre tableau de bord et votre feuille de route. Échap pour passer.",
    "key.skip": "Passer",
    # -- tenir en 80×24 (issue 12, point 13) ------------------------------------------
    "help.scroll_hint": "↓ suite : flèches ou molette",
    "priority.detail": "Problématique : {problem}",
    # -- décisions de la revue : exemples dans les champs ----------------------------
    "placeholder.decision_note": "Facultatif",
    "placeholder.decision_what": "Ex. : annonces sur Lyon, +100 €/mois",
    "placeholder.decision_budget": "Facultatif",
    "placeholder.decision_hours": "Facultatif",
    "placeholder.decision_target": "Ex. : 2 800",
    "placeholder.decision_why.aim_higher": "Ex. : le référencement va plus vite",
    "placeholder.decision_why.move_deadline": "Ex. : site en ligne un mois plus tard",
    "placeholder.decision_why.abandon": "Ex. : notre clientèle n'y est pas",
    "placeholder.decision_note.keep_course": "Facultatif : lecture des chiffres",
    "placeholder.decision_note.mark_achieved": "Facultatif : ce qui a marché",
    "placeholder.decision_deadline": "Ex. : fin Q3, d'ici 2 mois",
}
