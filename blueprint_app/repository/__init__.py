"""Team repository (Qt-free): many journeys with their revisions, three-way merge, diff and
shared resources, on SQLite (``.bprepo``) or PostgreSQL. See docs/repository.md."""
from .errors import Conflict, ConflictError, ReadOnlyError, RepositoryError
from .repo import CommitResult, JourneyInfo, Repository, RevisionInfo
from .state import State, join, split

__all__ = ["Conflict", "ConflictError", "ReadOnlyError", "RepositoryError", "CommitResult",
           "JourneyInfo", "Repository", "RevisionInfo", "State", "join", "split"]
