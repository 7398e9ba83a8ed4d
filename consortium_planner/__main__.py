"""`python -m consortium_planner`: the same as the `consortium-planner` command."""

import sys

from consortium_planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
