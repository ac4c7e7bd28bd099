<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>StepPlanner</name>
    <message>
        <source>%1 is a secret and would be written into the here-document as text; the runbook must use a $VARIABLE there</source>
        <translation>%1 ist geheim und würde als Klartext in das Here-Document geschrieben; das Runbook muss dort eine $VARIABLE verwenden</translation>
    </message>
    <message>
        <source>the value for %1 has a line break, which could end the here-document it goes into</source>
        <translation>der Wert für %1 enthält einen Zeilenumbruch, der das Here-Document beenden könnte, in das er eingesetzt wird</translation>
    </message>
    <message>
        <source>the value for %1 has a line break, which would end the comment it goes into and run the rest</source>
        <translation>der Wert für %1 enthält einen Zeilenumbruch, der den Kommentar beenden würde, in den er eingesetzt wird, und den Rest ausführen würde</translation>
    </message>
    <message>
        <source>%1 stands where bash would read its value as code or arithmetic ($((…)), [[…]], `…`, ${…} with operators, let, an array subscript); edit the runbook to use it as a plain argument</source>
        <translation>%1 steht, wo bash seinen Wert als Code oder Arithmetik liest ($((…)), [[…]], `…`, ${…} mit Operatoren, let, ein Array-Index); das Runbook muss ihn als einfaches Argument verwenden</translation>
    </message>
    <message>
        <source>%1 stands where bash would read a value again as code or arithmetic ($&apos;…&apos;, $((…)), [[…]], `…`, ${…} with operators, let, an array subscript, a case inside $(…)); Quarterdeck puts no value there: edit the runbook to use a plain argument</source>
        <translation>%1 steht, wo bash einen Wert erneut als Code oder Arithmetik liest ($&apos;…&apos;, $((…)), [[…]], `…`, ${…} mit Operatoren, let, ein Array-Index, ein case in $(…)); Quarterdeck setzt dort keinen Wert ein: das Runbook muss ein einfaches Argument verwenden</translation>
    </message>
</context>
<context>
    <name>qd</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (a backup of set %2)</source>
        <translation>%1 (eine Sicherung aus Satz %2)</translation>
    </message>
    <message>
        <source>decision matrix</source>
        <translation>Entscheidungsmatrix</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>Wiederherstellungsziele</translation>
    </message>
    <message>
        <source>warning: %1 (the bundled rules are used without it)</source>
        <translation>Warnung: %1 (die mitgelieferten Regeln gelten ohne sie)</translation>
    </message>
    <message>
        <source>  %1 procedures, %2 steps (%3 commands, %4 instructions, %5 checklist items), %6 gated, %7 placeholders, %8 templates, %9 decision matrices, %10 objectives tables
</source>
        <translation>  %1 Abläufe, %2 Schritte (%3 Befehle, %4 Anweisungen, %5 Checklistenpunkte), %6 mit Freigabe, %7 Platzhalter, %8 Vorlagen, %9 Entscheidungsmatrizen, %10 Zieltabellen
</translation>
    </message>
    <message>
        <source>  %1  (lines %2)
</source>
        <translation>  %1  (Zeilen %2)
</translation>
    </message>
    <message>
        <source>     when: %1
</source>
        <translation>     wann: %1
</translation>
    </message>
    <message>
        <source>    %1. [%2] %3  (line %4)
</source>
        <translation>    %1. [%2] %3  (Zeile %4)
</translation>
    </message>
    <message>
        <source>        alternatives: %1; runs: %2
</source>
        <translation>        Alternativen: %1; ausgeführt: %2
</translation>
    </message>
    <message>
        <source>        by hand: %1
</source>
        <translation>        von Hand: %1
</translation>
    </message>
    <message>
        <source>        GATE%1: %2 [%3]
</source>
        <translation>        FREIGABE%1: %2 [%3]
</translation>
    </message>
    <message>
        <source> (two people)</source>
        <translation> (zwei Personen)</translation>
    </message>
    <message>
        <source>        placeholders: %1
</source>
        <translation>        Platzhalter: %1
</translation>
    </message>
    <message>
        <source>  %1 at line %2 (%3): %4; %5 rows
</source>
        <translation>  %1 in Zeile %2 (%3): %4; %5 Zeilen
</translation>
    </message>
    <message>
        <source>  objectives:
</source>
        <translation>  Ziele:
</translation>
    </message>
    <message>
        <source>    %1: RTO %2, RPO %3  (line %4)
</source>
        <translation>    %1: RTO %2, RPO %3  (Zeile %4)
</translation>
    </message>
    <message>
        <source>  template at line %1: %2; fields: %3
</source>
        <translation>  Vorlage in Zeile %1: %2; Felder: %3
</translation>
    </message>
    <message>
        <source>%1:%2:%3: warning: %4
</source>
        <translation>%1:%2:%3: Warnung: %4
</translation>
    </message>
    <message>
        <source>     caution: %1
</source>
        <translation>     Vorsicht: %1
</translation>
    </message>
    <message>
        <source>        runs first (set earlier in the block): %1
</source>
        <translation>        läuft zuerst (früher im Block gesetzt): %1
</translation>
    </message>
    <message>
        <source>no incident is open; declare one: quarterdeck incident declare TITLE</source>
        <translation>kein Vorfall ist offen; einen melden: quarterdeck incident declare TITEL</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents are open; say which with --incident ID (quarterdeck incident list)</source>
        <translation>
            <numerusform>%n Vorfall ist offen; mit --incident ID angeben, welcher (quarterdeck incident list)</numerusform>
            <numerusform>%n Vorfälle sind offen; mit --incident ID angeben, welcher (quarterdeck incident list)</numerusform>
        </translation>
    </message>
    <message>
        <source>no incident %1 (quarterdeck incident list --all)</source>
        <translation>kein Vorfall %1 (quarterdeck incident list --all)</translation>
    </message>
    <message numerus="yes">
        <source>%1 fits %n incidents; give more of the id</source>
        <translation>
            <numerusform>%1 passt auf %n Vorfall; mehr von der ID angeben</numerusform>
            <numerusform>%1 passt auf %n Vorfälle; mehr von der ID angeben</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a severity; expected SEV1 to SEV4 (or critical, high, medium, low)</source>
        <translation>&apos;%1&apos; ist kein Schweregrad; erwartet SEV1 bis SEV4 (oder critical, high, medium, low)</translation>
    </message>
    <message>
        <source>Declared %1 %2 (%3)%4: %5</source>
        <translation>Gemeldet %1 %2 (%3)%4: %5</translation>
    </message>
    <message>
        <source>, a drill</source>
        <translation>, eine Übung</translation>
    </message>
    <message>
        <source>No incidents yet.</source>
        <translation>Noch keine Vorfälle.</translation>
    </message>
    <message>
        <source>No open incidents (--all lists resolved ones too).</source>
        <translation>Keine offenen Vorfälle (--all zeigt auch gelöste).</translation>
    </message>
    <message>
        <source>  (drill)</source>
        <translation>  (Übung)</translation>
    </message>
    <message>
        <source>Recorded on %1 (%2): %3</source>
        <translation>Festgehalten bei %1 (%2): %3</translation>
    </message>
    <message>
        <source>  id %1, declared %2 by %3%4
</source>
        <translation>  ID %1, gemeldet %2 von %3%4
</translation>
    </message>
    <message>
        <source>, environment %1</source>
        <translation>, Umgebung %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; expected HH:MM (today, local) or an ISO time like 2026-11-22T14:02</source>
        <translation>&apos;%1&apos; ist keine Zeit; erwartet HH:MM (heute, Ortszeit) oder eine ISO-Zeit wie 2026-11-22T14:02</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files are kept up to %3 MB</source>
        <translation>%1 ist %2 MB groß; Belegdateien werden bis %3 MB aufbewahrt</translation>
    </message>
    <message>
        <source>%1: more than %2 MB; evidence files are kept up to that</source>
        <translation>%1: mehr als %2 MB; Belegdateien werden nur bis zu dieser Größe aufbewahrt</translation>
    </message>
    <message>
        <source>Reopened: %1 → %2</source>
        <translation>Wiedereröffnet: %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; expected investigating, identified, monitoring or resolved</source>
        <translation>&apos;%1&apos; ist kein Status; erwartet investigating, identified, monitoring oder resolved</translation>
    </message>
    <message>
        <source>no field &apos;%1&apos;; the fields are: %2</source>
        <translation>kein Feld &apos;%1&apos;; die Felder sind: %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>  Action items:
</source>
        <translation>  Maßnahmen:
</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <source>  Timeline:
</source>
        <translation>  Zeitleiste:
</translation>
    </message>
    <message numerus="yes">
        <source>      + %1, %n bytes, SHA-256 %2
</source>
        <translation>
            <numerusform>      + %1, %n Byte, SHA-256 %2
</numerusform>
            <numerusform>      + %1, %n Bytes, SHA-256 %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>  caution: %1</source>
        <translation>  Vorsicht: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3  [%4, line %5]</source>
        <translation>Schritt %1 von %2: %3  [%4, Zeile %5]</translation>
    </message>
    <message>
        <source>  GATE (%1, two people): %2</source>
        <translation>  FREIGABE (%1, zwei Personen): %2</translation>
    </message>
    <message>
        <source>  GATE (%1): %2</source>
        <translation>  FREIGABE (%1): %2</translation>
    </message>
    <message>
        <source>  by hand: %1</source>
        <translation>  von Hand: %1</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (geheim)</translation>
    </message>
    <message>
        <source>  environment: %1</source>
        <translation>  Umgebung: %1</translation>
    </message>
    <message>
        <source>  parameters: %1</source>
        <translation>  Parameter: %1</translation>
    </message>
    <message>
        <source>  MISSING: %1 (give --param KEY=VALUE)</source>
        <translation>  FEHLT: %1 (mit --param SCHLÜSSEL=WERT angeben)</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; fits %3 procedures; say which:</source>
        <translation>%1: &apos;%2&apos; passt auf %3 Abläufe; angeben, welcher:</translation>
    </message>
    <message>
        <source>%1: no procedure is called &apos;%2&apos;; the procedures are:</source>
        <translation>%1: kein Ablauf heißt &apos;%2&apos;; die Abläufe sind:</translation>
    </message>
    <message>
        <source>--param %1: the procedure has no such placeholder; it has: %2</source>
        <translation>--param %1: der Ablauf hat keinen solchen Platzhalter; er hat: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not written yet (shown as «field»): %1</source>
        <translation>noch nicht geschrieben (als «Feld» gezeigt): %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;; say --format md, html or pdf</source>
        <translation>Format aus &apos;%1&apos; nicht erkennbar; mit --format md, html oder pdf angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format; expected md, html or pdf</source>
        <translation>&apos;%1&apos; ist kein Exportformat; erwartet md, html oder pdf</translation>
    </message>
    <message>
        <source>a PDF needs a file: -o FILE</source>
        <translation>ein PDF braucht eine Datei: -o DATEI</translation>
    </message>
    <message>
        <source>Post-mortem: %1</source>
        <translation>Nachbetrachtung: %1</translation>
    </message>
</context>
<context>
    <name>qd::ActionItem</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>qd::ActionItemModel</name>
    <message>
        <source>An action item needs an action.</source>
        <translation>Eine Maßnahme braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>Due date &quot;%1&quot;: expected YYYY-MM-DD.</source>
        <translation>Fälligkeitsdatum „%1“: erwartet YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>qd::Application</name>
    <message>
        <source>Checking every service now</source>
        <translation>Alle Dienste werden jetzt geprüft</translation>
    </message>
    <message>
        <source>Open a profile with Ctrl+O, or start with --sandbox to practise</source>
        <translation>Profil mit Ctrl+O öffnen oder zum Üben mit --sandbox starten</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n service(s)</source>
        <translation>
            <numerusform>%1 geladen: %n Dienst</numerusform>
            <numerusform>%1 geladen: %n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Incidents cannot be recorded: %1</source>
        <translation>Vorfälle können nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Sandbox drill: trade service stopped</source>
        <translation>Sandbox-Übung: Trade-Dienst gestoppt</translation>
    </message>
    <message>
        <source>Orders not reaching the exchange; trade service refuses connections</source>
        <translation>Orders erreichen die Börse nicht; der Trade-Dienst lehnt Verbindungen ab</translation>
    </message>
    <message>
        <source>All sandbox traders (3)</source>
        <translation>Alle Sandbox-Trader (3)</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Keiner bekannt</translation>
    </message>
    <message>
        <source>The trade service stopped answering; the data feed slowed and strategy returned 503.</source>
        <translation>Der Trade-Dienst antwortete nicht mehr; der Daten-Feed wurde langsamer und strategy antwortete mit 503.</translation>
    </message>
    <message>
        <source>A drill: the sandbox stopped the service on purpose.</source>
        <translation>Eine Übung: die Sandbox hat den Dienst absichtlich gestoppt.</translation>
    </message>
    <message>
        <source>Alert when the trade port stops answering</source>
        <translation>Alarmieren, wenn der Trade-Port nicht mehr antwortet</translation>
    </message>
    <message>
        <source>A guided rollback (%1) was interrupted: Ctrl+G takes it up again</source>
        <translation>Ein geführter Rollback (%1) wurde unterbrochen: Ctrl+G setzt ihn fort</translation>
    </message>
    <message>
        <source>Open a profile first: the rollback runs against its environment</source>
        <translation>Zuerst ein Profil öffnen: der Rollback läuft gegen dessen Umgebung</translation>
    </message>
    <message>
        <source>Drill: guided rollback on %1</source>
        <translation>Übung: geführter Rollback auf %1</translation>
    </message>
    <message>
        <source>No incident is open: declaring a drill for the rollback</source>
        <translation>Kein Vorfall ist offen: für den Rollback wird eine Übung gemeldet</translation>
    </message>
    <message>
        <source>The interrupted rollback used %1, which this profile does not have: starting afresh</source>
        <translation>Der unterbrochene Rollback nutzte %1, das es in diesem Profil nicht gibt: es wird neu begonnen</translation>
    </message>
    <message>
        <source>Cannot take up the interrupted rollback: %1</source>
        <translation>Der unterbrochene Rollback kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Trade was stopped by the drill; orders queue but are not sent.</source>
        <translation>Der Trade-Dienst wurde durch die Übung gestoppt; Orders werden in die Warteschlange gestellt, aber nicht gesendet.</translation>
    </message>
    <message>
        <source>- Rolled trade back to 2.4.0 with the guided rollback
- Verified health, heartbeat and data</source>
        <translation>- Trade-Dienst mit dem geführten Rollback auf 2.4.0 zurückgesetzt
- Health, Heartbeat und Daten geprüft</translation>
    </message>
    <message>
        <source>Watch the order queue drain; close the drill.</source>
        <translation>Beobachten, wie sich die Order-Warteschlange leert; die Übung abschließen.</translation>
    </message>
</context>
<context>
    <name>qd::BackupAnalyzer</name>
    <message>
        <source>%1 has no timestamp in its name; its age comes from the file&apos;s modification time</source>
        <translation>%1 hat keinen Zeitstempel im Namen; sein Alter ergibt sich aus dem Änderungszeitpunkt der Datei</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 old, past the retention of %3</source>
        <translation>%1 ist %2 alt, länger als die Aufbewahrungsfrist von %3</translation>
    </message>
    <message>
        <source>%1 is %2, much smaller than its neighbours (about %3): a dump that succeeded with nothing in it?</source>
        <translation>%1 ist %2 groß, viel kleiner als die benachbarten Sicherungen (etwa %3): ein erfolgreicher Dump ohne Inhalt?</translation>
    </message>
    <message>
        <source>%1 between %2 and %3, for a backup every %4</source>
        <translation>%1 zwischen %2 und %3, bei einer Sicherung alle %4</translation>
    </message>
    <message>
        <source>no backup for %1, for a backup every %2</source>
        <translation>seit %1 keine Sicherung, bei einer Sicherung alle %2</translation>
    </message>
    <message>
        <source>no backup of %1 at all</source>
        <translation>überhaupt keine Sicherung von %1</translation>
    </message>
    <message>
        <source>no good backup of %1: every one is empty or corrupt</source>
        <translation>keine gültige Sicherung von %1: alle sind leer oder beschädigt</translation>
    </message>
    <message>
        <source>the newest good backup of %1 is %2 old; the RPO is %3</source>
        <translation>die neueste gültige Sicherung von %1 ist %2 alt; das RPO beträgt %3</translation>
    </message>
    <message>
        <source>could not check %1: %2</source>
        <translation>%1 nicht prüfbar: %2</translation>
    </message>
    <message>
        <source>%1 is corrupt: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 has changed since it was first verified; a backup should never change</source>
        <translation>%1 hat sich seit der ersten Prüfung geändert; eine Sicherung sollte sich nie ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are past the retention of %1; the oldest, %2, is %3 old</source>
        <translation>
            <numerusform>%n Sicherung ist älter als die Aufbewahrungsdauer von %1; die älteste, %2, ist %3 alt</numerusform>
            <numerusform>%n Sicherungen sind älter als die Aufbewahrungsdauer von %1; die älteste, %2, ist %3 alt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is stamped %2 in the future; it is not counted as a backup</source>
        <translation>%1 trägt einen Zeitstempel %2 in der Zukunft; sie wird nicht als Sicherung gezählt</translation>
    </message>
