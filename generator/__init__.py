"""Briefing: turn news articles about investment announcements into a briefing site."""

__version__ = "0.1.0"
