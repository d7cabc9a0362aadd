"""Evidence from real data: survey answers become measurements, event logs
become customer flows.

* :mod:`~journeymap.evidence.tables` reads an answers table (CSV or XLSX, the
  common survey exports recognised) into plain text cells with row numbers;
* :mod:`~journeymap.evidence.mapping` is the survey mapping (JSON) that says
  which column answers which question of which step;
* :mod:`~journeymap.evidence.survey` rescales the answers and makes
  :class:`~journeymap.model.evidence.Measurement` s with a report;
* :mod:`~journeymap.evidence.matching` matches an event log's activities to
  steps (title, saved mapping, fuzzy suggestions);
* :mod:`~journeymap.evidence.engine` opens the ibis back end (DuckDB embedded,
  or Spark) and :mod:`~journeymap.evidence.flows` counts arrivals and moves
  with one ibis expression that both run;
* :mod:`~journeymap.evidence.apply` writes flows into a journey's volumes.

This layer sits beside ``export``: it may import the model and the analysis,
never Qt. The command ``journeymap evidence`` and the editor's File ▸ Import
Evidence… dialog both call it.
"""
