"""Errors shared by the services."""


class InvalidArticleError(ValueError):
    """A raw article that breaks the input contract; `reason` is the DLQ reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
