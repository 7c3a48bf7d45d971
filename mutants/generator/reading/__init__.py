"""Reading content files: YAML into node trees, node trees into models, per-file checks."""
