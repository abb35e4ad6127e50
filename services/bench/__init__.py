"""The benchmark behind `make bench`: NLP overhead, streaming throughput, latency, memory, rebalances."""
