"""Rendering: views of the models, safe text markup, URLs, and the Jinja2 templates."""
