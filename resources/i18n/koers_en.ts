<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Eerste start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Koers is al geopend voor deze kluis. Dat venster staat nu vooraan.</source>
        <translation>Koers is already open for this vault. That window is now in front.</translation>
    </message>
    <message>
        <source>Zoeken op roepnaam</source>
        <translation>Search by chosen name</translation>
    </message>
    <message>
        <source>Naar de deelnemers</source>
        <translation>Go to the participants</translation>
    </message>
    <message>
        <source>Nieuwe deelnemer</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Tabblad van het dossier kiezen</source>
        <translation>Choose a tab of the file</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nieuw contact, nieuwe verwijzing of toestemming</source>
        <translation>New contact, referral or consent</translation>
    </message>
    <message>
        <source>Vorige / volgende stap van de intake</source>
        <translation>Previous / next step of the intake</translation>
    </message>
    <message>
        <source>Alt+Links / Alt+Rechts</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <source>Nu vergrendelen</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Ver&amp;bergen en vergrendelen</source>
        <translation>&amp;Hide and lock</translation>
    </message>
    <message>
        <source>Paniektoets: alles verbergen en vergrendelen</source>
        <translation>Panic key: hide everything and lock</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sleutels: eigen sleutel, vertrouwen, intrekken</source>
        <translation>Keys: own key, trusting, revoking</translation>
    </message>
    <message>
        <source>Supervisie (kluis van een supervisor)</source>
        <translation>Supervision (a supervisor&apos;s vault)</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Supervisie</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>&amp;Koers</source>
        <translation>&amp;Koers</translation>
    </message>
    <message>
        <source>&amp;Nieuwe deelnemer</source>
        <translation>&amp;New participant</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>&amp;Deelnemers</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>Su&amp;pervisie</source>
        <translation>Su&amp;pervision</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>S&amp;leutels…</source>
        <translation>&amp;Keys…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Hier komen de overzichten voor supervisors (bundels inlezen, rapportage).</source>
        <translation>Overviews for supervisors (importing bundles, reports) appear here.</translation>
    </message>
    <message>
        <source>Let op: de laatste regels van het auditlog zijn weggehaald. Iemand heeft deze kluis buiten Koers om veranderd; meld het bij je leidinggevende.</source>
        <translation>Warning: the last entries of the audit log have been removed. Someone changed this vault outside Koers; tell your supervisor.</translation>
    </message>
    <message>
        <source>Koers is bijgewerkt en je kluis is aangepast aan deze versie. Eerst is er een back-up van de oude kluis gemaakt: %1</source>
        <translation>Koers was updated and your vault now fits this version. A backup of the old vault was made first: %1</translation>
    </message>
    <message>
        <source>Concept &amp;openen</source>
        <translation>&amp;Open draft</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Er is niet-opgeslagen werk van de vorige keer ({n} concept(en)). Open het om het te bewaren of weg te gooien.</source>
        <translation>There is unsaved work from last time ({n} draft(s)). Open it to save or discard it.</translation>
    </message>
    <message>
        <source>Welkom bij Koers</source>
        <translation>Welcome to Koers</translation>
    </message>
    <message>
        <source>Koers bewaart je dossiers versleuteld op deze laptop. Eerst: wie ben je?</source>
        <translation>Koers keeps your files encrypted on this laptop. First: who are you?</translation>
    </message>
    <message>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Je naam (komt op trajectplannen)</source>
        <translation>Your name (appears on plans)</translation>
    </message>
    <message>
        <source>&amp;Begeleider</source>
        <translation>&amp;Case worker</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Kies een wachtwoord</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Hiermee ontgrendel je Koers. Vier losse woorden zijn sterk en goed te onthouden.</source>
        <translation>This unlocks Koers. Four unrelated words are strong and easy to remember.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>De kluis wordt gemaakt</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Even geduld: je sleutels worden aangemaakt.</source>
        <translation>One moment: your keys are being made.</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Je herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Schrijf deze code op papier en bewaar hem veilig, niet bij de laptop. Ben je je wachtwoord kwijt, dan kom je alleen hiermee nog bij je dossiers. Hij wordt maar één keer getoond.</source>
        <translation>Write this code on paper and keep it safe, away from the laptop. If you lose your passphrase, this is the only way back to your files. It is shown only once.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Deel van de herstelcode</source>
        <translation>Part of the recovery code</translation>
    </message>
    <message>
        <source>Kl&amp;aar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Vol&amp;gende</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Het bestand is te groot (meer dan %1 MB).</source>
        <translation>The file is too large (over %1 MB).</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>geen aanmelddatum</source>
        <translation>no referral date</translation>
    </message>
    <message>
        <source>regel %1: %2, %3</source>
        <translation>line %1: %2, %3</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Een Excel-bestand (.xlsx) of een CSV-bestand met een kopregel. Alleen de kolom roepnaam is verplicht; de andere kolommen staan in de handleiding. Er wordt nog niets ingelezen: je ziet eerst wat erin staat.</source>
        <translation>An Excel file (.xlsx) or a CSV file with a header row. Only the column roepnaam (chosen name) is required; the other columns are listed in the manual. Nothing is imported yet: first you see what is in it.</translation>
    </message>
    <message>
        <source>Caseload kiezen</source>
        <translation>Choose a caseload</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Regels van het bestand</source>
        <translation>Lines of the file</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Alle %1 regels zijn in orde. Kies Inlezen om ze over te zetten; wie er al in staat (zelfde roepnaam en aanmelddatum) wordt overgeslagen.</source>
        <translation>All %1 lines are fine. Choose Import to bring them in; anyone already there (same chosen name and referral date) is skipped.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen. Verbeter deze %1 regel(s) in het bestand, sla het op en kies Vorige om het opnieuw te kiezen.</source>
        <translation>Nothing was imported. Correct these %1 line(s) in the file, save it and choose Back to choose it again.</translation>
    </message>
    <message>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Nieuwe deelnemers</source>
        <translation>New participants</translation>
    </message>
    <message>
        <source>%1 deelnemers toegevoegd, %2 stonden er al in.</source>
        <translation>%1 participants added, %2 were already there.</translation>
    </message>
    <message>
        <source>Caseload inlezen</source>
        <translation>Import a caseload</translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Vol&amp;gende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Caseload inlezen…</source>
        <translation>&amp;Import caseload…</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Typ ter controle groep {n} van de code over (vier tekens):</source>
        <translation>To check, type group {n} of the code (four characters):</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Koers is vergrendeld</source>
        <translation>Koers is locked</translation>
    </message>
    <message>
        <source>Typ je wachtwoord om je dossiers te openen.</source>
        <translation>Type your passphrase to open your files.</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>&amp;Forgot your passphrase?</translation>
    </message>
    <message>
        <source>Dit wachtwoord past niet. Probeer het opnieuw.</source>
        <translation>This passphrase does not fit. Try again.</translation>
    </message>
    <message>
        <source>De kluis kan niet worden geopend: {reason}</source>
        <translation>The vault cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>De kluis kan niet worden geopend.</source>
        <translation>The vault cannot be opened.</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Chosen name</translation>
    </message>
    <message>
        <source>De naam die zij zelf kiest</source>
        <translation>The name she chooses herself</translation>
    </message>
    <message>
        <source>&amp;Roepnaam</source>
        <translation>&amp;Chosen name</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Vertrouwd</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>Sleutels</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Vertrouwde sleutels</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <source>Van deze sleutels neemt Koers bundels aan, of stuurt het ze bundels. Een ingetrokken sleutel blijft in de lijst, zodat wat hij stuurde een naam houdt.</source>
        <translation>Koers accepts bundles from these keys, or sends bundles to them. A revoked key stays in the list, so what it sent keeps a name.</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Partner directory</translation>
    </message>
    <message>
        <source>Partnerorganisaties om naar te verwijzen. De kaart van het programma komt van de leidinggevende en verandert alleen daar; eigen adressen voegt u hier toe.</source>
        <translation>Partner organisations to refer to. The programme&apos;s directory comes from your supervisor and changes only there; add your own addresses here.</translation>
    </message>
    <message>
        <source>De kaart van het programma. Stuur hem naar een begeleider als ondertekende, versleutelde bundel; zij leest hem in via Bundel inlezen.</source>
        <translation>The programme&apos;s directory. Send it to a case worker as a signed, encrypted bundle; she reads it in with Import a bundle.</translation>
    </message>
    <message>
        <source>Dit instrumentbestand klopt niet: %1. Er is niets toegevoegd; vraag de leverancier om een goed bestand.</source>
        <translation>This instrument file is not right: %1. Nothing was added; ask the supplier for a correct file.</translation>
    </message>
    <message>
        <source>Dit is geen instrumentbestand: het is geen tekst in UTF-8. Er is niets toegevoegd.</source>
        <translation>This is not an instrument file: it is not UTF-8 text. Nothing was added.</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een instrument. Er is niets toegevoegd.</source>
        <translation>This file is too large for an instrument. Nothing was added.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen (%1). Er is niets toegevoegd.</source>
        <translation>The file could not be read (%1). Nothing was added.</translation>
    </message>
    <message>
        <source>Instrumenten</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Met deze instrumenten kun je metingen doen. Een instrument waarvoor je programma een licentie heeft, voeg je toe uit het bestand van de leverancier.</source>
        <translation>These are the instruments you can score assessments with. Add an instrument your programme holds a licence for from the supplier&apos;s file.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Instrument &amp;toevoegen…</source>
        <translation>&amp;Add instrument…</translation>
    </message>
    <message>
        <source>Koers</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Instrumentbestand kiezen</source>
        <translation>Choose an instrument file</translation>
    </message>
    <message>
        <source>Instrumentbestand (%1)</source>
        <translation>Instrument file (%1)</translation>
    </message>
    <message>
        <source>%1 wordt gecontroleerd…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>%1 is er al, met andere teksten. Er is niets veranderd: vraag om een bestand met een nieuw versienummer.</source>
        <translation>%1 is already there, with other texts. Nothing was changed: ask for a file with a new version number.</translation>
    </message>
    <message>
        <source>%1 is toegevoegd (%2 leefgebieden).</source>
        <translation>%1 was added (%2 life domains).</translation>
    </message>
    <message>
        <source>%1 was al toegevoegd.</source>
        <translation>%1 was already added.</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Partners op de sociale kaart</source>
        <translation>Partners in the directory</translation>
    </message>
    <message>
        <source>Partner toevoegen</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <source>Eigen partner toevoegen</source>
        <translation>Add a partner of your own</translation>
    </message>
    <message>
        <source>Vaste contactpersoon</source>
        <translation>Fixed contact person</translation>
    </message>
    <message>
        <source>Gebruikelijke wachttijd (dagen)</source>
        <translation>Usual waiting time (days)</translation>
    </message>
    <message>
        <source>Wachttijd (dagen)</source>
        <translation>Waiting time (days)</translation>
    </message>
    <message>
        <source>Uit &amp;spreadsheet…</source>
        <translation>From &amp;spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Van de kaart halen</source>
        <translation>Remove from the &amp;directory</translation>
    </message>
    <message>
        <source>Wijziging &amp;opslaan</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <source>Kaart naar begeleider &amp;sturen…</source>
        <translation>&amp;Send the directory to a case worker…</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>programma</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>eigen</source>
        <translation>own</translation>
    </message>
    <message>
        <source>{name} staat op de kaart.</source>
        <translation>{name} is in the directory.</translation>
    </message>
    <message>
        <source>{name} stond al op de kaart.</source>
        <translation>{name} was in the directory already.</translation>
    </message>
    <message>
        <source>{name} is gewijzigd.</source>
        <translation>{name} was changed.</translation>
    </message>
    <message>
        <source>{name} staat niet meer op de kaart.</source>
        <translation>{name} is no longer in the directory.</translation>
    </message>
    <message>
        <source>{name} is van de kaart van het programma; alleen de leidinggevende wijzigt die.</source>
        <translation>{name} is in the programme&apos;s directory; only the supervisor changes it.</translation>
    </message>
    <message>
        <source>Partner wijzigen</source>
        <translation>Change a partner</translation>
    </message>
    <message>
        <source>Spreadsheet met partners</source>
        <translation>Spreadsheet of partners</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>{n} partners toegevoegd.</source>
        <translation>{n} partners added.</translation>
    </message>
    <message>
        <source>Kaart opslaan</source>
        <translation>Save the directory</translation>
    </message>
    <message>
        <source>Kaart met {n} partners versleuteld voor {name}.</source>
        <translation>Directory with {n} partners encrypted for {name}.</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sleutel &amp;vertrouwen…</source>
        <translation>&amp;Trust a key…</translation>
    </message>
    <message>
        <source>Sleutel &amp;intrekken…</source>
        <translation>&amp;Revoke key…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mijn sleutel</source>
        <translation>My key</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Nieuwe laptop introduceren</source>
        <translation>Introduce a new laptop</translation>
    </message>
    <message>
        <source>Op je nieuwe laptop: maak de kluis, sla onder Sleutels je openbare sleutel op en zet hem op een USB-stick. Open dat bestand hier en vergelijk de vingerafdruk met die onder Sleutels → Mijn sleutel op de nieuwe laptop. Deze laptop ondertekent dan een introductie die je leidinggevende aanneemt; daarna horen je dossiers bij de nieuwe sleutel.</source>
        <translation>On your new laptop: create the vault, save your public key under Keys and put it on a USB stick. Open that file here and compare its fingerprint with the one under Keys → My key on the new laptop. This laptop then signs an introduction for your supervisor to accept; after that your files belong to the new key.</translation>
    </message>
    <message>
        <source>Sleutel&amp;bestand openen…</source>
        <translation>&amp;Open key file…</translation>
    </message>
    <message>
        <source>Introductie &amp;opslaan…</source>
        <translation>&amp;Save introduction…</translation>
    </message>
    <message>
        <source>Vingerafdruk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Dezelfde vingerafdruk als op de nieuwe laptop</source>
        <translation>The same fingerprint as on the new laptop</translation>
    </message>
    <message>
        <source>Introductie opslaan</source>
        <translation>Save introduction</translation>
    </message>
    <message>
        <source>Introductie opgeslagen als %1. Geef dit bestand aan je leidinggevende.</source>
        <translation>Introduction saved as %1. Give this file to your supervisor.</translation>
    </message>
    <message>
        <source>Introductie aannemen</source>
        <translation>Accept an introduction</translation>
    </message>
    <message>
        <source>Een begeleider met een nieuwe laptop geeft je een introductie, ondertekend door haar oude sleutel. Na het aannemen vertrouwt Koers haar nieuwe sleutel, is de oude ingetrokken en horen haar dossiers bij de nieuwe.</source>
        <translation>A case worker with a new laptop gives you an introduction, signed by her old key. Once you accept it, Koers trusts her new key, the old one is revoked and her files belong to the new one.</translation>
    </message>
    <message>
        <source>Introductie &amp;openen…</source>
        <translation>&amp;Open introduction…</translation>
    </message>
    <message>
        <source>&amp;Aannemen</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Oude sleutel:</source>
        <translation>Old key:</translation>
    </message>
    <message>
        <source>Nieuwe sleutel:</source>
        <translation>New key:</translation>
    </message>
    <message>
        <source>Introductie openen</source>
        <translation>Open introduction</translation>
    </message>
    <message>
        <source>Introductie (%1)</source>
        <translation>Introduction (%1)</translation>
    </message>
    <message>
        <source>Vraag de begeleider de introductie opnieuw te maken op haar oude laptop.</source>
        <translation>Ask the case worker to make the introduction again on her old laptop.</translation>
    </message>
    <message>
        <source>Noodsleutel opslaan</source>
        <translation>Save the emergency key</translation>
    </message>
    <message>
        <source>Met de noodsleutel kan iedereen die hem heeft de bundels openen die voor deze kluis versleuteld zijn. Alleen voor noodherstel, als je leidinggevende erom vraagt: bewaar hem offline, op een veilige plek, nooit bij de laptop.</source>
        <translation>Anyone who has the emergency key can open the bundles encrypted for this vault. For disaster recovery only, when your supervisor asks for it: keep it offline, in a safe place, never with the laptop.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord nogmaals:</source>
        <translation>&amp;Passphrase again:</translation>
    </message>
    <message>
        <source>Noodsleutel &amp;opslaan…</source>
        <translation>&amp;Save emergency key…</translation>
    </message>
    <message>
        <source>Wachtwoord wordt gecontroleerd…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Noodsleutel opgeslagen als %1. Bewaar hem offline en veilig.</source>
        <translation>Emergency key saved as %1. Keep it offline and safe.</translation>
    </message>
    <message>
        <source>Dat wachtwoord klopt niet. Er is niets opgeslagen.</source>
        <translation>That passphrase is not right. Nothing was saved.</translation>
    </message>
    <message>
        <source>Openbare sleutel &amp;opslaan…</source>
        <translation>&amp;Save public key…</translation>
    </message>
    <message>
        <source>Openbare sleutel opslaan</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <source>Koers-sleutel (%1)</source>
        <translation>Koers key (%1)</translation>
    </message>
    <message>
        <source>Nieuwe laptop intro&amp;duceren…</source>
        <translation>Intro&amp;duce a new laptop…</translation>
    </message>
    <message>
        <source>Introductie &amp;aannemen…</source>
        <translation>&amp;Accept an introduction…</translation>
    </message>
    <message>
        <source>Lees de vingerafdruk groep voor groep hardop voor (of via de telefoon) wanneer de ander jouw sleutel vertrouwt. Het sleutelbestand is openbaar: het bevat geen geheim.</source>
        <translation>Read the fingerprint aloud group by group (or over the phone) when the other side trusts your key. The key file is public: it holds no secret.</translation>
    </message>
    <message>
        <source>&amp;Noodsleutel opslaan…</source>
        <translation>Save &amp;emergency key…</translation>
    </message>
    <message>
        <source>Alleen voor noodherstel: opent bundels voor deze kluis</source>
        <translation>For disaster recovery only: it opens bundles for this vault</translation>
    </message>
    <message>
        <source>De sleutel is niet opgeslagen: %1. Kies een andere map of controleer de USB-stick.</source>
        <translation>The key was not saved: %1. Choose another folder or check the USB stick.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1. Geef dit bestand aan de ander en lees daarna samen de vingerafdruk voor.</source>
        <translation>Saved as %1. Give this file to the other side, then read the fingerprint aloud together.</translation>
    </message>
    <message>
        <source>%1 heeft nu de sleutel %2; de oude sleutel is ingetrokken en haar dossiers horen bij de nieuwe.</source>
        <translation>%1 now has the key %2; the old key is revoked and her files belong to the new one.</translation>
    </message>
    <message>
        <source>%1 is vertrouwd als %2.</source>
        <translation>%1 is trusted as %2.</translation>
    </message>
    <message>
        <source>Sleutel intrekken</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>De sleutel van %1 intrekken? Bundels die met deze sleutel zijn ondertekend worden daarna geweigerd; dat kan niet ongedaan worden gemaakt. Haar dossiers blijven in deze kluis.</source>
        <translation>Revoke the key of %1? Bundles signed with this key are refused from then on; this cannot be undone. Their files stay in this vault.</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De sleutel van %1 is ingetrokken. Bundels met deze sleutel worden voortaan geweigerd.</source>
        <translation>The key of %1 is revoked. Bundles signed with this key are refused from now on.</translation>
    </message>
    <message>
        <source>Zoek op roepnaam (Ctrl+F)</source>
        <translation>Search by chosen name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoek op roepnaam</source>
        <translation>Search by chosen name</translation>
    </message>
    <message>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lijst van deelnemers</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <source>Bewaartermijn om: %1</source>
        <translation>Past retention term: %1</translation>
    </message>
    <message>
        <source>Dossiers over hun bewaartermijn nakijken</source>
        <translation>Review files past their retention term</translation>
    </message>
    <message>
        <source>De zelfredzaamheidsmatrix is nog niet beschikbaar.</source>
        <translation>The self-sufficiency matrix is not available yet.</translation>
    </message>
    <message>
        <source>Het trajectplan is nog niet beschikbaar.</source>
        <translation>The plan is not available yet.</translation>
    </message>
    <message>
        <source>Haar gegevens…</source>
        <translation>Her data…</translation>
    </message>
    <message>
        <source>Alles wat Koers over haar bewaart, als PDF in haar taal</source>
        <translation>Everything Koers holds about her, as a PDF in her language</translation>
    </message>
    <message>
        <source>Over&amp;dragen…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Kopie wissen…</source>
        <translation>Erase the copy…</translation>
    </message>
    <message>
        <source>Terugsturen…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>De bevestiging van de overdracht, of de contacten van de waarneming, naar de collega die het dossier gaf</source>
        <translation>The confirmation of the handover, or the contacts of the cover, to the colleague who gave the file</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the file</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Zelfredzaamheidsmatrix</source>
        <translation>&amp;Self-sufficiency matrix</translation>
    </message>
    <message>
        <source>&amp;Trajectplan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Contacten</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Verwijzingen</source>
        <translation>Re&amp;ferrals</translation>
    </message>
    <message>
        <source>Toe&amp;stemming</source>
        <translation>Co&amp;nsent</translation>
    </message>
    <message>
        <source>geen fase</source>
        <translation>no phase</translation>
    </message>
    <message>
        <source>Alleen-lezen: bij {name}</source>
        <translation>Read-only: with {name}</translation>
    </message>
    <message>
        <source>Bewaartermijn voorbij sinds %1</source>
        <translation>Retention term ended %1</translation>
    </message>
    <message>
        <source>Bewaren tot %1</source>
        <translation>Kept until %1</translation>
    </message>
    <message>
        <source>Doel: {text}</source>
        <translation>Goal: {text}</translation>
    </message>
    <message>
        <source>Actie: {text}</source>
        <translation>Action: {text}</translation>
    </message>
    <message>
        <source>Fase: {phase}</source>
        <translation>Phase: {phase}</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>Open acties en deadlines</source>
        <translation>Open actions and deadlines</translation>
    </message>
    <message>
        <source>Verwijzingen die wachten</source>
        <translation>Referrals waiting</translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Actief: 1, 3, 6, 12 maanden</source>
        <translation>Active: 1, 3, 6, 12 months</translation>
    </message>
    <message>
        <source>Passief: als zij wil</source>
        <translation>Passive: when she wants</translation>
    </message>
    <message>
        <source>Actief: de agenda toont een contactmoment 1, 3, 6 en 12 maanden na de start van de nazorg. Passief: zij neemt contact op als zij dat wil.</source>
        <translation>Active: the agenda shows a check-in 1, 3, 6 and 12 months after aftercare starts. Passive: she gets in touch when she wants to.</translation>
    </message>
    <message>
        <source>Nieuwe fase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Uitstroomreden</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Uitstroomreden (alleen bij afsluiten)</source>
        <translation>Outcome (only when closing)</translation>
    </message>
    <message>
        <source>Reden tussentijds gestopt</source>
        <translation>Reason for stopping early</translation>
    </message>
    <message>
        <source>Trajectdoel</source>
        <translation>Trajectory goal</translation>
    </message>
    <message>
        <source>Trajectdoel: ongewijzigd</source>
        <translation>Trajectory goal: unchanged</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats of kanaal</source>
        <translation>Place or channel</translation>
    </message>
    <message>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Asked to start</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Veldwerkcontacten</source>
        <translation>Outreach contacts</translation>
    </message>
    <message>
        <source>Nie&amp;uw contact</source>
        <translation>Ne&amp;w contact</translation>
    </message>
    <message>
        <source>Veldwerk</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Contacten zonder dossier: veldwerk langs ramen en clubs, online, aan de telefoon of bij de inloop. Alleen aantallen en keuzes, geen namen: ze gaan mee naar de leidinggevende en tellen in de rapportage (Bereik).</source>
        <translation>Contacts without a file: outreach at windows and clubs, online, by phone or at the walk-in. Only numbers and choices, no names: they go to the supervisor and count in the report (Reach).</translation>
    </message>
    <message>
        <source>Nieuw veldwerkcontact</source>
        <translation>New outreach contact</translation>
    </message>
    <message>
        <source>Veldwerkcontact wijzigen</source>
        <translation>Change outreach contact</translation>
    </message>
    <message>
        <source>Opgeslagen: {n} mensen, {place}.</source>
        <translation>Saved: {n} people, {place}.</translation>
    </message>
    <message>
        <source>Gestopt met sekswerk op</source>
        <translation>Stopped sex work on</translation>
    </message>
    <message>
        <source>Gestopt op: dd-mm-jjjj</source>
        <translation>Stopped on: dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Weer begonnen op</source>
        <translation>Started again on</translation>
    </message>
    <message>
        <source>Weer begonnen: dd-mm-jjjj</source>
        <translation>Started again: dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Redenen om te stoppen</source>
        <translation>Reasons to stop</translation>
    </message>
    <message>
        <source>Redenen om weer te beginnen</source>
        <translation>Reasons to start again</translation>
    </message>
    <message>
        <source>Fase &amp;opslaan</source>
        <translation>Save &amp;phase</translation>
    </message>
    <message>
        <source>(traject {n})</source>
        <translation>(trajectory {n})</translation>
    </message>
    <message>
        <source>Niets open</source>
        <translation>Nothing open</translation>
    </message>
    <message>
        <source>wacht {n} dagen</source>
        <translation>waiting {n} days</translation>
    </message>
    <message>
        <source>(gewoonlijk {n})</source>
        <translation>(usually {n})</translation>
    </message>
    <message>
        <source>doel: {goal}</source>
        <translation>goal: {goal}</translation>
    </message>
    <message>
        <source>gestopt met sekswerk {day}</source>
        <translation>stopped sex work {day}</translation>
    </message>
    <message>
        <source>weer begonnen {day}</source>
        <translation>started again {day}</translation>
    </message>
    <message>
        <source>Geen wachtende verwijzingen</source>
        <translation>No referrals waiting</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Concept &amp;weggooien</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>Stappen van de intake</source>
        <translation>Steps of the intake</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Schrijf haar hulpvraag op in haar eigen woorden.</source>
        <translation>Write down her request for help in her own words.</translation>
    </message>
    <message>
        <source>Nog niet alles klopt:</source>
        <translation>Not everything is right yet:</translation>
    </message>
    <message>
        <source>Alles is in orde. Kies Opslaan (Ctrl+S) om de intake te bewaren.</source>
        <translation>All is well. Choose Save (Ctrl+S) to keep the intake.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen concept teruggezet. Kies Opslaan om het te bewaren.</source>
        <translation>Unsaved draft put back. Choose Save to keep it.</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <source>✗ Geen geldige toestemming</source>
        <translation>✗ No current consent</translation>
    </message>
    <message>
        <source>✗ Ingetrokken %1</source>
        <translation>✗ Withdrawn %1</translation>
    </message>
    <message>
        <source>Gaat in op %1</source>
        <translation>Starts on %1</translation>
    </message>
    <message>
        <source>✓ Gegeven %1</source>
        <translation>✓ Given %1</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nieuw: {what}</source>
        <translation>New: {what}</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral to a partner</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Nie&amp;uw</source>
        <translation>N&amp;ew</translation>
    </message>
    <message>
        <source>Wijzigen: {what}</source>
        <translation>Edit: {what}</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na (minuten)</source>
        <translation>Lock automatically after (minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Automatisch vergrendelen na</source>
        <translation>Lock &amp;automatically after</translation>
    </message>
    <message>
        <source>Lettergrootte (punten)</source>
        <translation>Type size (points)</translation>
    </message>
    <message>
        <source>&amp;Lettergrootte</source>
        <translation>&amp;Type size</translation>
    </message>
    <message>
        <source>&amp;Diagnoselog bijhouden (zonder namen of ingevulde tekst)</source>
        <translation>Keep a &amp;diagnostic log (no names, nothing typed in)</translation>
    </message>
    <message>
        <source>Alleen aanzetten om een probleem te melden; oude logs worden opgeruimd.</source>
        <translation>Turn on only to report a problem; old logs are cleaned up.</translation>
    </message>
    <message>
        <source>Koers bewaart hier geen namen of dossiers: alleen deze keuzes.</source>
        <translation>Koers keeps no names or files here: only these choices.</translation>
    </message>
    <message>
        <source>Het team deelt d&amp;ossiers: overdracht zonder aparte toestemming</source>
        <translation>The team shares &amp;files: handover without separate consent</translation>
    </message>
    <message>
        <source>Afspraak van het programma. Elke overdracht legt vast op welke grond hij gebeurde: haar toestemming, of deze afspraak.</source>
        <translation>Agreed in the programme. Every handover records on which basis it was made: her consent, or this agreement.</translation>
    </message>
    <message>
        <source>Talen van haar plan en het ondertekenen</source>
        <translation>Languages of her plan and of signing</translation>
    </message>
    <message>
        <source>Nieuwe zelfredzaamheidsmeting na (maanden)</source>
        <translation>New self-sufficiency assessment after (months)</translation>
    </message>
    <message>
        <source> mnd</source>
        <translation> mo</translation>
    </message>
    <message>
        <source>Nieuwe &amp;meting na</source>
        <translation>New assess&amp;ment after</translation>
    </message>
    <message>
        <source>Melden na zoveel weken zonder contact</source>
        <translation>Flag after this many weeks without contact</translation>
    </message>
    <message>
        <source> wkn</source>
        <translation> wks</translation>
    </message>
    <message>
        <source>Alleen in de fasen oriëntatie en uitvoering</source>
        <translation>Only in the phases Orientation and Carrying out the plan</translation>
    </message>
    <message>
        <source>&amp;Geen contact na</source>
        <translation>&amp;No contact after</translation>
    </message>
    <message>
        <source>Agenda (in de kluis)</source>
        <translation>Agenda (in the vault)</translation>
    </message>
    <message>
        <source>Vertalingen en hun controle</source>
        <translation>Translations and their review</translation>
    </message>
    <message>
        <source>Vertaald door</source>
        <translation>Translated by</translation>
    </message>
    <message>
        <source>Nagekeken</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>ja, door een moedertaalspreker</source>
        <translation>yes, by a native speaker</translation>
    </message>
    <message>
        <source>nee, nog niet door een moedertaalspreker</source>
        <translation>no, not yet by a native speaker</translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Sterkte: {label}</source>
        <translation>Strength: {label}</translation>
    </message>
    <message>
        <source>Bundel inlezen</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Caseload per begeleider</source>
        <translation>Caseload per case worker</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Begeleiders</source>
        <translation>Case workers</translation>
    </message>
    <message>
        <source>Deelnemers van de gekozen begeleider</source>
        <translation>Participants of the chosen case worker</translation>
    </message>
    <message>
        <source>Nog geen dossiers. Lees eerst een bundel van een begeleider in.</source>
        <translation>No files yet. First import a bundle from a case worker.</translation>
    </message>
    <message>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Peildatum %1. Deadlines: doelen van het huidige plan die nog open staan; &apos;binnen %2 dagen&apos; telt vanaf vandaag.</source>
        <translation>As of %1. Deadlines: goals of the current plan that are still open; &apos;within %2 days&apos; counts from today.</translation>
    </message>
    <message>
        <source>Het overzicht kon niet worden geladen: %1</source>
        <translation>The overview could not be loaded: %1</translation>
    </message>
    <message>
        <source>Deelnemers van %1, per fase</source>
        <translation>Participants of %1, by phase</translation>
    </message>
    <message>
        <source>Vraag de begeleider de bundel opnieuw te maken voor de sleutel van deze kluis.</source>
        <translation>Ask the case worker to make the bundle again, for this vault&apos;s key.</translation>
    </message>
    <message>
        <source>Vertrouw eerst haar sleutel: kies hieronder &apos;Sleutel van de afzender vertrouwen&apos; en vergelijk de vingerafdruk met de begeleider. Daarna wordt de bundel opnieuw ingelezen.</source>
        <translation>Trust their key first: choose &apos;Trust the sender&apos;s key&apos; below and compare the fingerprint with the case worker. The bundle is then read in again.</translation>
    </message>
    <message>
        <source>Lees dit bestand niet in. Vraag de begeleider om een nieuwe bundel, via een ander kanaal.</source>
        <translation>Do not import this file. Ask the case worker for a new bundle, through another channel.</translation>
    </message>
    <message>
        <source>Vraag de begeleider het bestand opnieuw te sturen.</source>
        <translation>Ask the case worker to send the file again.</translation>
    </message>
    <message>
        <source>Werk Koers bij tot dezelfde versie als die van de begeleider.</source>
        <translation>Update Koers to the same version as the case worker&apos;s.</translation>
    </message>
    <message>
        <source> en nog %1</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Deze bundel is al ingelezen op %1; er is niets nieuws.</source>
        <translation>This bundle was already imported on %1; nothing is new.</translation>
    </message>
    <message>
        <source>Deze bundel is ouder dan wat je al hebt van %1: de oudere versies zijn niet overgenomen en tellen als ongewijzigd.</source>
        <translation>This bundle is older than what you already have from %1: the older versions were not taken over and count as unchanged.</translation>
    </message>
    <message>
        <source>De bundel is niet ingelezen; er is niets veranderd.</source>
        <translation>The bundle was not imported; nothing has changed.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>Er is niets verstuurd.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven (%1). Controleer of de USB-stick erin zit, niet vol is en niet tegen schrijven is beveiligd, en probeer het opnieuw.</source>
        <translation>The file could not be written (%1). Check that the USB stick is plugged in, not full and not write-protected, and try again.</translation>
    </message>
    <message>
        <source>Onverwachte fout: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Naar leidinggevende sturen</source>
        <translation>Send to supervisor</translation>
    </message>
    <message>
        <source>Koers zet je dossiers in één versleuteld bestand. Sla het op een USB-stick op en geef het aan je leidinggevende: alleen zij kan het openen, met haar eigen sleutel.</source>
        <translation>Koers puts your files into one encrypted file. Save it to a USB stick and give it to your supervisor: only she can open it, with her own key.</translation>
    </message>
    <message>
        <source>Je hebt nog geen leidinggevende vertrouwd, dus er kan nog niets naartoe. Vraag je leidinggevende om het bestand met haar openbare sleutel, lees samen (of aan de telefoon) de vingerafdruk hardop voor, en vertrouw die sleutel dan in Koers. Daarna kun je hier versturen.</source>
        <translation>You have not trusted a supervisor yet, so nothing can go to one. Ask your supervisor for the file with her public key, read the fingerprint aloud together (or over the phone), and then trust that key in Koers. After that you can send from here.</translation>
    </message>
    <message>
        <source>Sleutel van leidinggevende &amp;vertrouwen…</source>
        <translation>&amp;Trust your supervisor&apos;s key…</translation>
    </message>
    <message>
        <source>Gaan anoniem mee</source>
        <translation>Travel anonymously</translation>
    </message>
    <message>
        <source>Leidinggevende</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Lei&amp;dinggevende:</source>
        <translation>S&amp;upervisor:</translation>
    </message>
    <message>
        <source>&amp;Opslaan op USB-stick…</source>
        <translation>&amp;Save to USB stick…</translation>
    </message>
    <message>
        <source>Voortgang van het versturen</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <source>&amp;Alle dossiers (%1)</source>
        <translation>&amp;All files (%1)</translation>
    </message>
    <message>
        <source>sinds de vorige keer, %1</source>
        <translation>since the last time, %1</translation>
    </message>
    <message>
        <source>nog nooit verstuurd</source>
        <translation>never sent before</translation>
    </message>
    <message>
        <source>Alleen &amp;nieuw of gewijzigd: %1 dossier(s) (%2)</source>
        <translation>Only &amp;new or changed: %1 file(s) (%2)</translation>
    </message>
    <message>
        <source>Ondertekende &amp;plannen als PDF meesturen (%1)</source>
        <translation>Include signed &amp;plans as PDF (%1)</translation>
    </message>
    <message>
        <source>Anoniem, alleen het monitoringformulier (geen naam, geen notities), want er is geen geldige toestemming om te delen met de leidinggevende: %1</source>
        <translation>Anonymously, the monitoring form only (no name, no notes), because there is no current consent to share with the supervisor: %1</translation>
    </message>
    <message>
        <source>Bundel opslaan</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <source>Bezig met inpakken en versleutelen…</source>
        <translation>Packing and encrypting…</translation>
    </message>
    <message>
        <source>Wordt geannuleerd…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Er is niets nieuws of gewijzigd sinds de vorige keer; er is geen bestand gemaakt.</source>
        <translation>Nothing is new or changed since the last time; no file was made.</translation>
    </message>
    <message>
        <source>Verstuurd: %1 gegevens staan versleuteld in %2. Alleen %3 kan dit bestand openen; je kunt de USB-stick nu veilig uitwerpen.</source>
        <translation>Sent: %1 records are encrypted in %2. Only %3 can open this file; you can now safely eject the USB stick.</translation>
    </message>
    <message>
        <source>Geannuleerd: er is geen bestand gemaakt en niets verstuurd.</source>
        <translation>Cancelled: no file was made and nothing was sent.</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Kies een .koers-bestand van een begeleider. Koers ontsleutelt het, controleert de handtekening van de afzender en voegt de dossiers samen met deze kluis. Wat hier is gewijzigd wordt nooit overschreven: een afwijkende versie wordt als conflict apart bewaard.</source>
        <translation>Choose a .koers file from a case worker. Koers decrypts it, checks the sender&apos;s signature and merges the files into this vault. What was changed here is never overwritten: a different version is kept aside as a conflict.</translation>
    </message>
    <message>
        <source>Kies een .koers-bestand van uw leidinggevende (de sociale kaart) of van een collega (een overgedragen dossier, een waarneming, een bevestiging). Koers controleert wie het ondertekende en neemt alleen aan wat die afzender mag sturen.</source>
        <translation>Choose a .koers file from your supervisor (the partner directory) or from a colleague (a handed-over file, a cover, a confirmation). Koers checks who signed it and takes only what that sender may send.</translation>
    </message>
    <message>
        <source>Voortgang van het inlezen</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Sleutel van de afzender &amp;vertrouwen…</source>
        <translation>&amp;Trust the sender&apos;s key…</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Nieuwe dossiers</source>
        <translation>New files</translation>
    </message>
    <message>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Gewist of anoniem gemaakt</source>
        <translation>Erased or made anonymous</translation>
    </message>
    <message>
        <source>Openstaande conflicten (beide versies bewaard)</source>
        <translation>Open conflicts (both versions kept)</translation>
    </message>
    <message>
        <source>Vetgedrukt: uit deze bundel. Een conflict ontstaat als een gegeven hier is gewijzigd, of met dezelfde versie een andere inhoud binnenkomt.</source>
        <translation>In bold: from this bundle. A conflict arises when a record was changed here, or when the same version arrives with different content.</translation>
    </message>
    <message>
        <source>Openstaande conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Vertrouwde begeleiders: %1</source>
        <translation>Trusted case workers: %1</translation>
    </message>
    <message>
        <source>Deze kluis vertrouwt nog geen begeleider. Vertrouw eerst haar openbare sleutel onder Koers → Sleutels (Ctrl+K), na het vergelijken van de vingerafdruk.</source>
        <translation>This vault does not trust any case worker yet. First trust their public key under Koers → Keys (Ctrl+K), after comparing the fingerprint.</translation>
    </message>
    <message>
        <source>Bundel kiezen</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <source>%1 dossier(s) zijn nu anoniem: de toestemming om ze met jou te delen is ingetrokken, dus alleen het monitoringformulier blijft.</source>
        <translation>%1 file(s) are now anonymous: the consent to share them with you was withdrawn, so only the monitoring form stays.</translation>
    </message>
    <message>
        <source>%1 dossier(s) zijn gewist op verzoek van hun begeleider.</source>
        <translation>%1 file(s) were erased at the request of their case worker.</translation>
    </message>
    <message>
        <source>Dossier overdragen</source>
        <translation>Hand the file over</translation>
    </message>
    <message>
        <source>Het hele dossier, met alle planversies en ondertekende PDF&apos;s, gaat versleuteld naar een collega. Na een overdracht is het hier alleen-lezen en wordt het gewist zodra haar bevestiging terugkomt. Een waarneming geeft haar een kopie om te lezen tot de einddatum; haar contacten komen daarna bij u terug.</source>
        <translation>The whole file, with every plan version and signed PDF, goes encrypted to a colleague. After a handover it is read-only here and is erased once her confirmation comes back. A cover gives her a copy to read until the end date; her contacts then come back to you.</translation>
    </message>
    <message>
        <source>Collega</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Alleen waarneming, tot en met</source>
        <translation>Only cover, until</translation>
    </message>
    <message>
        <source>Einddatum van de waarneming</source>
        <translation>End date of the cover</translation>
    </message>
    <message>
        <source>Deze kluis vertrouwt nog geen collega. Vertrouw eerst haar openbare sleutel als begeleider onder Koers → Sleutels (Ctrl+K), na het vergelijken van de vingerafdruk.</source>
        <translation>This vault trusts no colleague yet. First trust her public key as a case worker under Koers → Keys (Ctrl+K), after comparing the fingerprint.</translation>
    </message>
    <message>
        <source>Het team deelt dossiers: haar aparte toestemming is niet nodig (dit wordt vastgelegd).</source>
        <translation>The team shares files: her separate consent is not needed (this is recorded).</translation>
    </message>
    <message>
        <source>Nodig: haar toestemming voor overdracht aan deze collega (tab Toestemming).</source>
        <translation>Needed: her consent to a handover to this colleague (Consent tab).</translation>
    </message>
    <message>
        <source>&amp;Versleutelen en opslaan…</source>
        <translation>&amp;Encrypt and save…</translation>
    </message>
    <message>
        <source>Overdracht opslaan</source>
        <translation>Save the handover</translation>
    </message>
    <message>
        <source>Koers-bundel (*.koers)</source>
        <translation>Koers bundle (*.koers)</translation>
    </message>
    <message>
        <source>met haar toestemming</source>
        <translation>with her consent</translation>
    </message>
    <message>
        <source>het team deelt dossiers</source>
        <translation>the team shares files</translation>
    </message>
    <message>
        <source>Overgedragen aan {name} op {day}, {basis}.</source>
        <translation>Handed over to {name} on {day}, {basis}.</translation>
    </message>
    <message>
        <source>Waarneming door {name} tot en met {until}, {basis}.</source>
        <translation>Covered by {name} up to and including {until}, {basis}.</translation>
    </message>
    <message>
        <source>Kopie wissen</source>
        <translation>Erase the copy</translation>
    </message>
    <message>
        <source>Haar dossier is nu bij {name}. De alleen-lezen kopie in deze kluis wissen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation>Her file is now with {name}. Erase the read-only copy in this vault? This cannot be undone.</translation>
    </message>
    <message>
        <source>Niets nieuws voor {name}.</source>
        <translation>Nothing new for {name}.</translation>
    </message>
    <message>
        <source>Versleuteld voor {name}: {file}</source>
        <translation>Encrypted for {name}: {file}</translation>
    </message>
    <message>
        <source>Bezig met ontsleutelen, controleren en samenvoegen…</source>
        <translation>Decrypting, checking and merging…</translation>
    </message>
    <message>
        <source>Ingelezen.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Bundel van %1, gemaakt op %2</source>
        <translation>Bundle from %1, made on %2</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Deadline
verstreken</source>
        <translation>Deadline
passed</translation>
    </message>
    <message>
        <source>Deadline
binnen 30 dagen</source>
        <translation>Deadline
within 30 days</translation>
    </message>
    <message>
        <source>Plan wacht op
handtekening</source>
        <translation>Plan waiting
for signature</translation>
    </message>
    <message>
        <source>Zelfredzaamheid
(gem. verandering)</source>
        <translation>Self-sufficiency
(average change)</translation>
    </message>
    <message>
        <source>Open
conflicten</source>
        <translation>Open
conflicts</translation>
    </message>
    <message>
        <source>Laatste bundel
ontvangen</source>
        <translation>Last bundle
received</translation>
    </message>
    <message>
        <source>Verwijzing
wacht lang</source>
        <translation>Referrals
waiting long</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Verwijzingen die nog op de intake bij de partner wachten, langer dan de mediane wachttijd bij dat soort partner (of 30 dagen als die nog niet bekend is)</source>
        <translation>Referrals still waiting for the intake at the partner, longer than the median wait at that kind of partner (or 30 days while that is not known yet)</translation>
    </message>
    <message>
        <source>Gemiddelde verandering van het zelfredzaamheidsniveau tussen de eerste en de laatste meting; ↑ vooruit, = gelijk, ↓ achteruit (aantal deelnemers)</source>
        <translation>Average change in self-sufficiency level between the first and the latest assessment; ↑ better, = same, ↓ worse (number of participants)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>⚠ conflict</source>
        <translation>⚠ conflict</translation>
    </message>
    <message>
        <source>Zelfredzaamheid
(eerste → laatste)</source>
        <translation>Self-sufficiency
(first → latest)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Fasewijziging</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Zelfredzaamheidsmeting</source>
        <translation>Self-sufficiency assessment</translation>
    </message>
    <message>
        <source>Trajectplan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Notitie van de supervisor</source>
        <translation>Supervisor&apos;s note</translation>
    </message>
    <message>
        <source>%1: van %2, ontvangen %3</source>
        <translation>%1: from %2, received %3</translation>
    </message>
    <message>
        <source>Van deze gegevens zijn twee versies binnengekomen. Vergelijk ze en kies welke geldt; je keuze gaat met de volgende bundel terug naar de begeleider.</source>
        <translation>Two versions of these records came in. Compare them and choose which one holds; your choice goes back to the case worker with the next bundle.</translation>
    </message>
    <message>
        <source>Soort gegeven</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Beide versies, veld voor veld</source>
        <translation>Both versions, field by field</translation>
    </message>
    <message>
        <source>Geel: verschilt. Aangevinkt: die waarde uit de bundel houden (eerst aangevinkt waar de bundel de nieuwste versie heeft).</source>
        <translation>Yellow: differs. Ticked: keep the bundle&apos;s value (ticked at first where the bundle has the newer version).</translation>
    </message>
    <message>
        <source>Versie van &amp;hier houden</source>
        <translation>Keep the version &amp;here</translation>
    </message>
    <message>
        <source>Versie uit de &amp;bundel houden</source>
        <translation>Keep the &amp;bundle version</translation>
    </message>
    <message>
        <source>&amp;Per veld houden zoals aangevinkt</source>
        <translation>Keep &amp;per field as ticked</translation>
    </message>
    <message>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Hier</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Uit de bundel</source>
        <translation>From the bundle</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bundel houden</source>
        <translation>Keep bundle</translation>
    </message>
    <message>
        <source>Opgelost: %1. Je keuze gaat met de volgende bundel terug naar %2.</source>
        <translation>Settled: %1. Your choice goes back to %2 with the next bundle.</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Geen cijfer: niet te berekenen (bijvoorbeeld een mediaan over minder dan 5 mensen) of niet ingevuld</source>
        <translation>No figure: cannot be computed (for example a median over fewer than 5 people) or not entered</translation>
    </message>
    <message>
        <source>Een klein aantal (1 tot 4): weggelaten zodat niemand herkenbaar is</source>
        <translation>A small count (1 to 4): withheld so that nobody can be recognised</translation>
    </message>
    <message>
        <source>Weggelaten zodat een klein aantal niet uit een totaal af te leiden is</source>
        <translation>Withheld so that a small count cannot be worked out from a total</translation>
    </message>
    <message>
        <source>Monitoringsrapportage</source>
        <translation>Monitoring report</translation>
    </message>
    <message>
        <source>Mijn cijfers</source>
        <translation>My figures</translation>
    </message>
    <message>
        <source>Alleen de deelnemers in je eigen caseload.</source>
        <translation>Only the participants in your own caseload.</translation>
    </message>
    <message>
        <source>Verwacht, programma</source>
        <translation>Expected, programme</translation>
    </message>
    <message>
        <source>Verwacht in deze periode: pro&amp;gramma</source>
        <translation>Expected in this period: pro&amp;gramme</translation>
    </message>
    <message>
        <source>Verwacht per begeleider</source>
        <translation>Expected per case worker</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Leeg (—) telt niet mee. Wordt per periode bewaard.</source>
        <translation>Empty (—) does not count. Kept per period.</translation>
    </message>
    <message>
        <source>Verwacht voor %1</source>
        <translation>Expected for %1</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;tot en met</source>
        <translation>&amp;through</translation>
    </message>
    <message>
        <source>Ook per &amp;begeleider</source>
        <translation>Also per case &amp;worker</translation>
    </message>
    <message>
        <source>Cij&amp;fers tonen</source>
        <translation>&amp;Show figures</translation>
    </message>
    <message>
        <source>Tabellen van de rapportage</source>
        <translation>Tables of the report</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Opslaan als &amp;CSV</source>
        <translation>Save as &amp;CSV</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF</source>
        <translation>Save as &amp;PDF</translation>
    </message>
    <message>
        <source>Opslaan als &amp;Excel</source>
        <translation>Save as &amp;Excel</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>De cijfers worden berekend…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <source>Het is niet gelukt: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>Wordt opgeslagen…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>(nieuw doel)</source>
        <translation>(new goal)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Niet-opgeslagen doel teruggezet. Kies Doel opslaan om het te bewaren.</source>
        <translation>Unsaved goal put back. Choose Save goal to keep it.</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>● Niet opgeslagen</source>
        <translation>● Not saved</translation>
    </message>
    <message>
        <source>{what} is nog niet opgeslagen. Wil je het opslaan?</source>
        <translation>{what} is not saved yet. Do you want to save it?</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Blijven</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <source>Niet elk doel is SMART</source>
        <translation>Not every goal is SMART</translation>
    </message>
    <message>
        <source>Niet elk doel voldoet aan de SMART-check. Eerst het plan aanpassen, of toch laten ondertekenen?</source>
        <translation>Not every goal passes the SMART check. Change the plan first, or sign it anyway?</translation>
    </message>
    <message>
        <source>&amp;Toch ondertekenen</source>
        <translation>&amp;Sign anyway</translation>
    </message>
    <message>
        <source>Terug naar het &amp;plan</source>
        <translation>Back to the &amp;plan</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt: %1</source>
        <translation>The PDF could not be made: %1</translation>
    </message>
    <message>
        <source>De kluis kon niet meer worden gelezen of beschreven: is de schijf vol, of is de USB-stick eruit gehaald? Koers heeft de kluis daarom vergrendeld.</source>
        <translation>The vault could no longer be read or written: is the disk full, or was the USB stick removed? Koers has therefore locked the vault.</translation>
    </message>
    <message>
        <source>Je gegevens zijn veilig: wat opgeslagen was, blijft versleuteld in de kluis staan.</source>
        <translation>Your data is safe: what was saved stays encrypted in the vault.</translation>
    </message>
    <message>
        <source>Maak ruimte vrij of sluit de schijf weer aan, en ontgrendel dan opnieuw. Lukt dat niet, kopieer dan het technische rapport en stuur het naar je beheerder.</source>
        <translation>Free up space or connect the disk again, then unlock again. If that does not work, copy the technical report and send it to your administrator.</translation>
    </message>
    <message>
        <source>Koers liep tegen een onverwachte fout aan. Wat je net deed, is misschien niet afgemaakt.</source>
        <translation>Koers ran into an unexpected error. What you just did may not have been finished.</translation>
    </message>
    <message>
        <source>Je gegevens zijn veilig: wat opgeslagen was, staat versleuteld in de kluis, en wat je aan het typen was, wordt elke paar seconden als concept bewaard.</source>
        <translation>Your data is safe: what was saved is encrypted in the vault, and what you were typing is kept as a draft every few seconds.</translation>
    </message>
    <message>
        <source>Kijk of je laatste wijziging er staat en ga verder. Gebeurt dit vaker, kopieer dan het technische rapport en stuur het naar je beheerder.</source>
        <translation>Check that your last change is there and carry on. If this happens more often, copy the technical report and send it to your administrator.</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Het rapport bevat geen namen en niets van wat er is ingevuld.</source>
        <translation>The report holds no names and nothing that was filled in.</translation>
    </message>
    <message>
        <source>Technisch rapport</source>
        <translation>Technical report</translation>
    </message>
    <message>
        <source>&amp;Technische details</source>
        <translation>&amp;Technical details</translation>
    </message>
    <message>
        <source>Rapport &amp;kopiëren</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>&amp;Doorgaan</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Dit gebeurde %1 keer.</source>
        <translation>This happened %1 times.</translation>
    </message>
    <message>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Vingerafdruk: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Sleutel vertrouwen</source>
        <translation>Trust a key</translation>
    </message>
    <message>
        <source>Sleutelbestand &amp;openen…</source>
        <translation>&amp;Open key file…</translation>
    </message>
    <message>
        <source>&amp;Vertrouwen</source>
        <translation>&amp;Trust</translation>
    </message>
    <message>
        <source>De bundel is ondertekend met de sleutel met vingerafdruk %1. Open het sleutelbestand van de begeleider (zij slaat het op via Koers → Sleutels).</source>
        <translation>The bundle is signed with the key with fingerprint %1. Open the case worker&apos;s key file (they save it under Koers → Keys).</translation>
    </message>
    <message>
        <source>Open het sleutelbestand dat de ander je gaf (een .pub-bestand, bijvoorbeeld op een USB-stick).</source>
        <translation>Open the key file the other side gave you (a .pub file, for example on a USB stick).</translation>
    </message>
    <message>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Vergelijk hardop</source>
        <translation>Compare aloud</translation>
    </message>
    <message>
        <source>Bel de ander of vraag het haar in persoon: laat haar de vingerafdruk voorlezen die haar eigen Koers toont onder Sleutels → Mijn sleutel. Vergelijk elke groep. Wijkt één teken af, vertrouw de sleutel dan niet en vraag een nieuw bestand.</source>
        <translation>Call the other person or ask in person: have them read out the fingerprint their own Koers shows under Keys → My key. Compare every group. If one character differs, do not trust the key and ask for a new file.</translation>
    </message>
    <message>
        <source>De vingerafdruk &amp;komt overeen</source>
        <translation>The fingerprint &amp;matches</translation>
    </message>
    <message>
        <source>Sleutelbestand openen</source>
        <translation>Open key file</translation>
    </message>
    <message>
        <source>Vraag de ander het bestand opnieuw op te slaan.</source>
        <translation>Ask the other side to save the file again.</translation>
    </message>
    <message>
        <source>Dit sleutelbestand hoort niet bij de afzender van de bundel.</source>
        <translation>This key file does not belong to the sender of the bundle.</translation>
    </message>
    <message>
        <source>Vraag de begeleider die de bundel maakte om haar eigen sleutelbestand.</source>
        <translation>Ask the case worker who made the bundle for their own key file.</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Koers maakt elke dag zelf een versleutelde back-up op deze laptop en bewaart de laatste zeven. Zet ook geregeld een back-up op een USB-stick: gaat de laptop kapot of verloren, dan heb je die nodig. Een back-up opent alleen met het wachtwoord van toen.</source>
        <translation>Koers makes an encrypted backup on this laptop by itself every day and keeps the last seven. Also put a backup on a USB stick regularly: if the laptop breaks or gets lost, you will need it. A backup opens only with the passphrase you had then.</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Automatische back-ups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>&amp;Back-up maken…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <source>&amp;Gekozen back-up terugzetten…</source>
        <translation>Restore the &amp;selected backup…</translation>
    </message>
    <message>
        <source>&amp;Terugzetten uit bestand…</source>
        <translation>&amp;Restore from a file…</translation>
    </message>
    <message>
        <source>Bezig met de back-up</source>
        <translation>Working on the backup</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Voor een update</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Back-up opslaan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Koers-back-up (*.kbak)</source>
        <translation>Koers backup (*.kbak)</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {file}. Hij is versleuteld en opent alleen met je wachtwoord van nu.</source>
        <translation>Backup made: {file}. It is encrypted and opens only with your current passphrase.</translation>
    </message>
    <message>
        <source>De back-up is niet gemaakt ({reason}). Kijk of de USB-stick erin zit en genoeg ruimte heeft, en probeer het opnieuw.</source>
        <translation>The backup was not made ({reason}). Check that the USB stick is plugged in and has enough space, and try again.</translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Alles wat nu in Koers staat, wordt vervangen door de back-up {file} van {date}. Wat je daarna hebt ingevoerd, staat dan niet meer in Koers.

De kluis van nu gaat niet weg: Koers zet hem opzij in een map die begint met &apos;replaced-&apos; in {folder}.

Koers vergrendelt tijdens het terugzetten en opent daarna de teruggezette kluis. Je wachtwoord is dan weer dat van de back-up.</source>
        <translation>Everything now in Koers is replaced by the backup {file} of {date}. What you entered after it was made will no longer be in Koers.

The current vault is not lost: Koers puts it aside in a folder starting with &apos;replaced-&apos; in {folder}.

Koers locks while restoring and then opens the restored vault. Your passphrase is then the one of the backup again.</translation>
    </message>
    <message>
        <source>Wachtwoord van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord van de back-up</source>
        <translation>&amp;Passphrase of the backup</translation>
    </message>
    <message>
        <source>Bezig met controleren</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dit wachtwoord past niet bij de back-up. Het is het wachtwoord dat je had toen de back-up werd gemaakt.</source>
        <translation>This passphrase does not fit the backup. It is the passphrase you had when the backup was made.</translation>
    </message>
    <message>
        <source>Dit bestand is geen Koers-back-up of het is beschadigd. Kies een ander bestand.</source>
        <translation>This file is not a Koers backup or it is damaged. Choose another file.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden gelezen. Kijk of de USB-stick erin zit en kies het opnieuw.</source>
        <translation>This file cannot be read. Check that the USB stick is plugged in and choose it again.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord he&amp;rhalen</source>
        <translation>&amp;Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Je herstelcode blijft geldig. Vier losse woorden zijn sterk en goed te onthouden.</source>
        <translation>Your recovery code stays valid. Four unrelated words are strong and easy to remember.</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord</source>
        <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
        <source>Bezig met het wachtwoord</source>
        <translation>Working on the passphrase</translation>
    </message>
    <message>
        <source>Vul je huidige wachtwoord in</source>
        <translation>Fill in your current passphrase</translation>
    </message>
    <message>
        <source>Je huidige wachtwoord klopt niet. Typ het opnieuw; na een paar mislukte pogingen moet je steeds iets langer wachten.</source>
        <translation>Your current passphrase is not right. Type it again; after a few failed attempts you have to wait a little longer each time.</translation>
    </message>
    <message>
        <source>Het wachtwoord is niet gewijzigd: {reason}</source>
        <translation>The passphrase was not changed: {reason}</translation>
    </message>
    <message>
        <source>Het wachtwoord is niet gewijzigd. Je oude wachtwoord werkt nog.</source>
        <translation>The passphrase was not changed. Your old passphrase still works.</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten</source>
        <translation>Forgotten passphrase</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot your passphrase?</translation>
    </message>
    <message>
        <source>Typ de herstelcode die je bij de eerste start op papier hebt gezet, en kies een nieuw wachtwoord. Je dossiers blijven zoals ze zijn.</source>
        <translation>Type the recovery code you wrote on paper at the first start, and choose a new passphrase. Your files stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>Bezig met de herstelcode</source>
        <translation>Checking the recovery code</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation>Set new passphrase</translation>
    </message>
    <message>
        <source>Typ je herstelcode</source>
        <translation>Type your recovery code</translation>
    </message>
    <message>
        <source>Deze herstelcode past niet. Kijk de code op je papier na en probeer het opnieuw; na een paar mislukte pogingen moet je steeds iets langer wachten.</source>
        <translation>This recovery code does not fit. Check the code on your paper and try again; after a few failed attempts you have to wait a little longer each time.</translation>
    </message>
    <message>
        <source>Het herstellen is niet gelukt: {reason}</source>
        <translation>Recovery did not work: {reason}</translation>
    </message>
    <message>
        <source>Het herstellen is niet gelukt. Er is niets veranderd.</source>
        <translation>Recovery did not work. Nothing was changed.</translation>
    </message>
    <message>
        <source>K&amp;luis</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Back-ups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Instrumenten…</source>
        <translation>&amp;Instruments…</translation>
    </message>
    <message>
        <source>Ondertekende PDF c&amp;ontroleren…</source>
        <translation>Check a signed P&amp;DF…</translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Je nieuwe wachtwoord geldt vanaf nu. Je herstelcode blijft dezelfde.</source>
        <translation>Your new passphrase applies from now on. Your recovery code stays the same.</translation>
    </message>
    <message>
        <source>De back-up wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>De kluis van vóór het terugzetten staat in {folder}.</source>
        <translation>The vault as it was before the restore is kept in {folder}.</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>De back-up is teruggezet en geopend.</source>
        <translation>The backup was restored and opened.</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>De back-up is niet teruggezet ({reason}). Je kluis is niet veranderd: ontgrendel hem met je gewone wachtwoord.</source>
        <translation>The backup was not restored ({reason}). Your vault was not changed: unlock it with your usual passphrase.</translation>
    </message>
    <message>
        <source>&amp;Mijn werk</source>
        <translation>&amp;My work</translation>
    </message>
    <message>
        <source>Naar leidinggevende &amp;sturen…</source>
        <translation>&amp;Send to supervisor…</translation>
    </message>
    <message>
        <source>Mijn &amp;cijfers</source>
        <translation>My &amp;figures</translation>
    </message>
    <message>
        <source>Sociale &amp;kaart</source>
        <translation>Partner &amp;directory</translation>
    </message>
    <message>
        <source>&amp;Veldwerk</source>
        <translation>&amp;Outreach</translation>
    </message>
    <message>
        <source>Bundel &amp;inlezen…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>persoonsgegevens</source>
        <translation>personal details</translation>
    </message>
    <message>
        <source>aanmeldingen</source>
        <translation>referrals to the programme</translation>
    </message>
    <message>
        <source>intakes</source>
        <translation>intakes</translation>
    </message>
    <message>
        <source>toestemmingen</source>
        <translation>consents</translation>
    </message>
    <message>
        <source>contacten</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>verwijzingen</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>fasewisselingen</source>
        <translation>phase changes</translation>
    </message>
    <message>
        <source>metingen</source>
        <translation>assessments</translation>
    </message>
    <message>
        <source>trajectplanversies</source>
        <translation>plan versions</translation>
    </message>
    <message>
        <source>evaluaties</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>besluiten om langer te bewaren</source>
        <translation>decisions to keep it longer</translation>
    </message>
    <message>
        <source>keuzes voor de nazorg</source>
        <translation>aftercare choices</translation>
    </message>
    <message>
        <source>%1 × bijlagen (ondertekende pdf&apos;s)</source>
        <translation>%1 × attachments (signed PDFs)</translation>
    </message>
    <message>
        <source>%1 × niet-opgeslagen concepten</source>
        <translation>%1 × unsaved drafts</translation>
    </message>
    <message>
        <source>Dossier verwijderen</source>
        <translation>Erase file</translation>
    </message>
    <message>
        <source>Het dossier van %1 verwijderen</source>
        <translation>Erase the file of %1</translation>
    </message>
    <message>
        <source>Dit gaat weg, ook uit de zoeklijst en de rapportcijfers:</source>
        <translation>This goes, also from the search list and the report figures:</translation>
    </message>
    <message>
        <source>Het auditlog bewaart alleen dat het dossier is verwijderd, door wie en waarom. De volgende bundel naar je leidinggevende verwijdert het daar ook.</source>
        <translation>The audit log keeps only that the file was erased, by whom and why. The next bundle to your supervisor erases it there too.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: op haar verzoek</source>
        <translation>For example: at her request</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Reden (verplicht)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Weet je het zeker?</source>
        <translation>Are you sure?</translation>
    </message>
    <message>
        <source>Het dossier van %1 wordt definitief verwijderd. Dit kan niet ongedaan worden gemaakt, ook niet met een back-up.</source>
        <translation>The file of %1 will be erased for good. This cannot be undone, not even with a backup.</translation>
    </message>
    <message>
        <source>Ja, &amp;definitief verwijderen</source>
        <translation>Yes, &amp;erase for good</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Partner van de sociale kaart</source>
        <translation>Partner from the directory</translation>
    </message>
    <message>
        <source>Van de sociale kaart…</source>
        <translation>From the directory…</translation>
    </message>
    <message>
        <source>gewoonlijk {n} dagen</source>
        <translation>usually {n} days</translation>
    </message>
    <message>
        <source>Verstreken: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>&amp;Notitie voor de begeleider…</source>
        <translation>&amp;Note for the case worker…</translation>
    </message>
    <message>
        <source>Conflict &amp;bekijken</source>
        <translation>&amp;Review conflict</translation>
    </message>
    <message>
        <source>Je notitie gaat met de volgende bundel terug naar de begeleider. Het dossier zelf verandert niet.</source>
        <translation>Your note goes back to the case worker with the next bundle. The file itself does not change.</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notitie &amp;bewaren</source>
        <translation>&amp;Keep note</translation>
    </message>
    <message>
        <source>Dossier van %1, alleen lezen. Je opmerkingen schrijf je in een notitie; die gaat terug naar %1.</source>
        <translation>%1&apos;s file, read only. Write your remarks in a note; it goes back to %1.</translation>
    </message>
    <message>
        <source>Open conflicten in dit dossier: %1. Van een gegeven zijn twee versies binnengekomen; hier zie je de versie die nu geldt.</source>
        <translation>Open conflicts in this file: %1. Two versions of a record came in; this shows the version that holds now.</translation>
    </message>
    <message>
        <source>Dit is geen leesbare PDF.</source>
        <translation>This is not a readable PDF.</translation>
    </message>
    <message>
        <source>Deze PDF heeft geen digitale handtekening: een concept, of geen plan uit Koers.</source>
        <translation>This PDF has no digital signature: a draft, or not a plan from Koers.</translation>
    </message>
    <message>
        <source>De inhoud is na het ondertekenen veranderd. Vertrouw deze PDF niet.</source>
        <translation>The content was changed after signing. Do not trust this PDF.</translation>
    </message>
    <message>
        <source>De handtekening is ongeldig: vervalst of beschadigd. Vertrouw deze PDF niet.</source>
        <translation>The signature is invalid: forged or damaged. Do not trust this PDF.</translation>
    </message>
    <message>
        <source>Na het ondertekenen is er iets aan het bestand toegevoegd. Vertrouw deze PDF niet.</source>
        <translation>Something was added to the file after signing. Do not trust this PDF.</translation>
    </message>
    <message>
        <source>De handtekening klopt niet.</source>
        <translation>The signature does not check out.</translation>
    </message>
    <message>
        <source>Ondertekende PDF controleren</source>
        <translation>Check a signed PDF</translation>
    </message>
    <message>
        <source>Kies een trajectplan als PDF. Koers controleert of de digitale handtekening klopt, wie hem zette en of er daarna iets aan de PDF veranderd is.</source>
        <translation>Choose a plan PDF. Koers checks whether its digital signature is sound, who made it, and whether anything in the PDF changed afterwards.</translation>
    </message>
    <message>
        <source>&amp;PDF kiezen…</source>
        <translation>&amp;Choose PDF…</translation>
    </message>
    <message>
        <source>PDF kiezen</source>
        <translation>Choose PDF</translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een plan-PDF.</source>
        <translation>The file is too large for a plan PDF.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen: %1.</source>
        <translation>The file could not be read: %1.</translation>
    </message>
    <message>
        <source>Niet gecontroleerd</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Niet te vertrouwen</source>
        <translation>Not to be trusted</translation>
    </message>
    <message>
        <source>Onbekende ondertekenaar</source>
        <translation>Unknown signer</translation>
    </message>
    <message>
        <source>De handtekening is wiskundig in orde, maar het certificaat hoort niet bij deze kluis of bij een vertrouwde sleutel. De naam erin (“%1”) kan iedereen invullen.</source>
        <translation>The signature is mathematically sound, but the certificate belongs neither to this vault nor to a trusted key. The name in it (“%1”) anyone can write.</translation>
    </message>
    <message>
        <source>Niet veranderd sinds het ondertekenen.</source>
        <translation>Not changed since it was signed.</translation>
    </message>
    <message>
        <source>De handtekening klopt</source>
        <translation>The signature checks out</translation>
    </message>
    <message>
        <source>deze kluis</source>
        <translation>this vault</translation>
    </message>
    <message>
        <source>een vertrouwde sleutel</source>
        <translation>a trusted key</translation>
    </message>
    <message>
        <source>Ondertekend door %1 (%2) op %3.</source>
        <translation>Signed by %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Deze kluis heeft dit plan niet.</source>
        <translation>This vault does not hold this plan.</translation>
    </message>
    <message>
        <source>Versie %1 van het plan; de inhoud is gelijk aan die in de kluis.</source>
        <translation>Version %1 of the plan; its content is the same as in the vault.</translation>
    </message>
    <message>
        <source>Versie %1 van het plan, maar de inhoud is NIET gelijk aan die in de kluis.</source>
        <translation>Version %1 of the plan, but its content is NOT the same as in the vault.</translation>
    </message>
    <message>
        <source>Let op: de kluis heeft een nieuwere versie (%1).</source>
        <translation>Note: the vault holds a newer version (%1).</translation>
    </message>
    <message>
        <source>{title}: {n} gekozen</source>
        <translation>{title}: {n} chosen</translation>
    </message>
    <message>
        <source>Haar gegevens opslaan</source>
        <translation>Save her data</translation>
    </message>
    <message>
        <source>Haar gegevens opgeslagen: %1</source>
        <translation>Her data saved: %1</translation>
    </message>
    <message>
        <source>Haar gegevens konden niet worden opgeslagen: %1</source>
        <translation>Her data could not be saved: %1</translation>
    </message>
    <message>
        <source>Bewaartermijn nakijken</source>
        <translation>Review retention</translation>
    </message>
    <message>
        <source>Dossiers over hun bewaartermijn</source>
        <translation>Files past their retention term</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Waarom blijft dit dossier langer bewaard?</source>
        <translation>Why is this file kept longer?</translation>
    </message>
    <message>
        <source>Reden om langer te bewaren</source>
        <translation>Reason to keep it longer</translation>
    </message>
    <message>
        <source>&amp;Langer bewaren</source>
        <translation>&amp;Keep longer</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Erase…</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bewaartermijn van het programma in maanden na afsluiten</source>
        <translation>The programme&apos;s retention term in months after closing</translation>
    </message>
    <message>
        <source>Termijn op&amp;slaan</source>
        <translation>&amp;Save term</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Bewaren &amp;tot:</source>
        <translation>Keep &amp;until:</translation>
    </message>
    <message>
        <source>Bewaartermijn van het &amp;programma, na afsluiten:</source>
        <translation>The &amp;programme&apos;s retention term, after closing:</translation>
    </message>
    <message>
        <source>Deze dossiers zijn langer afgesloten dan de bewaartermijn van het programma (%1 maanden). Verwijder ze, of bewaar er een langer met een reden.</source>
        <translation>These files have been closed for longer than the programme&apos;s retention term (%1 months). Erase them, or keep one longer with a reason.</translation>
    </message>
    <message>
        <source>Geen dossiers over hun bewaartermijn.</source>
        <translation>No files past their retention term.</translation>
    </message>
    <message>
        <source>%1 wordt langer bewaard.</source>
        <translation>%1 is kept longer.</translation>
    </message>
    <message>
        <source>Alle dossiers zijn nagekeken.</source>
        <translation>Every file has been reviewed.</translation>
    </message>
    <message>
        <source>Bewaartermijn voorbij (bewaren tot %1)</source>
        <translation>Retention term ended (keep until %1)</translation>
    </message>
    <message>
        <source>Het dossier van %1 is verwijderd.</source>
        <translation>The file of %1 has been erased.</translation>
    </message>
    <message>
        <source>Agenda: wat deze week moet en wat te laat is</source>
        <translation>Agenda: what is due this week and what is overdue</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Dubbelklik of druk op Enter om het dossier te openen. Kies links een deelnemer (Ctrl+F zoeken, Ctrl+N nieuw).</source>
        <translation>Double-click or press Enter to open the file. Choose a participant on the left (Ctrl+F search, Ctrl+N new).</translation>
    </message>
    <message>
        <source>Doel: {what}</source>
        <translation>Goal: {what}</translation>
    </message>
    <message>
        <source>Actie: {what}</source>
        <translation>Action: {what}</translation>
    </message>
    <message>
        <source>Nazorg: contact na {months} maanden</source>
        <translation>Aftercare: check in after {months} months</translation>
    </message>
    <message>
        <source>Nieuwe zelfredzaamheidsmeting</source>
        <translation>New self-sufficiency assessment</translation>
    </message>
    <message>
        <source>Geen contact in {weeks} weken</source>
        <translation>No contact for {weeks} weeks</translation>
    </message>
    <message>
        <source>Verwijzing naar {what} wacht langer dan gewoonlijk</source>
        <translation>Referral to {what} waiting longer than usual</translation>
    </message>
    <message>
        <source>Bewaartermijn: dossier nakijken</source>
        <translation>Retention term: review the file</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Deze week (%1)</source>
        <translation>This week (%1)</translation>
    </message>
    <message>
        <source>Te laat (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
</context>
<context>
    <name>DraftGoalsDialog</name>
    <message>
        <source>Doelen uit de matrix</source>
        <translation>Goals from the matrix</translation>
    </message>
    <message>
        <source>Voorgestelde doelen</source>
        <translation>Suggested goals</translation>
    </message>
    <message>
        <source>Kies de doelen om samen in haar woorden te herschrijven:</source>
        <translation>Choose the goals to write again together, in her words:</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Ze stemt &amp;in met dit doel</source>
        <translation>She a&amp;grees with this goal</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Startscore</source>
        <translation>Start score</translation>
    </message>
    <message>
        <source>Doelscore</source>
        <translation>Target score</translation>
    </message>
    <message>
        <source>Lager is &amp;beter</source>
        <translation>Lower is &amp;better</translation>
    </message>
    <message>
        <source>&amp;Specifiek: wat precies</source>
        <translation>&amp;Specific: what exactly</translation>
    </message>
    <message>
        <source>&amp;Meetbaar: zo zien we het</source>
        <translation>&amp;Measurable: how we will see it</translation>
    </message>
    <message>
        <source>&amp;Realistisch: waarom het kan</source>
        <translation>&amp;Realistic: why it can work</translation>
    </message>
    <message>
        <source>Start (&amp;1–10)</source>
        <translation>Start (&amp;1–10)</translation>
    </message>
    <message>
        <source>Doel (1–1&amp;0)</source>
        <translation>Target (1–1&amp;0)</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Doel in haar &amp;woorden</source>
        <translation>Goal &amp;in her words</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Deze versie is ondertekend: alleen lezen.</source>
        <translation>This version is signed: read only.</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>Doel opslaan (Ctrl+S)</source>
        <translation>Save goal (Ctrl+S)</translation>
    </message>
    <message>
        <source>SMART-check</source>
        <translation>SMART check</translation>
    </message>
    <message>
        <source>Specifiek</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Meetbaar</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Acceptabel</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Realistisch</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Tijdgebonden</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Tussenstappen en acties</source>
        <translation>Steps and actions</translation>
    </message>
    <message>
        <source>Tussenstap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Vóór (dd-mm-jjjj)</source>
        <translation>By (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Tussenstappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>toevoegen</source>
        <translation>add</translation>
    </message>
    <message>
        <source>weghalen</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>done</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Dit doel uit deze versie van het plan halen?</source>
        <translation>Take this goal out of this version of the plan?</translation>
    </message>
    <message>
        <source>Schrijf een datum als dd-mm-jjjj, bijvoorbeeld 01-06-2026.</source>
        <translation>Write a date as dd-mm-yyyy, for example 01-06-2026.</translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>Zelfredzaamheidsmatrix: domein per rij, niveau per kolom</source>
        <translation>Self-sufficiency matrix: a domain in each row, a level in each column</translation>
    </message>
    <message>
        <source>vorige</source>
        <translation>previous</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>niveau</source>
        <translation>level</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Meting kiezen</source>
        <translation>Choose an assessment</translation>
    </message>
    <message>
        <source>&amp;Meting:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Nieuwe m&amp;eting</source>
        <translation>Ne&amp;w assessment</translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Nieuwe meting (Alt+N)</source>
        <translation>New assessment (Alt+N)</translation>
    </message>
    <message>
        <source>Datum van de meting</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Kies een vakje om het criterium te lezen.</source>
        <translation>Choose a box to read what it means.</translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Geschiedenis van de metingen</source>
        <translation>History of the assessments</translation>
    </message>
    <message>
        <source>&amp;Grafiek</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>Ge&amp;schiedenis</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Notitie bij de meting</source>
        <translation>Note on the assessment</translation>
    </message>
    <message>
        <source>No&amp;titie:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Nog geen meting. Kies ‘Nieuwe meting’ om te beginnen.</source>
        <translation>No assessment yet. Choose ‘New assessment’ to begin.</translation>
    </message>
    <message>
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Nieuwe meting (nog niet opgeslagen)</source>
        <translation>New assessment (not saved yet)</translation>
    </message>
    <message>
        <source>gemiddeld</source>
        <translation>average</translation>
    </message>
    <message>
        <source>Gemiddeld</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Verschil met de vorige meting</source>
        <translation>Change since the previous assessment</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Planversie kiezen</source>
        <translation>Choose a plan version</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Nie&amp;uw plan</source>
        <translation>Ne&amp;w plan</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie</source>
        <translation>New v&amp;ersion</translation>
    </message>
    <message>
        <source>&amp;Ondertekenen</source>
        <translation>Sign t&amp;ogether</translation>
    </message>
    <message>
        <source>PD&amp;F maken</source>
        <translation>Write PD&amp;F</translation>
    </message>
    <message>
        <source>Deze versie als PDF opslaan; een ondertekende versie digitaal ondertekend (Alt+F)</source>
        <translation>Save this version as a PDF; a signed version is digitally signed (Alt+F)</translation>
    </message>
    <message>
        <source>Datum pl&amp;an</source>
        <translation>Pl&amp;an date</translation>
    </message>
    <message>
        <source>Loopt &amp;tot</source>
        <translation>Runs un&amp;til</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Start → doel</source>
        <translation>Start → target</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Doelen per leefgebied</source>
        <translation>Goals per life domain</translation>
    </message>
    <message>
        <source>Nieuw &amp;doel</source>
        <translation>A&amp;dd goal</translation>
    </message>
    <message>
        <source>Doelen uit matri&amp;x</source>
        <translation>Goals from the matri&amp;x</translation>
    </message>
    <message>
        <source>&amp;Evaluatie</source>
        <translation>Eval&amp;uation</translation>
    </message>
    <message>
        <source>ondertekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Nog geen trajectplan.</source>
        <translation>No plan yet.</translation>
    </message>
    <message>
        <source>Ondertekend door %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Deze versie is ondertekend en staat vast. Kies ‘Nieuwe versie’ om iets te veranderen.</source>
        <translation>This version is signed and fixed. To change something, choose ‘New version’.</translation>
    </message>
    <message>
        <source>Er is een nieuwere versie: %1.</source>
        <translation>There is a newer version: %1.</translation>
    </message>
    <message>
        <source>Zonder leefgebied</source>
        <translation>No life domain</translation>
    </message>
    <message>
        <source>(nog zonder tekst)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>Het doel ‘{goal}’</source>
        <translation>The goal ‘{goal}’</translation>
    </message>
    <message>
        <source>PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Er is nog geen zelfredzaamheidsmatrix ingevuld.</source>
        <translation>The self-sufficiency matrix has not been filled in yet.</translation>
    </message>
    <message>
        <source>Geen domeinen op niveau 1 of 2: geen voorstellen.</source>
        <translation>No domains at level 1 or 2: no suggestions.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Deze meting</source>
        <translation>This assessment</translation>
    </message>
    <message>
        <source>Vorige meting</source>
        <translation>Previous assessment</translation>
    </message>
    <message>
        <source>Radargrafiek van de zelfredzaamheid</source>
        <translation>Radar chart of self-sufficiency</translation>
    </message>
</context>
<context>
    <name>ScoreSlider</name>
    <message>
        <source>Score leegmaken (Delete)</source>
        <translation>Clear score (Delete)</translation>
    </message>
    <message>
        <source>Score leegmaken</source>
        <translation>Clear score</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Handtekeningveld</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <source>Teken met muis, vinger of pen</source>
        <translation>Sign with a mouse, a finger or a pen</translation>
    </message>
</context>
<context>
    <name>SigningExit</name>
    <message>
        <source>Wachtwoord of pincode van de begeleider</source>
        <translation>Case worker&apos;s passphrase or PIN</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord of pincode van de begeleider:</source>
        <translation>Case &amp;worker&apos;s passphrase or PIN:</translation>
    </message>
    <message>
        <source>Ont&amp;grendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Dat klopt niet.</source>
        <translation>That is not right.</translation>
    </message>
</context>
<context>
    <name>SigningScreen</name>
    <message>
        <source>Sluiten (begeleider) – Esc</source>
        <translation>Close (case worker) – Esc</translation>
    </message>
    <message>
        <source>Sluiten: alleen met wachtwoord of pincode van de begeleider</source>
        <translation>Close: only with the case worker&apos;s passphrase or PIN</translation>
    </message>
    <message>
        <source>&amp;PDF maken</source>
        <translation>Make a &amp;PDF</translation>
    </message>
    <message>
        <source>Het ondertekende plan als PDF opslaan (Alt+P)</source>
        <translation>Save the signed plan as a PDF (Alt+P)</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt: %1</source>
        <translation>The PDF could not be made: %1</translation>
    </message>
</context>
</TS>
