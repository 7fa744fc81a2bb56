<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name />
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
        <source>Nu vergrendelen</source>
        <translation>Lock now</translation>
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
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
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
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Deelnemers</source>
        <translation>&amp;Participants</translation>
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
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Verbergen en vergrendelen</source>
        <translation>&amp;Hide and lock</translation>
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
        <translation>Overviews for supervisors (reading bundles, reporting) will appear here.</translation>
    </message>
    <message>
        <source>Concept &amp;openen</source>
        <translation>&amp;Open draft</translation>
    </message>
    <message>
        <source>Kies een deelnemer</source>
        <translation>Choose a participant</translation>
    </message>
    <message>
        <source>Zoek links op roepnaam (Ctrl+F) of voeg iemand toe met Ctrl+N.</source>
        <translation>Search by chosen name on the left (Ctrl+F) or add someone with Ctrl+N.</translation>
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
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
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
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
        <source>De zelfredzaamheidsmatrix is nog niet beschikbaar.</source>
        <translation>The self-sufficiency matrix is not available yet.</translation>
    </message>
    <message>
        <source>Het trajectplan is nog niet beschikbaar.</source>
        <translation>The plan is not available yet.</translation>
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
        <source>&amp;Aanmelding &amp;&amp; intake</source>
        <translation>&amp;Referral &amp;&amp; intake</translation>
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
        <source>Datum</source>
        <translation>Date</translation>
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
        <source>wacht sinds {day}</source>
        <translation>waiting since {day}</translation>
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
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
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
        <translation>Referral</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
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
        <source>Koers bewaart hier geen namen of dossiers: alleen deze keuzes.</source>
        <translation>Koers keeps no names or files here: only these choices.</translation>
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
        <source>jjjj-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
</context>
</TS>