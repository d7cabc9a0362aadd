"""The Library panel and what ties it to a window: shared personas and channels,
stale copies, sub-journeys."""
