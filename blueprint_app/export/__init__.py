"""export layer (see DESIGN.md): PDF drawn with reportlab from the model's geometry. No Qt."""
from .options import PAPERS, SECTIONS, PdfOptions, PdfOptionsError
from .pdf import PdfExportError, export_pdf
from .wording import LANGUAGES, Wording, detect_language, wording

__all__ = ["LANGUAGES", "PAPERS", "SECTIONS", "PdfExportError", "PdfOptions", "PdfOptionsError",
           "Wording", "detect_language", "export_pdf", "wording"]
