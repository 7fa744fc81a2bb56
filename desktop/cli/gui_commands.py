"""Commands of this group are registered here (placeholder until its issue lands)."""

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this group's subcommands to `koers`."""
