"""Subcommands of `forkpaths`: one module each (HELP, DESCRIPTION, add_arguments, run)."""
