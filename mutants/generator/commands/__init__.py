"""The commands the command line runs: check, build, site, new, schema, figures."""
