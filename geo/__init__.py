"""Conflict and security events read out of news articles, placed on an offline map."""

__version__ = "0.1.0"
