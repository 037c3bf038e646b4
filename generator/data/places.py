"""Place names the location finder needs beyond pycountry's ISO 3166 tables.

pycountry gives the official ISO 3166-2 subdivision names ("Coahuila de Zaragoza",
"Gujarāt", "Catalunya [Cataluña]"). News articles write shorter or local forms, and
the press abbreviates states in datelines ("Gto.", "Tenn."). Everything here is a
correction or an addition to those tables, never a replacement for them.
"""

from __future__ import annotations

#: Countries whose first-level subdivisions we recognise, and which subdivision
#: types count as a "region". Others (Moroccan provinces, Hungarian cities with
#: county rights) are left out: they are cities or too fine-grained for a fact box.
REGION_TYPES: dict[str, tuple[str, ...]] = {
    "MX": ("State", "Federal entity"),
    "US": ("State", "District"),
    "CA": ("Province", "Territory"),
    "IN": ("State", "Union territory"),
    "BR": ("State", "Federal district"),
    "AR": ("Province", "City"),
    "CO": ("Department", "Capital district"),
    "CL": ("Region",),
    "PE": ("Region",),
    "ES": ("Autonomous community", "Province"),
    "MA": ("Region",),
    "HU": ("County", "Capital city"),
    "NG": ("State", "Capital territory"),
    "KE": ("County",),
    "ZA": ("Province",),
    "DE": ("Land",),
}

#: ISO code -> the name a page shows (None: keep pycountry's, cleaned).
#: Used when the article wrote an abbreviation or an all-caps form.
REGION_DISPLAY: dict[str, str] = {
    "MX-CMX": "Ciudad de México",
    "MX-MEX": "Estado de México",
    "MX-VER": "Veracruz",
    "MX-COA": "Coahuila",
    "MX-MIC": "Michoacán",
    "US-DC": "Washington, D.C.",
    "NG-FC": "Federal Capital Territory",
    "KE-30": "Nairobi",
    "AR-C": "Buenos Aires",
    "CO-DC": "Bogotá",
    "CL-RM": "Santiago Metropolitan Region",
    "CL-LI": "O'Higgins",
    "CL-AI": "Aysén",
    "PE-LMA": "Lima",
    "ZA-KZN": "KwaZulu-Natal",
    "DE-BY": "Bavaria",
    "DE-NI": "Lower Saxony",
    "DE-SN": "Saxony",
    "DE-ST": "Saxony-Anhalt",
    "DE-NW": "North Rhine-Westphalia",
    "DE-TH": "Thuringia",
    "DE-HE": "Hesse",
    "DE-RP": "Rhineland-Palatinate",
}

#: ISO codes whose official name must NOT be matched on its own: "México" is the
#: country far more often than the state; the state is matched by its aliases.
SKIP_OFFICIAL_NAME = frozenset({"MX-MEX", "US-UM"})

#: Extra spellings, Spanish/English variants and short forms (matched like names).
REGION_ALIASES: dict[str, tuple[str, ...]] = {
    "MX-MEX": ("Estado de México", "State of Mexico", "Mexico State", "Edomex"),
    "MX-CMX": ("Mexico City", "CDMX", "Distrito Federal"),
    "MX-VER": ("Veracruz",),
    "MX-COA": ("Coahuila",),
    "MX-MIC": ("Michoacán",),
    "MX-NLE": ("Nuevo Leon",),
    "MX-QUE": ("Queretaro", "Querétaro Arteaga"),
    "MX-ROO": ("Q. Roo",),
    "US-DC": ("Washington, D.C.", "District of Columbia"),
    "IN-OD": ("Orissa",),
    "IN-TS": ("Telangana",),
    "IN-DL": ("New Delhi", "National Capital Territory of Delhi", "NCR"),
    "NG-FC": ("Abuja", "FCT", "Federal Capital Territory"),
    "KE-30": ("Nairobi",),
    "AR-C": ("Ciudad de Buenos Aires", "CABA"),
    "CO-DC": ("Bogotá", "Bogota"),
    "CL-RM": ("Región Metropolitana", "Santiago Metropolitan Region"),
    "ES-CT": ("Catalonia", "Cataluña", "Catalunya"),
    "ES-AN": ("Andalusia",),
    "ES-PV": ("Basque Country", "Euskadi"),
    "ES-GA": ("Galicia",),
    "ES-VC": ("Comunidad Valenciana", "Valencian Community"),
    "ES-MD": ("Comunidad de Madrid", "Madrid region"),
    "ES-NC": ("Navarre",),
    "ES-IB": ("Balearic Islands", "Baleares"),
    "ES-CN": ("Canary Islands", "Canarias"),
    "ES-CL": ("Castile and León",),
    "ES-CM": ("Castile-La Mancha",),
    "ES-AR": ("Aragon",),
    "MA-02": ("Oriental",),
    "ZA-NW": ("North West",),
    "DE-BW": ("Baden-Wurttemberg",),
    "DE-BY": ("Bayern",),
    "DE-NI": ("Niedersachsen",),
    "DE-SN": ("Sachsen",),
    "DE-NW": ("Nordrhein-Westfalen",),
    "DE-TH": ("Thüringen",),
    "DE-HE": ("Hessen",),
}

