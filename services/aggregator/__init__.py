"""The aggregator service: incident sets to per-country counts on a compacted table topic."""
