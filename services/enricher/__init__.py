"""The enricher service: raw articles to enriched articles and incident sets."""
