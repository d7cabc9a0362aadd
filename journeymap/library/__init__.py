"""A folder of journeys as a library: its catalogue, a search across it, the
personas and channels its journeys share, and links from a step to a
sub-journey.

Reads files and runs git; never imports Qt. It sits beside ``canvas`` in the
layers: it may use the model and the analysis, and the editor, the exporters
and the commands may use it.

- :mod:`~journeymap.library.catalogue`: every journey of a folder with its
  title, steps, personas, last change and worst pain points; broken files
  listed with their problem;
- :mod:`~journeymap.library.search`: words found in titles, steps, notes and
  personas of every journey;
- :mod:`~journeymap.library.shared`: the library file ``library.json`` of
  shared personas and channels, the copies journeys keep, and which copies are
  stale;
- :mod:`~journeymap.library.links`: a step's sub-journey, and the drop-off at
  that step taken from the sub-journey's conversion.
"""

LIBRARY_FILE = "library.json"
"""The shared personas and channels of a library: this file at the top of its folder."""

__all__ = ["LIBRARY_FILE"]
