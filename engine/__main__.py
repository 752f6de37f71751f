"""Run the command-line interface: `python -m engine`."""

import sys

from .cli import entry

if __name__ == "__main__":
    sys.exit(entry())
