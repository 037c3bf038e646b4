"""Stable, safe URL slugs: ASCII, lower case, hyphens, never a path.

A slug is the last part of a page URL that wikis link to, so it depends only on
the front-matter `slug`, the title or the file name, never on the body.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 80
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "briefing") -> str:
    """
    >>> slugify("Tesla picks Nuevo León for its next gigafactory, pledging more than $5 billion")
    'tesla-picks-nuevo-leon-for-its-next-gigafactory-pledging-more-than-5-billion'
    >>> slugify("../../etc/passwd"), slugify("/abs/path"), slugify("***")
    ('etc-passwd', 'abs-path', 'briefing')
    >>> slugify("Société Générale & Cía")
    'societe-generale-cia'
    """
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0]
    return slug or fallback


def unique_slugs(wanted: list[str], keys: list[str]) -> list[str]:
    """Make slugs unique; a clash is settled by the sorted ``keys`` (file paths), so it is stable.

    >>> unique_slugs(["a", "b", "a", "a"], ["x.txt", "y.txt", "w.txt", "z.txt"])
    ['a-2', 'b', 'a', 'a-3']
    """
    order = sorted(range(len(wanted)), key=lambda i: (wanted[i], keys[i]))
    taken: set[str] = set()
    result = [""] * len(wanted)
    for i in order:
        slug, n = wanted[i], 1
        while slug in taken:
            n += 1
            slug = f"{wanted[i]}-{n}"
        taken.add(slug)
        result[i] = slug
    return result
