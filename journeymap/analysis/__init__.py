"""Graph analytics on a journey: flow and drop-off, pain points, channel switches,
structure checks and summaries. Pure functions returning plain data; no Qt."""
