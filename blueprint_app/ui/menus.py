"""Menus, toolbar and lane palette of the main window."""
from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QToolBar
from shiboken6 import isValid

from ..canvas.plain_text import plain_tooltip
from ..model import LANE_ORDER


# Chinese (and Japanese) menu texts carry the accelerator as a "(&F)" suffix: "文件(&F)"
MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&\s]\)")


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def _plain_icon_text(action) -> None:
    """Toolbar buttons show "新建(N)" for "新建(&N)": drop the "(&N)" there (menus keep it)."""
    if not isValid(action):  # ~QAction emits changed after its wrapper is gone
        return
    text = action.text()
    plain = MNEMONIC_SUFFIX.sub("", text)
    if plain != text and action.iconText() != plain:
        action.setIconText(plain)


def _add_to_toolbar(toolbar, action) -> None:
    toolbar.addAction(action)
    _plain_icon_text(action)
    action.changed.connect(partial(_plain_icon_text, action))  # undo/redo texts change


def build_menus_and_toolbars(window) -> None:
    a = window.actions_
    bar = window.menuBar()

    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(a.new)
    window.examples_menu = file_menu.addMenu(tr("New from e&xample"))
    _fill_examples_menu(window)
    file_menu.addAction(a.open)
    window.recent_menu = file_menu.addMenu(tr("Open &recent"))
    window.recent_menu.aboutToShow.connect(partial(_fill_recent_menu, window))
    file_menu.addSeparator()
    file_menu.addAction(a.save)
    file_menu.addAction(a.save_as)
    file_menu.addSeparator()
    file_menu.addAction(a.import_json)
    file_menu.addAction(a.import_spreadsheet)
    file_menu.addAction(a.import_incidents)
    file_menu.addAction(a.export)
    file_menu.addAction(a.export_pdf)
    file_menu.addAction(a.print)
    file_menu.addSeparator()
    file_menu.addAction(a.close)
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    for name in ("cut", "copy", "paste", "duplicate", "delete", "select_all"):
        edit_menu.addAction(getattr(a, name))
    edit_menu.addSeparator()
    edit_menu.addAction(a.rename_node)
    edit_menu.addAction(a.edge_flow)
    edit_menu.addAction(a.edge_support)
    arrange = edit_menu.addMenu(tr("A&rrange"))
    for name in ("align_left", "align_right", "align_top", "align_bottom",
                 "distribute_h", "distribute_v", "tidy"):
        arrange.addAction(getattr(a, name))
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addAction(a.find_next)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)

    view_menu = bar.addMenu(tr("&View"))
    for name in ("zoom_in", "zoom_out", "zoom_reset", "zoom_fit", "zoom_whole"):
        view_menu.addAction(getattr(a, name))
    view_menu.addSeparator()
    view_menu.addAction(a.presentation)
    view_menu.addAction(a.facilitator)
    view_menu.addAction(a.focus)
    view_menu.addSeparator()
    window.docks_menu = view_menu.addMenu(tr("&Docks"))
    for dock in window.docks.values():
        window.docks_menu.addAction(dock.toggleViewAction())
    window.toolbars_menu = view_menu.addMenu(tr("&Toolbars"))  # filled below
    view_menu.addAction(a.reset_layout)

    analysis_menu = bar.addMenu(tr("&Analysis"))
    analysis_menu.addAction(a.import_incidents)
    analysis_menu.addAction(a.suggest_probabilities)
    analysis_menu.addSeparator()
    analysis_menu.addAction(a.import_executions)
    analysis_menu.addSeparator()
    analysis_menu.addAction(a.portfolio)

    insert_menu = bar.addMenu(tr("&Insert"))
    for lane in LANE_ORDER:
        insert_menu.addAction(a.lane_actions[lane])
    insert_menu.addSeparator()
    insert_menu.addAction(a.add_stage)
    insert_menu.addAction(a.rename_stage)
    insert_menu.addAction(a.remove_stage)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)

    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    for action in (a.new, a.open, a.save):
        _add_to_toolbar(toolbar, action)
    # Undo/redo texts grow with the command ("Undo Add step …"): a short fixed button label,
    # the full text stays in the menu and the tooltip.
    for action, label in ((window.undo_action, tr("Undo")), (window.redo_action, tr("Redo"))):
        toolbar.addAction(action)
        action.setIconText(label)
    toolbar.addSeparator()
    for name in ("zoom_in", "zoom_out", "zoom_fit"):
        _add_to_toolbar(toolbar, getattr(a, name))
    toolbar.addSeparator()
    _add_to_toolbar(toolbar, a.facilitator)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    palette = QToolBar(tr("Lane palette"), window)
    palette.setObjectName("lane_palette")
    palette.addWidget(_palette_title())
    for lane in LANE_ORDER:
        palette.addAction(a.lane_actions[lane])
    _add_to_toolbar(palette, a.add_stage)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, palette)
    window.toolbars = [toolbar, palette]
    for bar in (toolbar, palette, window.viewing.find_bar, window.viewing.facilitator_bar):
        window.toolbars_menu.addAction(bar.toggleViewAction())


def _palette_title():
    from PySide6.QtWidgets import QLabel
    label = QLabel(tr(" Add: "))
    return label


def _fill_examples_menu(window) -> None:
    from ..resources import example_files
    for path in example_files():
        action = window.examples_menu.addAction(path.stem.replace("-", " ").capitalize())
        action.triggered.connect(partial(window.edit.new_from_example, path))


def _fill_recent_menu(window) -> None:
    menu: QMenu = window.recent_menu
    menu.clear()
    recent = window.app_settings.recent_files()
    for path_text in recent:
        action = menu.addAction(Path(path_text).name)
        action.setToolTip(plain_tooltip(path_text))
        action.setStatusTip(path_text)
        action.triggered.connect(partial(window.open_path, path_text))
    if not recent:
        menu.addAction(tr("(no recent files)")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(tr("Clear list"), window.app_settings.clear_recent_files)
