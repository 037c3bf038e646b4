"""Jobs finder (placeholder)."""

from generator.extract.document import Document
from generator.model import Fact


def find_jobs(doc: Document, investor: Fact | None) -> Fact | None:
    return None
