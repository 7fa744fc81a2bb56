"""Everything that leaves the vault as a file: plan PDFs, export bundles, monitoring reports."""
