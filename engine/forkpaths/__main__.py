"""Run the command-line interface: `python -m forkpaths`."""

import sys

from .cli import entry

if __name__ == "__main__":
    sys.exit(entry())
