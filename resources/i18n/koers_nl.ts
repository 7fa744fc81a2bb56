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
        <source>Nu vergrendelen</source>
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
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
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
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbergen en vergrendelen</source>
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
        <source>Concept &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek links op roepnaam (Ctrl+F) of voeg iemand toe met Ctrl+N.</source>
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
        <source>&amp;Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
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
        <source>Annuleren</source>
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
        <source>De zelfredzaamheidsmatrix is nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het trajectplan is nog niet beschikbaar.</source>
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
        <source>&amp;Aanmelding &amp;&amp; intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zelfredzaamheidsmatrix</source>
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
        <source>Datum</source>
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
        <source>wacht sinds {day}</source>
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
        <source>&amp;Nieuw</source>
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
        <source>Koers bewaart hier geen namen of dossiers: alleen deze keuzes.</source>
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
        <source>jjjj-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
