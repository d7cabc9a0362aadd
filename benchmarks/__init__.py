"""Benchmarks of journeymap's hot paths, each beside its floor. Run ``python benchmarks/run.py``."""
