"""canvas layer (see DESIGN.md)."""
