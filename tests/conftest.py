import os

# Tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
