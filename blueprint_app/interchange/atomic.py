"""Interchange files are written through the shared atomic writer."""
from ..atomic_file import write_bytes_atomic

__all__ = ["write_bytes_atomic"]
