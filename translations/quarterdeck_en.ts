<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>StepPlanner</name>
    <message>
        <source>%1 is a secret and would be written into the here-document as text; the runbook must use a $VARIABLE there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for %1 has a line break, which could end the here-document it goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for %1 has a line break, which would end the comment it goes into and run the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands where bash would read its value as code or arithmetic ($((…)), [[…]], `…`, ${…} with operators, let, an array subscript); edit the runbook to use it as a plain argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands where bash would read a value again as code or arithmetic ($&apos;…&apos;, $((…)), [[…]], `…`, ${…} with operators, let, an array subscript, a case inside $(…)); Quarterdeck puts no value there: edit the runbook to use a plain argument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a backup of set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (the bundled rules are used without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 procedures, %2 steps (%3 commands, %4 instructions, %5 checklist items), %6 gated, %7 placeholders, %8 templates, %9 decision matrices, %10 objectives tables
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  (lines %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     when: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1. [%2] %3  (line %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        alternatives: %1; runs: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        by hand: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        GATE%1: %2 [%3]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (two people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        placeholders: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 at line %2 (%3): %4; %5 rows
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  objectives:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: RTO %2, RPO %3  (line %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  template at line %1: %2; fields: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: warning: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     caution: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        runs first (set earlier in the block): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident is open; declare one: quarterdeck incident declare TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents are open; say which with --incident ID (quarterdeck incident list)</source>
        <translation>
            <numerusform>%n incident is open; say which with --incident ID (quarterdeck incident list)</numerusform>
            <numerusform>%n incidents are open; say which with --incident ID (quarterdeck incident list)</numerusform>
        </translation>
    </message>
    <message>
        <source>no incident %1 (quarterdeck incident list --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 fits %n incidents; give more of the id</source>
        <translation>
            <numerusform>%1 fits %n incident; give more of the id</numerusform>
            <numerusform>%1 fits %n incidents; give more of the id</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a severity; expected SEV1 to SEV4 (or critical, high, medium, low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1 %2 (%3)%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incidents (--all lists resolved ones too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  id %1, declared %2 by %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; expected HH:MM (today, local) or an ISO time like 2026-11-22T14:02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files are kept up to %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 MB; evidence files are kept up to that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; expected investigating, identified, monitoring or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field &apos;%1&apos;; the fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Action items:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Timeline:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>      + %1, %n bytes, SHA-256 %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  caution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3  [%4, line %5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GATE (%1, two people): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GATE (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  MISSING: %1 (give --param KEY=VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; fits %3 procedures; say which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no procedure is called &apos;%2&apos;; the procedures are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param %1: the procedure has no such placeholder; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet (shown as «field»): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;; say --format md, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format; expected md, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF needs a file: -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ActionItem</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ActionItemModel</name>
    <message>
        <source>An action item needs an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date &quot;%1&quot;: expected YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Application</name>
    <message>
        <source>Checking every service now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile with Ctrl+O, or start with --sandbox to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n service(s)</source>
        <translation>
            <numerusform>Loaded %1: %n service</numerusform>
            <numerusform>Loaded %1: %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox drill: trade service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders not reaching the exchange; trade service refuses connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sandbox traders (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade service stopped answering; the data feed slowed and strategy returned 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill: the sandbox stopped the service on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when the trade port stops answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided rollback (%1) was interrupted: Ctrl+G takes it up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile first: the rollback runs against its environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: guided rollback on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident is open: declaring a drill for the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted rollback used %1, which this profile does not have: starting afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take up the interrupted rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade was stopped by the drill; orders queue but are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Rolled trade back to 2.4.0 with the guided rollback
- Verified health, heartbeat and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the order queue drain; close the drill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupAnalyzer</name>
    <message>
        <source>%1 has no timestamp in its name; its age comes from the file&apos;s modification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 old, past the retention of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, much smaller than its neighbours (about %3): a dump that succeeded with nothing in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3, for a backup every %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup for %1, for a backup every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup of %1 at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no good backup of %1: every one is empty or corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest good backup of %1 is %2 old; the RPO is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since it was first verified; a backup should never change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are past the retention of %1; the oldest, %2, is %3 old</source>
        <translation>
            <numerusform>%n backup is past the retention of %1; the oldest, %2, is %3 old</numerusform>
            <numerusform>%n backups are past the retention of %1; the oldest, %2, is %3 old</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is stamped %2 in the future; it is not counted as a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupBadgeBar</name>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings. Click for the Backups tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupInventory</name>
    <message>
        <source>  (RPO %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ← newest good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no backup sets.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupManifest</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since it was verified OK on %1: its SHA-256 is no longer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not saved: the existing file could not be read, and it is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup manifest in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup manifest cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupPattern</name>
    <message>
        <source>the pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern names files inside the folder; it must not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;}&apos; without a matching &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty &apos;{}&apos;; expected a timestamp such as {YYYYMMDD}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown timestamp part &apos;%1&apos; in {%2}; expected YYYY, MM, DD, HH, MM, SS or epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} cannot be combined with date or time parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month needs its year (YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day needs its month (MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time needs a full date (YYYY, MM, DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes need their hour (HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds need their minutes (MM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupScanner</name>
    <message>
        <source>the pattern &apos;%1&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be read (permission denied on a folder above it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupTreeModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest good %1 ago (no RPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO BREACHED: %1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO met: %1 ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamp in the name: the time is the file&apos;s modification time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ← newest good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set / backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corrupt backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspiciously small backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup from the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ← newest, not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but changed since first verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupVerifier</name>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream is intact, but the tar archive inside is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream is intact; a custom-format dump inside gzip cannot be read by pg_restore to check its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verifier for %1 data that is not a tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read to the end</source>
        <translation>
            <numerusform>%n member read to the end</numerusform>
            <numerusform>%n members read to the end</numerusform>
        </translation>
    </message>
    <message>
        <source>no verifier for parquet files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without a dump tool&apos;s header: cannot tell whether it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verifier for this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) verified</source>
        <translation>
            <numerusform>%n file verified</numerusform>
            <numerusform>%n files verified</numerusform>
        </translation>
    </message>
    <message>
        <source>not found: it was removed after the folder was listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream is intact, but the dump inside is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 cannot be checked (no verifier), e.g. %2</source>
        <translation>
            <numerusform>%n file of %1 cannot be checked (no verifier), e.g. %2</numerusform>
            <numerusform>%n files of %1 cannot be checked (no verifier), e.g. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the table of contents of a pg_dump directory archive: verify its whole folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pg_dump file of format %1, which is not a custom-format archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupsCommand</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the verdicts reached before the signal are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::BackupsWidget</name>
    <message>
        <source>&amp;Verify selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup sets and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected backups again, to the end (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no backup sets. Add a &lt;tt&gt;backups:&lt;/tt&gt; section to the profile (a name, a folder, a file pattern such as &lt;tt&gt;db_{YYYYMMDD}_{HHMMSS}.sql.gz&lt;/tt&gt;, the component it protects and the expected interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n backup(s), %1…</source>
        <translation>
            <numerusform>Verifying %n backup, %1…</numerusform>
            <numerusform>Verifying %n backups, %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) verified.</source>
        <translation>
            <numerusform>%n backup verified.</numerusform>
            <numerusform>%n backups verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify every backup that is new or has changed since it was last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corrupt or unchecked backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup is already verified in its current form; select backups and press “Verify selected” to read them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::CheckRound</name>
    <message>
        <source>%1%2 — checked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (PRODUCTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat %1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::CommandProbe</name>
    <message>
        <source>could not check: the command did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit 0: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish within %1 (timeout); stopped it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::DashboardWidget</name>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services by name, target or message (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only services that are not Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of %1, last hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::DeclareIncidentDialog</name>
    <message>
        <source>A drill, not a real incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in a few words: “Trade service down”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::DestructiveClassifier</name>
    <message>
        <source>expected a &apos;rules&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each rule must be a mapping with id, match and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 (at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runner; expected bash, pwsh or sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;words&apos; must be a list of words made of letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Duration</name>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::EnvironmentBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands run from this console act on live systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile on disk has %n error(s); the console keeps running the last good version.</source>
        <translation>
            <numerusform>The profile on disk has %n error; the console keeps running the last good version.</numerusform>
            <numerusform>The profile on disk has %n errors; the console keeps running the last good version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile has %n error(s) and could not be loaded.</source>
        <translation>
            <numerusform>The profile has %n error and could not be loaded.</numerusform>
            <numerusform>The profile has %n errors and could not be loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qd::GzipVerifier</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends inside the header of member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 is not compressed with deflate (method %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header of member %1 has reserved flags set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header checksum of member %1 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends inside the trailer of member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends inside the compressed data of member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRC or length in the trailer of member %1 does not match its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing garbage after the last gzip member, at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zero bytes of padding follow the last member; ignored, as gzip does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid compressed data in member %1 (which starts at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no ISA-L; verify with zlib instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Heartbeat</name>
    <message>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::HeartbeatModel</name>
    <message>
        <source>warn %1 · critical %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last beat is in the future: the clocks disagree, or the time was written without a zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::HeartbeatReader</name>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no modification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timestamp in the last %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a heartbeat file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::HttpProbe</name>
    <message>
        <source>no answer within %1 (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>answer incomplete after %1 (HTTP %2, %n byte(s) received)</source>
        <translation>
            <numerusform>answer incomplete after %1 (HTTP %2, %n byte received)</numerusform>
            <numerusform>answer incomplete after %1 (HTTP %2, %n bytes received)</numerusform>
        </translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from https to http refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redirect to %2 not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 but the body does not contain &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 but the body does not match /%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Incident</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentCapture</name>
    <message>
        <source>%1: %2 → %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heartbeat stale: last beat %2 ago (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heartbeat recovered: last beat %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last beat is %1 in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no beat read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heartbeat cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 verified OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 verified OK (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed verification: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 could not be verified: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest good backup of %1 is within the RPO again: %2 old; the RPO is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a good backup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer reported corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer reported empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer reported changed since it was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: newest good %2 UTC%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none that could restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups at declaration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentChange</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident field named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (expected ISO 8601, e.g. 2026-11-22T14:02:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared: an incident always has a declaration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action item needs an id and an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item added: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item changed: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incident needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Commander: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentEditor</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times (local; type 14:02 or 2026-11-22 14:02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (saved when you leave a field or pause typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time; type 14:02, or 2026-11-22 14:02 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared: an incident always has a declaration time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date &quot;%1&quot;: expected YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentField</name>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentListModel</name>
    <message>
        <source>[drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentService</name>
    <message>
        <source>the incident store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident was not declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files are kept up to %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::IncidentWidget</name>
    <message>
        <source>Incident status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key event (for the post-mortem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer a key event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the timeline — Enter records it; start with a time (14:02 …) for when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Investigating; the reopening is recorded on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to keep with the next note as evidence (copied into the incident store, with their SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident yet. Declare one with Incident › Declare (Ctrl+I), or from a terminal: quarterdeck incident declare &quot;Trade service down&quot; --severity SEV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the next note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the next note:
%1
Click to drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose and publish a status update (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-&amp;mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 due in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 overdue by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Ctrl+U to compose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; using the bundled one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::LatencyChartWidget</name>
    <message>
        <source>latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::MainWindow</name>
    <message>
        <source>Quarterdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an environment profile with Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check All Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quarterdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;ng (accept, never answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slow (800 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the bot&apos;s &amp;heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heal &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PRODUCTION) — Quarterdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Quarterdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Environment Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quarterdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quarterdeck %1&lt;/b&gt;&lt;br&gt;A console for incident commanders: live service states, heartbeats, and the team&apos;s runbooks as guided procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrupt the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;unbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open R&amp;unbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to R&amp;unbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;Rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad &amp;deploy of trade (2.4.1 answers 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ObjectiveModel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup set in the profile protects %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring now would lose about %1: the newest good backup (set %2) is that old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup set of %1 has a good backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Options</name>
    <message>
        <source>Check every service and heartbeat of a profile once and exit.

Exit codes: 0 all up, 1 something degraded or a heartbeat at warn,
2 something down, critical or unreadable, 3 the profile is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment profile to open (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a live practice environment on loopback and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main views to PNG files in a folder and exit (documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment profile to open (same as --profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[profile]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox builds its own profile; do not pass --profile with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a profile: quarterdeck %1 --profile FILE</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also verify each backup&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every backup again, even those already verified (implies --verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook lint needs at least one Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 (critical) to SEV4 (low); default SEV2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment affected, e.g. production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill, not a real incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident (id or its first characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List resolved incidents too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident database (default: the app&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who records it (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident show needs one id: quarterdeck incident show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident declare needs a title: quarterdeck incident declare &quot;Trade service down&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident note needs the text of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, if not now: HH:MM (today, local) or an ISO time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a file with the note as evidence (repeatable; - is standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident set needs a field and a value: quarterdeck incident set role.deputy ben (&quot;&quot; clears it)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure: its name as lint prints it, or a part only it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placeholder&apos;s value, e.g. commit-hash=4f2a9c1 or DB_HOST=db1 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: print the structure and warnings of each file; plan: print what a procedure would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint FILE... | plan FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook needs a subcommand: quarterdeck runbook lint FILE... or runbook plan FILE --procedure NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runbook command &apos;%1&apos;; expected lint or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook plan needs one Markdown file and --procedure NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--procedure and --param belong to runbook plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export to this file (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident needs a command: declare, note, set, list, show or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown incident command &apos;%1&apos;; expected declare, note, set, list, show or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1 (the incident goes with --incident ID)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: md, html or pdf (default: from the -o file&apos;s suffix, else md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ParametersPage</name>
    <message>
        <source>verified OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRUPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 old · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure needs no values: every command runs as the runbook has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values the procedure&apos;s commands need. Each goes into the commands as one quoted word; nothing you type is run as a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository has no commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pick a commit from git log (%n recent)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this backup (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: passed in the environment, never shown or recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a commit hash, 7 to 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading git log of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of set %1, picked from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set %1 has no backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup is not verified OK: verify it on the Backups tab, or tick Use it anyway and say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed: the console&apos;s environment has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a commit hash: 7 to 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the console&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked from the inventory: %1, verified OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked from the inventory: %1, NOT verified OK (%2); overridden: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is passed in the environment, never shown, never recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is still running: its values cannot change under it. Go to the Steps page and let it finish (or cancel it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::PgCustomVerifier</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pg_dump archive header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore is not installed (package postgresql-client); the archive header (format %1) is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore did not finish within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pg_restore is too old for the archive (format %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore cannot read all the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore cannot read the table of contents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick check only: pg_restore can list the table of contents; the data was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore was ended by a signal before it finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::PlainDumpChecker</name>
    <message>
        <source>SQL text without a pg_dump header: cannot tell whether it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the &apos;%1&apos; line is missing at the end, so the dump did not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::PostMortem</name>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved yet (%1 since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**over** by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none that could restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**over**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the post-mortem template is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the post-mortem template is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the post-mortem template: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::PostMortemWidget</name>
    <message>
        <source>Markdown. Saved to the record as you pause; the rest of the report comes from the timeline, the Details tab and the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-mortem template cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries: in the exports</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) still to write (highlighted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say .md, .html or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-mortem is still being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::PreparationPage</name>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything changes: the runbook&apos;s preparation, ticked item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the safety copy is (recorded), e.g. /var/backups/pre-rollback.dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook has no preparation checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparation done: %n checklist item(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; safety copy at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety copy taken (exit 0).
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not succeed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;No step takes a backup or safety copy before step %1 (%2), which is destructive.&lt;/b&gt; Run the runbook&apos;s own safety step below, or take one by hand and say where it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; safety step run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ProfileParser</name>
    <message>
        <source>cannot read the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; a profile is expected to be under 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list (items starting with &apos;- &apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys in %1 must be plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a duration such as 500ms, 30s, 5m or 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is empty; expected a mapping with &apos;environment&apos; and &apos;services&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile needs an &apos;environment&apos; section with at least a &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read this part of the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;environment&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;interval&apos; in %1 must be from 100ms to 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;timeout&apos; in %1 must be from 10ms to 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;defaults&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;services&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service name &apos;%1&apos; is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one check: &apos;http&apos;, &apos;tcp&apos; or &apos;command&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one check; use one of &apos;http&apos;, &apos;tcp&apos; or &apos;command&apos; per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the http check of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;url&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;status&apos; in %1 must be HTTP status codes such as 200 or 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;body_matches&apos; in %1 is not a valid regular expression: %2 (at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the url of &apos;%1&apos; holds a password; credentials do not belong in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tcp check of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be host:port, such as 127.0.0.1:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;port&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command check of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;heartbeats&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;timestamp&apos; in %1 must be &apos;mtime&apos; (the file&apos;s modification time) or &apos;content&apos; (the last timestamp written in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;critical_after&apos; in %1 must not be shorter than &apos;warn_after&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;objectives&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;rto&apos;, &apos;rpo&apos; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;backups&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup set #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not hold a password: Quarterdeck asks for it once and keeps it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sslmode&apos; in %1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;databases&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;runbooks&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;templates&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;cadence&apos; in &apos;templates&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadence step #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &apos;every&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;team&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;members&apos; in &apos;team&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team member #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;store&apos; in &apos;team&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup set name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pattern&apos; in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;variables&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a variable name: letters, digits and _ , not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 looks like a secret: Quarterdeck asks for it in the wizard and keeps it out of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;repositories&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;every&apos; in %1 must be longer than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;until&apos; in %1 must come after the step before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;until&apos;: only the last step may go on for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;webhooks&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;url&apos; in %1 must be an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;audience&apos; in %1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;external&apos; in %1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another webhook is already named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ReportWriter</name>
    <message>
        <source>Generated by Quarterdeck on %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Quarterdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::RollbackSession</name>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) succeeded in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) failed with exit code %3 after %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) failed: it crashed after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) timed out after %3 and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) cancelled after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) could not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure chosen: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure chosen: %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a secret, not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate passed for step %1: %2 typed &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate passed for step %1: %2 typed &apos;%3&apos;, %4 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 dry run: shown, nothing ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 done by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 done by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 did not succeed; continuing anyway: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback wizard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rollback was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has the procedure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback resumed: %1; step %2 was running when the console stopped, its outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the runbook or values changed since for step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step of the procedure names a git repository for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git log in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1&apos;s command changed with the new values: it is to be run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 comes first: run it, mark it done or skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety step done before the procedure: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety step before the procedure did not succeed: %1 (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety step is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that step is destructive itself: it is no safety copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety step started before the procedure: %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::RollbackWizard</name>
    <message>
        <source>Guided rollback (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is running: Cancel it before closing the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback wizard closed at %1, before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close again to leave the rollback; Ctrl+G takes it up again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (or Esc) once more within 5 seconds to leave this rollback. It stays on the timeline, and Ctrl+G takes it up again where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::RunbookLinter</name>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; destroys data (%3) and no step before it in the procedure takes a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears once, in &apos;%2&apos;, and names no backup set&apos;s files: the commander will have to type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>template &apos;%1&apos;: %n field(s) that nothing fills: %2</source>
        <translation>
            <numerusform>template &apos;%1&apos;: %n field that nothing fills: %2</numerusform>
            <numerusform>template &apos;%1&apos;: %n fields that nothing fills: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of &apos;%1&apos; can never run here: PowerShell (pwsh) is not installed</source>
        <translation>
            <numerusform>%n step of &apos;%1&apos; can never run here: PowerShell (pwsh) is not installed</numerusform>
            <numerusform>%n steps of &apos;%1&apos; can never run here: PowerShell (pwsh) is not installed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qd::RunbookParser</name>
    <message>
        <source>the gate of &apos;%1&apos; is switched off by an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook asks for a second person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbook marks this step as needing confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; expected typed, two-person or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout must be a number of seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotation &apos;%1&apos;; expected name, gate, timeout or expect-exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a runbook (at most %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes; they were read as spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; it was read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Markdown could not be read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code fence is not closed; the block runs to the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell (pwsh) is not installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runner for %1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql meta-commands (\dt, \c …) are run by hand in psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no headings: what it holds is one procedure, named after the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server statements (RESTORE DATABASE, GO …) are run by hand in SQL Server&apos;s own tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::RunbooksWidget</name>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook / procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks and their procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbooks. List them in the profile (runbooks: [path/to/rollback.md]), open one with File › Open Runbook (Ctrl+Shift+O), or drop a Markdown file on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lines %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n procedure(s)</source>
        <translation>
            <numerusform>%1 — %n procedure</numerusform>
            <numerusform>%1 — %n procedures</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → backup of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATE (2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATE%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a second person confirms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives: %1 — this machine runs “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision matrices: %1; objective tables: %2; templates: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not run here (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unreadable; last reading shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n step</numerusform>
            <numerusform>%1 — %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The file can no longer be read (%2); this is its last good reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1 — a backup of set %2, picked from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs first, as an earlier step of the block set it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;guided rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through this procedure step by step, with its gates (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Sandbox</name>
    <message>
        <source>could not create the sandbox folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox profile is missing from the resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open a loopback port for the %1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the sandbox profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1 now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the bot&apos;s heartbeat beats again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the bot&apos;s heartbeat stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts and never answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trickles its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers the wrong body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the sandbox runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open a loopback port for the sandbox chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::SandboxBackups</name>
    <message>
        <source>could not write the sandbox backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: a byte in the middle of %1 was flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::SandboxDeploy</name>
    <message>
        <source>git is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1/VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the sandbox&apos;s scripts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the deploy drill needs git, which did not work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the bad deploy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: trade 2.4.1 deployed; it answers 503. Roll it back with the runbook&apos;s Bad Deploy Rollback (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::Secrets</name>
    <message>
        <source>no keychain is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ServiceState</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ServiceStatus</name>
    <message>
        <source>failure %1 of %2 before Down: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::ServiceTableModel</name>
    <message numerus="yes">
        <source>%n consecutive failure(s); Down after %1</source>
        <translation>
            <numerusform>%n consecutive failure; Down after %1</numerusform>
            <numerusform>%n consecutive failures; Down after %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded above %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::SqlChecker</name>
    <message>
        <source>cannot connect to %1 (%2@%3:%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 rows in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::SqliteStore</name>
    <message>
        <source>the SQLite driver of Qt is not installed (libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lock it to check its schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Quarterdeck (schema %2; this one knows up to %3). It was left untouched: use the newer version, or another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migration %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot commit its schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update #%1 has been published already; this one would be #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::StepRunner</name>
    <message>
        <source>step %1 is SQL: it runs against the profile&apos;s database in the verification, not in a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is done by hand: mark it done when it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 needs a value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 cannot run as planned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is gated, and the profile names no environment to type at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is gated: type %2 to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is gated: &apos;%2&apos; was typed, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is gated: the confirmation does not say who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 changed after it was confirmed: confirm it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 needs a second person to confirm it, someone other than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another step is still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::StepsPage</name>
    <message>
        <source>[… %1 characters not shown here; the step&apos;s record keeps them]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded: exit 0 after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: exit %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: crashed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: this step is destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person, who checked the command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step at a time. What runs is exactly the command shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output appears here as the step runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note, for Skip, Mark done and Continue anyway (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this step (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing ran. This is what Run would start with bash -c, in %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [gate]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [check]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL, run at the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 of %2: %3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4, line %5)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to unlock Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… Cancel ends the step and everything it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another step is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the console stopped while this step ran, and it may have gone on without it. Check what it did before going on: Retry, Mark done once checked (say what you found), or Skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish records this on the incident&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered and verified, with steps that did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended without a green verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: no incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RTO stated for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the RTO of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER the RTO of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3 steps ran (%4 failed), %5 skipped, %6 done by hand. Recovery time %7, %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:%1&apos;&gt;%2&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;Steps run&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; (%5 failed)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Skipped&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Done by hand&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Recovery time&lt;/td&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Objective&lt;/td&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::TarVerifier</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to read the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable tar archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged after member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member &apos;%1&apos; cannot be read to its end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the archive ends after member %1 without tar&apos;s end-of-archive blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::TcpProbe</name>
    <message>
        <source>connected to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::TemplateRenderer</name>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::TimelineModel</name>
    <message>
        <source>%1 local, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::TriagePage</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what is wrong from the runbook&apos;s decision matrix to see the procedures it recommends, or pick any procedure directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Drill&lt;/b&gt;: nothing is recorded against a real incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1 %2&lt;/b&gt;: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended for: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is still running: go to the Steps page and let it finish (or cancel it) before choosing another procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::UpdateComposerDialog</name>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to a &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish update #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/update.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Markdown; fill what is marked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks for this audience (token from the keychain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none in the profile for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the update to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 goes to %2%3. A sent post cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are still unfilled (marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish update #%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 recorded on the timeline%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the selected webhook&apos;s token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this update again to the webhooks it did not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token kept for this session only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a webhook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for %1 (stored in the keychain, never shown again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 was published meanwhile: this one is #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording update #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard update #%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been published; what you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text for the number before publishing it as #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::UpdatePublisher</name>
    <message>
        <source>%1: attempt %2 failed (%3); retrying in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 posted to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 posted to %2 on attempt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update #%1 NOT posted to %2: %3 (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no incident to publish the update for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 published to %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 NOT posted to %2: no token in the keychain (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 NOT written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update #%1 NOT recorded (%2): nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::VerificationPage</name>
    <message>
        <source>Accept as it is, though not everything is green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;SQL checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s health and heartbeat checks, live: all of them must be green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was refused: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 SQL checks as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL checks: %1 of %2 as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no password for it yet: type it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1): the password is kept for this session only, never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be kept in the keychain (%1): kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure has no SQL checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run these checks by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names no database: run these checks by hand, or add one under databases:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) against %1; the password comes from the keychain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Password of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the SQL checks against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;All %1 checks green.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;%1 of %2 checks green.&lt;/b&gt; Waiting for the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1 of %2 checks green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; accepted as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qd::WebhookSender</name>
    <message>
        <source>the webhook address is not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook address has a {token} placeholder but no token was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook token contains a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 but the answer was not complete within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redirect not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redirect to %2 not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not retried: the webhook address has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not retried: the webhook would refuse it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
