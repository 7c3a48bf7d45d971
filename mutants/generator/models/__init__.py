"""The guide's data: frozen dataclasses, dose arithmetic, and the JSON Schema made from them."""
