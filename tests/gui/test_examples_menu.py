"""File → New from example offers the examples shipped inside the package, and opens one as
an unsaved document; the window carries the application icon."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from blueprint_app.resources import example_files, resource_path
from blueprint_app.ui.app import create_application

from ui_support import EXAMPLES


def test_examples_are_shipped_in_the_package_and_match_examples_folder():
    shipped = example_files()
    assert [p.name for p in shipped] == sorted(p.name for p in EXAMPLES.glob("*.json"))
    assert all(p.is_relative_to(resource_path()) for p in shipped)
    for path in shipped:
        assert path.read_bytes() == (EXAMPLES / path.name).read_bytes()


def test_new_from_example_opens_the_chosen_example_unsaved(window):
    actions = [a for a in window.examples_menu.actions() if not a.isSeparator()]
    assert len(actions) == len(example_files()) == 3
    chosen = next(a for a in actions if "Online order" in a.text())
    chosen.trigger()
    expected = json.loads((EXAMPLES / "online-order-delivery.json").read_text(encoding="utf-8"))
    blueprint = window.session.blueprint
    assert blueprint.name == expected["name"]
    assert sorted(n.id for n in blueprint.nodes()) == sorted(n["id"] for n in expected["nodes"])
    assert window.session.path is None  # a copy: saving asks for a new file name


def test_application_has_its_icon_in_every_size():
    app = create_application()
    icon = QApplication.windowIcon()
    assert app is QApplication.instance() and not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
