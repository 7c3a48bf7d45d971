"""An exercise's figure: read from YAML, checked, described in words and drawn as SVG."""
