"""The frozen application's program: ``valuechain-gui`` built by PyInstaller runs this.

The same as the ``valuechain-gui`` command a ``pip install`` makes: every subcommand, ``--version``
and opening files. PyInstaller needs a script (not a package's ``__main__`` with relative
imports), so this one only calls :func:`valuechain_gui.cli.main`.
"""

import sys

from valuechain_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
