"""``python -m valuechain_gui.cli``: the same as the ``valuechain-gui`` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
