"""The words of the trajectplan PDF in Dutch and English: plain, short, for a second-language reader.

Neutral on purpose: the participant carries this paper, so it never names the kind of programme.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Trajectplan",
        "plan_of": "Plan van {name}",
        "version": "Versie",
        "date": "Datum",
        "worker": "Begeleider",
        "horizon": "Loopt tot",
        "concept": "CONCEPT — niet ondertekend",
        "concept_note": "Dit is een concept. Het plan geldt pas als het ondertekend is.",
        "goals": "Doelen",
        "goal_n": "Doel {n}",
        "domain": "Leefgebied",
        "in_her_words": "Het doel",
        "specific": "Wat precies",
        "measurable": "Hoe merk je het",
        "agreed": "Afgesproken",
        "agreed_yes": "Ja, samen afgesproken",
        "agreed_no": "Nog niet",
        "realistic": "Waarom het haalbaar is",
        "deadline": "Wanneer klaar",
        "state": "Stand",
        "scale": "Score (1–10)",
        "start": "begin",
        "target": "doel",
        "current": "nu",
        "lower_is_better": "Lager is beter bij dit doel.",
        "subgoals": "Tussenstappen",
        "step_n": "Stap {n}",
        "legal_name": "Officiële naam",
        "actions": "Wat we doen",
        "what": "Wat",
        "who": "Wie",
        "when": "Wanneer",
        "done": "Klaar",
        "yes": "ja",
        "no_goals": "Er staan nog geen doelen in dit plan.",
        "evaluations": "Hoe het ging",
        "no_evaluations": "Nog geen evaluaties.",
        "eval_date": "Datum",
        "score": "Score",
        "profile": "Zelfredzaamheid",
        "profile_intro": "De laatste meting ({date}), met de meting ervoor ({previous}) gestippeld.",
        "profile_intro_single": "De laatste meting ({date}).",
        "life_domain_col": "Leefgebied",
        "latest": "Nu",
        "previous": "Vorige",
        "not_scored": "niet gescoord",
        "signatures": "Handtekeningen",
        "sign_intro": "Met deze handtekeningen spreken we dit plan samen af.",
        "signed_at": "Getekend op {when}",
        "no_signature": "Nog niet getekend.",
        "page": "Pagina {page} van {pages}",
        "footer_hash": "plan versie {version} · code {hash}",
        "after_signing": "Na ondertekening bijgehouden",
        "after_signing_intro": "Dit deel valt buiten de handtekeningen: de evaluaties en de laatste meting, "
                               "zoals ze op {date} bijgehouden zijn.",
        "recorded": "Bijgehouden, buiten het plan",
        "recorded_intro": "Dit deel hoort niet bij wat ondertekend wordt: de evaluaties en de laatste meting, "
                          "zoals ze op {date} bijgehouden zijn.",
        "footer_recorded": "bijgehouden tot {date} · buiten de handtekeningen",
        "page_recorded": "Bijlage, pagina {page} van {pages}",
        "unknown_date": "—",
    },
    "en": {
        "title": "Plan",
        "plan_of": "Plan of {name}",
        "version": "Version",
        "date": "Date",
        "worker": "Support worker",
        "horizon": "Runs until",
        "concept": "DRAFT — not signed",
        "concept_note": "This is a draft. The plan counts only once it is signed.",
        "goals": "Goals",
        "goal_n": "Goal {n}",
        "domain": "Life area",
        "in_her_words": "The goal",
        "specific": "What exactly",
        "measurable": "How you will notice",
        "agreed": "Agreed",
        "agreed_yes": "Yes, agreed together",
        "agreed_no": "Not yet",
        "realistic": "Why it is possible",
        "deadline": "Done by",
        "state": "Status",
        "scale": "Score (1–10)",
        "start": "start",
        "target": "goal",
        "current": "now",
        "lower_is_better": "Lower is better for this goal.",
        "subgoals": "Steps on the way",
        "step_n": "Step {n}",
        "legal_name": "Legal name",
        "actions": "What we do",
        "what": "What",
        "who": "Who",
        "when": "When",
        "done": "Done",
        "yes": "yes",
        "no_goals": "This plan has no goals yet.",
        "evaluations": "How it went",
        "no_evaluations": "No evaluations yet.",
        "eval_date": "Date",
        "score": "Score",
        "profile": "Self-reliance",
        "profile_intro": "The latest assessment ({date}), with the one before ({previous}) dotted.",
        "profile_intro_single": "The latest assessment ({date}).",
        "life_domain_col": "Life area",
        "latest": "Now",
        "previous": "Before",
        "not_scored": "not scored",
        "signatures": "Signatures",
        "sign_intro": "With these signatures we agree on this plan together.",
        "signed_at": "Signed on {when}",
        "no_signature": "Not signed yet.",
        "page": "Page {page} of {pages}",
        "footer_hash": "plan version {version} · code {hash}",
        "after_signing": "Recorded after signing",
        "after_signing_intro": "This part is outside the signatures: the evaluations and the latest "
                               "assessment, as recorded on {date}.",
        "recorded": "Recorded, outside the plan",
        "recorded_intro": "This section is not what gets signed: the evaluations and the latest assessment, "
                          "as recorded on {date}.",
        "footer_recorded": "recorded until {date} · outside the signatures",
        "page_recorded": "Appendix, page {page} of {pages}",
        "unknown_date": "—",
    },
}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def text(key: str, lang: str, **values: object) -> str:
    """One phrase of the document in `lang` ('nl' or 'en'), placeholders filled in."""
    return TEXT[lang if lang in TEXT else "nl"][key].format(**values)


def long_date(day, lang: str) -> str:
    """'3 maart 2025' / '3 March 2025': month names avoid the day/month order trap."""
    if day is None:
        return text("unknown_date", lang)
    return f"{day.day} {MONTHS[lang if lang in MONTHS else 'nl'][day.month - 1]} {day.year}"
