"""Amount and GDP impact finders (placeholder)."""

from generator.extract.document import Document
from generator.model import Fact


def find_amount(doc: Document, investor: Fact | None) -> Fact | None:
    return None


def find_gdp_impact(doc: Document, investor: Fact | None) -> Fact | None:
    return None
