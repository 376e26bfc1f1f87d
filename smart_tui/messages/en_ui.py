"""English catalogue of the interface (screens, keys, command palette)."""

UI: dict[str, str] = {
    # -- keys (Footer, help) ------------------------------------------------------
    "key.quit": "Quit",
    "key.help": "Help",
    "key.palette": "Commands",
    "key.new_goal": "New goal",
    "key.priorities": "Priorities",
    "key.open": "Open",
    "key.log": "Checkpoint",
    "key.review": "Review",
    "key.export": "Export",
    "key.settings": "Profile",
    "key.demo": "Example",
    "key.refresh": "Refresh",
    "key.back": "Back",
    "key.close": "Close",
    "key.add": "Add",
    "key.edit": "Edit",
    "key.archive": "Archive/restore",
    "key.move_up": "Move up",
    "key.move_down": "Move down",
    "key.save": "Save",
    "key.cancel": "Cancel",
    "key.yes": "Yes",
    "key.no": "No",
    "key.next": "Next step",
    "key.previous": "Previous step",
    "key.save_draft": "Draft",
    "key.activate": "Activate",
    "key.status": "Status",
    "key.delete": "Delete",
    "key.correct": "Correct",
    "tip.quit": "Quit smart-tui (everything is already saved)",
    "tip.help": "Every key of this screen",
    "tip.palette": "Find an action by name",
    "tip.new_goal": "Write a SMART goal step by step (step 2)",
    "tip.priorities": "Pick 2 or 3 strategic axes (step 1)",
    "tip.open": "Open the goal's card",
    "tip.log": "Record the measured value of the selected goal",
    "tip.review": "Review the goals that are due (step 4)",
    "tip.export": "Roadmap, spreadsheet, calendar, backup (step 3)",
    "tip.settings": "Business name, capacity, language, theme",
    "tip.demo": "Try the app on a fictional shop",
    "tip.refresh": "Read the database again (if another program changed it)",
    "tip.back": "Back to the previous screen",
    # -- command palette -------------------------------------------------------------
    "ui.palette_placeholder": "Find an action…",
    "cmd.new_goal": "New goal",
    "cmd.priorities": "Priorities",
    "cmd.review": "Review session",
    "cmd.export": "Export",
    "cmd.settings": "Profile and settings",
    "cmd.help": "Help",
    "cmd.help_help": "Every key of the current screen",
    "cmd.theme": "Light / dark theme",
    "cmd.theme_help": "Switch between the light and the dark theme",
    "cmd.quit": "Quit",
    "cmd.quit_help": "Quit smart-tui",
    # -- dashboard -----------------------------------------------------------------------
    "ui.demo_badge": "EXAMPLE DATA",
    "ui.due_summary": "{count} goal(s) due for review — {date}",
    "ui.nothing_due": "No checkpoint due — {date}",
    "ui.priority_heading": "Priority {number} · {title} ({category})",
    "ui.section_orphans": "Goals without an active priority",
    "ui.section_drafts": "Drafts",
    "ui.section_closed": "Closed goals",
    "ui.no_goals_in_priority": "No goal here yet (n: new goal)",
    "ui.untitled_goal": "(untitled goal)",
    "ui.checkpoint_due": "checkpoint due ({date})",
    "ui.next_checkpoint": "next checkpoint: {date}",
    "ui.welcome": (
        "Welcome to smart-tui!\n\n"
        "The SMART method in four steps:\n"
        "  1. Priorities — pick 2 or 3 strategic axes, each with the problem it answers.\n"
        "  2. Formulation — turn a vague wish into a Specific, Measurable, Achievable,\n"
        "     Relevant and Time-bound goal.\n"
        "  3. Formalize and share — roadmap, spreadsheet, calendar.\n"
        "  4. Follow and adjust — checkpoints, trajectory, decisions.\n\n"
        "To start:\n"
        "  p  create my first priority\n"
        "  d  open the example data (a fictional shop)\n"
        "  ?  help"
    ),
}
