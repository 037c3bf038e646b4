"""Words the site shows, in each language it speaks. Add a language by adding a column."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "fact_box": "Fact box",
        "investor": "Investor",
        "amount": "Amount",
        "jobs": "Jobs",
        "gdp_impact": "GDP impact",
        "location": "Location",
        "date": "Date",
        "not_stated": "not stated",
        "edited": "edited by a person",
        "extracted": "extracted",
        "evidence": "evidence",
        "source": "Source",
        "language": "Language",
        "article": "Article",
        "briefing": "Briefing",
        "announcements": "Announcements",
        "all_briefings": "All briefings",
        "overview": "Overview",
        "total_jobs": "Total jobs",
        "totals": "Totals by currency",
        "no_briefings": "No briefings yet: put news articles in the seeds folder and run `briefing build`.",
        "lang_en": "English",
        "lang_es": "Spanish",
        "title_from_facts": "Title made from the facts (the article has no headline).",
    },
    "es": {
        "fact_box": "Ficha",
        "investor": "Inversionista",
        "amount": "Monto",
        "jobs": "Empleos",
        "gdp_impact": "Impacto en el PIB",
        "location": "Ubicación",
        "date": "Fecha",
        "not_stated": "no se indica",
        "edited": "editado por una persona",
        "extracted": "extraído",
        "evidence": "evidencia",
        "source": "Fuente",
        "language": "Idioma",
        "article": "Artículo",
        "briefing": "Ficha",
        "announcements": "Anuncios",
        "all_briefings": "Todas las fichas",
        "overview": "Resumen",
        "total_jobs": "Empleos en total",
        "totals": "Totales por moneda",
        "no_briefings": "Aún no hay fichas: ponga artículos en la carpeta seeds y ejecute `briefing build`.",
        "lang_en": "inglés",
        "lang_es": "español",
        "title_from_facts": "Título formado con los datos (el artículo no tiene titular).",
    },
}


def labels_for(site_language: str, article_language: str | None = None) -> dict[str, str]:
    """Spanish articles get Spanish labels when the site speaks Spanish; otherwise the site's language."""
    lang = site_language if site_language in LABELS else "en"
    return LABELS[lang]
