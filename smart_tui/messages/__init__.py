"""Message catalogues: ``fr`` and ``en`` hold the same keys with the same placeholders."""
