"""Writers and readers of exchanged formats: map images, charts, Excel, CSV, Mermaid.

Only :mod:`journeymap.export.map_image` imports Qt (to render the map scene).
"""
