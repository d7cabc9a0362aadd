"""journeymap: a local-first desktop editor for customer journey maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("journeymap")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
