"""The brief: a Qt-free document model, typeset with Typst into a tagged PDF/UA-1 file."""
