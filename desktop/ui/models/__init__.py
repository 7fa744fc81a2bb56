"""Qt item models over vault data (tested without a window)."""
