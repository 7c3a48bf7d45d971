"""Turns the guide's exercise and routine YAML into Markdown pages for MkDocs."""
