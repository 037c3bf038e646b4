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

#: Every other country's regions are read from pycountry only when an article
#: names that country (or a city or region of it): see `places.country_regions`.
#: By default its top-level subdivisions count, unless their type is a city, a
#: district or an overseas territory (`CITY_LIKE_TYPES`). Countries whose top
#: level is a grouping the press does not use, or whose provinces are what
#: articles name, list the types that count here.
DYNAMIC_REGION_TYPES: dict[str, tuple[str, ...]] = {
    "ID": ("Province", "Capital district", "Special region"),  # top level: island groups
    "PH": ("Province",),  # top level: numbered regions ("Calabarzon"); articles name provinces
    "GB": ("Country", "Province"),  # England, Scotland, Wales, Northern Ireland
    "FR": ("Metropolitan region",),  # not the 95 departments ("Nord", "Var", "Ain")
    "IT": ("Region", "Autonomous region"),
    "PT": ("District", "Autonomous region"),  # Portugal's districts are its regions
}

#: Words in a pycountry subdivision type that make it a city, a district or a
#: territory rather than a region of the country (lower case, substring match).
CITY_LIKE_TYPES = (
    "city", "municipal", "district", "borough", "unitary", "council", "dependency", "overseas",
    "geographical", "administration", "collectivity", "territory", "corporation",
)

#: Native administrative words inside official names ("Gyeonggi-do", "Jiangsu Sheng",
#: "Wilayah Persekutuan Kuala Lumpur", "Jihomoravský kraj"): the name is also
#: matched without them.
NATIVE_AFFIXES = (
    "-do", "-teukbyeoljachido", "-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachisi",
    " Sheng", " Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu",
    " kraj", "Kraj ", "Wilayah Persekutuan ", " Raya",
)

