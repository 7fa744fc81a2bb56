"""The word lists behind the SMART check, Dutch and English together.

Words are compared after folding (lower case, no accents). An entry ending in `*`
matches every word that starts with it ("aanvra*" matches aanvragen, aanvraag); other
entries match whole words only. Both languages are always searched, because a worker
may check an English goal with Dutch hints. Adapting a list changes the check's
verdicts: the SMART table in tests/matrix shows what it does.
"""

from __future__ import annotations

import re

from babel.dates import get_day_names, get_month_names

from forms.vocab import fold


def words(text: str) -> list[str]:
    """The folded words of a text (keeps m'n, i'm; splits id-kaart into id and kaart)."""
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", fold(text))


def matches(word: str, entries: frozenset[str]) -> bool:
    return word in entries or any(e.endswith("*") and word.startswith(e[:-1]) for e in entries)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# S: words that say little on their own.
VAGUE = _set("""
    beter meer minder proberen probeer probeert leuk leuker fijn fijner lekker lekkerder goed
    gewoon misschien soms iets beetje positief positiever gelukkig gelukkiger rustig rustiger
    vaker snel sneller anders
    better more less try trying tried nice nicer good fine happy happier maybe perhaps somehow
    something bit positive stuff things calm calmer often sooner quickly much
""")

# S: doing something concrete...
ACTIONS = _set("""
    aanvra* vraag vragen aanmeld* meld melden inschrijv* schrijf schrijft regel regelen regelt
    zoek zoeken zoekt vind vinden gevonden sollicit* betaal* betal* aflos* afbetal* open openen
    opent bel bellen belt volg volgen volgt haal halen behaal* stop stoppen stopt verhuis* verhuiz*
    huur huren teken tekenen start starten begin beginnen inlever* lever leveren invul* vul
    afspre* spreek spreken leer leren oefen* sport sporten wandel* bezoek*
    kies kiezen noem ruim opruim* kook koken spaar sparen
    apply* register* enrol* sign find found open* call* pay* repay* book* attend* finish*
    complete* pass obtain* move moving rent* start* stop* quit* join* visit* learn* speak*
    practi* arrange* submit* fill contact* meet* save* cook* choose* clean* walk* report*
""")

# S: results that exist or not, documents, appointments. Not "home": "safe at home" is no result.
RESULTS = _set("""
    woning* huurwoning* kamer huis contract* huurcontract* uitkering* bijstand* toeslag* baan
    vacature* stage* opleiding* cursus* taalles* inburger* diploma* certificaat* examen*
    bankrekening* bankpas* paspoort* identiteitsbewijs* id verblijfsvergunning* bsn digid
    zorgverzekering* polis* huisarts* tandarts* afspraak* afspraken schuldhulp* schuldsaner*
    budgetbeheer* bewind* betalingsregeling* aangifte* advocaat* vrijwilligers* behandeling*
    intake* verslavingszorg* therapie* opvang* veiligheidsplan* rijbewijs* kvk formulier* brief
    brieven beschikking* verklaring* vog overzicht* gesprek* sollicitatiegesprek* post
    house flat apartment room tenancy lease contract* benefit* allowance* job vacanc*
    internship* course* class* lesson* diploma* certificate* exam* passport* permit* gp
    doctor* dentist* appointment* insurance* shelter* lawyer* treatment* therapy* therapist*
    intake* licen* volunteer* account* letter* overview* interview* meeting*
""")

# M: a result that someone else can see: a document, a registration, an appointment.
OBSERVABLE = _set("""
    contract* huurcontract* uitkering* toeslag* diploma* certificaat* examen* bankrekening*
    bankpas* paspoort* identiteitsbewijs* id verblijfsvergunning* bsn digid zorgverzekering*
    polis* afspraak* afspraken betalingsregeling* aangifte* veiligheidsplan* rijbewijs* kvk
    formulier* brief beschikking* verklaring* vog overzicht* gesprek* sollicitatiegesprek*
    inschrijving* ingeschreven huisarts* tandarts* intake*
    contract* lease benefit* allowance* diploma* certificate* exam* passport* permit*
    insurance* appointment* account* letter* overview* interview* registration* registered
    licen* statement* decision* gp doctor* dentist* report*
""")

NUMBER_WORDS = _set("""
    twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig honderd duizend
    wekelijks dagelijks maandelijks elke iedere keer keren
    two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand
    weekly daily monthly every once twice times
""")

FIRST_PERSON = _set("ik mijn me mij m'n mezelf ikzelf i my me myself mine i'm i'll i've i'd")

# Month and weekday names as goals are written, from CLDR (Babel), never typed out here.
_WRITTEN_IN = ("nl", "en")
MONTHS = {name.lower(): number for lang in _WRITTEN_IN
          for number, name in get_month_names("wide", locale=lang).items()}
WEEKDAYS = frozenset(name.lower() for lang in _WRITTEN_IN for name in get_day_names("wide", locale=lang).values())

# S: words that place a goal in a life domain (codes of resources/vocabularies/life_domains.yaml).
DOMAIN_WORDS: dict[str, frozenset[str]] = {
    "huisvesting": _set("""woning* huurwoning* huis kamer wonen woon* dakloos* opvang* verhuis*
        verhuiz* huur huren huurcontract* home house housing flat apartment room rent* tenancy
        shelter* homeless*"""),
    "financien": _set("""geld schuld* inkomen* uitkering* bijstand* toeslag* betal* betaal* bank*
        budget* spaar* sparen rekening* bewind* aflos* schuldhulp* schuldsaner* betalingsregeling*
        money debt* income* benefit* allowance* pay* repay* saving* bills"""),
    "werk_dagbesteding": _set("""werk werken baan job* sollicit* vacature* stage* opleiding*
        cursus* school studie* studeren vrijwilligers* dagbesteding taalles* nederlands inburger*
        les lessen diploma* examen* work working employ* training course* study* volunteer* dutch
        lesson* class* internship* exam* cv"""),
    "sociaal_netwerk": _set("""vriend* familie* netwerk* contacten zus broer moeder vader kinderen
        eenzaam* buren friend* family network sister brother mother father children lonely
        neighbours"""),
    "psychische_gezondheid": _set("""psycholoog* ggz somber* angst* depress* stress slapen slaap*
        trauma* therapie* therapeut* nachtmerrie* mental anxiety sleep* psycholog* therap*
        nightmare*"""),
    "lichamelijke_gezondheid": _set("""huisarts* tandarts* gezond* arts dokter* zorgverzekering*
        ziekenhuis* soa hiv pijn zwanger* doctor* gp dentist* health* hospital* pregnan* sti pain
        medicine* medicij*"""),
    "middelengebruik": _set("""alcohol drink* drank drugs cocaine coke blowen wiet verslav* heroine
        gokken methadon* gebruik addiction* addict* gambling sober"""),
    "veiligheid": _set("""veilig* onveilig* geweld* bedreig* pooier* uitbuit* mensenhandel*
        aangifte* weerbaar* veiligheidsplan* safe* safety violence* threat* pimp* exploit*
        trafficking unsafe"""),
    "juridisch": _set("""advocaat* rechtszaak* rechter* boete* verblijf* verblijfsvergunning*
        justitie juridisch* cjib lawyer* court* fines residence permit* legal*"""),
    "zingeving": _set("""geloof* kerk* moskee* tempel* zingeving betekenis* hobby* faith church*
        mosque* temple* meaning* hobb*"""),
    "praktische_vaardigheden": _set("""digid post brieven formulier* administratie* huishoud*
        koken kook fiets* rijbewijs* boodschappen paperwork forms letters cooking cook driving
        shopping"""),
}
