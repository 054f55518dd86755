"""The team repository in the main window: File → Open from repository…, Commit…, Update;
the journey and revision in the title bar ("behind by 2" when the head has moved); the
History dock. Installed by one call from the main window (``install``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox
from shiboken6 import isValid

from ..commands.content_commands import ReplaceContentCommand
from ..interchange.json_format import blueprint_to_dict
from ..repository import ConflictError, Repository, RepositoryError
from ..repository.files import Link, link_of, set_link, to_blueprint, write_file
from ..repository.merge import merge3, resolve
from ..repository.state import join, split
from ..store import DocumentError

HEAD_POLL_MS = 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("RepositoryUi", text)


class RepositoryController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.head: int | None = None  # the repository's head as last seen
        self.open_action = QAction(tr("Open from re&pository…"), window)
        self.commit_action = QAction(tr("Co&mmit to repository…"), window)
        self.update_action = QAction(tr("&Update from repository"), window)
        self.open_action.triggered.connect(self.open_from_repository)
        self.commit_action.triggered.connect(self.commit)
        self.update_action.triggered.connect(self.update)
        for action in (self.open_action, self.commit_action, self.update_action):
            window.addAction(action)  # shortcuts keep working with hidden menus
        from .repository_history import RepositoryHistoryDock
        self.dock = RepositoryHistoryDock(window, self)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(HEAD_POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        window.session.blueprint_replaced.connect(self._on_session_blueprint_replaced)
        # undoing an Update takes the base revision back: the title follows
        window.session.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    # ----- state ----------------------------------------------------------------------------
    def link(self) -> Link | None:
        return link_of(self.window.session.blueprint)

    def title_suffix(self) -> str:
        link = self.link()
        if link is None:
            return ""
        text = f" — {link.journey} @ {tr('revision %1').replace('%1', str(link.base))}"
        if self.head is not None and self.head > link.base:
            text += " " + tr("(behind by %1)").replace("%1", str(self.head - link.base))
        return text

    def current_state(self):
        return split(blueprint_to_dict(self.window.session.blueprint))

    def revision_state(self, rev: int):
        link = self.link()
        if link is None:
            return None
        try:
            with _opened(link.url) as repo:
                return repo.state(link.journey, rev)[0]
        except RepositoryError as error:
            self._warn(tr("Repository"), str(error))
            return None

    def refresh(self) -> None:
        """Ask the repository for the head and the history (quietly: offline is fine)."""
        link = self.link()
        self.actions_enabled(link is not None)
        if link is None:
            self.head = None
            self.dock.show_revisions(tr("This document is not from a repository. "
                                        "Use File → Open from repository…"), [])
        else:
            try:
                with _opened(link.url) as repo:
                    revisions = repo.log(link.journey)
                self.head = revisions[0].rev if revisions else None
                status = tr("%1 in %2: your base is revision %3, the head is %4.") \
                    .replace("%1", link.journey).replace("%2", link.url) \
                    .replace("%3", str(link.base)).replace("%4", str(self.head))
                self.dock.show_revisions(status, revisions)
            except RepositoryError as error:
                self.dock.show_revisions(str(error), [])
        self.window._update_title()

    def actions_enabled(self, linked: bool) -> None:
        self.commit_action.setEnabled(linked)
        self.update_action.setEnabled(linked)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if isValid(self.window):  # the session clears its stack after the window is gone
            self.window._update_title()

    def _on_session_blueprint_replaced(self) -> None:
        self.dock.clear_comparison()
        self.refresh()

    # ----- open -----------------------------------------------------------------------------
    def open_from_repository(self) -> None:
        from .repository_dialogs import OpenFromRepositoryDialog
        dialog = OpenFromRepositoryDialog(self.window)
        if not dialog.exec():
            return
        journey, url = dialog.selected(), dialog.url_edit.text().strip()
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Working copy of %1").replace("%1", journey.id),
            str(Path.home() / f"{journey.id}.blueprint"), tr("Blueprint documents (*.blueprint)"))
        if path:
            self.checkout(url, journey.id, Path(path))

    def checkout(self, url: str, journey: str, path: Path, rev: int | None = None) -> bool:
        try:
            with _opened(url) as repo:
                data, rev = repo.checkout(journey, rev)
            write_file(data, path, Link(url, journey, rev))
        except RepositoryError as error:
            self._warn(tr("Cannot check out"), str(error))
            return False
        return self.window.open_path(path)

    # ----- commit and update ----------------------------------------------------------------
    def commit(self) -> None:
        link = self.link()
        if link is None:
            return
        message, ok = QInputDialog.getText(self.window, tr("Commit to repository"),
                                           tr("What did you change?"), QLineEdit.EchoMode.Normal)
        if ok:
            self.commit_with(message)

    def commit_with(self, message: str, choices_for=None) -> bool:
        """Commit the document; on conflicts, let the user pick sides (``choices_for``
        replaces the dialog in tests) and commit the result."""
        link = self.link()
        ours, base = blueprint_to_dict(self.window.session.blueprint), link.base
        try:
            with _opened(link.url) as repo:
                while True:
                    try:
                        result = repo.commit(link.journey, ours, base, message=message)
                        break
                    except ConflictError as error:
                        choices = self._choose(error, choices_for)
                        if choices is None:
                            return False
                        merged, conflicts = merge3(repo.state(link.journey, base)[0],
                                                   split(ours), repo.state(link.journey, error.head)[0])
                        ours, base = join(resolve(merged, conflicts, choices)), error.head
        except RepositoryError as error:
            self._warn(tr("Commit failed"), str(error))
            return False
        committed = Link(link.url, link.journey, result.rev)
        if join(result.state) != blueprint_to_dict(self.window.session.blueprint):
            # merged with colleagues' revisions: their changes come in as one undo step
            self._take(join(result.state), committed,
                       tr("Commit merged into revision %1").replace("%1", str(result.rev)))
        else:
            set_link(self.window.session.blueprint, committed)
        self._mark_committed()
        self.window.statusBar().showMessage(
            tr("Committed revision %1").replace("%1", str(result.rev)), 5000)
        return True

    def update(self, choices_for=None) -> bool:
        """Bring the head into the document, merging local edits (not committed)."""
        link = self.link()
        if link is None:
            return False
        ours = split(blueprint_to_dict(self.window.session.blueprint))
        try:
            with _opened(link.url) as repo:
                head = repo.head(link.journey)
                head_state = repo.state(link.journey, head)[0]
                merged, conflicts = merge3(repo.state(link.journey, link.base)[0], ours,
                                           head_state)
        except RepositoryError as error:
            self._warn(tr("Update failed"), str(error))
            return False
        if conflicts:
            choices = self._choose(ConflictError(conflicts, head), choices_for,
                                   tr("&Update with these choices"))
            if choices is None:
                return False
            merged = resolve(merged, conflicts, choices)
        if head == link.base and join(merged) == join(ours):
            self.window.statusBar().showMessage(tr("Already at the head revision"), 5000)
            return True
        self._take(join(merged), Link(link.url, link.journey, head),
                   tr("Update to revision %1").replace("%1", str(head)))
        if join(merged) == join(head_state):
            self._mark_committed()  # no local edits: the document is the head, as committed
        self.refresh()
        return True

    def _choose(self, error: ConflictError, choices_for, action_text=None):
        if choices_for is not None:
            return choices_for(error)
        from .repository_dialogs import ConflictDialog
        dialog = ConflictDialog(error.conflicts, error.head, self.window, action_text)
        return dialog.choices() if dialog.exec() else None

    def _take(self, data: dict, link: Link, text: str) -> None:
        """Bring ``data`` (remembering ``link``) into the document as one undo step, so
        Ctrl+Z gives back the document as it was, base revision included."""
        session = self.window.session
        target = to_blueprint(data)
        set_link(target, link)
        session.undo_stack.push(ReplaceContentCommand(session.blueprint, target, text))

    def _mark_committed(self) -> None:
        """The document now is a committed revision: save it and mark the undo stack clean
        (the undo history stays)."""
        session = self.window.session
        if session.path is not None and not session.read_only:
            try:
                session.save()
            except (DocumentError, OSError) as error:
                self._warn(tr("Cannot save"), str(error))
                return
        session.undo_stack.setClean()
        self.window._update_title()

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)


class _opened:
    def __init__(self, url: str):
        self.url = url

    def __enter__(self) -> Repository:
        self.repo = Repository.open(self.url)
        return self.repo

    def __exit__(self, *exc) -> None:
        self.repo.close()


def install(window) -> RepositoryController:
    """Add the repository actions to the File menu and the History dock to the window."""
    controller = RepositoryController(window)
    file_menu = window.menuBar().actions()[0].menu()
    anchor = next((a for a in file_menu.actions() if a.isSeparator()), None)
    file_menu.insertAction(anchor, controller.open_action)
    file_menu.insertAction(anchor, controller.commit_action)
    file_menu.insertAction(anchor, controller.update_action)
    overview = getattr(window, "docks", {}).get("overview")
    if overview is not None:  # full height beside the canvas, a tab next to the overview
        window.tabifyDockWidget(overview, controller.dock)
        overview.raise_()
    if getattr(window, "docks_menu", None) is not None:
        window.docks_menu.addAction(controller.dock.toggleViewAction())
    controller.refresh()
    return controller
