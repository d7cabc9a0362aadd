"""The Qt desktop editor."""
