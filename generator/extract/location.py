"""Location finder (placeholder)."""

from generator.extract.document import Document
from generator.model import Fact


def find_location(doc: Document) -> Fact | None:
    return None
