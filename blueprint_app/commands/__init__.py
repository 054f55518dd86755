"""Undo commands (QUndoCommand): one class per user intention, calling public model
methods only and storing only ids and old/new values (DESIGN.md conventions 3-5)."""
from .arrange_commands import align_nodes_command, distribute_nodes_command
from .base import MacroCommand, position_of
from .edge_commands import AddEdgeCommand, ReverseEdgeCommand, UpdateEdgeCommand
from .node_commands import (AddNodeCommand, MoveNodesCommand, PasteItemsCommand,
                            RemoveItemsCommand, TidyUpCommand, UpdateNodeCommand)
from .stage_commands import (AddStageCommand, MoveStageCommand, RemoveStageCommand,
                             RenameBlueprintCommand, RenameStageCommand)

__all__ = [
    "AddEdgeCommand", "AddNodeCommand", "AddStageCommand", "MacroCommand", "MoveNodesCommand",
    "MoveStageCommand", "PasteItemsCommand", "RemoveItemsCommand", "RemoveStageCommand",
    "RenameBlueprintCommand", "RenameStageCommand", "ReverseEdgeCommand", "TidyUpCommand", "UpdateEdgeCommand",
    "UpdateNodeCommand", "align_nodes_command", "distribute_nodes_command", "position_of",
]
