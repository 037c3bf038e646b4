"""`python -m generator` runs the same CLI as `briefing`."""

import sys

from generator.cli import main

sys.exit(main())
