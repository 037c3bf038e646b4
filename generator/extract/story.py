"""Is this article an investment announcement at all? (placeholder: always yes)"""

from generator.extract.document import Document


def is_investment_story(doc: Document) -> bool:
    return True