#: Press abbreviations. They only count right after a comma ("CELAYA, Gto.",
#: "De Soto, Kan."), where they cannot be a word or an initial.
#: Mexican press: the usual state abbreviations; US: AP style.
REGION_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "MX-AGU": ("Ags.",), "MX-BCN": ("B.C.",), "MX-BCS": ("B.C.S.",), "MX-CAM": ("Camp.",),
    "MX-CHP": ("Chis.",), "MX-CHH": ("Chih.",), "MX-COA": ("Coah.",), "MX-COL": ("Col.",),
    "MX-CMX": ("CDMX", "D.F."), "MX-DUR": ("Dgo.",), "MX-GUA": ("Gto.",), "MX-GRO": ("Gro.",),
    "MX-HID": ("Hgo.",), "MX-JAL": ("Jal.",), "MX-MEX": ("Edomex", "Méx."), "MX-MIC": ("Mich.",),
    "MX-MOR": ("Mor.",), "MX-NAY": ("Nay.",), "MX-NLE": ("N.L.", "NL"), "MX-OAX": ("Oax.",),
    "MX-PUE": ("Pue.",), "MX-QUE": ("Qro.",), "MX-ROO": ("Q.R.", "Q. Roo."), "MX-SLP": ("S.L.P.", "SLP"),
    "MX-SIN": ("Sin.",), "MX-SON": ("Son.",), "MX-TAB": ("Tab.",), "MX-TAM": ("Tamps.",),
    "MX-TLA": ("Tlax.",), "MX-VER": ("Ver.",), "MX-YUC": ("Yuc.",), "MX-ZAC": ("Zac.",),
    "US-AL": ("Ala.",), "US-AZ": ("Ariz.",), "US-AR": ("Ark.",), "US-CA": ("Calif.",),
    "US-CO": ("Colo.",), "US-CT": ("Conn.",), "US-DE": ("Del.",), "US-DC": ("D.C.",),
    "US-FL": ("Fla.",), "US-GA": ("Ga.",), "US-IL": ("Ill.",), "US-IN": ("Ind.",),
    "US-KS": ("Kan.", "Kans."), "US-KY": ("Ky.",), "US-LA": ("La.",), "US-MD": ("Md.",),
    "US-MA": ("Mass.",), "US-MI": ("Mich.",), "US-MN": ("Minn.",), "US-MS": ("Miss.",),
    "US-MO": ("Mo.",), "US-MT": ("Mont.",), "US-NE": ("Neb.", "Nebr."), "US-NV": ("Nev.",),
    "US-NH": ("N.H.",), "US-NJ": ("N.J.",), "US-NM": ("N.M.",), "US-NY": ("N.Y.",),
    "US-NC": ("N.C.",), "US-ND": ("N.D.",), "US-OK": ("Okla.",), "US-OR": ("Ore.", "Oreg."),
    "US-PA": ("Pa.", "Penn."), "US-RI": ("R.I.",), "US-SC": ("S.C.",), "US-SD": ("S.D.",),
    "US-TN": ("Tenn.",), "US-TX": ("Tex.",), "US-VT": ("Vt.",), "US-VA": ("Va.",),
    "US-WA": ("Wash.",), "US-WV": ("W.Va.", "W. Va."), "US-WI": ("Wis.", "Wisc."), "US-WY": ("Wyo.",),
}

