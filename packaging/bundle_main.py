"""Entry point of the desktop bundle (PyInstaller): the same ``main`` as the installed
``blueprint-app`` script, so the bundle runs the GUI and every command-line command."""
import sys

from blueprint_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
