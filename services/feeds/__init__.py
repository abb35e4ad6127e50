"""The feed poller: RSS, RDF, Atom and JSON Feed entries onto articles.raw, politely and without repeats."""
