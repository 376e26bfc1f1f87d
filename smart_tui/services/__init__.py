"""Application services: one function per user action, shared by the screens, the CLI and
the importer. Each validates with the domain's rules, runs in one transaction and returns a
typed result or raises a ``DomainError`` that carries a message key.

Screens and commands hold a :class:`Workspace` and call these modules; they never import
``smart_tui.storage``.
"""

from .workspace import DatabaseError, Workspace

__all__ = ["DatabaseError", "Workspace"]
