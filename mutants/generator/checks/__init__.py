"""Checks that span content files: references, progression chains, routines, review."""
