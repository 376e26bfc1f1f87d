"""Catalogue français — ne rien perdre de ce qui est tapé, supprimer et annuler, démo,
légende SMART (issue 12)."""

UX: dict[str, str] = {
    # -- modifications non enregistrées (issue 12, point 1) ---------------------------
    "unsaved.question": "Des modifications ne sont pas enregistrées. Que voulez-vous en faire ?",
    "unsaved.question_wizard": "Cet objectif n'est pas enregistré. Le garder comme brouillon ?",
    "unsaved.save": "Enregistrer",
    "unsaved.discard": "Ne pas enregistrer",
    "unsaved.cancel": "Annuler",
    "unsaved.saved_draft": "Brouillon enregistré.",
    # -- la légende SMART du tableau de bord (issue 12, point 4) ---------------------
    "legend.smart": "SMART : ",
    # -- l'énoncé suit la cible (issue 12, point 7) -----------------------------------
    "retitle.question": "La cible est passée de {old} à {new}. Mettre à jour l'énoncé ?\n« {before} »\n→ « {after} »",
    "retitle.yes": "Mettre à jour",
    "retitle.no": "Garder tel quel",
    "retitle.done": "Énoncé mis à jour.",
    "review.statement": "« {statement} »",
    # -- sortir de la démo (issue 12, point 9) ----------------------------------------
    "key.own_data": "Revenir à mes données",
    "tip.own_data": "Quitter l'exemple et retrouver votre propre base",
    "ui.own_data_back": "Vous êtes de retour sur vos données.",
}
