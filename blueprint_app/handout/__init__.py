"""The committee handout as plain data, built once from the analyses (issue 13): the PDF
draws it (export/ imports model, look and this package only) and the Analysis dock shows its
decision. Qt-free."""
from .build import LIMITS, build_handout, decision_of
from .facts import Decision, Fix, Handout

__all__ = ["Decision", "Fix", "Handout", "LIMITS", "build_handout", "decision_of"]
