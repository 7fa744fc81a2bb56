"""Koers's data files (vocabularies, instruments, fonts, translations), shipped inside the package."""