</context>
<context>
    <name>qd::BackupBadgeBar</name>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>No findings. Click for the Backups tab.</source>
        <translation>Keine Befunde. Klicken öffnet den Reiter „Sicherungen“.</translation>
    </message>
</context>
<context>
    <name>qd::BackupInventory</name>
    <message>
        <source>  (RPO %1)</source>
        <translation>  (RPO %1)</translation>
    </message>
    <message>
        <source>  ← newest good</source>
        <translation>  ← neueste gültige</translation>
    </message>
    <message>
        <source>The profile has no backup sets.
</source>
        <translation>Das Profil hat keine Backup-Sätze.
</translation>
    </message>
</context>
<context>
    <name>qd::BackupManifest</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: at byte %2: %3</source>
        <translation>%1: bei Byte %2: %3</translation>
    </message>
    <message>
        <source>changed since it was verified OK on %1: its SHA-256 is no longer %2</source>
        <translation>seit der Prüfung mit OK am %1 verändert: der SHA-256 ist nicht mehr %2</translation>
    </message>
    <message>
        <source>%1 is not saved: the existing file could not be read, and it is left as it is</source>
        <translation>%1 wird nicht gespeichert: die vorhandene Datei war nicht lesbar und bleibt unverändert</translation>
    </message>
    <message>
        <source>the backup manifest in %1 cannot be read: %2</source>
        <translation>das Backup-Manifest in %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: the backup manifest cannot be saved: %2</source>
        <translation>%1: das Backup-Manifest kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>qd::BackupPattern</name>
    <message>
        <source>the pattern is empty</source>
        <translation>das Muster ist leer</translation>
    </message>
    <message>
        <source>the pattern names files inside the folder; it must not contain &apos;/&apos;</source>
        <translation>das Muster benennt Dateien im Ordner; es darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>&apos;}&apos; without a matching &apos;{&apos;</source>
        <translation>&apos;}&apos; ohne passendes &apos;{&apos;</translation>
    </message>
    <message>
        <source>&apos;{&apos; is not closed</source>
        <translation>&apos;{&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>empty &apos;{}&apos;; expected a timestamp such as {YYYYMMDD}</source>
        <translation>leeres &apos;{}&apos;; erwartet wird ein Zeitstempel wie {YYYYMMDD}</translation>
    </message>
    <message>
        <source>{epoch} appears twice</source>
        <translation>{epoch} kommt doppelt vor</translation>
    </message>
    <message>
        <source>unknown timestamp part &apos;%1&apos; in {%2}; expected YYYY, MM, DD, HH, MM, SS or epoch</source>
        <translation>unbekannter Zeitstempelteil &apos;%1&apos; in {%2}; erwartet wird YYYY, MM, DD, HH, MM, SS oder epoch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the pattern</source>
        <translation>&apos;%1&apos; kommt im Muster doppelt vor</translation>
    </message>
    <message>
        <source>{epoch} cannot be combined with date or time parts</source>
        <translation>{epoch} kann nicht mit Datums- oder Zeitteilen kombiniert werden</translation>
    </message>
    <message>
        <source>a month needs its year (YYYY)</source>
        <translation>ein Monat benötigt sein Jahr (YYYY)</translation>
    </message>
    <message>
        <source>a day needs its month (MM)</source>
        <translation>ein Tag benötigt seinen Monat (MM)</translation>
    </message>
    <message>
        <source>a time needs a full date (YYYY, MM, DD)</source>
        <translation>eine Uhrzeit benötigt ein vollständiges Datum (YYYY, MM, DD)</translation>
    </message>
    <message>
        <source>minutes need their hour (HH)</source>
        <translation>Minuten benötigen ihre Stunde (HH)</translation>
    </message>
    <message>
        <source>seconds need their minutes (MM)</source>
        <translation>Sekunden benötigen ihre Minuten (MM)</translation>
    </message>
</context>
<context>
    <name>qd::BackupScanner</name>
    <message>
        <source>the pattern &apos;%1&apos; is not valid</source>
        <translation>das Muster &apos;%1&apos; ist ungültig</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 cannot be read (permission denied)</source>
        <translation>der Ordner %1 ist nicht lesbar (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be read (permission denied on a folder above it)</source>
        <translation>der Ordner %1 ist nicht lesbar (keine Berechtigung für einen übergeordneten Ordner)</translation>
    </message>
    <message>
        <source>cannot read the folder (permission denied)</source>
        <translation>der Ordner ist nicht lesbar (keine Berechtigung)</translation>
    </message>
</context>
<context>
    <name>qd::BackupTreeModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation>CORRUPT</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>no good backup</source>
        <translation>keine gültige Sicherung</translation>
    </message>
    <message>
        <source>newest good %1 ago (no RPO)</source>
        <translation>neueste gültige vor %1 (kein RPO)</translation>
    </message>
    <message>
        <source>RPO BREACHED: %1 &gt; %2</source>
        <translation>RPO VERLETZT: %1 &gt; %2</translation>
    </message>
    <message>
        <source>RPO met: %1 ≤ %2</source>
        <translation>RPO eingehalten: %1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamp in the name: the time is the file&apos;s modification time.</source>
        <translation>Kein Zeitstempel im Namen: als Zeit gilt der Änderungszeitpunkt der Datei.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>%1  ← newest good</source>
        <translation>%1  ← neueste gültige</translation>
    </message>
    <message>
        <source>%1 (file time)</source>
        <translation>%1 (Dateizeit)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set / backup</source>
        <translation>Satz / Sicherung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>newest corrupt</source>
        <translation>neueste beschädigt</translation>
    </message>
    <message>
        <source>a corrupt backup</source>
        <translation>eine beschädigte Sicherung</translation>
    </message>
    <message>
        <source>missed schedule</source>
        <translation>Zeitplan verfehlt</translation>
    </message>
    <message>
        <source>a backup changed</source>
        <translation>eine Sicherung hat sich geändert</translation>
    </message>
    <message>
        <source>an empty backup</source>
        <translation>eine leere Sicherung</translation>
    </message>
    <message>
        <source>a suspiciously small backup</source>
        <translation>eine verdächtig kleine Sicherung</translation>
    </message>
    <message>
        <source>could not check a backup</source>
        <translation>eine Sicherung nicht prüfbar</translation>
    </message>
    <message>
        <source>a backup from the future</source>
        <translation>eine Sicherung aus der Zukunft</translation>
    </message>
    <message>
        <source>%1  ← newest, not verified yet</source>
        <translation>%1  ← neueste, noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1, but changed since first verified</source>
        <translation>%1, aber seit der ersten Prüfung geändert</translation>
    </message>
</context>
<context>
    <name>qd::BackupVerifier</name>
    <message>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the gzip stream is intact, but the tar archive inside is not: %1</source>
        <translation>der gzip-Stream ist intakt, das tar-Archiv darin aber nicht: %1</translation>
    </message>
    <message>
        <source>the gzip stream is intact; a custom-format dump inside gzip cannot be read by pg_restore to check its data</source>
        <translation>der gzip-Stream ist intakt; einen Dump im Custom-Format innerhalb von gzip kann pg_restore nicht lesen, um seine Daten zu prüfen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no verifier for %1 data that is not a tar archive</source>
        <translation>keine Prüfung für %1-Daten, die kein tar-Archiv sind</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read to the end</source>
        <translation>
            <numerusform>%n Eintrag bis zum Ende gelesen</numerusform>
            <numerusform>%n Einträge bis zum Ende gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>no verifier for parquet files yet</source>
        <translation>noch keine Prüfung für Parquet-Dateien</translation>
    </message>
    <message>
        <source>text without a dump tool&apos;s header: cannot tell whether it is complete</source>
        <translation>Text ohne Header eines Dump-Werkzeugs: Vollständigkeit nicht feststellbar</translation>
    </message>
    <message>
        <source>no verifier for this format</source>
        <translation>keine Prüfung für dieses Format</translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation>der Ordner ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) verified</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>not found: it was removed after the folder was listed</source>
        <translation>nicht gefunden: wurde nach dem Auflisten des Ordners entfernt</translation>
    </message>
    <message>
        <source>the gzip stream is intact, but the dump inside is not: %1</source>
        <translation>der gzip-Datenstrom ist intakt, der Dump darin aber nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 cannot be checked (no verifier), e.g. %2</source>
        <translation>
            <numerusform>%n von %1 Dateien ist nicht prüfbar (keine Prüfung vorhanden), z. B. %2</numerusform>
            <numerusform>%n von %1 Dateien sind nicht prüfbar (keine Prüfung vorhanden), z. B. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the table of contents of a pg_dump directory archive: verify its whole folder</source>
        <translation>das Inhaltsverzeichnis eines pg_dump-Verzeichnisarchivs: bitte den ganzen Ordner prüfen</translation>
    </message>
    <message>
        <source>a pg_dump file of format %1, which is not a custom-format archive</source>
        <translation>eine pg_dump-Datei im Format %1, kein Archiv im custom-Format</translation>
    </message>
    <message>
        <source>cannot read the folder (permission denied)</source>
        <translation>der Ordner ist nicht lesbar (keine Berechtigung)</translation>
    </message>
    <message>
        <source>cannot read %1 (permission denied)</source>
        <translation>%1 ist nicht lesbar (keine Berechtigung)</translation>
    </message>
</context>
<context>
    <name>qd::BackupsCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cancelled: the verdicts reached before the signal are kept</source>
        <translation>abgebrochen: die Ergebnisse vor dem Signal bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>qd::BackupsWidget</name>
    <message>
        <source>&amp;Verify selected</source>
        <translation>Auswahl &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify &amp;all</source>
        <translation>A&amp;lle prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Backup sets and backups</source>
        <translation>Backup-Sätze und Sicherungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Read the selected backups again, to the end (Ctrl+Shift+V)</source>
        <translation>Ausgewählte Sicherungen erneut bis zum Ende lesen (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>This profile has no backup sets. Add a &lt;tt&gt;backups:&lt;/tt&gt; section to the profile (a name, a folder, a file pattern such as &lt;tt&gt;db_{YYYYMMDD}_{HHMMSS}.sql.gz&lt;/tt&gt;, the component it protects and the expected interval).</source>
        <translation>Dieses Profil hat keine Backup-Sätze. Fügen Sie dem Profil einen Abschnitt &lt;tt&gt;backups:&lt;/tt&gt; hinzu (ein Name, ein Ordner, ein Dateimuster wie &lt;tt&gt;db_{YYYYMMDD}_{HHMMSS}.sql.gz&lt;/tt&gt;, die geschützte Komponente und das erwartete Intervall).</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n backup(s), %1…</source>
        <translation>
            <numerusform>%n Sicherung wird geprüft, %1…</numerusform>
            <numerusform>%n Sicherungen werden geprüft, %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4</source>
        <translation>%1 von %2 · %3 von %4</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 verified.</source>
        <translation>Abgebrochen: %1 von %2 geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) verified.</source>
        <translation>
            <numerusform>%n Sicherung geprüft.</numerusform>
            <numerusform>%n Sicherungen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify every backup that is new or has changed since it was last verified</source>
        <translation>Jede Sicherung prüfen, die neu ist oder sich seit der letzten Prüfung geändert hat</translation>
    </message>
    <message>
        <source>No corrupt or unchecked backup.</source>
        <translation>Keine beschädigte oder ungeprüfte Sicherung.</translation>
    </message>
    <message>
        <source>Every backup is already verified in its current form; select backups and press “Verify selected” to read them again.</source>
        <translation>Jede Sicherung ist in ihrem jetzigen Stand schon geprüft; Sicherungen auswählen und „Auswahl prüfen“ drücken, um sie erneut zu lesen.</translation>
    </message>
</context>
<context>
    <name>qd::CheckRound</name>
    <message>
        <source>%1%2 — checked %3</source>
        <translation>%1%2 — geprüft am %3</translation>
    </message>
    <message>
        <source> (PRODUCTION)</source>
        <translation> (PRODUKTION)</translation>
    </message>
    <message>
        <source>heartbeat %1 old</source>
        <translation>letzter Heartbeat vor %1</translation>
    </message>
    <message>
        <source>heartbeat: %1</source>
        <translation>Heartbeat: %1</translation>
    </message>
</context>
<context>
    <name>qd::CommandProbe</name>
    <message>
        <source>the command crashed</source>
        <translation>der Befehl ist abgestürzt</translation>
    </message>
    <message>
        <source>exit 0</source>
        <translation>Exit-Code 0</translation>
    </message>
    <message>
        <source>exit 0: %1</source>
        <translation>Exit-Code 0: %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>Exit-Code %1: %2</translation>
    </message>
    <message>
        <source>the command did not finish within %1 (timeout); stopped it</source>
        <translation>der Befehl wurde nicht innerhalb von %1 fertig (Timeout) und wurde abgebrochen</translation>
    </message>
    <message>
        <source>could not check: the command did not start: %1</source>
        <translation>nicht prüfbar: der Befehl ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>qd::DashboardWidget</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Latency, last hour</source>
        <translation>Latenz, letzte Stunde</translation>
    </message>
    <message>
        <source>Filter services by name, target or message (Ctrl+F)</source>
        <translation>Dienste nach Name, Ziel oder Meldung filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only services that are not Up</source>
        <translation>Nur Dienste anzeigen, die nicht „Aktiv“ sind</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Heartbeats</source>
        <translation>Heartbeats</translation>
    </message>
    <message>
        <source>Recovery objectives</source>
        <translation>Wiederherstellungsziele</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>D&amp;ienste</translation>
    </message>
    <message>
        <source>&amp;Heartbeats</source>
        <translation>Hea&amp;rtbeats</translation>
    </message>
    <message>
        <source>Recovery &amp;objectives</source>
        <translation>&amp;Wiederherstellungsziele</translation>
    </message>
    <message>
        <source>Latency of %1, last hour</source>
        <translation>Latenz von %1, letzte Stunde</translation>
    </message>
</context>
<context>
    <name>qd::DeclareIncidentDialog</name>
    <message>
        <source>A drill, not a real incident</source>
        <translation>Eine Übung, kein echter Vorfall</translation>
    </message>
    <message>
        <source>Declare an incident</source>
        <translation>Einen Vorfall melden</translation>
    </message>
    <message>
        <source>What is wrong, in a few words: “Trade service down”</source>
        <translation>Was ist kaputt, in wenigen Worten: „Trade-Dienst ausgefallen“</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
</context>
<context>
    <name>qd::DestructiveClassifier</name>
    <message>
        <source>expected a &apos;rules&apos; list</source>
        <translation>erwartet wird eine Liste &apos;rules&apos;</translation>
    </message>
    <message>
        <source>each rule must be a mapping with id, match and reason</source>
        <translation>jede Regel muss eine Zuordnung mit id, match und reason sein</translation>
    </message>
    <message>
        <source>the rule needs &apos;%1&apos;</source>
        <translation>die Regel benötigt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 (at offset %2)</source>
        <translation>kein gültiger regulärer Ausdruck: %1 (bei Position %2)</translation>
    </message>
    <message>
        <source>unknown runner; expected bash, pwsh or sql</source>
        <translation>unbekannter Runner; erwartet wird bash, pwsh oder sql</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>&apos;words&apos; must be a list of words made of letters and digits</source>
        <translation>&apos;words&apos; muss eine Liste von Wörtern aus Buchstaben und Ziffern sein</translation>
    </message>
</context>
<context>
    <name>qd::Duration</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
</context>
<context>
    <name>qd::EnvironmentBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Commands run from this console act on live systems.</source>
        <translation>Befehle aus dieser Konsole wirken auf Live-Systeme.</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>keine Produktion</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile on disk has %n error(s); the console keeps running the last good version.</source>
        <translation>
            <numerusform>Das Profil auf der Festplatte hat %n Fehler; die Konsole arbeitet mit der letzten gültigen Version weiter.</numerusform>
            <numerusform>Das Profil auf der Festplatte hat %n Fehler; die Konsole arbeitet mit der letzten gültigen Version weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile has %n error(s) and could not be loaded.</source>
        <translation>
            <numerusform>Das Profil hat %n Fehler und konnte nicht geladen werden.</numerusform>
            <numerusform>Das Profil hat %n Fehler und konnte nicht geladen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qd::GzipVerifier</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>truncated: the file ends inside the header of member %1</source>
        <translation>abgeschnitten: die Datei endet im Header von Teil %1</translation>
    </message>
    <message>
        <source>member %1 is not compressed with deflate (method %2)</source>
        <translation>Teil %1 ist nicht mit deflate komprimiert (Methode %2)</translation>
    </message>
    <message>
        <source>the header of member %1 has reserved flags set</source>
        <translation>im Header von Teil %1 sind reservierte Flags gesetzt</translation>
    </message>
    <message>
        <source>the header checksum of member %1 does not match</source>
        <translation>die Header-Prüfsumme von Teil %1 stimmt nicht</translation>
    </message>
    <message>
        <source>truncated: the file ends inside the trailer of member %1</source>
        <translation>abgeschnitten: die Datei endet im Trailer von Teil %1</translation>
    </message>
    <message>
        <source>truncated: the file ends inside the compressed data of member %1</source>
        <translation>abgeschnitten: die Datei endet in den komprimierten Daten von Teil %1</translation>
    </message>
    <message>
        <source>the CRC or length in the trailer of member %1 does not match its data</source>
        <translation>CRC oder Länge im Trailer von Teil %1 passen nicht zu den Daten</translation>
    </message>
    <message>
        <source>not enough memory to decompress</source>
        <translation>nicht genug Speicher zum Entpacken</translation>
    </message>
    <message>
        <source>trailing garbage after the last gzip member, at byte %1</source>
        <translation>überzählige Daten nach dem letzten gzip-Teil, bei Byte %1</translation>
    </message>
    <message>
        <source>%1 zero bytes of padding follow the last member; ignored, as gzip does</source>
        <translation>%1 Null-Bytes Auffüllung nach dem letzten Teil; ignoriert, wie bei gzip</translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation>keine gzip-Daten</translation>
    </message>
    <message>
        <source>invalid compressed data in member %1 (which starts at byte %2)</source>
        <translation>ungültige komprimierte Daten in Teil %1 (beginnt bei Byte %2)</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>this build has no ISA-L; verify with zlib instead</source>
        <translation>dieser Build hat kein ISA-L; stattdessen mit zlib prüfen</translation>
    </message>
</context>
<context>
    <name>qd::Heartbeat</name>
    <message>
        <source>Fresh</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
</context>
<context>
    <name>qd::HeartbeatModel</name>
    <message>
        <source>warn %1 · critical %2</source>
        <translation>Warnung %1 · kritisch %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last beat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>the last beat is in the future: the clocks disagree, or the time was written without a zone</source>
        <translation>der letzte Schlag liegt in der Zukunft: die Uhren weichen ab, oder die Zeit wurde ohne Zeitzone geschrieben</translation>
    </message>
</context>
<context>
    <name>qd::HeartbeatReader</name>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no modification time</source>
        <translation>kein Änderungszeitpunkt</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no timestamp in the last %1 bytes</source>
        <translation>kein Zeitstempel in den letzten %1 Bytes</translation>
    </message>
    <message>
        <source>is a folder, not a heartbeat file</source>
        <translation>ist ein Ordner, keine Heartbeat-Datei</translation>
    </message>
</context>
<context>
    <name>qd::HttpProbe</name>
    <message>
        <source>no answer within %1 (timeout)</source>
        <translation>keine Antwort innerhalb von %1 (Timeout)</translation>
    </message>
    <message numerus="yes">
        <source>answer incomplete after %1 (HTTP %2, %n byte(s) received)</source>
        <translation>
            <numerusform>Antwort nach %1 unvollständig (HTTP %2, %n Byte empfangen)</numerusform>
            <numerusform>Antwort nach %1 unvollständig (HTTP %2, %n Bytes empfangen)</numerusform>
        </translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>redirect from https to http refused</source>
        <translation>Weiterleitung von https auf http abgelehnt</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection closed before an answer</source>
        <translation>Verbindung vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 (redirect to %2 not followed)</source>
        <translation>%1 (Weiterleitung zu %2 nicht gefolgt)</translation>
    </message>
    <message>
        <source>%1, then: %2</source>
        <translation>%1, danach: %2</translation>
    </message>
    <message>
        <source>%1 but the body does not contain &quot;%2&quot;</source>
        <translation>%1, aber der Body enthält nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 but the body does not match /%2/</source>
        <translation>%1, aber der Body passt nicht zu /%2/</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>langsam: %1 ms (Limit %2 ms)</translation>
    </message>
</context>
<context>
    <name>qd::Incident</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>qd::IncidentCapture</name>
    <message>
        <source>%1: %2 → %3%4</source>
        <translation>%1: %2 → %3%4</translation>
    </message>
    <message>
        <source>%1 heartbeat stale: last beat %2 ago (limit %3)</source>
        <translation>Heartbeat %1 veraltet: letzter Heartbeat vor %2 (Limit %3)</translation>
    </message>
    <message>
        <source>%1 heartbeat recovered: last beat %2 ago</source>
        <translation>Heartbeat %1 wieder aktuell: letzter Heartbeat vor %2</translation>
    </message>
    <message>
        <source>its last beat is %1 in the future</source>
        <translation>sein letzter Heartbeat liegt %1 in der Zukunft</translation>
    </message>
    <message>
        <source>no beat read</source>
        <translation>kein Heartbeat gelesen</translation>
    </message>
    <message>
        <source>%1 heartbeat cannot be checked: %2</source>
        <translation>Heartbeat %1 nicht prüfbar: %2</translation>
    </message>
    <message>
        <source>%1: %2 verified OK</source>
        <translation>%1: %2 mit OK geprüft</translation>
    </message>
    <message>
        <source>%1: %2 verified OK (%3)</source>
        <translation>%1: %2 mit OK geprüft (%3)</translation>
    </message>
    <message>
        <source>%1: %2 failed verification: %3</source>
        <translation>%1: %2 hat die Prüfung nicht bestanden: %3</translation>
    </message>
    <message>
        <source>%1: %2 could not be verified: %3</source>
        <translation>%1: %2 konnte nicht geprüft werden: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the newest good backup of %1 is within the RPO again: %2 old; the RPO is %3</source>
        <translation>die neueste gültige Sicherung von %1 liegt wieder im RPO: %2 alt; das RPO beträgt %3</translation>
    </message>
    <message>
        <source>%1 has a good backup again</source>
        <translation>%1 hat wieder eine gültige Sicherung</translation>
    </message>
    <message>
        <source>%1: %2 is no longer reported corrupt</source>
        <translation>%1: %2 gilt nicht mehr als beschädigt</translation>
    </message>
    <message>
        <source>%1: %2 is no longer reported empty</source>
        <translation>%1: %2 gilt nicht mehr als leer</translation>
    </message>
    <message>
        <source>%1: %2 is no longer reported changed since it was verified</source>
        <translation>%1: %2 gilt nicht mehr als seit der Prüfung geändert</translation>
    </message>
    <message>
        <source>%1 can be checked again</source>
        <translation>%1 ist wieder prüfbar</translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation>%1: %2 ist wieder prüfbar</translation>
    </message>
    <message>
        <source>%1: newest good %2 UTC%3</source>
        <translation>%1: neueste brauchbare %2 UTC%3</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> (geprüft)</translation>
    </message>
    <message>
        <source>%1: none that could restore</source>
        <translation>%1: keine, die sich wiederherstellen ließe</translation>
    </message>
    <message>
        <source>Backups at declaration: %1</source>
        <translation>Sicherungen bei der Meldung: %1</translation>
    </message>
</context>
<context>
    <name>qd::IncidentChange</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>no incident field named &quot;%1&quot;</source>
        <translation>kein Vorfallfeld namens „%1“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (expected ISO 8601, e.g. 2026-11-22T14:02:00Z)</source>
        <translation>%1: „%2“ ist kein Datum mit Uhrzeit (erwartet ISO 8601, z. B. 2026-11-22T14:02:00Z)</translation>
    </message>
    <message>
        <source>Declared: an incident always has a declaration time</source>
        <translation>Gemeldet: ein Vorfall hat immer einen Meldezeitpunkt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (vorher %3)</translation>
    </message>
    <message>
        <source>an action item needs an id and an action</source>
        <translation>eine Maßnahme braucht eine ID und eine Beschreibung</translation>
    </message>
    <message>
        <source>Action item added: %1%2</source>
        <translation>Maßnahme hinzugefügt: %1%2</translation>
    </message>
    <message>
        <source>Action item done: %1</source>
        <translation>Maßnahme erledigt: %1</translation>
    </message>
    <message>
        <source>Action item reopened: %1</source>
        <translation>Maßnahme wieder offen: %1</translation>
    </message>
    <message>
        <source>Action item changed: %1%2</source>
        <translation>Maßnahme geändert: %1%2</translation>
    </message>
    <message>
        <source>not a status: %1</source>
        <translation>kein Status: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>not a severity: %1</source>
        <translation>kein Schweregrad: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>an incident needs a title</source>
        <translation>ein Vorfall braucht einen Titel</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Incident Commander: %1</source>
        <translation>Incident Commander: %1</translation>
    </message>
</context>
<context>
    <name>qd::IncidentEditor</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Times (local; type 14:02 or 2026-11-22 14:02)</source>
        <translation>Zeiten (Ortszeit; 14:02 oder 2026-11-22 14:02 eingeben)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Review (saved when you leave a field or pause typing)</source>
        <translation>Nachbetrachtung (gespeichert beim Verlassen eines Felds oder bei einer Tipppause)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>New action item — Enter adds it</source>
        <translation>Neue Maßnahme — Enter fügt sie hinzu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Fällig YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time; type 14:02, or 2026-11-22 14:02 (local time).</source>
        <translation>%1: „%2“ ist keine Uhrzeit; 14:02 oder 2026-11-22 14:02 eingeben (Ortszeit).</translation>
    </message>
    <message>
        <source>Declared: an incident always has a declaration time.</source>
        <translation>Gemeldet: ein Vorfall hat immer einen Meldezeitpunkt.</translation>
    </message>
    <message>
        <source>Due date &quot;%1&quot;: expected YYYY-MM-DD.</source>
        <translation>Fälligkeitsdatum „%1“: erwartet YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>qd::IncidentField</name>
    <message>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation>Betroffene Transaktionen</translation>
    </message>
    <message>
        <source>Financial impact</source>
        <translation>Finanzielle Auswirkung</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Begünstigende Faktoren</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What could be improved</source>
        <translation>Was besser laufen könnte</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Data reconciliation</source>
        <translation>Datenabgleich</translation>
    </message>
</context>
<context>
    <name>qd::IncidentListModel</name>
    <message>
        <source>[drill] %1</source>
        <translation>[Übung] %1</translation>
    </message>
    <message>
        <source>%1 local, %2 UTC</source>
        <translation>%1 Ortszeit, %2 UTC</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Sev</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>IC</source>
        <translation>IC</translation>
    </message>
</context>
<context>
    <name>qd::IncidentService</name>
    <message>
        <source>the incident store is not open</source>
        <translation>der Vorfall-Speicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the incident was not declared: %1</source>
        <translation>der Vorfall wurde nicht gemeldet: %1</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files are kept up to %3 MB</source>
        <translation>%1 ist %2 MB groß; Belegdateien werden bis %3 MB aufbewahrt</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>qd::IncidentWidget</name>
    <message>
        <source>Incident status</source>
        <translation>Status des Vorfalls</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Note for the timeline</source>
        <translation>Notiz für die Zeitleiste</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>%1 since declared</source>
        <translation>%1 seit der Meldung</translation>
    </message>
    <message>
        <source>IC %1</source>
        <translation>IC %1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>Key event (for the post-mortem)</source>
        <translation>Schlüsselereignis (für die Nachbetrachtung)</translation>
    </message>
    <message>
        <source>No longer a key event: %1</source>
        <translation>Kein Schlüsselereignis mehr: %1</translation>
    </message>
    <message>
        <source>Key event: %1</source>
        <translation>Schlüsselereignis: %1</translation>
    </message>
    <message>
        <source>Note for the timeline — Enter records it; start with a time (14:02 …) for when it happened</source>
        <translation>Notiz für die Zeitleiste — Enter hält sie fest; mit einer Uhrzeit beginnen (14:02 …) für den Zeitpunkt des Geschehens</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wiedereröffnen</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Back to Investigating; the reopening is recorded on the timeline</source>
        <translation>Zurück zu „Untersuchung“; die Wiedereröffnung wird in der Zeitleiste festgehalten</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Einträge nach Art anzeigen</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show entries by</source>
        <translation>Einträge nach Person anzeigen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>allen</translation>
    </message>
    <message>
        <source>Search the timeline (Ctrl+F)</source>
        <translation>Zeitleiste durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Files to keep with the next note as evidence (copied into the incident store, with their SHA-256)</source>
        <translation>Dateien, die mit der nächsten Notiz als Belege aufbewahrt werden (in den Vorfall-Speicher kopiert, mit ihrem SHA-256)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>No incident yet. Declare one with Incident › Declare (Ctrl+I), or from a terminal: quarterdeck incident declare &quot;Trade service down&quot; --severity SEV2</source>
        <translation>Noch kein Vorfall. Einen melden mit Vorfall › Melden (Ctrl+I) oder im Terminal: quarterdeck incident declare &quot;Trade-Dienst ausgefallen&quot; --severity SEV2</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>Evidence for the next note</source>
        <translation>Belege für die nächste Notiz</translation>
    </message>
    <message>
        <source>+ %1  ✕</source>
        <translation>+ %1  ✕</translation>
    </message>
    <message>
        <source>With the next note:
%1
Click to drop them.</source>
        <translation>Mit der nächsten Notiz:
%1
Klicken, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Reopened: %1 → %2</source>
        <translation>Wiedereröffnet: %1 → %2</translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>Status &amp;update…</source>
        <translation>Status&amp;meldung…</translation>
    </message>
    <message>
        <source>Compose and publish a status update (Ctrl+U)</source>
        <translation>Statusmeldung verfassen und veröffentlichen (Ctrl+U)</translation>
    </message>
    <message>
        <source>Post-&amp;mortem</source>
        <translation>&amp;Nachbetrachtung</translation>
    </message>
    <message>
        <source>Update #%1 due in %2</source>
        <translation>Statusmeldung #%1 fällig in %2</translation>
    </message>
    <message>
        <source>Update #%1 due now</source>
        <translation>Statusmeldung #%1 jetzt fällig</translation>
    </message>
    <message>
        <source>Update #%1 overdue by %2</source>
        <translation>Statusmeldung #%1 seit %2 überfällig</translation>
    </message>
    <message>
        <source> — Ctrl+U to compose it</source>
        <translation> — Ctrl+U zum Verfassen</translation>
    </message>
    <message>
        <source>Updates: reading…</source>
        <translation>Statusmeldungen: werden gelesen…</translation>
    </message>
    <message>
        <source>%1; using the bundled one</source>
        <translation>%1; die mitgelieferte Vorlage wird verwendet</translation>
    </message>
</context>
<context>
    <name>qd::LatencyChartWidget</name>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>failed check</source>
        <translation>fehlgeschlagene Prüfung</translation>
    </message>
</context>
<context>
    <name>qd::MainWindow</name>
    <message>
        <source>Quarterdeck</source>
        <translation>Quarterdeck</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation>Profil &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload Profile</source>
        <translation>Profil &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Check All Now</source>
        <translation>&amp;Alle jetzt prüfen</translation>
    </message>
    <message>
        <source>Go to &amp;Services</source>
        <translation>Zu &amp;Diensten wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;Heartbeats</source>
        <translation>Zu &amp;Heartbeats wechseln</translation>
    </message>
    <message>
        <source>D&amp;rill</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Quarterdeck</source>
        <translation>Ü&amp;ber Quarterdeck</translation>
    </message>
    <message>
        <source>&amp;Healthy</source>
        <translation>&amp;Gesund</translation>
    </message>
    <message>
        <source>Answer &amp;503</source>
        <translation>Mit &amp;503 antworten</translation>
    </message>
    <message>
        <source>Ha&amp;ng (accept, never answer)</source>
        <translation>&amp;Hängen (annehmen, nie antworten)</translation>
    </message>
    <message>
        <source>&amp;Slow (800 ms)</source>
        <translation>&amp;Langsam (800 ms)</translation>
    </message>
    <message>
        <source>S&amp;top listening</source>
        <translation>Lauschen &amp;beenden</translation>
    </message>
    <message>
        <source>Stop the bot&apos;s &amp;heartbeat</source>
        <translation>Heartbeat des Bots &amp;stoppen</translation>
    </message>
    <message>
        <source>Heal &amp;everything</source>
        <translation>&amp;Alles wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (PRODUCTION) — Quarterdeck</source>
        <translation>%1 (PRODUKTION) — Quarterdeck</translation>
    </message>
    <message>
        <source>%1 — Quarterdeck</source>
        <translation>%1 — Quarterdeck</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Open Environment Profile</source>
        <translation>Umgebungsprofil öffnen</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation>Profile (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Quarterdeck</source>
        <translation>Über Quarterdeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quarterdeck %1&lt;/b&gt;&lt;br&gt;A console for incident commanders: live service states, heartbeats, and the team&apos;s runbooks as guided procedures.</source>
        <translation>&lt;b&gt;Quarterdeck %1&lt;/b&gt;&lt;br&gt;Eine Konsole für Incident Commander: Live-Status der Dienste, Heartbeats und die Runbooks des Teams als geführte Abläufe.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Open an environment profile with Ctrl+O</source>
        <translation>Umgebungsprofil mit Ctrl+O öffnen</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>Go to &amp;Backups</source>
        <translation>Zu &amp;Sicherungen wechseln</translation>
    </message>
    <message>
        <source>&amp;Corrupt the newest backup</source>
        <translation>Neueste Sicherung beschä&amp;digen</translation>
    </message>
    <message>
        <source>&amp;Delete the newest backup</source>
        <translation>Neueste Sicherung l&amp;öschen</translation>
    </message>
    <message>
        <source>R&amp;unbooks</source>
        <translation>R&amp;unbooks</translation>
    </message>
    <message>
        <source>Open R&amp;unbook…</source>
        <translation>&amp;Runbook öffnen…</translation>
    </message>
    <message>
        <source>Go to R&amp;unbooks</source>
        <translation>Zu &amp;Runbooks wechseln</translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown-Runbooks (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Incident: %1</source>
        <translation>&amp;Vorfall: %1</translation>
    </message>
    <message>
        <source>&amp;Declare…</source>
        <translation>&amp;Melden…</translation>
    </message>
    <message>
        <source>Go to the &amp;Timeline</source>
        <translation>Zur &amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Edit the &amp;Details</source>
        <translation>&amp;Details bearbeiten</translation>
    </message>
    <message>
        <source>Guided &amp;Rollback…</source>
        <translation>Geführter &amp;Rollback…</translation>
    </message>
    <message>
        <source>Bad &amp;deploy of trade (2.4.1 answers 503)</source>
        <translation>Fehlerhaftes De&amp;ployment von trade (2.4.1 antwortet mit 503)</translation>
    </message>
    <message>
        <source>The &amp;Post-mortem</source>
        <translation>Zur &amp;Nachbetrachtung</translation>
    </message>
    <message>
        <source>Status &amp;Update…</source>
        <translation>&amp;Statusmeldung…</translation>
    </message>
</context>
<context>
    <name>qd::ObjectiveModel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>no data loss</source>
        <translation>kein Datenverlust</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>RPO now</source>
        <translation>RPO aktuell</translation>
    </message>
    <message>
        <source>no backup set</source>
        <translation>kein Backup-Satz</translation>
    </message>
    <message>
        <source>no good backup</source>
        <translation>keine gültige Sicherung</translation>
    </message>
    <message>
        <source>No backup set in the profile protects %1.</source>
        <translation>Kein Backup-Satz im Profil schützt %1.</translation>
    </message>
    <message>
        <source>Restoring now would lose about %1: the newest good backup (set %2) is that old.</source>
        <translation>Eine Wiederherstellung jetzt würde etwa %1 an Daten verlieren: so alt ist die neueste gültige Sicherung (Satz %2).</translation>
    </message>
    <message>
        <source>No backup set of %1 has a good backup.</source>
        <translation>Kein Backup-Satz von %1 hat eine gültige Sicherung.</translation>
    </message>
</context>
<context>
    <name>qd::Options</name>
    <message>
        <source>Check every service and heartbeat of a profile once and exit.

Exit codes: 0 all up, 1 something degraded or a heartbeat at warn,
2 something down, critical or unreadable, 3 the profile is invalid.</source>
        <translation>Jeden Dienst und Heartbeat eines Profils einmal prüfen und beenden.

Exit-Codes: 0 alles aktiv, 1 etwas beeinträchtigt oder ein Heartbeat bei Warnung,
2 etwas ausgefallen, kritisch oder nicht lesbar, 3 das Profil ist ungültig.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Environment profile to open (YAML).</source>
        <translation>Zu öffnendes Umgebungsprofil (YAML).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Build a live practice environment on loopback and open it.</source>
        <translation>Eine Live-Übungsumgebung auf Loopback aufbauen und öffnen.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: system).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: System).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Debug-Meldungen auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Render the main views to PNG files in a folder and exit (documentation).</source>
        <translation>Hauptansichten als PNG-Dateien in einen Ordner rendern und beenden (Dokumentation).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Environment profile to open (same as --profile).</source>
        <translation>Zu öffnendes Umgebungsprofil (wie --profile).</translation>
    </message>
    <message>
        <source>[profile]</source>
        <translation>[profil]</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--sandbox builds its own profile; do not pass --profile with it</source>
        <translation>--sandbox erstellt ein eigenes Profil; nicht zusammen mit --profile angeben</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>%1 needs a profile: quarterdeck %1 --profile FILE</source>
        <translation>%1 benötigt ein Profil: quarterdeck %1 --profile DATEI</translation>
    </message>
    <message>
        <source>List every backup set of a profile with its findings (age against the RPO, missed
schedule, retention, empty or suspiciously small backups); --verify also checks
each backup&apos;s content (gzip to the end, the dump inside, pg_dump archives through
pg_restore, tar archives member by member). Verdicts are kept with each backup&apos;s
SHA-256 in the app&apos;s data folder; a backup whose size and modification time are
unchanged is not read again unless --recheck is given.

Exit codes: 0 all fine, 1 warnings, 2 an RPO breach, no good backup or the newest
backup corrupt, 3 the profile is invalid.</source>
        <translation>Alle Backup-Sätze eines Profils mit ihren Befunden auflisten (Alter gegenüber dem
RPO, verpasster Zeitplan, Aufbewahrung, leere oder verdächtig kleine Sicherungen);
--verify prüft zusätzlich den Inhalt jeder Sicherung (gzip bis zum Ende, den Dump
darin, pg_dump-Archive über pg_restore, tar-Archive Eintrag für Eintrag). Die
Ergebnisse werden mit dem SHA-256 jeder Sicherung im Datenordner der App gespeichert;
eine Sicherung mit unveränderter Größe und unverändertem Änderungszeitpunkt wird
nur mit --recheck erneut gelesen.

Exit-Codes: 0 alles in Ordnung, 1 Warnungen, 2 RPO verletzt, keine gültige Sicherung
oder neueste Sicherung beschädigt, 3 das Profil ist ungültig.</translation>
    </message>
    <message>
        <source>Also verify each backup&apos;s content.</source>
        <translation>Zusätzlich den Inhalt jeder Sicherung prüfen.</translation>
    </message>
    <message>
        <source>Verify every backup again, even those already verified (implies --verify).</source>
        <translation>Jede Sicherung erneut prüfen, auch bereits geprüfte (schließt --verify ein).</translation>
    </message>
    <message>
        <source>runbook lint needs at least one Markdown file</source>
        <translation>runbook lint benötigt mindestens eine Markdown-Datei</translation>
    </message>
    <message>
        <source>SEV1 (critical) to SEV4 (low); default SEV2.</source>
        <translation>SEV1 (kritisch) bis SEV4 (niedrig); Vorgabe SEV2.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>The environment affected, e.g. production.</source>
        <translation>Die betroffene Umgebung, z. B. production.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A drill, not a real incident.</source>
        <translation>Eine Übung, kein echter Vorfall.</translation>
    </message>
    <message>
        <source>The incident (id or its first characters).</source>
        <translation>Der Vorfall (ID oder ihre ersten Zeichen).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>List resolved incidents too.</source>
        <translation>Auch gelöste Vorfälle zeigen.</translation>
    </message>
    <message>
        <source>The incident database (default: the app&apos;s data folder).</source>
        <translation>Die Vorfall-Datenbank (Vorgabe: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Who records it (default: the login name).</source>
        <translation>Wer es festhält (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>incident show needs one id: quarterdeck incident show ID</source>
        <translation>incident show braucht eine ID: quarterdeck incident show ID</translation>
    </message>
    <message>
        <source>incident declare needs a title: quarterdeck incident declare &quot;Trade service down&quot;</source>
        <translation>incident declare braucht einen Titel: quarterdeck incident declare &quot;Trade-Dienst ausgefallen&quot;</translation>
    </message>
    <message>
        <source>incident note needs the text of the note</source>
        <translation>incident note braucht den Text der Notiz</translation>
    </message>
    <message>
        <source>When it happened, if not now: HH:MM (today, local) or an ISO time.</source>
        <translation>Wann es geschah, wenn nicht jetzt: HH:MM (heute, Ortszeit) oder eine ISO-Zeit.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Keep a file with the note as evidence (repeatable; - is standard input).</source>
        <translation>Eine Datei als Beleg mit der Notiz aufbewahren (wiederholbar; - ist die Standardeingabe).</translation>
    </message>
    <message>
        <source>incident set needs a field and a value: quarterdeck incident set role.deputy ben (&quot;&quot; clears it)</source>
        <translation>incident set braucht ein Feld und einen Wert: quarterdeck incident set role.deputy ben (&quot;&quot; leert es)</translation>
    </message>
    <message>
        <source>Read Markdown runbooks as Quarterdeck does and print their structure: procedures,
steps, gates with their reasons, placeholders, templates, decision matrices and
objectives, and warnings worth a commander&apos;s attention.

Usage: quarterdeck runbook lint FILE... [--json]
       quarterdeck runbook plan FILE --procedure NAME [--param KEY=VALUE ...] [--profile FILE] [--json]

plan prints the exact commands a procedure would run with those values put in (each as one
quoted word), each step&apos;s runner, gate and reason, and what is still missing. It runs nothing.

Exit codes: lint: 0 clean, 1 warnings, 3 a file could not be read; plan: 0 every step ready,
1 values missing or refused, 3 the file or the procedure cannot be found.</source>
        <translation>Markdown-Runbooks so lesen, wie Quarterdeck sie liest, und ihre Struktur ausgeben:
Abläufe, Schritte, Freigaben mit ihren Gründen, Platzhalter, Vorlagen,
Entscheidungsmatrizen und Wiederherstellungsziele sowie Warnungen, die ein
Incident Commander beachten sollte.

Aufruf: quarterdeck runbook lint DATEI... [--json]
        quarterdeck runbook plan DATEI --procedure NAME [--param SCHLÜSSEL=WERT ...] [--profile DATEI] [--json]

plan gibt die genauen Befehle aus, die ein Ablauf mit diesen Werten ausführen würde (jeder Wert
als ein Wort in Anführungszeichen), dazu Runner, Freigabe und Grund jedes Schritts und was noch
fehlt. Ausgeführt wird nichts.

Exit-Codes: lint: 0 alles in Ordnung, 1 Warnungen, 3 eine Datei war nicht lesbar; plan: 0 jeder
Schritt bereit, 1 Werte fehlen oder wurden abgelehnt, 3 Datei oder Ablauf nicht gefunden.</translation>
    </message>
    <message>
        <source>A console for incident commanders: live service states, heartbeats,
backups and guided rollbacks from the team&apos;s Markdown runbooks.

Commands:
  check --profile FILE [--json]   check once and exit (see: quarterdeck check --help)
  backups --profile FILE [--verify] [--json]  the backup inventory (see: quarterdeck backups --help)
  runbook lint FILE... [--json]   read runbooks and print their structure and warnings
  runbook plan FILE --procedure NAME [--param KEY=VALUE ...]   the exact commands a procedure would run
  incident declare|note|list|show  incidents from a terminal (see: quarterdeck incident --help)</source>
        <translation>Eine Konsole für Incident Commander: Live-Status der Dienste, Heartbeats,
Sicherungen und geführte Rollbacks aus den Markdown-Runbooks des Teams.

Befehle:
  check --profile DATEI [--json]   einmal prüfen und beenden (siehe: quarterdeck check --help)
  backups --profile DATEI [--verify] [--json]  Übersicht der Sicherungen (siehe: quarterdeck backups --help)
  runbook lint DATEI... [--json]   Runbooks lesen, Struktur und Warnungen ausgeben
  runbook plan DATEI --procedure NAME [--param SCHLÜSSEL=WERT ...]   die genauen Befehle, die ein Ablauf ausführen würde
  incident declare|note|list|show  Vorfälle vom Terminal aus (siehe: quarterdeck incident --help)</translation>
    </message>
    <message>
        <source>The procedure: its name as lint prints it, or a part only it has.</source>
        <translation>Der Ablauf: sein Name, wie lint ihn ausgibt, oder ein Teil davon, den nur er hat.</translation>
    </message>
    <message>
        <source>A placeholder&apos;s value, e.g. commit-hash=4f2a9c1 or DB_HOST=db1 (repeatable).</source>
        <translation>Der Wert eines Platzhalters, z. B. commit-hash=4f2a9c1 oder DB_HOST=db1 (wiederholbar).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>schlüssel=wert</translation>
    </message>
    <message>
        <source>lint: print the structure and warnings of each file; plan: print what a procedure would run.</source>
        <translation>lint: Struktur und Warnungen jeder Datei ausgeben; plan: ausgeben, was ein Ablauf ausführen würde.</translation>
    </message>
    <message>
        <source>lint FILE... | plan FILE</source>
        <translation>lint DATEI... | plan DATEI</translation>
    </message>
    <message>
        <source>runbook needs a subcommand: quarterdeck runbook lint FILE... or runbook plan FILE --procedure NAME</source>
        <translation>runbook benötigt einen Unterbefehl: quarterdeck runbook lint DATEI... oder runbook plan DATEI --procedure NAME</translation>
    </message>
    <message>
        <source>unknown runbook command &apos;%1&apos;; expected lint or plan</source>
        <translation>unbekannter runbook-Befehl „%1“; erwartet: lint oder plan</translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--param braucht SCHLÜSSEL=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>runbook plan needs one Markdown file and --procedure NAME</source>
        <translation>runbook plan benötigt eine Markdown-Datei und --procedure NAME</translation>
    </message>
    <message>
        <source>--procedure and --param belong to runbook plan</source>
        <translation>--procedure und --param gehören zu runbook plan</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the export to this file (atomically) instead of standard output.</source>
        <translation>Den Export in diese Datei schreiben (atomar) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>incident needs a command: declare, note, set, list, show or export</source>
        <translation>incident braucht einen Befehl: declare, note, set, list, show oder export</translation>
    </message>
    <message>
        <source>unknown incident command &apos;%1&apos;; expected declare, note, set, list, show or export</source>
        <translation>unbekannter incident-Befehl &apos;%1&apos;; erwartet: declare, note, set, list, show oder export</translation>
    </message>
    <message>
        <source>unexpected argument: %1 (the incident goes with --incident ID)</source>
        <translation>unerwartetes Argument: %1 (der Vorfall wird mit --incident ID angegeben)</translation>
    </message>
    <message>
        <source>Declare and work incidents from a terminal, on the same store as a running console.

Usage:
  quarterdeck incident declare TITLE [--severity SEV2] [--environment NAME] [--drill]
  quarterdeck incident note [--incident ID] [--at 14:02] TEXT   (default: the one open incident)
  quarterdeck incident note [--incident ID] --attach FILE [TEXT]   (evidence; FILE - reads standard input)
  quarterdeck incident set [--incident ID] FIELD VALUE   (FIELD: status, severity, title, role.deputy,
      time.detected, impact.users, rootCause … ; an empty VALUE clears it)
  quarterdeck incident list [--all]
  quarterdeck incident show ID
  quarterdeck export [--incident ID] [--format md|html|pdf] [-o FILE] [--profile FILE]
        (the post-mortem; md and html to stdout without -o; the profile adds RTO/RPO)
ID: the incident&apos;s id or its first characters, as list prints them.

Exit codes: 0 done, 1 no such incident (or more than one fits), 3 the store cannot be used.</source>
        <translation>Vorfälle vom Terminal aus melden und bearbeiten, im selben Vorfall-Speicher wie eine laufende Konsole.

Aufruf:
  quarterdeck incident declare TITEL [--severity SEV2] [--environment NAME] [--drill]
  quarterdeck incident note [--incident ID] [--at 14:02] TEXT   (Vorgabe: der eine offene Vorfall)
  quarterdeck incident note [--incident ID] --attach DATEI [TEXT]   (Beleg; - als DATEI liest die Standardeingabe)
  quarterdeck incident set [--incident ID] FELD WERT   (FELD: status, severity, title, role.deputy,
      time.detected, impact.users, rootCause … ; ein leerer WERT leert das Feld)
  quarterdeck incident list [--all]
  quarterdeck incident show ID
  quarterdeck export [--incident ID] [--format md|html|pdf] [-o DATEI] [--profile DATEI]
        (die Nachbetrachtung; md und html ohne -o auf die Standardausgabe; das Profil ergänzt RTO/RPO)
ID: die ID des Vorfalls oder ihre ersten Zeichen, wie list sie ausgibt.

Exit-Codes: 0 erledigt, 1 kein solcher Vorfall (oder mehr als einer passt), 3 der Vorfall-Speicher ist nicht nutzbar.</translation>
    </message>
    <message>
        <source>Export format: md, html or pdf (default: from the -o file&apos;s suffix, else md).</source>
        <translation>Exportformat: md, html oder pdf (Vorgabe: aus der Endung der Datei bei -o, sonst md).</translation>
    </message>
</context>
<context>
    <name>qd::ParametersPage</name>
    <message>
        <source>verified OK</source>
        <translation>mit OK geprüft</translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation>CORRUPT</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 old · %4 · %5</source>
        <translation>%1 · %2 · %3 alt · %4 · %5</translation>
    </message>
    <message>
        <source>This procedure needs no values: every command runs as the runbook has it.</source>
        <translation>Dieser Ablauf braucht keine Werte: jeder Befehl läuft so, wie er im Runbook steht.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The values the procedure&apos;s commands need. Each goes into the commands as one quoted word; nothing you type is run as a command.</source>
        <translation>Die Werte, die die Befehle des Ablaufs brauchen. Jeder wird als ein einzelnes Wort in Anführungszeichen in die Befehle eingesetzt; nichts, was Sie eingeben, wird als Befehl ausgeführt.</translation>
    </message>
    <message>
        <source>the repository has no commits</source>
        <translation>das Repository hat keine Commits</translation>
    </message>
    <message numerus="yes">
        <source>Pick a commit from git log (%n recent)…</source>
        <translation>
            <numerusform>Commit aus git log wählen (%n aktueller)…</numerusform>
            <numerusform>Commit aus git log wählen (%n aktuelle)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Trotzdem verwenden</translation>
    </message>
    <message>
        <source>Why this backup (recorded)</source>
        <translation>Warum diese Sicherung (wird festgehalten)</translation>
    </message>
    <message>
        <source>secret: passed in the environment, never shown or recorded</source>
        <translation>geheim: wird über die Umgebung übergeben, nie angezeigt oder festgehalten</translation>
    </message>
    <message>
        <source>a commit hash, 7 to 40 hex digits</source>
        <translation>ein Commit-Hash, 7 bis 40 Hex-Ziffern</translation>
    </message>
    <message>
        <source>Reading git log of %1…</source>
        <translation>git log von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>a backup of set %1, picked from the inventory</source>
        <translation>eine Sicherung aus Satz %1, aus dem Bestand gewählt</translation>
    </message>
    <message>
        <source>the set %1 has no backups</source>
        <translation>der Satz %1 hat keine Sicherungen</translation>
    </message>
    <message>
        <source>this backup is not verified OK: verify it on the Backups tab, or tick Use it anyway and say why</source>
        <translation>diese Sicherung ist nicht mit OK geprüft: auf dem Reiter „Sicherungen“ prüfen oder „Trotzdem verwenden“ ankreuzen und begründen</translation>
    </message>
    <message>
        <source>needed: the console&apos;s environment has no %1</source>
        <translation>erforderlich: in der Umgebung der Konsole fehlt %1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>expected the shape %1</source>
        <translation>erwartet wird die Form %1</translation>
    </message>
    <message>
        <source>expected a commit hash: 7 to 40 hex digits</source>
        <translation>erwartet wird ein Commit-Hash: 7 bis 40 Hex-Ziffern</translation>
    </message>
    <message>
        <source>from the console&apos;s environment</source>
        <translation>aus der Umgebung der Konsole</translation>
    </message>
    <message>
        <source>picked from the inventory: %1, verified OK</source>
        <translation>aus dem Bestand gewählt: %1, mit OK geprüft</translation>
    </message>
    <message>
        <source>picked from the inventory: %1, NOT verified OK (%2); overridden: %3</source>
        <translation>aus dem Bestand gewählt: %1, NICHT mit OK geprüft (%2); trotzdem verwendet: %3</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>A secret is passed in the environment, never shown, never recorded</source>
        <translation>Ein Geheimnis wird über die Umgebung übergeben, nie angezeigt, nie festgehalten</translation>
    </message>
    <message>
        <source>A step is still running: its values cannot change under it. Go to the Steps page and let it finish (or cancel it) first.</source>
        <translation>Ein Schritt läuft noch: seine Werte können sich währenddessen nicht ändern. Zuerst auf der Seite Schritte fertig laufen lassen (oder abbrechen).</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>aus dem Profil</translation>
    </message>
</context>
<context>
    <name>qd::PgCustomVerifier</name>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the pg_dump archive header is damaged</source>
        <translation>der Header des pg_dump-Archivs ist beschädigt</translation>
    </message>
    <message>
        <source>pg_restore is not installed (package postgresql-client); the archive header (format %1) is intact</source>
        <translation>pg_restore ist nicht installiert (Paket postgresql-client); der Archiv-Header (Format %1) ist intakt</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>pg_restore did not start</source>
        <translation>pg_restore ist nicht gestartet</translation>
    </message>
    <message>
        <source>pg_restore did not finish within %1 minutes</source>
        <translation>pg_restore wurde nicht innerhalb von %1 Minuten fertig</translation>
    </message>
    <message>
        <source>this pg_restore is too old for the archive (format %1): %2</source>
        <translation>dieses pg_restore ist zu alt für das Archiv (Format %1): %2</translation>
    </message>
    <message>
        <source>pg_restore cannot read all the data: %1</source>
        <translation>pg_restore kann nicht alle Daten lesen: %1</translation>
    </message>
    <message>
        <source>pg_restore cannot read the table of contents: %1</source>
        <translation>pg_restore kann das Inhaltsverzeichnis nicht lesen: %1</translation>
    </message>
    <message>
        <source>quick check only: pg_restore can list the table of contents; the data was not read</source>
        <translation>nur Schnellprüfung: pg_restore kann das Inhaltsverzeichnis auflisten; die Daten wurden nicht gelesen</translation>
    </message>
    <message>
        <source>pg_restore was ended by a signal before it finished</source>
        <translation>pg_restore wurde durch ein Signal beendet, bevor es fertig war</translation>
    </message>
</context>
<context>
    <name>qd::PlainDumpChecker</name>
    <message>
        <source>SQL text without a pg_dump header: cannot tell whether it is complete</source>
        <translation>SQL-Text ohne pg_dump-Header: Vollständigkeit nicht feststellbar</translation>
    </message>
    <message>
        <source>truncated: the &apos;%1&apos; line is missing at the end, so the dump did not finish</source>
        <translation>abgeschnitten: die Zeile &apos;%1&apos; fehlt am Ende, der Dump wurde also nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>qd::PostMortem</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>resolved %1 after %2</source>
        <translation>gelöst %1 nach der %2</translation>
    </message>
    <message>
        <source>not resolved yet (%1 since %2)</source>
        <translation>noch nicht gelöst (%1 seit der %2)</translation>
    </message>
    <message>
        <source>within</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>**over** by %1</source>
        <translation>**überschritten** um %1</translation>
    </message>
    <message>
        <source> (still open)</source>
        <translation> (noch offen)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>none that could restore</source>
        <translation>keine, die wiederherstellen könnte</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>**over**</source>
        <translation>**überschritten**</translation>
    </message>
    <message>
        <source>, not verified</source>
        <translation>, ungeprüft</translation>
    </message>
    <message>
        <source>%1: the post-mortem template is not a file</source>
        <translation>%1: die Nachbetrachtungsvorlage ist keine Datei</translation>
    </message>
    <message>
        <source>%1: the post-mortem template is larger than 1 MB</source>
        <translation>%1: die Nachbetrachtungsvorlage ist größer als 1 MB</translation>
    </message>
    <message>
        <source>%1: cannot read the post-mortem template: %2</source>
        <translation>%1: Nachbetrachtungsvorlage nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>qd::PostMortemWidget</name>
    <message>
        <source>Markdown. Saved to the record as you pause; the rest of the report comes from the timeline, the Details tab and the profile.</source>
        <translation>Markdown. Wird bei einer Tipppause im Vorfall gespeichert; der Rest des Berichts kommt aus der Zeitleiste, dem Reiter „Details“ und dem Profil.</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Mar&amp;kdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>The post-mortem template cannot be read: %1</source>
        <translation>Die Nachbetrachtungsvorlage ist nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries: in the exports</source>
        <translation>
            <numerusform>%n früherer Eintrag: in den Exporten</numerusform>
            <numerusform>%n frühere Einträge: in den Exporten</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Every section is written.</source>
        <translation>Alle Abschnitte sind geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) still to write (highlighted).</source>
        <translation>
            <numerusform>%n Abschnitt noch zu schreiben (hervorgehoben).</numerusform>
            <numerusform>%n Abschnitte noch zu schreiben (hervorgehoben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the post-mortem</source>
        <translation>Nachbetrachtung exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1: say .md, .html or .pdf</source>
        <translation>%1: .md, .html oder .pdf angeben</translation>
    </message>
    <message>
        <source>The post-mortem is still being written; try again in a moment.</source>
        <translation>Die Nachbetrachtung wird noch erstellt; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Post-mortem: %1</source>
        <translation>Nachbetrachtung: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>qd::PreparationPage</name>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Before anything changes: the runbook&apos;s preparation, ticked item by item.</source>
        <translation>Bevor sich etwas ändert: die Vorbereitung aus dem Runbook, Punkt für Punkt abgehakt.</translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation>Checkliste zur Vorbereitung</translation>
    </message>
    <message>
        <source>Where the safety copy is (recorded), e.g. /var/backups/pre-rollback.dump</source>
        <translation>Wo die Sicherheitskopie liegt (wird festgehalten), z. B. /var/backups/pre-rollback.dump</translation>
    </message>
    <message>
        <source>The runbook has no preparation checklist.</source>
        <translation>Das Runbook hat keine Checkliste zur Vorbereitung.</translation>
    </message>
    <message numerus="yes">
        <source>Preparation done: %n checklist item(s) ticked</source>
        <translation>
            <numerusform>Vorbereitung erledigt: %n Checklistenpunkt abgehakt</numerusform>
            <numerusform>Vorbereitung erledigt: %n Checklistenpunkte abgehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>; safety copy at %1</source>
        <translation>; Sicherheitskopie unter %1</translation>
    </message>
    <message>
        <source>Run it &amp;now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Safety copy taken (exit 0).
%1</source>
        <translation>Sicherheitskopie erstellt (Exit 0).
%1</translation>
    </message>
    <message>
        <source>It did not succeed (exit %1): %2</source>
        <translation>Das ist nicht gelungen (Exit %1): %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;No step takes a backup or safety copy before step %1 (%2), which is destructive.&lt;/b&gt; Run the runbook&apos;s own safety step below, or take one by hand and say where it is:</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Kein Schritt erstellt vor Schritt %1 (%2), der destruktiv ist, eine Sicherung oder Sicherheitskopie.&lt;/b&gt; Den Sicherheitsschritt des Runbooks unten ausführen oder von Hand eine Kopie erstellen und angeben, wo sie liegt:</translation>
    </message>
    <message>
        <source>; safety step run</source>
        <translation>; Sicherheitsschritt ausgeführt</translation>
    </message>
</context>
<context>
    <name>qd::ProfileParser</name>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>Profil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a profile is expected to be under 4 MiB</source>
        <translation>die Datei ist %1 Bytes groß; ein Profil sollte kleiner als 4 MiB sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>%1 must be a list (items starting with &apos;- &apos;)</source>
        <translation>%1 muss eine Liste sein (Einträge beginnen mit &apos;- &apos;)</translation>
    </message>
    <message>
        <source>keys in %1 must be plain words</source>
        <translation>%1: Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; in %2</source>
        <translation>%2: doppelter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; expected one of: %3</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1 benötigt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a single value</source>
        <translation>%2: &apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must not be empty</source>
        <translation>%2: &apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a duration such as 500ms, 30s, 5m or 2h</source>
        <translation>%2: &apos;%1&apos; muss eine Dauer sein, z. B. 500ms, 30s, 5m oder 2h</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a whole number from %3 to %4</source>
        <translation>%2: &apos;%1&apos; muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be true or false</source>
        <translation>%2: &apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the profile is empty; expected a mapping with &apos;environment&apos; and &apos;services&apos;</source>
        <translation>das Profil ist leer; erwartet wird eine Zuordnung mit &apos;environment&apos; und &apos;services&apos;</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>das Profil</translation>
    </message>
    <message>
        <source>the profile needs an &apos;environment&apos; section with at least a &apos;name&apos;</source>
        <translation>das Profil benötigt einen Abschnitt &apos;environment&apos; mit mindestens einem &apos;name&apos;</translation>
    </message>
    <message>
        <source>could not read this part of the profile: %1</source>
        <translation>dieser Teil des Profils konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;environment&apos;</source>
        <translation>&apos;environment&apos;</translation>
    </message>
    <message>
        <source>&apos;defaults&apos;</source>
        <translation>&apos;defaults&apos;</translation>
    </message>
    <message>
        <source>&apos;services&apos;</source>
        <translation>&apos;services&apos;</translation>
    </message>
    <message>
        <source>service #%1</source>
        <translation>Dienst #%1</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation>Dienst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>service name &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>Dienstname &apos;%1&apos; wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 needs one check: &apos;http&apos;, &apos;tcp&apos; or &apos;command&apos;</source>
        <translation>%1 benötigt eine Prüfung: &apos;http&apos;, &apos;tcp&apos; oder &apos;command&apos;</translation>
    </message>
    <message>
        <source>%1 has more than one check; use one of &apos;http&apos;, &apos;tcp&apos; or &apos;command&apos; per service</source>
        <translation>%1 hat mehr als eine Prüfung; pro Dienst nur eine von &apos;http&apos;, &apos;tcp&apos; oder &apos;command&apos; verwenden</translation>
    </message>
    <message>
        <source>the http check of &apos;%1&apos;</source>
        <translation>die HTTP-Prüfung von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;url&apos;</source>
        <translation>%1 benötigt &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;status&apos; in %1 must be HTTP status codes such as 200 or 2xx</source>
        <translation>%1: &apos;status&apos; muss aus HTTP-Statuscodes wie 200 oder 2xx bestehen</translation>
    </message>
    <message>
        <source>&apos;body_matches&apos; in %1 is not a valid regular expression: %2 (at character %3)</source>
        <translation>%1: &apos;body_matches&apos; ist kein gültiger regulärer Ausdruck: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; must be a single value</source>
        <translation>die URL von &apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>the tcp check of &apos;%1&apos;</source>
        <translation>die TCP-Prüfung von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be host:port, such as 127.0.0.1:5432</source>
        <translation>%1 muss host:port sein, z. B. 127.0.0.1:5432</translation>
    </message>
    <message>
        <source>%1 needs &apos;port&apos;</source>
        <translation>%1 benötigt &apos;port&apos;</translation>
    </message>
    <message>
        <source>the command check of &apos;%1&apos;</source>
        <translation>die Befehlsprüfung von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;heartbeats&apos;</source>
        <translation>&apos;heartbeats&apos;</translation>
    </message>
    <message>
        <source>heartbeat #%1</source>
        <translation>Heartbeat #%1</translation>
    </message>
    <message>
        <source>heartbeat &apos;%1&apos;</source>
        <translation>Heartbeat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;timestamp&apos; in %1 must be &apos;mtime&apos; (the file&apos;s modification time) or &apos;content&apos; (the last timestamp written in it)</source>
        <translation>%1: &apos;timestamp&apos; muss &apos;mtime&apos; (Änderungszeitpunkt der Datei) oder &apos;content&apos; (letzter darin geschriebener Zeitstempel) sein</translation>
    </message>
    <message>
        <source>&apos;critical_after&apos; in %1 must not be shorter than &apos;warn_after&apos;</source>
        <translation>%1: &apos;critical_after&apos; darf nicht kürzer als &apos;warn_after&apos; sein</translation>
    </message>
    <message>
        <source>heartbeat name &apos;%1&apos; is used twice</source>
        <translation>Heartbeat-Name &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>&apos;objectives&apos;</source>
        <translation>&apos;objectives&apos;</translation>
    </message>
    <message>
        <source>objective #%1</source>
        <translation>Wiederherstellungsziel #%1</translation>
    </message>
    <message>
        <source>objective &apos;%1&apos;</source>
        <translation>Wiederherstellungsziel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;rto&apos;, &apos;rpo&apos; or both</source>
        <translation>%1 benötigt &apos;rto&apos;, &apos;rpo&apos; oder beides</translation>
    </message>
    <message>
        <source>&apos;backups&apos;</source>
        <translation>&apos;backups&apos;</translation>
    </message>
    <message>
        <source>backup set #%1</source>
        <translation>Backup-Satz #%1</translation>
    </message>
    <message>
        <source>backup set &apos;%1&apos;</source>
        <translation>Backup-Satz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must not hold a password: Quarterdeck asks for it once and keeps it in the system keychain</source>
        <translation>%1 darf kein Passwort enthalten: Quarterdeck fragt einmal danach und speichert es im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&apos;sslmode&apos; in %1 must be one of: %2</source>
        <translation>%1: &apos;sslmode&apos; muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <source>&apos;databases&apos;</source>
        <translation>&apos;databases&apos;</translation>
    </message>
    <message>
        <source>database #%1</source>
        <translation>Datenbank #%1</translation>
    </message>
    <message>
        <source>database &apos;%1&apos;</source>
        <translation>Datenbank &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;runbooks&apos;</source>
        <translation>&apos;runbooks&apos;</translation>
    </message>
    <message>
        <source>runbook #%1</source>
        <translation>Runbook #%1</translation>
    </message>
    <message>
        <source>&apos;templates&apos;</source>
        <translation>&apos;templates&apos;</translation>
    </message>
    <message>
        <source>&apos;cadence&apos; in &apos;templates&apos;</source>
        <translation>&apos;cadence&apos; in &apos;templates&apos;</translation>
    </message>
    <message>
        <source>cadence step #%1</source>
        <translation>Schritt #%1 in &apos;cadence&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;every&apos;</source>
        <translation>%1 benötigt &apos;every&apos;</translation>
    </message>
    <message>
        <source>&apos;team&apos;</source>
        <translation>&apos;team&apos;</translation>
    </message>
    <message>
        <source>&apos;members&apos; in &apos;team&apos;</source>
        <translation>&apos;members&apos; in &apos;team&apos;</translation>
    </message>
    <message>
        <source>team member #%1</source>
        <translation>Teammitglied #%1</translation>
    </message>
    <message>
        <source>&apos;store&apos; in &apos;team&apos;</source>
        <translation>&apos;store&apos; in &apos;team&apos;</translation>
    </message>
    <message>
        <source>&apos;interval&apos; in %1 must be from 100ms to 1d</source>
        <translation>%1: &apos;interval&apos; muss zwischen 100ms und 1d liegen</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; in %1 must be from 10ms to 1h</source>
        <translation>%1: &apos;timeout&apos; muss zwischen 10ms und 1h liegen</translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; holds a password; credentials do not belong in the profile</source>
        <translation>die URL von &apos;%1&apos; enthält ein Passwort; Zugangsdaten gehören nicht ins Profil</translation>
    </message>
    <message>
        <source>backup set name &apos;%1&apos; is used twice</source>
        <translation>Backup-Satz-Name &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>&apos;pattern&apos; in %1: %2</source>
        <translation>&apos;pattern&apos; in %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 cannot be negative</source>
        <translation>&apos;%1&apos; in %2 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;variables&apos;</source>
        <translation>&apos;variables&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a variable name: letters, digits and _ , not starting with a digit</source>
        <translation>&apos;%1&apos; in %2 ist kein Variablenname: Buchstaben, Ziffern und _ , nicht mit einer Ziffer am Anfang</translation>
    </message>
    <message>
        <source>%1 in %2 looks like a secret: Quarterdeck asks for it in the wizard and keeps it out of files</source>
        <translation>%1 in %2 sieht nach einem Geheimnis aus: Quarterdeck fragt im Assistenten danach und hält es aus Dateien heraus</translation>
    </message>
    <message>
        <source>%1 in %2 must be a single value</source>
        <translation>%1 in %2 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&apos;repositories&apos;</source>
        <translation>&apos;repositories&apos;</translation>
    </message>
    <message>
        <source>repository #%1</source>
        <translation>Repository #%1</translation>
    </message>
    <message>
        <source>&apos;every&apos; in %1 must be longer than 0</source>
        <translation>%1: &apos;every&apos; muss länger als 0 sein</translation>
    </message>
    <message>
        <source>&apos;until&apos; in %1 must come after the step before it</source>
        <translation>%1: &apos;until&apos; muss nach dem vorherigen Schritt liegen</translation>
    </message>
    <message>
        <source>%1 has no &apos;until&apos;: only the last step may go on for ever</source>
        <translation>%1 hat kein &apos;until&apos;: nur der letzte Schritt darf unbegrenzt gelten</translation>
    </message>
    <message>
        <source>&apos;webhooks&apos;</source>
        <translation>&apos;webhooks&apos;</translation>
    </message>
    <message>
        <source>webhook #%1</source>
        <translation>Webhook #%1</translation>
    </message>
    <message>
        <source>&apos;url&apos; in %1 must be an http or https address</source>
        <translation>%1: &apos;url&apos; muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <source>&apos;audience&apos; in %1 must be one of: %2</source>
        <translation>%1: &apos;audience&apos; muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <source>&apos;external&apos; in %1 must be true or false</source>
        <translation>%1: &apos;external&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: another webhook is already named &apos;%2&apos;</source>
        <translation>%1: ein anderer Webhook heißt bereits &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>qd::ReportWriter</name>
    <message>
        <source>Generated by Quarterdeck on %1 UTC</source>
        <translation>Erstellt von Quarterdeck am %1 UTC</translation>
    </message>
    <message>
        <source>Generated by Quarterdeck</source>
        <translation>Erstellt von Quarterdeck</translation>
    </message>
    <message>
        <source>cannot start the PDF: %1</source>
        <translation>PDF kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF: %1</source>
        <translation>PDF kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
</context>
<context>
    <name>qd::RollbackSession</name>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Step %1 (%2) succeeded in %3</source>
        <translation>Schritt %1 (%2) nach %3 erfolgreich</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed with exit code %3 after %4</source>
        <translation>Schritt %1 (%2) nach %4 mit Exit-Code %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed: it crashed after %3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: nach %3 abgestürzt</translation>
    </message>
    <message>
        <source>Step %1 (%2) timed out after %3 and was stopped</source>
        <translation>Schritt %1 (%2) nach %3 wegen Timeout gestoppt</translation>
    </message>
    <message>
        <source>Step %1 (%2) cancelled after %3</source>
        <translation>Schritt %1 (%2) nach %3 abgebrochen</translation>
    </message>
    <message>
        <source>Step %1 (%2) could not start: %3</source>
        <translation>Schritt %1 (%2) konnte nicht starten: %3</translation>
    </message>
    <message>
        <source>Procedure chosen: %1 (%2)</source>
        <translation>Ablauf gewählt: %1 (%2)</translation>
    </message>
    <message>
        <source>Procedure chosen: %1 (%2): %3</source>
        <translation>Ablauf gewählt: %1 (%2): %3</translation>
    </message>
    <message>
        <source>(a secret, not recorded)</source>
        <translation>(geheim, nicht festgehalten)</translation>
    </message>
    <message>
        <source>Parameter %1 = %2</source>
        <translation>Parameter %1 = %2</translation>
    </message>
    <message>
        <source>Parameter %1 = %2 (%3)</source>
        <translation>Parameter %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>there is no step %1</source>
        <translation>es gibt keinen Schritt %1</translation>
    </message>
    <message>
        <source>step %1 is still running</source>
        <translation>Schritt %1 läuft noch</translation>
    </message>
    <message>
        <source>Gate passed for step %1: %2 typed &apos;%3&apos;</source>
        <translation>Freigabe für Schritt %1 erteilt: %2 hat &apos;%3&apos; eingetippt</translation>
    </message>
    <message>
        <source>Gate passed for step %1: %2 typed &apos;%3&apos;, %4 confirmed</source>
        <translation>Freigabe für Schritt %1 erteilt: %2 hat &apos;%3&apos; eingetippt, %4 hat bestätigt</translation>
    </message>
    <message>
        <source>Step %1 started: %2</source>
        <translation>Schritt %1 gestartet: %2</translation>
    </message>
    <message>
        <source>Step %1 dry run: shown, nothing ran</source>
        <translation>Schritt %1 Probelauf: angezeigt, nichts ausgeführt</translation>
    </message>
    <message>
        <source>Step %1 done by hand</source>
        <translation>Schritt %1 von Hand erledigt</translation>
    </message>
    <message>
        <source>Step %1 done by hand: %2</source>
        <translation>Schritt %1 von Hand erledigt: %2</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2</source>
        <translation>Schritt %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Step %1 did not succeed; continuing anyway: %2</source>
        <translation>Schritt %1 nicht erfolgreich; es wird trotzdem fortgefahren: %2</translation>
    </message>
    <message>
        <source>Rollback wizard: %1</source>
        <translation>Rollback-Assistent: %1</translation>
    </message>
    <message>
        <source>no rollback was interrupted</source>
        <translation>kein Rollback wurde unterbrochen</translation>
    </message>
    <message>
        <source>%1 no longer has the procedure %2</source>
        <translation>%1 enthält den Ablauf %2 nicht mehr</translation>
    </message>
    <message>
        <source>Rollback resumed: %1; step %2 was running when the console stopped, its outcome is unknown</source>
        <translation>Rollback fortgesetzt: %1; Schritt %2 lief, als die Konsole beendet wurde, sein Ergebnis ist unbekannt</translation>
    </message>
    <message>
        <source>Rollback resumed: %1</source>
        <translation>Rollback fortgesetzt: %1</translation>
    </message>
    <message>
        <source>; the runbook or values changed since for step %1</source>
        <translation>; seitdem haben sich Runbook oder Werte für Schritt %1 geändert</translation>
    </message>
    <message>
        <source>no step of the procedure names a git repository for %1</source>
        <translation>kein Schritt des Ablaufs nennt ein git-Repository für %1</translation>
    </message>
    <message>
        <source>git is not installed</source>
        <translation>git ist nicht installiert</translation>
    </message>
    <message>
        <source>git log in %1: %2</source>
        <translation>git log in %1: %2</translation>
    </message>
    <message>
        <source>Step %1&apos;s command changed with the new values: it is to be run again</source>
        <translation>Der Befehl von Schritt %1 hat sich mit den neuen Werten geändert: er muss erneut laufen</translation>
    </message>
    <message>
        <source>step %1 comes first: run it, mark it done or skip it</source>
        <translation>Schritt %1 kommt zuerst: ausführen, als erledigt markieren oder überspringen</translation>
    </message>
    <message>
        <source>Safety step done before the procedure: %1 (%2)</source>
        <translation>Sicherheitsschritt vor dem Ablauf erledigt: %1 (%2)</translation>
    </message>
    <message>
        <source>Safety step before the procedure did not succeed: %1 (exit %2)</source>
        <translation>Sicherheitsschritt vor dem Ablauf nicht gelungen: %1 (Exit %2)</translation>
    </message>
    <message>
        <source>the safety step is still running</source>
        <translation>der Sicherheitsschritt läuft noch</translation>
    </message>
    <message>
        <source>a step is still running</source>
        <translation>ein Schritt läuft noch</translation>
    </message>
    <message>
        <source>that step is destructive itself: it is no safety copy</source>
        <translation>dieser Schritt ist selbst destruktiv: er ist keine Sicherheitskopie</translation>
    </message>
    <message>
        <source>Safety step started before the procedure: %1 (from %2)</source>
        <translation>Sicherheitsschritt vor dem Ablauf gestartet: %1 (aus %2)</translation>
    </message>
</context>
<context>
    <name>qd::RollbackWizard</name>
    <message>
        <source>Guided rollback (drill)</source>
        <translation>Geführter Rollback (Übung)</translation>
    </message>
    <message>
        <source>Guided rollback: %1</source>
        <translation>Geführter Rollback: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (fortgesetzt)</translation>
    </message>
    <message>
        <source>A step is running: Cancel it before closing the wizard.</source>
        <translation>Ein Schritt läuft: erst den Schritt abbrechen, dann den Assistenten schließen.</translation>
    </message>
    <message>
        <source>Rollback wizard closed at %1, before the end</source>
        <translation>Rollback-Assistent bei %1 geschlossen, vor dem Ende</translation>
    </message>
    <message>
        <source>Close again to leave the rollback; Ctrl+G takes it up again later.</source>
        <translation>Nochmals schließen, um den Rollback zu verlassen; Ctrl+G nimmt ihn später wieder auf.</translation>
    </message>
    <message>
        <source>Close (or Esc) once more within 5 seconds to leave this rollback. It stays on the timeline, and Ctrl+G takes it up again where it stopped.</source>
        <translation>Innerhalb von 5 Sekunden nochmals Schließen (oder Esc), um diesen Rollback zu verlassen. Er bleibt auf der Zeitleiste, und Ctrl+G nimmt ihn dort wieder auf, wo er stehen blieb.</translation>
    </message>
</context>
<context>
    <name>qd::RunbookLinter</name>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; destroys data (%3) and no step before it in the procedure takes a backup</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; zerstört Daten (%3), und kein vorheriger Schritt im Ablauf erstellt eine Sicherung</translation>
    </message>
    <message>
        <source>%1 appears once, in &apos;%2&apos;, and names no backup set&apos;s files: the commander will have to type it</source>
        <translation>%1 kommt nur einmal vor, in „%2“, und benennt keine Dateien eines Backup-Satzes: der Incident Commander muss den Wert eintippen</translation>
    </message>
    <message numerus="yes">
        <source>template &apos;%1&apos;: %n field(s) that nothing fills: %2</source>
        <translation>
            <numerusform>Vorlage „%1“: %n Feld, das nichts füllt: %2</numerusform>
            <numerusform>Vorlage „%1“: %n Felder, die nichts füllt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of &apos;%1&apos; can never run here: PowerShell (pwsh) is not installed</source>
        <translation>
            <numerusform>%n Schritt von „%1“ kann hier nie laufen: PowerShell (pwsh) ist nicht installiert</numerusform>
            <numerusform>%n Schritte von „%1“ können hier nie laufen: PowerShell (pwsh) ist nicht installiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qd::RunbookParser</name>
    <message>
        <source>the gate of &apos;%1&apos; is switched off by an annotation</source>
        <translation>die Freigabe von &apos;%1&apos; ist durch eine Annotation abgeschaltet</translation>
    </message>
    <message>
        <source>the runbook asks for a second person</source>
        <translation>das Runbook verlangt eine zweite Person</translation>
    </message>
    <message>
        <source>the runbook marks this step as needing confirmation</source>
        <translation>das Runbook verlangt für diesen Schritt eine Bestätigung</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; expected typed, two-person or none</source>
        <translation>unbekannte Freigabe &apos;%1&apos;; erwartet wird typed, two-person oder none</translation>
    </message>
    <message>
        <source>timeout must be a number of seconds, not &apos;%1&apos;</source>
        <translation>timeout muss eine Anzahl Sekunden sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown annotation &apos;%1&apos;; expected name, gate, timeout or expect-exit</source>
        <translation>unbekannte Annotation &apos;%1&apos;; erwartet wird name, gate, timeout oder expect-exit</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a runbook (at most %3 MB)</source>
        <translation>%1: %2 MB sind zu groß für ein Runbook (höchstens %3 MB)</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; they were read as spaces</source>
        <translation>die Datei enthält NUL-Bytes; sie wurden als Leerzeichen gelesen</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; it was read as Latin-1</source>
        <translation>die Datei ist kein gültiges UTF-8; sie wurde als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>the Markdown could not be read to its end</source>
        <translation>das Markdown konnte nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>a code fence is not closed; the block runs to the end of the file</source>
        <translation>ein Codeblock ist nicht geschlossen; er reicht bis zum Ende der Datei</translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation>(vor der ersten Überschrift)</translation>
    </message>
    <message>
        <source>PowerShell (pwsh) is not installed here</source>
        <translation>PowerShell (pwsh) ist hier nicht installiert</translation>
    </message>
    <message>
        <source>no runner for %1 blocks</source>
        <translation>kein Runner für Blöcke vom Typ %1</translation>
    </message>
    <message>
        <source>psql meta-commands (\dt, \c …) are run by hand in psql</source>
        <translation>psql-Metabefehle (\dt, \c …) werden von Hand in psql ausgeführt</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Rollback Type</source>
        <translation>Rollback-Art</translation>
    </message>
    <message>
        <source>the document has no headings: what it holds is one procedure, named after the file</source>
        <translation>das Dokument hat keine Überschriften: sein Inhalt ist eine Prozedur, nach der Datei benannt</translation>
    </message>
    <message>
        <source>%1, or</source>
        <translation>%1, oder</translation>
    </message>
    <message>
        <source>SQL Server statements (RESTORE DATABASE, GO …) are run by hand in SQL Server&apos;s own tools</source>
        <translation>SQL-Server-Anweisungen (RESTORE DATABASE, GO …) werden von Hand in den Werkzeugen des SQL Servers ausgeführt</translation>
    </message>
</context>
<context>
    <name>qd::RunbooksWidget</name>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>checklist ✓</source>
        <translation>Checkliste ✓</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>by hand (%1)</source>
        <translation>von Hand (%1)</translation>
    </message>
    <message>
        <source>Runbook / procedure</source>
        <translation>Runbook / Ablauf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Runbooks and their procedures</source>
        <translation>Runbooks und ihre Abläufe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>Schritte des Ablaufs</translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation>Der ausgewählte Schritt</translation>
    </message>
    <message>
        <source>The procedure in the document</source>
        <translation>Der Ablauf im Dokument</translation>
    </message>
    <message>
        <source>No runbooks. List them in the profile (runbooks: [path/to/rollback.md]), open one with File › Open Runbook (Ctrl+Shift+O), or drop a Markdown file on the window.</source>
        <translation>Keine Runbooks. Im Profil eintragen (runbooks: [path/to/rollback.md]), mit Datei › Runbook öffnen (Ctrl+Shift+O) öffnen oder eine Markdown-Datei auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation>%1, Zeilen %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n procedure(s)</source>
        <translation>
            <numerusform>%1 — %n Ablauf</numerusform>
            <numerusform>%1 — %n Abläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 → backup of %2</source>
        <translation>%1 → Sicherung aus %2</translation>
    </message>
    <message>
        <source>GATE (2 people)</source>
        <translation>FREIGABE (2 Personen)</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>FREIGABE</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>GATE%1: %2</source>
        <translation>FREIGABE%1: %2</translation>
    </message>
    <message>
        <source> (a second person confirms)</source>
        <translation> (eine zweite Person bestätigt)</translation>
    </message>
    <message>
        <source>Done by hand: %1</source>
        <translation>Von Hand auszuführen: %1</translation>
    </message>
    <message>
        <source>Alternatives: %1 — this machine runs “%2”</source>
        <translation>Alternativen: %1 — dieser Rechner führt „%2“ aus</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Decision matrices: %1; objective tables: %2; templates: %3</source>
        <translation>Entscheidungsmatrizen: %1; Tabellen mit RTO/RPO: %2; Vorlagen: %3</translation>
    </message>
    <message>
        <source>— not run here (%1):</source>
        <translation>— läuft hier nicht (%1):</translation>
    </message>
    <message>
        <source>%1 (unreadable; last reading shown)</source>
        <translation>%1 (nicht lesbar; zuletzt gelesener Stand)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n Schritt</numerusform>
            <numerusform>%1 — %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The file can no longer be read (%2); this is its last good reading.</source>
        <translation>%1
Die Datei ist nicht mehr lesbar (%2); dies ist ihr zuletzt gelesener Stand.</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Braucht: %1</translation>
    </message>
    <message>
        <source>Needs: %1 — a backup of set %2, picked from the inventory</source>
        <translation>Braucht: %1 — eine Sicherung der Gruppe %2, aus dem Bestand gewählt</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Runs first, as an earlier step of the block set it:
%1</source>
        <translation>Läuft zuerst, weil ein früherer Schritt des Blocks es gesetzt hat:
%1</translation>
    </message>
    <message>
        <source>Start &amp;guided rollback…</source>
        <translation>&amp;Geführten Rollback starten…</translation>
    </message>
    <message>
        <source>Walk through this procedure step by step, with its gates (Ctrl+G)</source>
        <translation>Diesen Ablauf Schritt für Schritt durchgehen, mit seinen Freigaben (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>qd::Sandbox</name>
    <message>
        <source>could not create the sandbox folder: %1</source>
        <translation>Sandbox-Ordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the sandbox profile is missing from the resources</source>
        <translation>das Sandbox-Profil fehlt in den Ressourcen</translation>
    </message>
    <message>
        <source>could not open a loopback port for the %1 service</source>
        <translation>Loopback-Port für den Dienst %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>could not write the sandbox profile: %1</source>
        <translation>Sandbox-Profil konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Drill: %1 now %2</source>
        <translation>Übung: %1 %2</translation>
    </message>
    <message>
        <source>Drill: the bot&apos;s heartbeat beats again</source>
        <translation>Übung: der Heartbeat des Bots schlägt wieder</translation>
    </message>
    <message>
        <source>Drill: the bot&apos;s heartbeat stopped</source>
        <translation>Übung: der Heartbeat des Bots ist angehalten</translation>
    </message>
    <message>
        <source>answers healthy</source>
        <translation>antwortet fehlerfrei</translation>
    </message>
    <message>
        <source>answers 503</source>
        <translation>antwortet mit 503</translation>
    </message>
    <message>
        <source>accepts and never answers</source>
        <translation>nimmt an und antwortet nie</translation>
    </message>
    <message>
        <source>answers slowly</source>
        <translation>antwortet langsam</translation>
    </message>
    <message>
        <source>trickles its answer</source>
        <translation>antwortet tröpfchenweise</translation>
    </message>
    <message>
        <source>answers the wrong body</source>
        <translation>antwortet mit falschem Body</translation>
    </message>
    <message>
        <source>redirects</source>
        <translation>leitet um</translation>
    </message>
    <message>
        <source>stopped listening</source>
        <translation>lauscht nicht mehr</translation>
    </message>
    <message>
        <source>could not write the sandbox runbook: %1</source>
        <translation>Sandbox-Runbook konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>could not open a loopback port for the sandbox chat</source>
        <translation>für den Sandbox-Chat konnte kein Loopback-Port geöffnet werden</translation>
    </message>
</context>
<context>
    <name>qd::SandboxBackups</name>
    <message>
        <source>could not write the sandbox backup %1: %2</source>
        <translation>Sandbox-Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Drill: a byte in the middle of %1 was flipped</source>
        <translation>Übung: ein Byte in der Mitte von %1 wurde verfälscht</translation>
    </message>
    <message>
        <source>Drill: %1 was deleted</source>
        <translation>Übung: %1 wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>qd::SandboxDeploy</name>
    <message>
        <source>git is not installed</source>
        <translation>git ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot write %1/VERSION</source>
        <translation>%1/VERSION kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the sandbox&apos;s scripts in %1</source>
        <translation>die Skripte der Sandbox in %1 können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Drill: the deploy drill needs git, which did not work here</source>
        <translation>Übung: die Deployment-Übung braucht git, das hier nicht funktioniert hat</translation>
    </message>
    <message>
        <source>Drill: the bad deploy failed: %1</source>
        <translation>Übung: das fehlerhafte Deployment ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Drill: trade 2.4.1 deployed; it answers 503. Roll it back with the runbook&apos;s Bad Deploy Rollback (Ctrl+G).</source>
        <translation>Übung: trade 2.4.1 ausgerollt; es antwortet mit 503. Mit „Bad Deploy Rollback“ aus dem Runbook zurückrollen (Ctrl+G).</translation>
    </message>
</context>
<context>
    <name>qd::Secrets</name>
    <message>
        <source>no keychain is configured</source>
        <translation>kein Schlüsselbund eingerichtet</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>qd::ServiceState</name>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>qd::ServiceStatus</name>
    <message>
        <source>failure %1 of %2 before Down: %3</source>
        <translation>Fehlschlag %1 von %2 bis „Ausgefallen“: %3</translation>
    </message>
</context>
<context>
    <name>qd::ServiceTableModel</name>
    <message numerus="yes">
        <source>%n consecutive failure(s); Down after %1</source>
        <translation>
            <numerusform>%n Fehlschlag in Folge; „Ausgefallen“ ab %1</numerusform>
            <numerusform>%n Fehlschläge in Folge; „Ausgefallen“ ab %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Degraded above %1 ms</source>
        <translation>Beeinträchtigt über %1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>qd::SqlChecker</name>
    <message>
        <source>cannot connect to %1 (%2@%3:%4): %5</source>
        <translation>keine Verbindung zu %1 (%2@%3:%4): %5</translation>
    </message>
    <message>
        <source>… %1 rows in all</source>
        <translation>… insgesamt %1 Zeilen</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(keine Zeilen)</translation>
    </message>
    <message>
        <source>expected 0, found %1</source>
        <translation>erwartet 0, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>qd::SqliteStore</name>
    <message>
        <source>the SQLite driver of Qt is not installed (libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: cannot lock it to check its schema: %2</source>
        <translation>%1: kann nicht gesperrt werden, um das Schema zu prüfen: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Quarterdeck (schema %2; this one knows up to %3). It was left untouched: use the newer version, or another data folder.</source>
        <translation>%1 wurde von einem neueren Quarterdeck geschrieben (Schema %2; dieses kennt bis %3). Die Datei blieb unverändert: die neuere Version verwenden oder einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>%1: migration %2 failed: %3</source>
        <translation>%1: Migration %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: cannot commit its schema: %2</source>
        <translation>%1: das Schema kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>Declared %1 (%2): %3</source>
        <translation>Gemeldet %1 (%2): %3</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>kein Vorfall %1</translation>
    </message>
    <message>
        <source>update #%1 has been published already; this one would be #%2</source>
        <translation>Statusmeldung #%1 ist schon veröffentlicht; diese wäre #%2</translation>
    </message>
</context>
<context>
    <name>qd::StepRunner</name>
    <message>
        <source>step %1 is SQL: it runs against the profile&apos;s database in the verification, not in a shell</source>
        <translation>Schritt %1 ist SQL: er läuft bei der Überprüfung gegen die Datenbank des Profils, nicht in einer Shell</translation>
    </message>
    <message>
        <source>step %1 is done by hand: mark it done when it is</source>
        <translation>Schritt %1 wird von Hand erledigt: als erledigt markieren, sobald er es ist</translation>
    </message>
    <message>
        <source>step %1 needs a value for %2</source>
        <translation>Schritt %1 braucht einen Wert für %2</translation>
    </message>
    <message>
        <source>step %1 cannot run as planned: %2</source>
        <translation>Schritt %1 kann nicht wie geplant laufen: %2</translation>
    </message>
    <message>
        <source>step %1 is gated, and the profile names no environment to type at the gate</source>
        <translation>Schritt %1 braucht eine Freigabe, aber das Profil nennt keine Umgebung, die dafür einzutippen wäre</translation>
    </message>
    <message>
        <source>step %1 is gated: type %2 to unlock it</source>
        <translation>Schritt %1 braucht eine Freigabe: %2 eintippen, um ihn freizuschalten</translation>
    </message>
    <message>
        <source>step %1 is gated: &apos;%2&apos; was typed, not %3</source>
        <translation>Schritt %1 braucht eine Freigabe: eingetippt wurde &apos;%2&apos;, nicht %3</translation>
    </message>
    <message>
        <source>step %1 is gated: the confirmation does not say who gave it</source>
        <translation>Schritt %1 braucht eine Freigabe: die Bestätigung sagt nicht, wer sie gegeben hat</translation>
    </message>
    <message>
        <source>step %1 changed after it was confirmed: confirm it again</source>
        <translation>Schritt %1 hat sich nach der Bestätigung geändert: erneut bestätigen</translation>
    </message>
    <message>
        <source>step %1 needs a second person to confirm it, someone other than %2</source>
        <translation>Schritt %1 muss eine zweite Person bestätigen, jemand anderes als %2</translation>
    </message>
    <message>
        <source>another step is still running</source>
        <translation>ein anderer Schritt läuft noch</translation>
    </message>
</context>
<context>
    <name>qd::StepsPage</name>
    <message>
        <source>[… %1 characters not shown here; the step&apos;s record keeps them]
</source>
        <translation>[… %1 Zeichen hier nicht angezeigt; das Protokoll des Schritts enthält sie]
</translation>
    </message>
    <message>
        <source>Succeeded: exit 0 after %1</source>
        <translation>Erfolgreich: Exit-Code 0 nach %1</translation>
    </message>
    <message>
        <source>Failed: exit %1 after %2</source>
        <translation>Fehlgeschlagen: Exit-Code %1 nach %2</translation>
    </message>
    <message>
        <source>Failed: crashed after %1</source>
        <translation>Fehlgeschlagen: nach %1 abgestürzt</translation>
    </message>
    <message>
        <source>Timed out after %1: stopped</source>
        <translation>Timeout nach %1: gestoppt</translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation>Nach %1 abgebrochen</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Gate: this step is destructive</source>
        <translation>Freigabe: dieser Schritt ist destruktiv</translation>
    </message>
    <message>
        <source>Second person, who checked the command:</source>
        <translation>Zweite Person, die den Befehl geprüft hat:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>&amp;Cancel step</source>
        <translation>Schritt a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>&amp;Trotzdem fortfahren</translation>
    </message>
    <message>
        <source>&amp;Abort the procedure</source>
        <translation>Ab&amp;lauf abbrechen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>One step at a time. What runs is exactly the command shown.</source>
        <translation>Ein Schritt nach dem anderen. Ausgeführt wird genau der angezeigte Befehl.</translation>
    </message>
    <message>
        <source>Output appears here as the step runs.</source>
        <translation>Die Ausgabe erscheint hier, während der Schritt läuft.</translation>
    </message>
    <message>
        <source>Reason or note, for Skip, Mark done and Continue anyway (recorded)</source>
        <translation>Grund oder Notiz für „Überspringen“, „Als erledigt markieren“ und „Trotzdem fortfahren“ (wird festgehalten)</translation>
    </message>
    <message>
        <source>Run this step (Ctrl+Enter)</source>
        <translation>Diesen Schritt ausführen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Dry run: nothing ran. This is what Run would start with bash -c, in %1:

%2</source>
        <translation>Probelauf: nichts wurde ausgeführt. Das würde „Ausführen“ mit bash -c starten, in %1:

%2</translation>
    </message>
    <message>
        <source>Dry run recorded.</source>
        <translation>Probelauf festgehalten.</translation>
    </message>
    <message>
        <source>  [gate]</source>
        <translation>  [Freigabe]</translation>
    </message>
    <message>
        <source>  [check]</source>
        <translation>  [Prüfung]</translation>
    </message>
    <message>
        <source>SQL, run at the verification</source>
        <translation>SQL, läuft bei der Überprüfung</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 of %2: %3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4, line %5)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Schritt %1 von %2: %3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4, Zeile %5)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Type %1 to unlock Run</source>
        <translation>%1 eintippen, um „Ausführen“ freizuschalten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Running… Cancel ends the step and everything it started.</source>
        <translation>Läuft… „Schritt abbrechen“ beendet den Schritt und alles, was er gestartet hat.</translation>
    </message>
    <message>
        <source>Another step is running.</source>
        <translation>Ein anderer Schritt läuft.</translation>
    </message>
    <message>
        <source>Outcome unknown: the console stopped while this step ran, and it may have gone on without it. Check what it did before going on: Retry, Mark done once checked (say what you found), or Skip.</source>
        <translation>Ergebnis unbekannt: die Konsole wurde beendet, während dieser Schritt lief, und er ist vielleicht ohne sie weitergelaufen. Vor dem Weitermachen prüfen, was er getan hat: „Erneut versuchen“, nach der Prüfung „Als erledigt markieren“ (mit dem Befund) oder „Überspringen“.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>Done by hand.</source>
        <translation>Von Hand erledigt.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Bereit zur Ausführung.</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
</context>
<context>
    <name>qd::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Finish records this on the incident&apos;s timeline.</source>
        <translation>„Abschließen“ hält dies in der Zeitleiste des Vorfalls fest.</translation>
    </message>
    <message>
        <source>Recovered and verified</source>
        <translation>Wiederhergestellt und überprüft</translation>
    </message>
    <message>
        <source>Recovered and verified, with steps that did not succeed</source>
        <translation>Wiederhergestellt und überprüft, mit nicht erfolgreichen Schritten</translation>
    </message>
    <message>
        <source>Ended without a green verification</source>
        <translation>Beendet ohne grüne Überprüfung</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>not measured: no incident</source>
        <translation>nicht gemessen: kein Vorfall</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 seit der %2</translation>
    </message>
    <message>
        <source>no RTO stated for it</source>
        <translation>kein RTO dafür angegeben</translation>
    </message>
    <message>
        <source>RTO %1 (%2)</source>
        <translation>RTO %1 (%2)</translation>
    </message>
    <message>
        <source>within the RTO of %1 (%2)</source>
        <translation>innerhalb des RTO von %1 (%2)</translation>
    </message>
    <message>
        <source>OVER the RTO of %1 (%2)</source>
        <translation>ÜBER dem RTO von %1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2: %3 steps ran (%4 failed), %5 skipped, %6 done by hand. Recovery time %7, %8.</source>
        <translation>%1. %2: %3 Schritte ausgeführt (%4 fehlgeschlagen), %5 übersprungen, %6 von Hand erledigt. Wiederherstellungszeit %7, %8.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:%1&apos;&gt;%2&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;Steps run&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; (%5 failed)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Skipped&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Done by hand&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Recovery time&lt;/td&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Objective&lt;/td&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3 style=&apos;color:%1&apos;&gt;%2&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;Ausgeführte Schritte&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; (%5 fehlgeschlagen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Übersprungen&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Von Hand erledigt&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wiederherstellungszeit&lt;/td&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ziel&lt;/td&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Rollback finished: %1</source>
        <translation>Rollback beendet: %1</translation>
    </message>
</context>
<context>
    <name>qd::TarVerifier</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>not enough memory to read the archive</source>
        <translation>nicht genug Speicher zum Lesen des Archivs</translation>
    </message>
    <message>
        <source>not a readable tar archive: %1</source>
        <translation>kein lesbares tar-Archiv: %1</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>damaged after member %1: %2</source>
        <translation>beschädigt nach Eintrag %1: %2</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; cannot be read to its end: %2</source>
        <translation>Eintrag &apos;%1&apos; kann nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <source>the archive holds no members</source>
        <translation>das Archiv enthält keine Einträge</translation>
    </message>
    <message>
        <source>truncated: the archive ends after member %1 without tar&apos;s end-of-archive blocks</source>
        <translation>abgeschnitten: das Archiv endet nach Eintrag %1 ohne die Endblöcke von tar</translation>
    </message>
</context>
<context>
    <name>qd::TcpProbe</name>
    <message>
        <source>connected to %1:%2</source>
        <translation>verbunden mit %1:%2</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>no connection within %1 (timeout)</source>
        <translation>keine Verbindung innerhalb von %1 (Timeout)</translation>
    </message>
</context>
<context>
    <name>qd::TemplateRenderer</name>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
</context>
<context>
    <name>qd::TimelineModel</name>
    <message>
        <source>%1 local, %2 UTC</source>
        <translation>%1 Ortszeit, %2 UTC</translation>
    </message>
    <message>
        <source>recorded %1 UTC</source>
        <translation>festgehalten %1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>qd::TriagePage</name>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Pick what is wrong from the runbook&apos;s decision matrix to see the procedures it recommends, or pick any procedure directly.</source>
        <translation>In der Entscheidungsmatrix des Runbooks wählen, was kaputt ist, um die empfohlenen Abläufe zu sehen, oder direkt einen beliebigen Ablauf wählen.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rollback type</source>
        <translation>Rollback-Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drill&lt;/b&gt;: nothing is recorded against a real incident.</source>
        <translation>&lt;b&gt;Übung&lt;/b&gt;: nichts wird bei einem echten Vorfall festgehalten.</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1 %2&lt;/b&gt;: %3 (%4)</source>
        <translation>Für &lt;b&gt;%1 %2&lt;/b&gt;: %3 (%4)</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>No procedure chosen yet.</source>
        <translation>Noch kein Ablauf gewählt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;When: %1</source>
        <translation>&lt;br&gt;Wann: %1</translation>
    </message>
    <message>
        <source>recommended for: %1 (%2)</source>
        <translation>empfohlen für: %1 (%2)</translation>
    </message>
    <message>
        <source>A step is still running: go to the Steps page and let it finish (or cancel it) before choosing another procedure.</source>
        <translation>Ein Schritt läuft noch: erst auf der Seite Schritte fertig laufen lassen (oder abbrechen), dann einen anderen Ablauf wählen.</translation>
    </message>
</context>
<context>
    <name>qd::UpdateComposerDialog</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation>In die Zwischen&amp;ablage kopieren</translation>
    </message>
    <message>
        <source>Write to a &amp;file:</source>
        <translation>In eine &amp;Datei schreiben:</translation>
    </message>
    <message>
        <source>&amp;Publish update #%1</source>
        <translation>Statusmeldung #%1 &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Status update #%1 — %2</source>
        <translation>Statusmeldung #%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>/path/to/update.md</source>
        <translation>/pfad/zur/statusmeldung.md</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Text (Markdown; fill what is marked):</source>
        <translation>Text (Markdown; Markiertes ausfüllen):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>Webhooks for this audience (token from the keychain):</source>
        <translation>Webhooks für diese Zielgruppe (Token aus dem Schlüsselbund):</translation>
    </message>
    <message>
        <source>Deliveries:</source>
        <translation>Zustellungen:</translation>
    </message>
    <message>
        <source>This template cannot be read: %1</source>
        <translation>Diese Vorlage ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Everything is filled.</source>
        <translation>Alles ist ausgefüllt.</translation>
    </message>
    <message>
        <source>Still to fill (%1): %2</source>
        <translation>Noch auszufüllen (%1): %2</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1 (extern)</translation>
    </message>
    <message>
        <source>(none in the profile for %1)</source>
        <translation>(keine im Profil für %1)</translation>
    </message>
    <message>
        <source>Write the update to</source>
        <translation>Statusmeldung speichern unter</translation>
    </message>
    <message>
        <source>Update #%1 goes to %2%3. A sent post cannot be taken back.</source>
        <translation>Statusmeldung #%1 geht an die Zielgruppe „%2“%3. Eine gesendete Nachricht lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source> through %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>Some fields are still unfilled (marked).</source>
        <translation>Einige Felder sind noch nicht ausgefüllt (markiert).</translation>
    </message>
    <message>
        <source>Publish update #%1?</source>
        <translation>Statusmeldung #%1 veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Update #%1 published</source>
        <translation>Statusmeldung #%1 veröffentlicht</translation>
    </message>
    <message>
        <source>Update #%1 recorded on the timeline%2</source>
        <translation>Statusmeldung #%1 in der Zeitleiste festgehalten%2</translation>
    </message>
    <message>
        <source> and copied</source>
        <translation> und kopiert</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;erneut senden</translation>
    </message>
    <message>
        <source>Store the selected webhook&apos;s token in the keychain</source>
        <translation>Token des ausgewählten Webhooks im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Post this update again to the webhooks it did not reach</source>
        <translation>Diese Statusmeldung erneut an die Webhooks senden, die sie nicht erreicht hat</translation>
    </message>
    <message>
        <source>%1: token stored in the keychain</source>
        <translation>%1: Token im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>%1: token kept for this session only (%2)</source>
        <translation>%1: Token gilt nur für diese Sitzung (%2)</translation>
    </message>
    <message>
        <source>Select a webhook first.</source>
        <translation>Zuerst einen Webhook auswählen.</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>The token for %1 (stored in the keychain, never shown again):</source>
        <translation>Das Token für %1 (wird im Schlüsselbund gespeichert und nie wieder angezeigt):</translation>
    </message>
    <message>
        <source>Update #%1 was published meanwhile: this one is #%2</source>
        <translation>Statusmeldung #%1 wurde inzwischen veröffentlicht: diese ist #%2</translation>
    </message>
    <message>
        <source>Recording update #%1…</source>
        <translation>Statusmeldung #%1 wird festgehalten…</translation>
    </message>
    <message>
        <source>Discard update #%1?</source>
        <translation>Statusmeldung #%1 verwerfen?</translation>
    </message>
    <message>
        <source>It has not been published; what you typed will be lost.</source>
        <translation>Sie ist nicht veröffentlicht; was Sie geschrieben haben, geht verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Check the text for the number before publishing it as #%1.</source>
        <translation>Prüfen Sie die Nummer im Text, bevor Sie sie als #%1 veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>qd::UpdatePublisher</name>
    <message>
        <source>%1: attempt %2 failed (%3); retrying in %4 s</source>
        <translation>%1: Versuch %2 fehlgeschlagen (%3); neuer Versuch in %4 s</translation>
    </message>
    <message>
        <source>Update #%1 posted to %2</source>
        <translation>Statusmeldung #%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>Update #%1 posted to %2 on attempt %3</source>
        <translation>Statusmeldung #%1 im %3. Versuch an %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Update #%1 NOT posted to %2: %3 (%n attempt(s))</source>
        <translation>
            <numerusform>Statusmeldung #%1 NICHT an %2 gesendet: %3 (%n Versuch)</numerusform>
            <numerusform>Statusmeldung #%1 NICHT an %2 gesendet: %3 (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>no incident to publish the update for</source>
        <translation>kein Vorfall, für den die Statusmeldung veröffentlicht werden kann</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Update #%1 published to %2 (%3): %4</source>
        <translation>Statusmeldung #%1 an %2 veröffentlicht (%3): %4</translation>
    </message>
    <message>
        <source>recorded only</source>
        <translation>nur festgehalten</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message>
        <source>Update #%1 NOT posted to %2: no token in the keychain (%3)</source>
        <translation>Statusmeldung #%1 NICHT an %2 gesendet: kein Token im Schlüsselbund (%3)</translation>
    </message>
    <message>
        <source>Update #%1 NOT written to %2: %3</source>
        <translation>Statusmeldung #%1 NICHT in %2 geschrieben: %3</translation>
    </message>
    <message>
        <source>Update #%1 NOT recorded (%2): nothing was sent</source>
        <translation>Statusmeldung #%1 NICHT festgehalten (%2): nichts wurde gesendet</translation>
    </message>
</context>
<context>
    <name>qd::VerificationPage</name>
    <message>
        <source>Accept as it is, though not everything is green</source>
        <translation>So akzeptieren, obwohl nicht alles grün ist</translation>
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Run the &amp;SQL checks</source>
        <translation>SQL-Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>The profile&apos;s health and heartbeat checks, live: all of them must be green.</source>
        <translation>Die Health- und Heartbeat-Prüfungen des Profils, live: alle müssen grün sein.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Why (recorded)</source>
        <translation>Warum (wird festgehalten)</translation>
    </message>
    <message>
        <source>Check &amp;now (F5)</source>
        <translation>&amp;Jetzt prüfen (F5)</translation>
    </message>
    <message>
        <source>SQL checks</source>
        <translation>SQL-Prüfungen</translation>
    </message>
    <message>
        <source>The password was refused: type it again.</source>
        <translation>Das Passwort wurde abgelehnt: bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>%1 of %2 SQL checks as expected.</source>
        <translation>%1 von %2 SQL-Prüfungen wie erwartet.</translation>
    </message>
    <message>
        <source>SQL checks: %1 of %2 as expected</source>
        <translation>SQL-Prüfungen: %1 von %2 wie erwartet</translation>
    </message>
    <message>
        <source>SQL checks could not run: %1</source>
        <translation>SQL-Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <source>The keychain has no password for it yet: type it once.</source>
        <translation>Der Schlüsselbund hat noch kein Passwort dafür: bitte einmal eingeben.</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the password is kept for this session only, never written anywhere.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1): das Passwort gilt nur für diese Sitzung und wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>It could not be kept in the keychain (%1): kept for this session only.</source>
        <translation>Es konnte nicht im Schlüsselbund gespeichert werden (%1): es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The procedure has no SQL checks.</source>
        <translation>Der Ablauf hat keine SQL-Prüfungen.</translation>
    </message>
    <message>
        <source>Run these checks by hand.</source>
        <translation>Diese Prüfungen von Hand ausführen.</translation>
    </message>
    <message>
        <source>The profile names no database: run these checks by hand, or add one under databases:.</source>
        <translation>Das Profil nennt keine Datenbank: diese Prüfungen von Hand ausführen oder eine unter databases: eintragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) against %1; the password comes from the keychain.</source>
        <translation>
            <numerusform>%n Prüfung gegen %1; das Passwort kommt aus dem Schlüsselbund.</numerusform>
            <numerusform>%n Prüfungen gegen %1; das Passwort kommt aus dem Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password of %1 on %2</source>
        <translation>Passwort für %1 auf %2</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Schlüsselbund wird abgefragt…</translation>
    </message>
    <message>
        <source>Running the SQL checks against %1…</source>
        <translation>SQL-Prüfungen laufen gegen %1…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Heartbeats</source>
        <translation>Heartbeats</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>expects 0</source>
        <translation>erwartet 0</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;All %1 checks green.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Alle %1 Prüfungen grün.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;%1 of %2 checks green.&lt;/b&gt; Waiting for the rest…</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;%1 von %2 Prüfungen grün.&lt;/b&gt; Warten auf den Rest…</translation>
    </message>
    <message>
        <source>Verification: %1 of %2 checks green</source>
        <translation>Überprüfung: %1 von %2 Prüfungen grün</translation>
    </message>
    <message>
        <source>; accepted as it is: %1</source>
        <translation>; so akzeptiert: %1</translation>
    </message>
</context>
<context>
    <name>qd::WebhookSender</name>
    <message>
        <source>the webhook address is not an http(s) URL: %1</source>
        <translation>die Webhook-Adresse ist keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>the webhook address has a {token} placeholder but no token was given</source>
        <translation>die Webhook-Adresse enthält den Platzhalter {token}, aber es wurde kein Token angegeben</translation>
    </message>
    <message>
        <source>the webhook token contains a line break or another control character</source>
        <translation>das Webhook-Token enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>HTTP %1 but the answer was not complete within %2</source>
        <translation>HTTP %1, aber die Antwort war nicht innerhalb von %2 vollständig</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection closed before an answer</source>
        <translation>Verbindung vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (redirect not followed)</source>
        <translation>%1 (Weiterleitung nicht gefolgt)</translation>
    </message>
    <message>
        <source>%1 (redirect to %2 not followed)</source>
        <translation>%1 (Weiterleitung zu %2 nicht gefolgt)</translation>
    </message>
    <message>
        <source>%1; not retried: the webhook address has moved</source>
        <translation>%1; nicht erneut versucht: die Webhook-Adresse hat sich geändert</translation>
    </message>
    <message>
        <source>%1; not retried: the webhook would refuse it again</source>
        <translation>%1; nicht erneut versucht: der Webhook würde die Anfrage wieder ablehnen</translation>
    </message>
</context>
</TS>
