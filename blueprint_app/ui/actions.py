"""Every QAction of the main window, created in one place with its shortcut, so menus,
toolbars and the keyboard-shortcut help all list the same actions."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..canvas.labels import lane_singular
from ..model import LANE_ORDER, Lane


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _shortcuts(*keys) -> list[QKeySequence]:
    """Distinct key sequences: a duplicate disables the action (DESIGN.md, traps)."""
    seen: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
            else [QKeySequence(key)]
        for seq in sequences:
            if not seq.isEmpty() and seq not in seen:
                seen.append(seq)
    return seen


@dataclass
class Actions:
    by_name: dict[str, QAction] = field(default_factory=dict)
    lane_actions: dict[Lane, QAction] = field(default_factory=dict)

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["by_name"][name]
        except KeyError:
            raise AttributeError(name) from None


def lane_title(lane: Lane) -> str:
    """One node of the lane, as the Insert menu names it (the lane table's singular)."""
    return lane_singular(lane)


def build_actions(parent) -> Actions:
    S = QKeySequence.StandardKey
    specs = [
        # name, text, shortcuts
        ("new", tr("&New"), (S.New,)),
        ("open", tr("&Open…"), (S.Open,)),
        ("save", tr("&Save"), (S.Save,)),
        ("save_as", tr("Save &As…"), (S.SaveAs,)),
        ("import_json", tr("&Import JSON…"), ()),
        ("import_spreadsheet", tr("Import &spreadsheet…"), ()),
        ("export", tr("&Export…"), ("Ctrl+E",)),
        ("export_pdf", tr("Export &PDF…"), ("Ctrl+Shift+E",)),
        ("print", tr("&Print…"), (S.Print,)),
        ("import_incidents", tr("Import &incident log…"), ()),
        ("import_executions", tr("Import e&xecution records…"), ()),
        ("suggest_probabilities", tr("&Suggest failure probabilities from incidents…"), ()),
        ("portfolio", tr("P&ortfolio…"), ()),
        ("close", tr("&Close"), (S.Close,)),
        ("quit", tr("&Quit"), (S.Quit,)),
        ("cut", tr("Cu&t"), (S.Cut,)),
        ("copy", tr("&Copy"), (S.Copy,)),
        ("paste", tr("&Paste"), (S.Paste,)),
        ("duplicate", tr("D&uplicate"), ("Ctrl+D",)),
        ("delete", tr("&Delete"), (S.Delete, "Backspace")),
        ("select_all", tr("Select &all"), (S.SelectAll,)),
        ("find", tr("&Find…"), (S.Find,)),
        ("find_next", tr("Find &next"), (S.FindNext,)),
        ("rename_node", tr("&Rename node"), ("F2",)),
        ("preferences", tr("Pre&ferences…"), (S.Preferences,)),
        ("align_left", tr("Align &left"), ()),
        ("align_right", tr("Align &right"), ()),
        ("align_top", tr("Align &top"), ()),
        ("align_bottom", tr("Align &bottom"), ()),
        ("distribute_h", tr("Distribute &horizontally"), ()),
        ("distribute_v", tr("Distribute &vertically"), ()),
        ("tidy", tr("&Tidy up"), ("Ctrl+Shift+T",)),
        ("zoom_in", tr("Zoom &in"), (S.ZoomIn, "Ctrl+=")),
        ("zoom_out", tr("Zoom &out"), (S.ZoomOut,)),
        ("zoom_reset", tr("Zoom &100 %"), ("Ctrl+0",)),
        ("zoom_fit", tr("Zoom to &fit"), ("Ctrl+Shift+F",)),
        ("zoom_whole", tr("&Whole map"), ("Ctrl+Alt+0",)),
        ("focus", tr("F&ocus on the map (hide docks)"), ("Ctrl+Shift+H",)),
        ("reset_layout", tr("&Reset layout"), ()),
        ("presentation", tr("&Presentation mode"), ("F5",)),
        ("facilitator", tr("&Facilitator mode (keyboard entry)"), ("Ctrl+Shift+K",)),
        ("add_stage", tr("&Stage"), ("Ctrl+Shift+N",)),
        ("rename_stage", tr("Rena&me stage…"), ()),
        ("remove_stage", tr("Remo&ve stage…"), ()),
        ("edge_flow", tr("Make selected edges &flow"), ()),
        ("edge_support", tr("Make selected edges &support"), ()),
        ("shortcuts", tr("&Keyboard shortcuts"), (S.HelpContents,)),
        ("about", tr("&About Touchpoint Blueprint Studio"), ()),
    ]
    actions = Actions()
    for name, text, keys in specs:
        action = QAction(text, parent)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcuts(_shortcuts(*keys))
        actions.by_name[name] = action
    undo_stack_actions(actions, parent)
    for lane in LANE_ORDER:
        action = QAction(lane_title(lane), parent)
        action.setObjectName(f"action_add_{lane.value}")
        action.setShortcut(QKeySequence(lane.row.shortcut))
        action.setData(lane.value)
        actions.lane_actions[lane] = action
    actions.presentation.setCheckable(True)
    actions.facilitator.setCheckable(True)
    actions.focus.setCheckable(True)
    return actions


def undo_stack_actions(actions: Actions, parent) -> None:
    """Undo and redo are created by the window from its QUndoStack; placeholders here."""
    return None
