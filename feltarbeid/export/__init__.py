"""Export for coding: tables (CSV/XLSX/Parquet), REFI-QDA (.qdpx/.qdc), transcript
documents (DOCX/TXT) and quotes. ``export_study`` is the stage's entry point; ``collect``
decides what goes out."""

from .collect import ExportSet, collect
from .run import FORMATS, ExportResult, export_study, parse_formats

__all__ = ["FORMATS", "ExportResult", "ExportSet", "collect", "export_study", "parse_formats"]
