"""The region brief: a Qt-free document model, rendered to PDF with QtGui only (never QtWidgets)."""
