<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers is al geopend voor deze kluis. Dat venster staat nu vooraan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken op roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad van het dossier kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw contact, nieuwe verwijzing of toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige / volgende stap van de intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Links / Alt+Rechts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;bergen en vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paniektoets: alles verbergen en vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutels: eigen sleutel, vertrouwen, intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisie (kluis van een supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;leutels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier komen de overzichten voor supervisors (bundels inlezen, rapportage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: de laatste regels van het auditlog zijn weggehaald. Iemand heeft deze kluis buiten Koers om veranderd; meld het bij je leidinggevende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers is bijgewerkt en je kluis is aangepast aan deze versie. Eerst is er een back-up van de oude kluis gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niet-opgeslagen werk van de vorige keer ({n} concept(en)). Open het om het te bewaren of weg te gooien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom bij Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers bewaart je dossiers versleuteld op deze laptop. Eerst: wie ben je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam (komt op trajectplannen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiermee ontgrendel je Koers. Vier losse woorden zijn sterk en goed te onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis wordt gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even geduld: je sleutels worden aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf deze code op papier en bewaar hem veilig, niet bij de laptop. Ben je je wachtwoord kwijt, dan kom je alleen hiermee nog bij je dossiers. Hij wordt maar één keer getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deel van de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kl&amp;aar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;gende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is te groot (meer dan %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen aanmelddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een Excel-bestand (.xlsx) of een CSV-bestand met een kopregel. Alleen de kolom roepnaam is verplicht; de andere kolommen staan in de handleiding. Er wordt nog niets ingelezen: je ziet eerst wat erin staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regels van het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle %1 regels zijn in orde. Kies Inlezen om ze over te zetten; wie er al in staat (zelfde roepnaam en aanmelddatum) wordt overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets ingelezen. Verbeter deze %1 regel(s) in het bestand, sla het op en kies Vorige om het opnieuw te kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deelnemers toegevoegd, %2 stonden er al in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;gende &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ ter controle groep {n} van de code over (vier tekens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ je wachtwoord om je dossiers te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit wachtwoord past niet. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis kan niet worden geopend: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis kan niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam die zij zelf kiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwde sleutels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van deze sleutels neemt Koers bundels aan, of stuurt het ze bundels. Een ingetrokken sleutel blijft in de lijst, zodat wat hij stuurde een naam houdt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerorganisaties om naar te verwijzen. De kaart van het programma komt van de leidinggevende en verandert alleen daar; eigen adressen voegt u hier toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kaart van het programma. Stuur hem naar een begeleider als ondertekende, versleutelde bundel; zij leest hem in via Bundel inlezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit instrumentbestand klopt niet: %1. Er is niets toegevoegd; vraag de leverancier om een goed bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen instrumentbestand: het is geen tekst in UTF-8. Er is niets toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een instrument. Er is niets toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen (%1). Er is niets toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met deze instrumenten kun je metingen doen. Een instrument waarvoor je programma een licentie heeft, voeg je toe uit het bestand van de leverancier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumentbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumentbestand (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is er al, met andere teksten. Er is niets veranderd: vraag om een bestand met een nieuw versienummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is toegevoegd (%2 leefgebieden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was al toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners op de sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Van de kaart halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen partner toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaste contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikelijke wachttijd (dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachttijd (dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart naar begeleider &amp;sturen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} staat op de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stond al op de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} staat niet meer op de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is van de kaart van het programma; alleen de leidinggevende wijzigt die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet met partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partners toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart met {n} partners versleuteld voor {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel &amp;vertrouwen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel &amp;intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe laptop introduceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op je nieuwe laptop: maak de kluis, sla onder Sleutels je openbare sleutel op en zet hem op een USB-stick. Open dat bestand hier en vergelijk de vingerafdruk met die onder Sleutels → Mijn sleutel op de nieuwe laptop. Deze laptop ondertekent dan een introductie die je leidinggevende aanneemt; daarna horen je dossiers bij de nieuwe sleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel&amp;bestand openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie &amp;opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dezelfde vingerafdruk als op de nieuwe laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie opgeslagen als %1. Geef dit bestand aan je leidinggevende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie aannemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een begeleider met een nieuwe laptop geeft je een introductie, ondertekend door haar oude sleutel. Na het aannemen vertrouwt Koers haar nieuwe sleutel, is de oude ingetrokken en horen haar dossiers bij de nieuwe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aannemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oude sleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe sleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag de begeleider de introductie opnieuw te maken op haar oude laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodsleutel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met de noodsleutel kan iedereen die hem heeft de bundels openen die voor deze kluis versleuteld zijn. Alleen voor noodherstel, als je leidinggevende erom vraagt: bewaar hem offline, op een veilige plek, nooit bij de laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord nogmaals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodsleutel &amp;opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodsleutel opgeslagen als %1. Bewaar hem offline en veilig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat wachtwoord klopt niet. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openbare sleutel &amp;opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openbare sleutel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers-sleutel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe laptop intro&amp;duceren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductie &amp;aannemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees de vingerafdruk groep voor groep hardop voor (of via de telefoon) wanneer de ander jouw sleutel vertrouwt. Het sleutelbestand is openbaar: het bevat geen geheim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noodsleutel opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen voor noodherstel: opent bundels voor deze kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel is niet opgeslagen: %1. Kies een andere map of controleer de USB-stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als %1. Geef dit bestand aan de ander en lees daarna samen de vingerafdruk voor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heeft nu de sleutel %2; de oude sleutel is ingetrokken en haar dossiers horen bij de nieuwe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is vertrouwd als %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel van %1 intrekken? Bundels die met deze sleutel zijn ondertekend worden daarna geweigerd; dat kan niet ongedaan worden gemaakt. Haar dossiers blijven in deze kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel van %1 is ingetrokken. Bundels met deze sleutel worden voortaan geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op roepnaam (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn om: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers over hun bewaartermijn nakijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zelfredzaamheidsmatrix is nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het trajectplan is nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar gegevens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat Koers over haar bewaart, als PDF in haar taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;dragen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie wissen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugsturen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bevestiging van de overdracht, of de contacten van de waarneming, naar de collega die het dossier gaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zelfredzaamheidsmatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trajectplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe&amp;stemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen: bij {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn voorbij sinds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open acties en deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen die wachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief: 1, 3, 6, 12 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passief: als zij wil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief: de agenda toont een contactmoment 1, 3, 6 en 12 maanden na de start van de nazorg. Passief: zij neemt contact op als zij dat wil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitstroomreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitstroomreden (alleen bij afsluiten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden tussentijds gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectdoel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectdoel: ongewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats of kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veldwerkcontacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nie&amp;uw contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten zonder dossier: veldwerk langs ramen en clubs, online, aan de telefoon of bij de inloop. Alleen aantallen en keuzes, geen namen: ze gaan mee naar de leidinggevende en tellen in de rapportage (Bereik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw veldwerkcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veldwerkcontact wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: {n} mensen, {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt met sekswerk op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt op: dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer begonnen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer begonnen: dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redenen om te stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redenen om weer te beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(traject {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht {n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gewoonlijk {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestopt met sekswerk {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weer begonnen {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen wachtende verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept &amp;weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen van de intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf haar hulpvraag op in haar eigen woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet alles klopt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles is in orde. Kies Opslaan (Ctrl+S) om de intake te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-opgeslagen concept teruggezet. Kies Opslaan om het te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Geen geldige toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Ingetrokken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaat in op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Gegeven %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nie&amp;uw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigen: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na (minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatisch vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettergrootte (punten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lettergrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnoselog bijhouden (zonder namen of ingevulde tekst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen aanzetten om een probleem te melden; oude logs worden opgeruimd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers bewaart hier geen namen of dossiers: alleen deze keuzes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het team deelt d&amp;ossiers: overdracht zonder aparte toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak van het programma. Elke overdracht legt vast op welke grond hij gebeurde: haar toestemming, of deze afspraak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talen van haar plan en het ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe zelfredzaamheidsmeting na (maanden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;meting na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melden na zoveel weken zonder contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wkn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen in de fasen oriëntatie en uitvoering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geen contact na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (in de kluis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertalingen en hun controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertaald door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, door een moedertaalspreker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee, nog niet door een moedertaalspreker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload per begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers van de gekozen begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen dossiers. Lees eerst een bundel van een begeleider in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum %1. Deadlines: doelen van het huidige plan die nog open staan; &apos;binnen %2 dagen&apos; telt vanaf vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overzicht kon niet worden geladen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers van %1, per fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag de begeleider de bundel opnieuw te maken voor de sleutel van deze kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouw eerst haar sleutel: kies hieronder &apos;Sleutel van de afzender vertrouwen&apos; en vergelijk de vingerafdruk met de begeleider. Daarna wordt de bundel opnieuw ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees dit bestand niet in. Vraag de begeleider om een nieuwe bundel, via een ander kanaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag de begeleider het bestand opnieuw te sturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk Koers bij tot dezelfde versie als die van de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bundel is al ingelezen op %1; er is niets nieuws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bundel is ouder dan wat je al hebt van %1: de oudere versies zijn niet overgenomen en tellen als ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bundel is niet ingelezen; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven (%1). Controleer of de USB-stick erin zit, niet vol is en niet tegen schrijven is beveiligd, en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onverwachte fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar leidinggevende sturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers zet je dossiers in één versleuteld bestand. Sla het op een USB-stick op en geef het aan je leidinggevende: alleen zij kan het openen, met haar eigen sleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt nog geen leidinggevende vertrouwd, dus er kan nog niets naartoe. Vraag je leidinggevende om het bestand met haar openbare sleutel, lees samen (of aan de telefoon) de vingerafdruk hardop voor, en vertrouw die sleutel dan in Koers. Daarna kun je hier versturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel van leidinggevende &amp;vertrouwen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaan anoniem mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leidinggevende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lei&amp;dinggevende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan op USB-stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang van het versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alle dossiers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds de vorige keer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog nooit verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;nieuw of gewijzigd: %1 dossier(s) (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekende &amp;plannen als PDF meesturen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anoniem, alleen het monitoringformulier (geen naam, geen notities), want er is geen geldige toestemming om te delen met de leidinggevende: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met inpakken en versleutelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt geannuleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets nieuws of gewijzigd sinds de vorige keer; er is geen bestand gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd: %1 gegevens staan versleuteld in %2. Alleen %3 kan dit bestand openen; je kunt de USB-stick nu veilig uitwerpen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geannuleerd: er is geen bestand gemaakt en niets verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een .koers-bestand van een begeleider. Koers ontsleutelt het, controleert de handtekening van de afzender en voegt de dossiers samen met deze kluis. Wat hier is gewijzigd wordt nooit overschreven: een afwijkende versie wordt als conflict apart bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een .koers-bestand van uw leidinggevende (de sociale kaart) of van een collega (een overgedragen dossier, een waarneming, een bevestiging). Koers controleert wie het ondertekende en neemt alleen aan wat die afzender mag sturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang van het inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel van de afzender &amp;vertrouwen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewist of anoniem gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openstaande conflicten (beide versies bewaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetgedrukt: uit deze bundel. Een conflict ontstaat als een gegeven hier is gewijzigd, of met dezelfde versie een andere inhoud binnenkomt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openstaande conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwde begeleiders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kluis vertrouwt nog geen begeleider. Vertrouw eerst haar openbare sleutel onder Koers → Sleutels (Ctrl+K), na het vergelijken van de vingerafdruk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) zijn nu anoniem: de toestemming om ze met jou te delen is ingetrokken, dus alleen het monitoringformulier blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) zijn gewist op verzoek van hun begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele dossier, met alle planversies en ondertekende PDF&apos;s, gaat versleuteld naar een collega. Na een overdracht is het hier alleen-lezen en wordt het gewist zodra haar bevestiging terugkomt. Een waarneming geeft haar een kopie om te lezen tot de einddatum; haar contacten komen daarna bij u terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen waarneming, tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum van de waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kluis vertrouwt nog geen collega. Vertrouw eerst haar openbare sleutel als begeleider onder Koers → Sleutels (Ctrl+K), na het vergelijken van de vingerafdruk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het team deelt dossiers: haar aparte toestemming is niet nodig (dit wordt vastgelegd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodig: haar toestemming voor overdracht aan deze collega (tab Toestemming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versleutelen en opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers-bundel (*.koers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met haar toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het team deelt dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen aan {name} op {day}, {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarneming door {name} tot en met {until}, {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar dossier is nu bij {name}. De alleen-lezen kopie in deze kluis wissen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets nieuws voor {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleuteld voor {name}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met ontsleutelen, controleren en samenvoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel van %1, gemaakt op %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline
verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline
binnen 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan wacht op
handtekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing
wacht lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfredzaamheid
(gem. verandering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open
conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste bundel
ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen die nog op de intake bij de partner wachten, langer dan de mediane wachttijd bij dat soort partner (of 30 dagen als die nog niet bekend is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddelde verandering van het zelfredzaamheidsniveau tussen de eerste en de laatste meting; ↑ vooruit, = gelijk, ↓ achteruit (aantal deelnemers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfredzaamheid
(eerste → laatste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasewijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfredzaamheidsmeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie van de supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: van %2, ontvangen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van deze gegevens zijn twee versies binnengekomen. Vergelijk ze en kies welke geldt; je keuze gaat met de volgende bundel terug naar de begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beide versies, veld voor veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geel: verschilt. Aangevinkt: die waarde uit de bundel houden (eerst aangevinkt waar de bundel de nieuwste versie heeft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van &amp;hier houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie uit de &amp;bundel houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per veld houden zoals aangevinkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen open conflicten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgelost: %1. Je keuze gaat met de volgende bundel terug naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cijfer: niet te berekenen (bijvoorbeeld een mediaan over minder dan 5 mensen) of niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een klein aantal (1 tot 4): weggelaten zodat niemand herkenbaar is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weggelaten zodat een klein aantal niet uit een totaal af te leiden is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoringsrapportage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de deelnemers in je eigen caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht, programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht in deze periode: pro&amp;gramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht per begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg (—) telt niet mee. Wordt per periode bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook per &amp;begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cij&amp;fers tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen van de rapportage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cijfers worden berekend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het is niet gelukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nieuw doel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-opgeslagen doel teruggezet. Kies Doel opslaan om het te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is nog niet opgeslagen. Wil je het opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet elk doel is SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet elk doel voldoet aan de SMART-check. Eerst het plan aanpassen, of toch laten ondertekenen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toch ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar het &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis kon niet meer worden gelezen of beschreven: is de schijf vol, of is de USB-stick eruit gehaald? Koers heeft de kluis daarom vergrendeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je gegevens zijn veilig: wat opgeslagen was, blijft versleuteld in de kluis staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak ruimte vrij of sluit de schijf weer aan, en ontgrendel dan opnieuw. Lukt dat niet, kopieer dan het technische rapport en stuur het naar je beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers liep tegen een onverwachte fout aan. Wat je net deed, is misschien niet afgemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je gegevens zijn veilig: wat opgeslagen was, staat versleuteld in de kluis, en wat je aan het typen was, wordt elke paar seconden als concept bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kijk of je laatste wijziging er staat en ga verder. Gebeurt dit vaker, kopieer dan het technische rapport en stuur het naar je beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het rapport bevat geen namen en niets van wat er is ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technisch rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technische details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport &amp;kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gebeurde %1 keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekopieerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel vertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbestand &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bundel is ondertekend met de sleutel met vingerafdruk %1. Open het sleutelbestand van de begeleider (zij slaat het op via Koers → Sleutels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open het sleutelbestand dat de ander je gaf (een .pub-bestand, bijvoorbeeld op een USB-stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijk hardop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bel de ander of vraag het haar in persoon: laat haar de vingerafdruk voorlezen die haar eigen Koers toont onder Sleutels → Mijn sleutel. Vergelijk elke groep. Wijkt één teken af, vertrouw de sleutel dan niet en vraag een nieuw bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vingerafdruk &amp;komt overeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbestand openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag de ander het bestand opnieuw op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit sleutelbestand hoort niet bij de afzender van de bundel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag de begeleider die de bundel maakte om haar eigen sleutelbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers maakt elke dag zelf een versleutelde back-up op deze laptop en bewaart de laatste zeven. Zet ook geregeld een back-up op een USB-stick: gaat de laptop kapot of verloren, dan heb je die nodig. Een back-up opent alleen met het wachtwoord van toen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back-up maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gekozen back-up terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugzetten uit bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met de back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor een update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koers-back-up (*.kbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt: {file}. Hij is versleuteld en opent alleen met je wachtwoord van nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up is niet gemaakt ({reason}). Kijk of de USB-stick erin zit en genoeg ruimte heeft, en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat nu in Koers staat, wordt vervangen door de back-up {file} van {date}. Wat je daarna hebt ingevoerd, staat dan niet meer in Koers.

De kluis van nu gaat niet weg: Koers zet hem opzij in een map die begint met &apos;replaced-&apos; in {folder}.

Koers vergrendelt tijdens het terugzetten en opent daarna de teruggezette kluis. Je wachtwoord is dan weer dat van de back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord van de back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord van de back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit wachtwoord past niet bij de back-up. Het is het wachtwoord dat je had toen de back-up werd gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen Koers-back-up of het is beschadigd. Kies een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden gelezen. Kijk of de USB-stick erin zit en kies het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord he&amp;rhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je herstelcode blijft geldig. Vier losse woorden zijn sterk en goed te onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je huidige wachtwoord in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huidige wachtwoord klopt niet. Typ het opnieuw; na een paar mislukte pogingen moet je steeds iets langer wachten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord is niet gewijzigd: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord is niet gewijzigd. Je oude wachtwoord werkt nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord vergeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de herstelcode die je bij de eerste start op papier hebt gezet, en kies een nieuw wachtwoord. Je dossiers blijven zoals ze zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ je herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze herstelcode past niet. Kijk de code op je papier na en probeer het opnieuw; na een paar mislukte pogingen moet je steeds iets langer wachten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het herstellen is niet gelukt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het herstellen is niet gelukt. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;luis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrumenten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekende PDF c&amp;ontroleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je nieuwe wachtwoord geldt vanaf nu. Je herstelcode blijft dezelfde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up wordt teruggezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis van vóór het terugzetten staat in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up is teruggezet en geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up is niet teruggezet ({reason}). Je kluis is niet veranderd: ontgrendel hem met je gewone wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mijn werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar leidinggevende &amp;sturen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn &amp;cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociale &amp;kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel &amp;inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanmeldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fasewisselingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trajectplanversies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besluiten om langer te bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keuzes voor de nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × bijlagen (ondertekende pdf&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × niet-opgeslagen concepten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier van %1 verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gaat weg, ook uit de zoeklijst en de rapportcijfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het auditlog bewaart alleen dat het dossier is verwijderd, door wie en waarom. De volgende bundel naar je leidinggevende verwijdert het daar ook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld: op haar verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weet je het zeker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier van %1 wordt definitief verwijderd. Dit kan niet ongedaan worden gemaakt, ook niet met een back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, &amp;definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner van de sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van de sociale kaart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewoonlijk {n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstreken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notitie voor de begeleider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict &amp;bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je notitie gaat met de volgende bundel terug naar de begeleider. Het dossier zelf verandert niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie &amp;bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier van %1, alleen lezen. Je opmerkingen schrijf je in een notitie; die gaat terug naar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicten in dit dossier: %1. Van een gegeven zijn twee versies binnengekomen; hier zie je de versie die nu geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen leesbare PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze PDF heeft geen digitale handtekening: een concept, of geen plan uit Koers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inhoud is na het ondertekenen veranderd. Vertrouw deze PDF niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handtekening is ongeldig: vervalst of beschadigd. Vertrouw deze PDF niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na het ondertekenen is er iets aan het bestand toegevoegd. Vertrouw deze PDF niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handtekening klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekende PDF controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een trajectplan als PDF. Koers controleert of de digitale handtekening klopt, wie hem zette en of er daarna iets aan de PDF veranderd is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een plan-PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet te vertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handtekening is wiskundig in orde, maar het certificaat hoort niet bij deze kluis of bij een vertrouwde sleutel. De naam erin (“%1”) kan iedereen invullen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet veranderd sinds het ondertekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handtekening klopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een vertrouwde sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekend door %1 (%2) op %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kluis heeft dit plan niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie %1 van het plan; de inhoud is gelijk aan die in de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie %1 van het plan, maar de inhoud is NIET gelijk aan die in de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: de kluis heeft een nieuwere versie (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {n} gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar gegevens opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar gegevens opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar gegevens konden niet worden opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn nakijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers over hun bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom blijft dit dossier langer bewaard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden om langer te bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langer bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn van het programma in maanden na afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren &amp;tot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn van het &amp;programma, na afsluiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze dossiers zijn langer afgesloten dan de bewaartermijn van het programma (%1 maanden). Verwijder ze, of bewaar er een langer met een reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen dossiers over hun bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wordt langer bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle dossiers zijn nagekeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn voorbij (bewaren tot %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier van %1 is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: wat deze week moet en wat te laat is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik of druk op Enter om het dossier te openen. Kies links een deelnemer (Ctrl+F zoeken, Ctrl+N nieuw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg: contact na {months} maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe zelfredzaamheidsmeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen contact in {weeks} weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing naar {what} wacht langer dan gewoonlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn: dossier nakijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftGoalsDialog</name>
    <message>
        <source>Doelen uit de matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgestelde doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de doelen om samen in haar woorden te herschrijven:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Ze stemt &amp;in met dit doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager is &amp;beter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specifiek: wat precies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetbaar: zo zien we het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realistisch: waarom het kan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (&amp;1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel (1–1&amp;0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel in haar &amp;woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze versie is ondertekend: alleen lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdgebonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenstappen en acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenstap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vóór (dd-mm-jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenstappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doel uit deze versie van het plan halen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf een datum als dd-mm-jjjj, bijvoorbeeld 01-06-2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>Zelfredzaamheidsmatrix: domein per rij, niveau per kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niveau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Meting kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe m&amp;eting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe meting (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een vakje om het criterium te lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschiedenis van de metingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grafiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;schiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie bij de meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;titie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen meting. Kies ‘Nieuwe meting’ om te beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe meting (nog niet opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemiddeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil met de vorige meting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Planversie kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nie&amp;uw plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD&amp;F maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze versie als PDF opslaan; een ondertekende versie digitaal ondertekend (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum pl&amp;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopt &amp;tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start → doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen per leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw &amp;doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen uit matri&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen trajectplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekend door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze versie is ondertekend en staat vast. Kies ‘Nieuwe versie’ om iets te veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een nieuwere versie: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog zonder tekst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het doel ‘{goal}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen zelfredzaamheidsmatrix ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen domeinen op niveau 1 of 2: geen voorstellen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Deze meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radargrafiek van de zelfredzaamheid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSlider</name>
    <message>
        <source>Score leegmaken (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score leegmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Handtekeningveld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teken met muis, vinger of pen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningExit</name>
    <message>
        <source>Wachtwoord of pincode van de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord of pincode van de begeleider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ont&amp;grendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningScreen</name>
    <message>
        <source>Sluiten (begeleider) – Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten: alleen met wachtwoord of pincode van de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ondertekende plan als PDF opslaan (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
