"""The Roadmap tab: opportunities as a board by status and an impact × effort matrix."""
