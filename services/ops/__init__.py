"""Operations tools: consumer lag, and the local demo runner behind `make run`."""
