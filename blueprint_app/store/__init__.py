"""The `.blueprint` document file (CONTRACT.md §1): SQLModel tables, mappers, migrations,
atomic save. No Qt here."""
from .document import Document, load_blueprint, save_blueprint
from .errors import DocumentError
from .schema_facts import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "Document", "DocumentError", "SCHEMA_VERSION", "load_blueprint",
           "save_blueprint"]
