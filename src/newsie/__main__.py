"""``python -m newsie`` runs the command line."""

import sys

from newsie.cli import main

sys.exit(main())
