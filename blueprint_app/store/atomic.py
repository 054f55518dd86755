"""The store writes through the shared atomic writer (see blueprint_app.atomic_file)."""
from ..atomic_file import atomic_write, fsync_file, fsync_folder

__all__ = ["atomic_write", "fsync_file", "fsync_folder"]
