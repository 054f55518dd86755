"""export layer (see DESIGN.md): PDF drawn with reportlab from the model's geometry. No Qt."""
from .options import PAPERS, SECTIONS, PdfOptions, PdfOptionsError
from .pdf import PdfExportError, export_pdf

__all__ = ["PAPERS", "SECTIONS", "PdfExportError", "PdfOptions", "PdfOptionsError", "export_pdf"]
