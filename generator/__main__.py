"""`python -m generator` runs the same CLI as `briefing`."""

from generator.cli import run

run()
