"""journeymap: a local-first desktop editor for customer journey maps."""

__version__ = "0.1.0"
"""The release; ``pyproject.toml`` reads it from here (one place to change it)."""

__all__ = ["__version__"]
