"""Example goals from the field with the verdicts the SMART check should give.

Every row: text, life domain (or None), start, target, deadline (ISO or None), agreed,
lower_is_better, expected. In `expected` an upper-case letter means ok and a lower-case
letter means a hint: "sMART" = S gets a hint, the rest is fine. All rows share the plan
date PLAN_DATE and the horizon HORIZON.
"""

PLAN_DATE = "2025-01-06"
HORIZON = "2025-12-31"

ROWS = [
    # housing
    ("Ik schrijf me voor 1 maart in als woningzoekende bij WoonnetRijnmond.", "huisvesting", 2, 5, "2025-03-01", True, False, "SMART"),
    ("Ik wil een eigen huurwoning.", "huisvesting", 2, 8, "2025-12-01", True, False, "SMART"),
    ("Beter wonen.", None, None, None, None, False, False, "smaRt"),
    ("Een woning vinden voor haar en de kinderen.", "huisvesting", 1, 7, "2025-09-30", True, False, "SMaRT"),
    ("I find a room I can afford in Rotterdam.", "huisvesting", 2, 6, "2026-03-01", True, False, "SMARt"),
    # debts and money
    ("Ik wil dat mijn schulden minder worden.", "financien", None, None, "2025-06-01", True, False, "smART"),
    ("Ik maak een afspraak met de schuldhulpverlening van de gemeente.", "financien", None, None, "2025-01-31", True, False, "SMART"),
    ("Ik betaal elke maand 50 euro af aan het CJIB tot de boete betaald is.", None, 3, 9, "2025-10-01", True, False, "SMART"),
    ("Ik wil proberen meer te sparen.", "financien", None, None, None, True, False, "SmARt"),
    ("Ik lever het formulier voor de huurtoeslag in.", "financien", 3, 6, "2024-12-01", True, False, "SMArt"),
    ("I want to pay off my debts faster.", "financien", 2, 9, "2025-01-27", True, False, "SMArT"),
    ("I open a bank account and apply for the healthcare allowance before 1 March 2025.", "financien", None, None, None, True, False, "SMART"),
    # benefits
    ("Ik wil een uitkering aanvragen bij de gemeente.", "financien", 2, 7, "2025-02-15", True, False, "SMART"),
    ("I apply for social assistance benefit at the municipality.", "financien", 1, 6, "2025-02-03", True, False, "SMART"),
    # Dutch lessons
    ("Ik haal mijn inburgeringsexamen A2 voor 1 november 2025.", "werk_dagbesteding", 3, 7, None, True, False, "SMART"),
    ("Ik wil Nederlands leren.", "werk_dagbesteding", 1, 7, "2025-02-01", True, False, "SMArT"),
    ("Ik volg twee keer per week taalles bij het buurthuis.", "werk_dagbesteding", None, None, "2025-06-30", True, False, "SMART"),
    ("Nederlands spreken met de buren.", None, None, None, None, True, False, "SmaRt"),
    ("Learn Dutch.", "werk_dagbesteding", None, None, None, True, False, "SmaRt"),
    ("I attend Dutch lessons three times a week until the A2 exam on 15 June 2025.", "werk_dagbesteding", None, None, None, True, False, "SMART"),
    # work
    ("Ik wil werk.", "werk_dagbesteding", 2, 8, "2025-12-31", True, False, "sMART"),
    ("Ik solliciteer elke week op twee vacatures in de schoonmaak.", "werk_dagbesteding", 3, 7, "2025-04-01", True, False, "SMART"),
    ("Ik wil een baan van 24 uur per week in de zorg.", "werk_dagbesteding", 2, 7, "2026-06-01", True, False, "SMARt"),
    ("Ik wil stoppen met het werk in de club en een opleiding tot kapper volgen.", "werk_dagbesteding", 2, 7, "2025-12-01", True, False, "SMART"),
    ("Ik schrijf me in bij het UWV.", "werk_dagbesteding", 5, 5, "2025-02-01", True, False, "SmART"),
    # safety
    ("Ik wil me veilig voelen.", "veiligheid", 2, 8, None, True, False, "sMARt"),
    ("Ik maak met mijn begeleider een veiligheidsplan en bewaar het nummer van Veilig Thuis in mijn telefoon.", "veiligheid", None, None, "2025-01-31", True, False, "SMART"),
    ("Ik doe aangifte tegen mijn ex-pooier.", "veiligheid", None, None, "2025-03-01", False, False, "SMaRT"),
    ("I want to feel safe at home.", "veiligheid", 2, 8, "2025-06-30", True, False, "sMART"),
    ("She will report the exploitation to the police.", "veiligheid", None, None, "2025-02-01", True, False, "SMaRT"),
    # health
    ("Ik ga naar de huisarts voor mijn rugpijn.", "lichamelijke_gezondheid", None, None, "2025-01-20", True, False, "SMART"),
    ("Ik wil gezonder leven.", "lichamelijke_gezondheid", None, None, None, True, False, "smARt"),
    ("Ik regel een zorgverzekering en schrijf me in bij een huisarts.", "lichamelijke_gezondheid", 1, 6, "2025-02-28", True, False, "SMART"),
    ("I will register with a GP and book an appointment for an STI test.", "lichamelijke_gezondheid", None, None, "2025-02-14", True, False, "SMART"),
    ("Ik slaap weer minstens zes uur per nacht.", "psychische_gezondheid", 3, 7, "2025-04-30", True, False, "SMART"),
    ("Ik wil minder stress.", "psychische_gezondheid", None, None, None, False, False, "smaRt"),
    ("Ik maak een afspraak bij de GGZ voor een intakegesprek.", "psychische_gezondheid", None, None, "2025-02-15", True, False, "SMART"),
    # addiction
    ("Ik ga minder drinken.", "middelengebruik", 8, 4, "2025-04-01", True, True, "sMART"),
    ("Ik drink door de week geen alcohol en in het weekend hoogstens drie glazen.", "middelengebruik", 8, 3, "2025-03-01", True, True, "SMART"),
    ("Ik stop met cocaïne gebruiken.", "middelengebruik", 9, 1, "2025-01-20", True, True, "SMArT"),
    ("Ik meld me aan bij de verslavingszorg en ga naar de intake.", "middelengebruik", None, None, "2025-02-01", True, False, "SMART"),
    ("I stop using heroin and start methadone treatment.", "middelengebruik", 9, 3, "2025-03-31", True, True, "SMART"),
    ("Ik gebruik hoogstens twee keer per week.", "middelengebruik", 7, 3, "2025-05-01", True, False, "SmART"),
    # legal, practical, network, meaning
    ("Ik vraag een verblijfsvergunning aan via het IND-loket met hulp van een advocaat.", "juridisch", None, None, "2025-06-01", True, False, "SMART"),
    ("Ik regel een betalingsregeling voor mijn boetes.", "juridisch", 2, 6, "2025-03-01", True, False, "SMART"),
    ("Ik open alle post samen met mijn begeleider elke vrijdag.", "praktische_vaardigheden", 2, 6, "2025-03-31", True, False, "SMART"),
    ("Ik vraag een DigiD aan.", "praktische_vaardigheden", None, None, "2025-01-31", True, False, "SMART"),
    ("Zij moet haar administratie op orde brengen.", "praktische_vaardigheden", None, None, None, False, False, "smaRt"),
    ("Ik zie mijn dochter weer elke week.", "sociaal_netwerk", 2, 7, "2025-09-01", True, False, "SMART"),
    ("Ik wil meer vriendinnen.", "sociaal_netwerk", None, None, None, True, False, "smARt"),
    ("Ik ga elke zondag naar de kerk.", "zingeving", None, None, None, True, False, "SMARt"),
    # only vague words
    ("Ik wil iets leuks doen.", None, None, None, None, False, False, "smaRt"),
    ("I want to be happier.", None, None, None, None, False, False, "smaRt"),
    ("I want things to get better.", None, None, None, None, True, False, "smARt"),
]