#: Names that are also ordinary words, company names or other places (folded:
#: lower case, no accents). They count as a region only with a cue: "state of X",
#: "X State", "X County", or right after a comma ("Kisumu, Meru").
NEEDS_CUE = frozenset({
    # English words and the seat of the US government
    "washington", "delta", "niger", "plateau", "rivers", "centre", "distrito federal",
    # Colombian departments named like companies, people or common words
    "meta", "santander", "magdalena", "caldas", "sucre", "cesar", "bolivar", "cordoba",
    # Brazilian states that are common Portuguese/Spanish words ("para" = "for")
    "acre", "para", "amazonas",
    # Argentine provinces that are common Spanish words or saints' names
    "misiones", "corrientes", "formosa", "chaco", "santa cruz", "san juan", "san luis",
    # Hungarian counties with very short names
    "pest", "vas", "zala", "heves", "tolna",
    # Nigerian and Kenyan names that are also words or people's names
    "imo", "ondo", "edo", "ekiti", "kogi", "nandi", "meru", "lamu", "busia", "embu",
    # Peruvian regions named like their capital cities or common words
    "la libertad", "cusco", "ica", "pasco", "junin", "loreto", "piura", "lima",
})

#: Countries: English display names come from Babel's English territory names;
#: these add the short forms and Spanish spellings newsrooms use.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "EE.UU.", "EEUU", "EE. UU.", "United States of America", "the States"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain", "Reino Unido"),
    "KR": ("Korea", "Republic of Korea"),
    "MX": ("Méjico", "Estados Unidos Mexicanos"),
    "CZ": ("Czech Republic",),
    "TR": ("Turkey", "Türkiye"),
    "AE": ("UAE", "U.A.E.", "EAU"),
    "VN": ("Viet Nam",),
    "NL": ("Holland",),
    "CI": ("Ivory Coast",),
    "CD": ("DR Congo", "DRC"),
    "SA": ("Saudi",),
    "HK": ("Hong Kong",),
    "TW": ("Taiwán",),
}

#: Country codes never matched as a place: Babel names that are ordinary words
#: or would swallow company names ("Chad", "Jersey", "Niger" needs a cue).
COUNTRY_SKIP = frozenset({"TD", "JE", "GG", "IM", "NE", "AQ", "UM", "EA", "IC", "DG", "CP", "QO", "EU", "EZ", "UN", "XA", "XB", "XK"})

#: Nationality adjectives and demonyms: they do not locate an investment but they
#: say which country a story is about ("the central Mexican state of ...").
DEMONYMS: dict[str, tuple[str, ...]] = {
    "MX": ("Mexican", "mexicano", "mexicana", "mexicanos", "mexicanas", "Mexicans"),
    "US": ("American", "estadounidense", "estadounidenses", "Americans", "norteamericano"),
    "BR": ("Brazilian", "brasileño", "brasileña", "brasileira", "brasileiro"),
    "IN": ("Indian",),
    "ES": ("Spanish", "español", "española"),
    "MA": ("Moroccan", "marroquí"),
    "NG": ("Nigerian", "nigeriano"),
    "KE": ("Kenyan", "keniano"),
    "AR": ("Argentine", "Argentinian", "argentino", "argentina"),
    "HU": ("Hungarian", "húngaro"),
    "CO": ("Colombian", "colombiano"),
    "CL": ("Chilean", "chileno"),
    "PE": ("Peruvian", "peruano"),
    "CA": ("Canadian", "canadiense"),
    "ZA": ("South African", "sudafricano"),
    "DE": ("German", "alemán", "alemana"),
}
