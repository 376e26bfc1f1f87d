"""The browser door: ``smart-tui serve`` (textual-serve), imported only by that command."""
