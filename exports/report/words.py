"""The words of the monitoring report in Dutch and English. Neutral: the report names figures,
never people, and never the kind of programme."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Monitoringsrapportage", "Monitoring report"),
    "period": ("Periode {start} t/m {end}", "Period {start} to {end}"),
    "made": ("Gemaakt op {day}", "Made on {day}"),
    "anonymous": (
        "Anoniem: geen namen, id's of geboortedata. Aantallen van 1 tot 4 staan als \"<5\"; "
        "een \"x\" is weggelaten zodat een klein aantal niet uit een totaal of een eerdere "
        "rapportage af te leiden is.",
        "Anonymous: no names, ids or dates of birth. Counts from 1 to 4 show as \"<5\"; an "
        "\"x\" is withheld so that a small count cannot be worked out from a total or an "
        "earlier report."),
    "col_category": ("Categorie", "Category"),
    "col_count": ("Aantal", "Count"),
    "col_percent": ("%", "%"),
    "not_recorded": ("Niet ingevuld", "Not recorded"),
    "total": ("Totaal", "Total"),
    "programme": ("Programma", "Programme"),
    # tables
    "t_kerncijfers": ("Kerncijfers", "Key figures"),
    "t_aanmeldingen_bron": ("Aanmeldingen naar bron", "Referrals by source"),
    "t_uitstroom": ("Afgesloten trajecten naar uitkomst", "Closed trajectories by outcome"),
    "t_ministerie": ("Instroom en uitstroom per {group}", "Intake and outflow per {group}"),
    "t_werkvorm": ("Deelnemers naar werkvorm (meer dan één mogelijk)",
                   "Participants by work setting (more than one possible)"),
    "t_juridisch": ("Deelnemers naar juridische positie", "Participants by legal position"),
    "t_gender": ("Deelnemers naar gender", "Participants by gender"),
    "t_zrm": ("Zelfredzaamheid: verandering tussen eerste en laatste meting",
              "Self-sufficiency: change between first and last assessment"),
    "t_doelen": ("Doelen bereikt per leefgebied", "Goals reached per life domain"),
    "group_worker": ("begeleider", "case worker"),
    "group_programme": ("programma", "programme"),
    # key figures
    "k_population": ("Deelnemers in beeld in de periode", "Participants seen in the period"),
    "k_aanmeldingen": ("Aanmeldingen", "Referrals"),
    "k_intakes": ("Intakes", "Intakes"),
    "k_plannen": ("Trajectplannen gemaakt", "Trajectory plans made"),
    "k_in_traject": ("Deelnemers in traject", "Participants in a trajectory"),
    "k_afgesloten": ("Afgesloten trajecten", "Closed trajectories"),
    "k_tussentijds": ("Tussentijds gestopt", "Stopped early"),
    "k_terugval": ("Terugval", "Returned to sex work"),
    "k_mediaan": ("Mediane trajectduur (dagen)", "Median trajectory length (days)"),
    # outcome table
    "u_effectief": ("Effectief uitgestroomd (subtotaal)", "Effective exits (subtotal)"),
    # ministry columns
    "m_verwacht": ("verwacht", "expected"),
    "m_ingestroomd": ("ingestroomd", "started"),
    "m_effectief": ("effectief uitgestroomd", "effective exits"),
    "m_tussentijds": ("tussentijds gestopt", "stopped early"),
    "m_nog": ("nog in traject", "still in trajectory"),
    # zrm and goals
    "z_up": ("vooruit", "improved"),
    "z_same": ("gelijk", "same"),
    "z_down": ("achteruit", "declined"),
    "z_n": ("gemeten (n)", "assessed (n)"),
    "d_reached": ("bereikt", "reached"),
    "d_not": ("(nog) niet bereikt", "not (yet) reached"),
    "d_n": ("doelen (n)", "goals (n)"),
    "chart_note": ("Grafiek: aantallen; weggelaten aantallen staan niet in de grafiek.",
                   "Chart: counts; withheld counts are left out of the chart."),
}


def word(key: str, lang: str = "nl", **values: object) -> str:
    """The text for `key` in `lang` (Dutch unless 'en'), with {placeholders} filled."""
    nl, en = WORDS[key]
    return (en if lang == "en" else nl).format(**values)
