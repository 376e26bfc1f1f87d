"""The Textual app. Knows Textual, the domain and the services; never storage nor SQLite."""
