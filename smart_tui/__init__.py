"""smart-tui: SMART web-marketing goals, from priorities to follow-up, in the terminal."""

__version__ = "0.1.0"
