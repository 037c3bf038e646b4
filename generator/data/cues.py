"""Cue words for the investor, location and story finders, kept apart from the logic.

Each list is a plain alternation of lower-case words or phrases (matched on word
boundaries, case-insensitively). English and Spanish side by side; the finders
never depend on which language a cue is in.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Verbs that make their subject the investor ("anunció" and "announced" count: in a
# lead sentence the company that announces is the one investing).

INVEST_VERBS_EN = (
    "invest", "invests", "invested", "investing", "to invest", "will invest", "plans", "planned",
    "plan", "to build", "will build", "builds", "is building", "build", "to open", "will open",
    "opens", "opened", "to expand", "will expand", "expands", "to spend", "will spend", "spend",
    "picks", "picked", "chooses", "chose", "selects", "selected", "confirms", "confirmed",
    "pledges", "pledged", "commits", "committed", "unveils", "unveiled", "announces", "announced",
    "signs", "signed", "breaks ground", "to set up", "will set up", "sets up", "set up",
    "to establish", "will establish", "to launch", "launches", "launched",
    "will create", "to create", "is investing", "bets", "eyes", "targets", "proposes", "proposal",
    "to put", "will put", "puts", "to pour", "will pour", "pours", "is expanding", "expanding",
    "broke ground", "break ground", "will break ground", "began construction", "begins construction",
)
INVEST_VERBS_ES = (
    "invertirá", "invierte", "invirtió", "invertir", "anunció", "anuncia", "anuncian",
    "construirá", "construye", "construir", "abrirá", "abre", "abrió", "ampliará", "amplía",
    "instalará", "instala", "destinará", "destina", "confirmó", "confirma",
    "prevé", "planea", "proyecta", "edificará", "levantará", "apuesta", "inaugura", "inauguró",
    "inaugurará", "realizará", "expandirá", "creará", "generará", "firmó", "firma", "elige", "eligió",
    "presentó", "presenta", "presentará", "colocó la primera piedra",
)

#: Reporting verbs: weak evidence on their own (officials and executives "say" things
#: too), strong when followed by an invest verb ("said on Tuesday it will invest").
SAY_VERBS = (
    "said", "says", "told", "added", "stated", "dijo", "informó", "señaló", "afirmó", "declaró",
    "indicó", "explicó", "aseguró", "detalló", "comunicó",
)

#: Words before a name that say it is the company making the announcement:
#: "the company Amazon Web Services", "la armadora alemana Audi", "carmaker BYD".
COMPANY_CUES = (
    "company", "the company", "firm", "group", "maker", "carmaker", "automaker", "chipmaker",
    "manufacturer", "producer", "retailer", "giant", "conglomerate", "operator", "developer",
    "empresa", "compañía", "firma", "armadora", "automotriz", "fabricante", "productora",
    "minorista", "cadena", "grupo", "gigante", "corporativo", "cervecera", "farmacéutica",
    "tecnológica", "proveedora", "desarrolladora", "operadora", "startup", "unicornio",
)

#: Words before a name that make it someone other than the investor.
RIVAL_CUES = (
    "rival", "rivals", "competitor", "competitors", "compite con", "competidor", "competidora",
    "partner", "partners", "socio", "socia", "like", "such as", "former", "antigua", "unlike",
    "including", "incluidas", "customer", "customers", "cliente", "clientes", "supplier",
    "suppliers", "proveedor", "proveedores", "compared with", "frente a", "joins", "se suma a",
)

#: Words before a name that make it the owner or a partner of the investor, not the
#: investor: "X, a unit of India's Y", "a joint venture between Y and Z", "la empresa
#: conjunta formada por Y y Z". They count up to the end of the clause (no comma).
PARENT_CUES = (
    "a unit of", "unit of", "a subsidiary of", "subsidiary of", "a division of", "division of",
    "an affiliate of", "affiliate of", "owned by", "controlled by", "backed by", "parent",
    "joint venture between", "joint venture of", "venture between", "formed by", "set up by",
    "consortium of", "consortium led by", "filial de", "subsidiaria de", "unidad de",
    "propiedad de", "controlada por", "formada por", "formado por", "integrada por",
    "conformada por", "empresa conjunta entre", "alianza entre", "sociedad entre",
    "arm of", "sister company of", "spinoff of", "spin-off of", "brazo de",  # "the parts arm of Hyundai Motor Group"
)

#: Names that are never the investor: governments, public bodies, news agencies,
#: titles. Checked against every word of a candidate name (lower case).
NOT_INVESTOR_WORDS = frozenset(
    """
    government gobierno ministry ministerio secretaría secretaria secretariat department
    departamento cabinet gabinete congress congreso senate senado parliament parlamento council
    consejo commission comisión agency agencia presidency presidencia president presidente
    presidenta governor gobernador gobernadora minister ministro ministra secretary secretario
    mayor alcalde alcaldesa officials funcionarios authorities autoridades state estado
    municipality municipio ayuntamiento administration administración white house casa blanca
    reuters bloomberg efe afp notimex xinhua pti ians ani associated press ap dow jones
    monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves
    viernes sábado domingo january february march april may june july august september
    october november december enero febrero marzo abril mayo junio julio agosto septiembre
    octubre noviembre diciembre analysts analistas economists economistas chief executive ceo
    chairman director spokesman spokeswoman vocero vocera act plan law ley program programa
    rs rs. ksh usd mxn eur brl inr us$ mdd
    """.split()
)

#: Capitalised words that open a sentence without being a name.
SENTENCE_OPENERS = frozenset(
    """
    the a an this that these those it its in on at for with by from as after before during
    while when although though but and or so just despite since until according also
    el la los las un una unos unas este esta estos estas ese esa en con por para de del desde
    durante según tras ante sin sobre pero y o además también al como cuando aunque mientras
    """.split()
)

#: Nationality adjectives before a company name ("Chinese carmaker BYD"): never a name.
NATIONALITY_WORDS = frozenset(
    """
    american british chinese french german japanese korean south-korean taiwanese indian
    mexican brazilian spanish italian dutch swiss swedish canadian argentine argentinian
    moroccan nigerian kenyan hungarian us u.s. european asian saudi emirati turkish vietnamese
    """.split()
)

#: Legal-form suffixes dropped from a company's displayed name ("Tesla Inc." -> "Tesla").
LEGAL_SUFFIXES = (
    "Inc.", "Inc", "Corp.", "Corp", "Co.", "Co", "Ltd.", "Ltd", "LLC", "L.L.C.", "PLC", "plc",
    "Limited", "Corporation", "Incorporated", "S.A.B. de C.V.", "S.A. de C.V.", "S.A.B.", "S.A.",
    "SA", "de C.V.", "AG", "SE", "N.V.", "NV", "GmbH", "Pvt", "Pvt.", "S.p.A.", "S.L.", "Ltda.",
    "Ltda", "Co. Ltd", "Co., Ltd.", "Co. Ltd.", "Co., Ltd", "Company Limited",
)

#: First words too generic to identify a company on their own ("General Motors").
GENERIC_FIRST_WORDS = frozenset(
    """
    general national united american international global first new grupo group the banco bank
    china taiwan south north korea japan india mexico tata saudi royal western eastern compañía
    """.split()
)

#: Titles before a person's name: the name is a person, not a company.
PERSON_TITLES = (
    "president", "presidente", "presidenta", "governor", "gobernador", "gobernadora", "minister",
    "ministro", "ministra", "secretary", "secretario", "secretaria", "ceo", "chief executive",
    "executive", "chairman", "chairwoman", "director", "directora", "mayor", "alcalde", "senator",
    "senador", "mr.", "ms.", "mrs.", "sr.", "sra.", "dr.", "king", "rey", "prime minister",
    "premier", "founder", "fundador", "coordinator", "coordinadora", "commissioner",
)

#: Project nouns after a possessive name: "Tata's Rs 91,000 crore chip fab".
PROJECT_NOUNS = (
    "plant", "factory", "fab", "facility", "complex", "campus", "site", "investment", "project",
    "gigafactory", "hub", "center", "centre", "data center", "expansion", "mine", "refinery",
    "planta", "fábrica", "complejo", "inversión", "proyecto", "centro", "nave", "parque",
)

# ---------------------------------------------------------------------------
# Location cues: the words just before a place name.

#: "in the municipality of X", "near X", "en el municipio de X": X is the site.
SITE_CUES = (
    "in", "at", "near", "outside", "en", "cerca de", "in the town of", "in the city of",
    "in the municipality of", "municipality of", "town of", "city of", "village of",
    "municipio de", "ciudad de", "localidad de", "puerto de", "port of", "located in",
    "to be built in", "will be built in", "se ubicará en", "ubicada en", "ubicado en",
    "plant in", "factory in", "site in", "planta en", "complejo de", "state of", "estado de",
    "province of", "provincia de", "region of", "región de", "county of", "on the edge of",
    "on the outskirts of", "en las afueras de", "based in",
)

#: Strong site cues that introduce a town even when it is not in the city table.
TOWN_INTRO_CUES = (
    "in the town of", "in the city of", "in the municipality of", "the municipality of",
    "the town of", "the city of", "the village of", "near", "outside", "on the edge of",
    "on the outskirts of", "municipio de", "localidad de", "puerto de", "port of",
    "en las afueras de", "cerca de", "the port city of", "ciudad de",
)

#: Words for a town that may follow a name: "Pesquería, a town about 30 km east".
TOWN_NOUNS = (
    "town", "city", "municipality", "suburb", "village", "community", "port", "township",
    "municipio", "ciudad", "localidad", "poblado", "puerto", "comunidad",
)

#: Words before a place that make it where something else happened: a news
#: conference, a company's headquarters, a distance reference.
VENUE_CUES = (
    "news conference in", "press conference in", "conference in", "event in", "ceremony in",
    "announcement in", "said in", "told reporters in", "meeting in", "summit in", "visit to",
    "speaking in", "speaking at", "investor day in", "headquartered in", "headquarters in",
    "based company", "founded in", "fundada en", "con sede en", "sede en", "conferencia en",
    "anuncio en", "evento en", "realizado en", "celebrado en", "ceremonia en", "reunión en",
    "north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of",
    "southwest of", "from", "al norte de", "al sur de", "al este de", "al oeste de", "de distancia de",
    "miles from", "kilometers from", "km from", "kilómetros de",
)

#: Words in a sentence that make its places context, not the site: rivals,
#: earlier or existing plants, comparisons, candidate sites.
DISTRACTOR_SENTENCE_CUES = (
    "rival", "rivals", "competitor", "competition", "competencia", "for comparison",
    "compared", "already", "existing", "currently", "previously", "earlier", "last year",
    "last month", "since", "opened in", "operates", "operated", "ya opera", "opera plantas",
    "opera desde", "operan", "has operated", "hosts", "alberga", "anteriormente", "el año pasado",
    "under consideration", "candidates", "finalist", "finalists", "considered", "picked over",
    "lost", "instead of", "en lugar de", "also", "también", "other", "otros", "otras",
    "closure", "closed", "cierre", "cerró", "exit", "salida", "imports", "exports", "exported",
    "founded", "fundada", "headquartered", "sede", "employs", "emplea",
)

# ---------------------------------------------------------------------------
# Story gate cues: the headline and lead decide what kind of story this is.

#: Labels for opinion and analysis pieces; a headline starting with one is never
#: an announcement.
OPINION_LABELS = (
    "análisis", "analysis", "opinión", "opinion", "editorial", "column", "columna", "commentary",
    "comentario", "explainer", "explicador", "perspective", "perspectiva", "op-ed", "viewpoint",
    "punto de vista", "factbox", "fact box", "q&a", "analysis-",
)

#: Headline/lead words of stories that are not announcements: trade policy,
#: closures and layoffs, markets, aggregate statistics.
NON_ANNOUNCEMENT_CUES = (
    "tariff", "tariffs", "arancel", "aranceles", "peso slides", "peso falls", "currency",
    "to close", "will close", "would close", "close its", "closes", "closing", "closure",
    "to end manufacturing", "end production", "stop making", "shut", "shuts", "shutting",
    "lay off", "lays off", "layoffs", "cuts jobs", "cutting jobs", "cutting about", "job cuts",
    "eliminating", "eliminará", "cierra", "cerrará", "cierre", "despidos", "despide", "recorte", "recortará",
    "suspends", "suspende", "halts", "cancels", "cancela", "scraps", "pauses", "pone en pausa",
    "withdraws", "retira", "exits", "sale de", "abandona", "strike", "huelga", "lawsuit",
    "demanda", "fine", "multa", "fdi fell", "ied cae", "nearshoring gap", "brecha",
    "announcements totaled", "anuncios de inversión sumaron", "los anuncios", "the announcements",
)

#: Forecasts and tallies by governments and analysts ("Mexico to receive $35 billion in
#: investment this year, ministry says", "Economía prevé inversiones por..."): no company
#: announces anything, unless the lead names one investing.
FORECAST_CUES = (
    "expects", "expected to receive", "to receive", "will receive", "forecast", "forecasts", "projects",
    "estimates", "ministry says", "government says", "prevé", "estima", "espera recibir", "recibirá",
    "proyecta", "pronostica", "según la secretaría", "según economía",
    # tallies of many announcements
    "anuncios de inversión", "inversiones anunciadas", "investment announcements", "announced investments",
)

#: Project words: an announcement when nothing says otherwise ("approves Tata's chip
#: fab"), but closures are about plants too, so they never outweigh a closure cue.
PROJECT_CUES = (
    "plant", "factory", "fab", "gigafactory", "complex", "campus", "facility", "data centre",
    "approves", "approved", "clears", "cleared", "planta", "fábrica", "complejo", "aprueba",
    "aprobó", "nueva planta", "centro de datos",
)

#: Headline/lead words of an announcement: investing, building, expanding.
ANNOUNCEMENT_CUES = (
    "invest", "invests", "investing", "investment", "to build", "will build", "builds",
    "new plant", "new factory", "plant in", "factory in", "expand", "expands", "expanding", "expansion", "to open",
    "to put", "will put", "puts", "to pour", "will pour", "pours",
    "opens", "pledges", "commits", "picks", "chooses", "selects", "confirms", "plans",
    "breaks ground", "broke ground", "break ground", "began construction", "begins construction",
    "gigafactory", "data center", "data centre", "to spend", "will spend",
    "invertirá", "invierte", "inversión", "construirá", "nueva planta", "ampliará", "abrirá",
    "instalará", "anuncia", "anunció", "destinará", "expansión", "inaugura",
)
