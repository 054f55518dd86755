"""interchange layer (see DESIGN.md): the JSON interchange format and GraphML export. No Qt."""
from .errors import InterchangeError
from .graphml import write_graphml
from .json_format import (META_KEY, blueprint_from_dict, blueprint_to_dict, read_json,
                          write_json)

__all__ = ["InterchangeError", "META_KEY", "blueprint_from_dict", "blueprint_to_dict",
           "read_json", "write_graphml", "write_json"]
