"""Benchmarks: `python -m benchmarks [name ...]` runs them and prints one table each."""
