"""The alert consumer: reads incidents.by_country and raises threshold and spike alerts on `alerts`."""
