"""Streaming news enrichment: enricher, aggregator, publisher and operations tools."""

__version__ = "0.1.0"
