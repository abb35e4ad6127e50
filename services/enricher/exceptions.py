"""Errors of the enricher."""


class NlpTimeoutError(TimeoutError):
    """An article's NLP went over its time budget (dead-lettered as nlp_timeout)."""


class RemoteNlpError(RuntimeError):
    """The NLP raised on an article in the NLP process (dead-lettered as nlp_failed)."""
