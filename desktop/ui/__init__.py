"""The PySide6 screens and widgets: the only package that imports Qt. They use the vault
service API only, never the database."""
