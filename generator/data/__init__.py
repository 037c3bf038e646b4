"""Small, commented data tables the extractors read: place names, cue words."""
