"""Koers's release number: one source for the package build, `koers --version`, bundles and PDFs."""

VERSION = "0.2.0"
