"""newsdesk: scraped news articles to clean, annotated, quality-checked tables."""

__version__ = "0.1.0"
