"""Set the window up for the repository screenshots (docs/images/repository-*.png):
    laptop-shot docs/images/repository-history 14 -- .venv/bin/python packaging/repository_shots.py history
    laptop-shot docs/images/repository-overlay 14 -- .venv/bin/python packaging/repository_shots.py overlay
    laptop-shot docs/images/repository-conflict 14 -- .venv/bin/python packaging/repository_shots.py conflict
A temporary repository holds the online-order example, a colleague's revisions and a
working copy with local edits."""
from __future__ import annotations

import copy
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from blueprint_app.repository import ConflictError, Repository
from blueprint_app.repository.files import read_file

ROOT = Path(__file__).resolve().parents[1]


def main(mode: str) -> int:
    from blueprint_app.ui.app import create_application
    from blueprint_app.ui.main_window import MainWindow
    app = create_application([sys.argv[0]])
    folder = Path(tempfile.mkdtemp())
    url = str(folder / "team.bprepo")
    repo = Repository.create(url)
    data = read_file(ROOT / "examples" / "online-order-delivery.json")[0]
    repo.add(data, "online-order", author="ann", message="Imported from the workshop")
    second = copy.deepcopy(data)
    second["nodes"][1]["label"] = "Order confirmation e-mail and SMS"
    second["nodes"][4]["owner"] = "Customer service"
    repo.commit("online-order", second, 1, author="bob", message="Confirmation by SMS too")
    third = copy.deepcopy(second)
    gone = third["nodes"].pop(6)
    third["edges"] = [e for e in third["edges"] if gone["id"] not in (e["source"], e["target"])]
    third["nodes"].append({"id": "c-parcel-tracking", "lane": "customer", "label": "Tracks the parcel",
                           "stage": data["stages"][3]["id"]})
    repo.commit("online-order", third, 2, author="carol", message="Tracking step; drop duplicate")
    window = MainWindow()
    window.resize(1366, 740)
    window.show()
    controller = window.repository
    controller.checkout(url, "online-order", folder / "online-order.blueprint", rev=3)
    controller.dock.show()
    controller.dock.raise_()
    if mode in ("history", "overlay"):
        dock = controller.dock
        dock.table.selectRow(len(dock.revisions) - 1)  # revision 1
        dock.compare_with(1)
        rows = [dock.changes.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(dock.changes.count())]
        if mode == "overlay":  # the removed node: a ghost where it stood
            QTimer.singleShot(600, lambda: window.view.set_zoom(0.8))
            QTimer.singleShot(800, lambda: dock.changes.setCurrentRow(
                next(i for i, (change, _) in enumerate(rows) if change == "removed")))
        else:
            QTimer.singleShot(800, lambda: dock.step(1))
    else:
        mine = copy.deepcopy(third)
        mine["nodes"][1]["label"] = "Order confirmation in the app"
        mine["nodes"][4]["description"] = "Calls back within one hour"
        theirs = copy.deepcopy(third)
        theirs["nodes"][1]["label"] = "Order confirmation by letter"
        theirs["nodes"] = [n for n in theirs["nodes"] if n["id"] != mine["nodes"][4]["id"]]
        theirs["edges"] = [e for e in theirs["edges"]
                           if mine["nodes"][4]["id"] not in (e["source"], e["target"])]
        theirs["name"] = "Online order to doorstep (2027)"
        mine["name"] = "Online order: web shop"
        repo.commit("online-order", theirs, 3, author="dave", message="Letters")
        try:
            repo.commit("online-order", mine, 3)
        except ConflictError as error:
            from blueprint_app.ui.repository_dialogs import ConflictDialog
            dialog = ConflictDialog(error.conflicts, error.head, window)
            QTimer.singleShot(500, dialog.show)
        controller.refresh()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "history"))
