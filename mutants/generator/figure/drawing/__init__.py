"""The 3-D drawing engine: a stick body posed from joint angles, its props, and SVG."""
