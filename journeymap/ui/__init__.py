"""The Qt desktop editor."""

# First of the editor's modules: PySide6 would read the source of each module
# imported after it (see the module's text).
import journeymap.ui.pyside_start  # noqa: F401
