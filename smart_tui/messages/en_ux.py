"""English catalogue — never lose what was typed, deleting and undo, the demo, the SMART
legend (issue 12)."""

UX: dict[str, str] = {
    # -- unsaved changes (issue 12, item 1) -------------------------------------------
    "unsaved.question": "Some changes are not saved. What should be done with them?",
    "unsaved.question_wizard": "This goal is not saved. Keep it as a draft?",
    "unsaved.question_edit": "Save your changes to this goal?",
    "unsaved.keep_editing": "Keep editing",
    "unsaved.save": "Save",
    "unsaved.discard": "Don't save",
    "unsaved.cancel": "Cancel",
    "unsaved.saved_draft": "Draft saved.",
    # -- la légende SMART du tableau de bord (issue 12, point 4) ---------------------
    "legend.smart": "SMART: ",
    # -- the statement follows the target (issue 12, item 7) -------------------------
    "retitle.target_changed": "The target went from {old} to {new}.",
    "retitle.deadline_changed": "The deadline moved from {old} to {new}.",
    "retitle.question": "{changes} Update the statement?\n“{before}”\n→ “{after}”",
    "retitle.yes": "Update",
    "retitle.no": "Keep as is",
    "retitle.done": "Statement updated.",
    "review.statement": "“{statement}”",
    # -- a way out of the demo (issue 12, item 9) -------------------------------------
    "key.own_data": "Back to my data",
    "tip.own_data": "Leave the example and return to your own database",
    "ui.own_data_back": "Back to your own data.",
    # -- deleting and undo (issue 12, item 11) ----------------------------------------
    "key.undo": "Undo the last action",
    "tip.undo": "Undo the last deletion or status change, as long as nothing else changed since",
    "undo.hint": "{done} ctrl+z to undo.",
    "undo.done": "Undone — {done}",
    "undo.nothing": "Nothing to undo.",
    "key.delete_goal": "Delete the goal",
    "tip.delete_goal": "Delete this goal, its checkpoints and its history",
    "key.delete_priority": "Delete",
    "tip.delete_priority": "Delete the priority and its goals",
    "delete.goal_question": "Delete the goal “{title}”? Going with it: {checkpoints} and its history. ctrl+z undoes it during this session.",
    "delete.priority_question": "Delete the priority “{title}”? Going with it: {goals}, {checkpoints}. ctrl+z undoes it during this session.",
    "delete.goal_done": "Goal “{title}” deleted.",
    "delete.priority_done": "Priority “{title}” deleted.",
    "archive.question": "Archive the priority “{title}”? Its goals stay, in a section of their own.",
    "status.done": "Status of “{title}”: {status}.",
    "delete.checkpoint_done": "Checkpoint of {date} ({value}) deleted.",
    # -- the welcome asks the business's name (issue 12, item 10) ---------------------
    "welcome.name_title": "Your business",
    "welcome.name_intro": "What is your business called? Its name titles your dashboard and your roadmap. Escape to skip.",
    "key.skip": "Skip",
    # -- fitting 80×24 (issue 12, item 13) -------------------------------------------
    "help.scroll_hint": "↓ more: arrows or wheel",
    "priority.detail": "Problem: {problem}",
    # -- review decisions: examples in the fields -----------------------------------
    "placeholder.decision_note": "Optional",
    "placeholder.decision_what": "E.g. Lyon-only ads, +€100/month",
    "placeholder.decision_budget": "Optional",
    "placeholder.decision_hours": "Optional",
    "placeholder.decision_target": "E.g. 2,800",
    "placeholder.decision_why.aim_higher": "E.g. organic search grows faster",
    "placeholder.decision_why.move_deadline": "E.g. the new site is a month late",
    "placeholder.decision_why.abandon": "E.g. our customers are not there",
    "placeholder.decision_note.keep_course": "Optional: what you see in the figures",
    "placeholder.decision_note.mark_achieved": "Optional: what made it work",
    "placeholder.decision_deadline": "E.g. end of Q3, in 2 months",
    "wizard.not_a_draft": "This goal is no longer a draft: ctrl+s saves your changes.",
    "review.closed": "This goal is {status}: the review no longer changes it. → next goal, esc to finish.",
    "checkpoint.unchanged": "Nothing changed: the checkpoint of {date} is already {value}.",
}