#: Words that make a subdivision name an ordinary phrase ("Central", "Upper East",
#: "North West"): such names count only with a cue ("Central Region", "state of").
GENERIC_REGION_WORDS = frozenset(
    """north south east west northern southern eastern western central upper lower
    north-east north-west south-east south-west northeast northwest southeast southwest
    capital coast coastal lakes lake river rivers islands island great greater new
    savannah volta oriental occidental centre center""".split()
)

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
    # Countries read on demand: English names where pycountry has native ones.
    # Poland (voivodeships, English adjectival names as the press writes them)
    "PL-02": "Lower Silesian", "PL-04": "Kuyavian-Pomeranian", "PL-06": "Lublin",
    "PL-08": "Lubusz", "PL-10": "Łódź", "PL-12": "Lesser Poland", "PL-14": "Masovian",
    "PL-16": "Opole", "PL-18": "Subcarpathian", "PL-20": "Podlaskie", "PL-22": "Pomeranian",
    "PL-24": "Silesian", "PL-26": "Świętokrzyskie", "PL-28": "Warmian-Masurian",
    "PL-30": "Greater Poland", "PL-32": "West Pomeranian",
    # Indonesia (provinces)
    "ID-JB": "West Java", "ID-JT": "Central Java", "ID-JI": "East Java", "ID-JK": "Jakarta",
    "ID-YO": "Yogyakarta", "ID-SU": "North Sumatra", "ID-SB": "West Sumatra",
    "ID-SS": "South Sumatra", "ID-KB": "West Kalimantan", "ID-KT": "Central Kalimantan",
    "ID-KS": "South Kalimantan", "ID-KI": "East Kalimantan", "ID-KU": "North Kalimantan",
    "ID-SA": "North Sulawesi", "ID-ST": "Central Sulawesi", "ID-SN": "South Sulawesi",
    "ID-SG": "Southeast Sulawesi", "ID-SR": "West Sulawesi", "ID-NB": "West Nusa Tenggara",
    "ID-NT": "East Nusa Tenggara", "ID-MU": "North Maluku", "ID-KR": "Riau Islands",
    "ID-BB": "Bangka Belitung Islands", "ID-PB": "West Papua",
    # South Korea (provinces; its metropolitan cities are in the city table)
    "KR-41": "Gyeonggi", "KR-43": "North Chungcheong",
    "KR-44": "South Chungcheong", "KR-45": "North Jeolla", "KR-46": "South Jeolla",
    "KR-47": "North Gyeongsang", "KR-48": "South Gyeongsang", "KR-49": "Jeju", "KR-42": "Gangwon",
    # China (autonomous regions by their short names)
    "CN-GX": "Guangxi", "CN-XJ": "Xinjiang", "CN-XZ": "Tibet", "CN-NM": "Inner Mongolia",
    "CN-NX": "Ningxia",
    # Egypt (governorates, English names)
    "EG-C": "Cairo", "EG-GZ": "Giza", "EG-ALX": "Alexandria", "EG-SUZ": "Suez",
    "EG-PTS": "Port Said", "EG-IS": "Ismailia", "EG-BA": "Red Sea", "EG-SHR": "Sharqia",
    "EG-DT": "Damietta", "EG-LX": "Luxor", "EG-ASN": "Aswan", "EG-KB": "Qalyubia",
    "EG-MNF": "Monufia", "EG-DK": "Dakahlia", "EG-BH": "Beheira", "EG-MT": "Matrouh",
    "EG-SIN": "North Sinai", "EG-JS": "South Sinai", "EG-FYM": "Faiyum", "EG-BNS": "Beni Suef",
    "EG-MN": "Minya", "EG-AST": "Asyut", "EG-SHG": "Sohag", "EG-KN": "Qena",
    "EG-GH": "Gharbia", "EG-KFS": "Kafr El Sheikh", "EG-WAD": "New Valley",
    # Saudi Arabia and the Emirates
    "SA-01": "Riyadh", "SA-02": "Makkah", "SA-03": "Madinah", "SA-04": "Eastern Province",
    "SA-07": "Tabuk", "SA-09": "Jazan", "SA-05": "Qassim",
    "AE-AZ": "Abu Dhabi", "AE-DU": "Dubai", "AE-SH": "Sharjah", "AE-AJ": "Ajman",
    "AE-RK": "Ras Al Khaimah", "AE-FU": "Fujairah", "AE-UQ": "Umm Al Quwain",
    # Malaysia
    "MY-07": "Penang", "MY-04": "Malacca",
    # France and Italy (regions, English names)
    "FR-NOR": "Normandy", "FR-BRE": "Brittany", "FR-GES": "Grand Est",
    "FR-PAC": "Provence-Alpes-Côte d'Azur", "FR-BFC": "Bourgogne-Franche-Comté",
    "IT-25": "Lombardy", "IT-21": "Piedmont", "IT-52": "Tuscany", "IT-82": "Sicily",
    "IT-88": "Sardinia", "IT-75": "Apulia",
    # Czechia (kraje)
    "CZ-64": "South Moravian", "CZ-20": "Central Bohemian", "CZ-42": "Ústí nad Labem",
    "CZ-71": "Olomouc", "CZ-51": "Liberec", "CZ-31": "South Bohemian", "CZ-72": "Zlín",
    "CZ-52": "Hradec Králové", "CZ-80": "Moravian-Silesian", "CZ-53": "Pardubice",
    "CZ-32": "Plzeň", "CZ-63": "Vysočina", "CZ-41": "Karlovy Vary",
    # The United Kingdom
    "GB-WLS": "Wales",
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
    # Countries read on demand: the other common spellings.
    "PL-02": ("Lower Silesia", "Dolnośląskie"), "PL-12": ("Małopolska", "Malopolska"),
    "PL-14": ("Masovia", "Mazovia", "Mazowieckie"), "PL-18": ("Podkarpackie", "Podkarpacie"),
    "PL-22": ("Pomerania",), "PL-24": ("Silesia", "Śląskie"), "PL-30": ("Wielkopolska",),
    "PL-32": ("West Pomerania", "Zachodniopomorskie"), "PL-10": ("Łódzkie",),
    "ID-JK": ("DKI Jakarta", "Jakarta Special Capital Region"), "ID-JB": ("Jawa Barat",),
    "ID-JT": ("Jawa Tengah",), "ID-JI": ("Jawa Timur",), "ID-BT": ("Banten",),
    "KR-41": ("Gyeonggi-do", "Gyeonggi Province"), "KR-43": ("Chungcheongbuk-do", "North Chungcheong"),
    "KR-44": ("Chungcheongnam-do", "Chungnam"), "KR-47": ("Gyeongsangbuk-do", "Gyeongbuk"),
    "KR-48": ("Gyeongsangnam-do", "Gyeongnam"), "KR-45": ("Jeonbuk",), "KR-46": ("Jeonnam",),
    "TH-20": ("Chonburi",), "TH-11": ("Samut Prakarn",), "TH-14": ("Ayutthaya",),
    "TH-19": ("Saraburi",), "TH-13": ("Pathumthani",), "TH-25": ("Prachinburi",),
    "VN-43": ("Ba Ria-Vung Tau", "Ba Ria Vung Tau"),
    "VN-39": ("Dong Nai",), "VN-57": ("Binh Duong",),
    "MY-14": ("Kuala Lumpur",), "MY-04": ("Melaka",), "MY-07": ("Pulau Pinang",),
    "AE-AZ": ("Abu Dhabi",), "SA-04": ("Ash Sharqiyah",),
    "EG-SHR": ("Sharkia", "Al Sharqia"), "EG-ALX": ("Alexandria",),
    "FR-IDF": ("Ile-de-France", "Paris region"), "FR-HDF": ("Hauts-de-France",),
    "FR-ARA": ("Auvergne-Rhône-Alpes",), "FR-NOR": ("Normandie",), "FR-BRE": ("Bretagne",),
    "FR-OCC": ("Occitania",), "FR-NAQ": ("Nouvelle-Aquitaine",), "FR-PDL": ("Pays de la Loire",),
    "FR-CVL": ("Centre-Val de Loire",),
    "IT-25": ("Lombardia",), "IT-21": ("Piemonte",), "IT-52": ("Toscana",), "IT-82": ("Sicilia",),
    "IT-88": ("Sardegna",), "IT-75": ("Puglia",), "IT-34": ("Veneto",), "IT-45": ("Emilia-Romagna",),
    "GB-NIR": ("Northern Ireland",),
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
    "PL": ("Polish", "polaco", "polaca"),
    "ID": ("Indonesian", "indonesio"),
    "VN": ("Vietnamese", "vietnamita"),
    "PH": ("Philippine", "Filipino"),
    "MY": ("Malaysian", "malasio"),
    "TH": ("Thai", "tailandés"),
    "TW": ("Taiwanese", "taiwanés"),
    "KR": ("South Korean", "surcoreano", "surcoreana"),
    "JP": ("Japanese", "japonés", "japonesa"),
    "CN": ("Chinese", "chino", "china"),
    "GB": ("British", "británico", "británica"),
    "FR": ("French", "francés", "francesa"),
    "IT": ("Italian", "italiano", "italiana"),
    "EG": ("Egyptian", "egipcio"),
    "GH": ("Ghanaian",),
    "ET": ("Ethiopian", "etíope"),
    "SA": ("Saudi",),
}
