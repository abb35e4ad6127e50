"""Offline evaluation of the enrichment against gold-annotated corpora (python -m services.evaluation)."""
