"""interchange layer (see DESIGN.md)."""
