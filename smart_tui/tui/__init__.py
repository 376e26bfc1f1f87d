"""The Textual app. Knows Textual, the domain and the Store API; never sqlite_utils."""
