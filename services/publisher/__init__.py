"""The publisher: raw articles from files or stdin onto articles.raw."""
