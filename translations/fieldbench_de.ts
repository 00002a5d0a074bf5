<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fb::Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
</context>
<context>
    <name>fb::DeviceModel</name>
    <message>
        <source>RFID cabinet</source>
        <translation>RFID-Schrank</translation>
    </message>
    <message>
        <source>RFID refrigerator</source>
        <translation>RFID-Kühlschrank</translation>
    </message>
    <message>
        <source>RFID freezer</source>
        <translation>RFID-Gefrierschrank</translation>
    </message>
    <message>
        <source>RFID locker</source>
        <translation>RFID-Schließfachanlage</translation>
    </message>
</context>
<context>
    <name>fb::Documents</name>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Ungültiges Dokument (%1): %2</translation>
    </message>
</context>
<context>
    <name>fb::Priority</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>fb::Region</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
</context>
<context>
    <name>fb::Ticket</name>
    <message>
        <source>Invalid ticket: %1</source>
        <translation>Ungültiges Ticket: %1</translation>
    </message>
</context>
<context>
    <name>fb::TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Remote troubleshooting</source>
        <translation>Fernfehlersuche</translation>
    </message>
    <message>
        <source>Escalated internally</source>
        <translation>Intern eskaliert</translation>
    </message>
    <message>
        <source>On-site scheduled</source>
        <translation>Vor-Ort-Einsatz geplant</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>fb::TicketWorkflow</name>
    <message>
        <source>The ticket is already in status &quot;%1&quot;.</source>
        <translation>Das Ticket hat bereits den Status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>none: the ticket is closed</source>
        <translation>keiner: das Ticket ist geschlossen</translation>
    </message>
    <message>
        <source>A ticket in status &quot;%1&quot; cannot move to &quot;%2&quot;. Allowed next: %3.</source>
        <translation>Ein Ticket im Status &quot;%1&quot; kann nicht zu &quot;%2&quot; wechseln. Als Nächstes erlaubt: %3.</translation>
    </message>
    <message>
        <source>Moving a ticket to &quot;%1&quot; needs a reason.</source>
        <translation>Für den Wechsel eines Tickets zu &quot;%1&quot; ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>A status change must name who made it.</source>
        <translation>Bei einer Statusänderung muss angegeben werden, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>A status change needs a valid time.</source>
        <translation>Eine Statusänderung braucht eine gültige Zeit.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Eine Notiz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The ticket is closed; reopen is not possible from closed, so create a new ticket instead.</source>
        <translation>Das Ticket ist geschlossen; aus dem Status &quot;Geschlossen&quot; ist kein Wiedereröffnen möglich, erstellen Sie daher ein neues Ticket.</translation>
    </message>
</context>
<context>
    <name>fb::cli::Arguments</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Missing arguments. Usage: %1</source>
        <translation>Argumente fehlen. Aufruf: %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: %2</source>
        <translation>Unerwartetes Argument &quot;%1&quot;. Aufruf: %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
</context>
<context>
    <name>fb::cli::CliContext</name>
    <message>
        <source>Updating the SLA deadlines for the changed service policy failed: %1</source>
        <translation>Die SLA-Fristen konnten für die geänderte Service-Richtlinie nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::cli::Db</name>
    <message>
        <source>Usage: db check</source>
        <translation>Aufruf: db check</translation>
    </message>
    <message>
        <source>Workspace %1: integrity %2, schema version %3</source>
        <translation>Arbeitsbereich %1: Integrität %2, Schemaversion %3</translation>
    </message>
    <message>
        <source>The workspace is damaged; restore a backup or re-sync from HQ.</source>
        <translation>Der Arbeitsbereich ist beschädigt; stellen Sie eine Sicherung wieder her oder synchronisieren Sie erneut von der Zentrale.</translation>
    </message>
    <message>
        <source>  db check                             check the workspace&apos;s integrity</source>
        <translation>  db check                             Integrität des Arbeitsbereichs prüfen</translation>
    </message>
</context>
<context>
    <name>fb::cli::Demo</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Demo workspace created at %1: %2 customers, %3 devices, %4 tickets.</source>
        <translation>Demo-Arbeitsbereich in %1 erstellt: %2 Kunden, %3 Geräte, %4 Tickets.</translation>
    </message>
    <message>
        <source>  demo init [--tickets N] [--seed S]   create the demo workspace</source>
        <translation>  demo init [--tickets N] [--seed S]   Demo-Arbeitsbereich erstellen</translation>
    </message>
</context>
<context>
    <name>fb::cli::Diag</name>
    <message>
        <source>Give either --port P or --tcp HOST:PORT. Usage: %1</source>
        <translation>Geben Sie entweder --port P oder --tcp HOST:PORT an. Aufruf: %1</translation>
    </message>
    <message>
        <source>--tcp needs HOST:PORT, e.g. 10.0.0.5:502.</source>
        <translation>--tcp braucht HOST:PORT, z. B. 10.0.0.5:502.</translation>
    </message>
    <message>
        <source>%1 %2, firmware %3, hardware %4, bootloader %5</source>
        <translation>%1 %2, Firmware %3, Hardware %4, Bootloader %5</translation>
    </message>
    <message>
        <source>  antenna %1: return loss %2 dB, %3 reads</source>
        <translation>  Antenne %1: Rückflussdämpfung %2 dB, %3 Lesungen</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Checks failed: %1. Follow the linked manual sections.</source>
        <translation>Fehlgeschlagene Prüfungen: %1. Folgen Sie den verlinkten Abschnitten im Handbuch.</translation>
    </message>
    <message>
        <source>Scan done: %1 tags.</source>
        <translation>Scan abgeschlossen: %1 Tags.</translation>
    </message>
    <message>
        <source>Door unlocked; it re-locks by itself when closed.</source>
        <translation>Tür entriegelt; sie verriegelt sich beim Schließen selbst wieder.</translation>
    </message>
    <message>
        <source>set-setpoint needs --celsius X, e.g. -20.5.</source>
        <translation>set-setpoint braucht --celsius X, z. B. -20.5.</translation>
    </message>
    <message>
        <source>Setpoint set to %1 °C.</source>
        <translation>Sollwert auf %1 °C gesetzt.</translation>
    </message>
    <message>
        <source>Unknown diag command &quot;%1&quot;. Usage: %2</source>
        <translation>Unbekannter diag-Befehl &quot;%1&quot;. Aufruf: %2</translation>
    </message>
    <message>
        <source>  diag read|check|watch|scan|unlock|set-setpoint
       (--port P [--baud B] [--address A] | --tcp HOST:PORT)
       [--timeout MS] [--retries N] [--interval MS --count N] [--celsius X]
                                       read, check or command an enclosure</source>
        <translation>  diag read|check|watch|scan|unlock|set-setpoint
       (--port P [--baud B] [--address A] | --tcp HOST:PORT)
       [--timeout MS] [--retries N] [--interval MS --count N] [--celsius X]
                                       Gerät auslesen, prüfen oder steuern</translation>
    </message>
</context>
<context>
    <name>fb::cli::Main</name>
    <message>
        <source>Usage: fieldbench-cli [--data-dir DIR] [--json] [--lang CODE] COMMAND …

Global options:
  --data-dir DIR  workspace folder (default: the platform&apos;s app-data folder)
  --json          print exactly one JSON document on stdout
  --lang CODE     language of messages (en, de)
  --help          this help; COMMAND --help for a command&apos;s
  --version       print the version

Commands:
</source>
        <translation>Aufruf: fieldbench-cli [--data-dir DIR] [--json] [--lang CODE] COMMAND …

Globale Optionen:
  --data-dir DIR  Ordner des Arbeitsbereichs (Standard: der App-Datenordner der Plattform)
  --json          genau ein JSON-Dokument auf stdout ausgeben
  --lang CODE     Sprache der Meldungen (en, de)
  --help          diese Hilfe; COMMAND --help für die Hilfe eines Befehls
  --version       Version ausgeben

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 check failed, 2 usage error, 3 device or link error, 4 HQ or network error, 5 data error.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Prüfung fehlgeschlagen, 2 Aufruffehler, 3 Geräte- oder Verbindungsfehler, 4 Fehler der Zentrale oder des Netzwerks, 5 Datenfehler.
</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>Kein Befehl angegeben; siehe --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;; siehe --help.</translation>
    </message>
</context>
<context>
    <name>fb::cli::Manuals</name>
    <message>
        <source>  manuals list [--model M] [--lang L]
  manuals search TEXT [--model M] [--lang L] [--limit N]</source>
        <translation>  manuals list [--model M] [--lang L]
  manuals search TEXT [--model M] [--lang L] [--limit N]</translation>
    </message>
    <message>
        <source>Manual updates from HQ are not shown: %1</source>
        <translation>Handbuch-Updates von der Zentrale werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>There is no manual for &quot;%1&quot;. Manuals: %2.</source>
        <translation>Es gibt kein Handbuch für &quot;%1&quot;. Handbücher: %2.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Give the words to search for. Usage:
%1</source>
        <translation>Geben Sie die Suchbegriffe an. Aufruf:
%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation>Aufruf:
%1</translation>
    </message>
</context>
<context>
    <name>fb::cli::Quotes</name>
    <message>
        <source>  quote create --ticket ID
  quote add-part ID PN QTY | quote add-labour ID HOURS | quote add-travel ID KM
  quote remove-line ID LINE
  quote show ID | quote list [--ticket ID]
  quote approve ID --signer NAME --signature PNG
  quote decline ID --reason TEXT
  quote pdf ID --out FILE
  quote report --ticket ID --out FILE   (service report PDF)</source>
        <translation>  quote create --ticket ID
  quote add-part ID PN QTY | quote add-labour ID HOURS | quote add-travel ID KM
  quote remove-line ID LINE
  quote show ID | quote list [--ticket ID]
  quote approve ID --signer NAME --signature PNG
  quote decline ID --reason TEXT
  quote pdf ID --out FILE
  quote report --ticket ID --out FILE   (PDF-Servicebericht)</translation>
    </message>
    <message>
        <source>change order of %1</source>
        <translation>Nachtragsangebot zu %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Subtotal %1  Tax %2  Total %3</source>
        <translation>Zwischensumme %1  Steuer %2  Gesamt %3</translation>
    </message>
    <message>
        <source>Approved by %1 at %2 (SHA-256 %3)</source>
        <translation>Genehmigt von %1 am %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 must be a positive decimal number like 2 or 1.5, not &quot;%2&quot;.</source>
        <translation>%1 muss eine positive Dezimalzahl wie 2 oder 1.5 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the signature %1: %2.</source>
        <translation>Die Unterschrift %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The signature %1 is not a readable PNG image (at most 2 MiB).</source>
        <translation>Die Unterschrift %1 ist kein lesbares PNG-Bild (höchstens 2 MiB).</translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation>Aufruf:
%1</translation>
    </message>
    <message>
        <source>--%1 is required. Usage:
%2</source>
        <translation>--%1 ist erforderlich. Aufruf:
%2</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTY</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Nachtrag zu</translation>
    </message>
</context>
<context>
    <name>fb::cli::Sla</name>
    <message>
        <source>  sla due --region us|eu --from TIME [--hours H]
                                       deadline H business hours (default 9) after TIME</source>
        <translation>  sla due --region us|eu --from TIME [--hours H]
                                       Frist H Geschäftsstunden (Standard 9) nach TIME</translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation>Aufruf:
%1</translation>
    </message>
    <message>
        <source>--region must be one of: %1.</source>
        <translation>--region muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>--from must be an ISO-8601 time with a zone, like 2026-11-30T10:00:00-06:00 or 2026-11-30T16:00:00Z.</source>
        <translation>--from muss eine ISO-8601-Zeit mit Zeitzone sein, etwa 2026-11-30T10:00:00-06:00 oder 2026-11-30T16:00:00Z.</translation>
    </message>
    <message>
        <source>--hours must be a positive number of business hours, like 9 or 4.5.</source>
        <translation>--hours muss eine positive Anzahl Geschäftsstunden sein, etwa 9 oder 4.5.</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Fällig %1 (%2)</translation>
    </message>
</context>
<context>
    <name>fb::cli::Sync</name>
    <message>
        <source>Usage: sync [--url URL] [--tech ID] [--user U] [--password-stdin]</source>
        <translation>Aufruf: sync [--url URL] [--tech ID] [--user U] [--password-stdin]</translation>
    </message>
    <message>
        <source>No HQ server or technician id is set; pass --url and --tech once (they are remembered).</source>
        <translation>Es ist kein Server der Zentrale und keine Techniker-ID festgelegt; geben Sie einmal --url und --tech an (sie werden gespeichert).</translation>
    </message>
    <message>
        <source>Not imported: %1 (%2)</source>
        <translation>Nicht importiert: %1 (%2)</translation>
    </message>
    <message>
        <source>Pulled %1, pushed %2, conflicts settled %3 in %4 s</source>
        <translation>%1 abgerufen, %2 übertragen, %3 Konflikte gelöst in %4 s</translation>
    </message>
    <message>
        <source>  sync [--url URL] [--tech ID] [--user U] [--password-stdin]
                                       sync with HQ</source>
        <translation>  sync [--url URL] [--tech ID] [--user U] [--password-stdin]
                                       mit der Zentrale synchronisieren</translation>
    </message>
</context>
<context>
    <name>fb::cli::Tickets</name>
    <message>
        <source>  tickets list [--status S] [--priority P] [--search TEXT]
  tickets show ID
  tickets create --site ID --device SERIAL --priority high|normal --channel C
                 --summary TEXT [--received-at TIME]
  tickets set-status ID STATUS [--reason TEXT]
  tickets note ID TEXT</source>
        <translation>  tickets list [--status S] [--priority P] [--search TEXT]
  tickets show ID
  tickets create --site ID --device SERIAL --priority high|normal --channel C
                 --summary TEXT [--received-at TIME]
  tickets set-status ID STATUS [--reason TEXT]
  tickets note ID TEXT</translation>
    </message>
    <message>
        <source>Device: %1  Site: %2  Received: %3</source>
        <translation>Gerät: %1  Standort: %2  Eingegangen: %3</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannter Status &quot;%1&quot;. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Priority must be high or normal.</source>
        <translation>Die Priorität muss high oder normal sein.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>--%1 is required. Usage:
%2</source>
        <translation>--%1 ist erforderlich. Aufruf:
%2</translation>
    </message>
    <message>
        <source>--priority must be high or normal.</source>
        <translation>--priority muss high oder normal sein.</translation>
    </message>
    <message>
        <source>--channel must be phone, email, monitoring or onsite.</source>
        <translation>--channel muss phone, email, monitoring oder onsite sein.</translation>
    </message>
    <message>
        <source>--received-at must be an ISO-8601 time with a zone, like 2026-11-29T14:03:00Z.</source>
        <translation>--received-at muss eine ISO-8601-Zeit mit Zeitzone sein, etwa 2026-11-29T14:03:00Z.</translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation>Aufruf:
%1</translation>
    </message>
</context>
<context>
    <name>fb::cli::Warranty</name>
    <message>
        <source>  warranty check --device SERIAL [--on DATE] [--part PN]
  warranty eval --history FILE [--on DATE] [--part PN]</source>
        <translation>  warranty check --device SERIAL [--on DATE] [--part PN]
  warranty eval --history FILE [--on DATE] [--part PN]</translation>
    </message>
    <message>
        <source>Not covered.</source>
        <translation>Nicht abgedeckt.</translation>
    </message>
    <message>
        <source>Covered: %1 until %2</source>
        <translation>Abgedeckt: %1 bis %2</translation>
    </message>
    <message>
        <source> (service event %1)</source>
        <translation> (Serviceereignis %1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object {&quot;device&quot;: …, &quot;events&quot;: […]} (%2).</source>
        <translation>%1 ist kein JSON-Objekt {&quot;device&quot;: …, &quot;events&quot;: […]} (%2).</translation>
    </message>
    <message>
        <source>%1 has no &quot;device&quot; object.</source>
        <translation>%1 hat kein &quot;device&quot;-Objekt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;events&quot; must be an array.</source>
        <translation>%1: &quot;events&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1: event %2: %3</source>
        <translation>%1: Ereignis %2: %3</translation>
    </message>
    <message>
        <source>%1: event %2 belongs to device %3, not %4.</source>
        <translation>%1: Ereignis %2 gehört zu Gerät %3, nicht zu %4.</translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation>Aufruf:
%1</translation>
    </message>
    <message>
        <source>--on must be a date like 2026-11-29.</source>
        <translation>--on muss ein Datum wie 2026-11-29 sein.</translation>
    </message>
    <message>
        <source>--part needs a part number.</source>
        <translation>--part braucht eine Teilenummer.</translation>
    </message>
    <message>
        <source>--history FILE is required. Usage:
%1</source>
        <translation>--history FILE ist erforderlich. Aufruf:
%1</translation>
    </message>
    <message>
        <source>--device SERIAL is required. Usage:
%1</source>
        <translation>--device SERIAL ist erforderlich. Aufruf:
%1</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Catalog</name>
    <message>
        <source>Invalid part %1: it needs an _id &quot;part:…&quot; and a part_number.</source>
        <translation>Ungültiges Teil %1: Es braucht eine _id &quot;part:…&quot; und eine part_number.</translation>
    </message>
    <message>
        <source>Invalid part %1: price.%2 must be a decimal string in cents like &quot;49.90&quot;.</source>
        <translation>Ungültiges Teil %1: price.%2 muss ein Dezimal-String mit Cent wie &quot;49.90&quot; sein.</translation>
    </message>
    <message>
        <source>Part %1 has no %2 price in the catalog; sync the catalog or ask HQ.</source>
        <translation>Für Teil %1 gibt es im Katalog keinen Preis in %2; synchronisieren Sie den Katalog oder fragen Sie die Zentrale.</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Lines</name>
    <message>
        <source>Labour</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Call-out fee</source>
        <translation>Anfahrtspauschale</translation>
    </message>
    <message>
        <source>Travel distance (km)</source>
        <translation>Fahrstrecke (km)</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Policy</name>
    <message>
        <source>The policy file is invalid: %1.</source>
        <translation>Die Richtliniendatei ist ungültig: %1.</translation>
    </message>
    <message>
        <source>%1.%2 must be a non-negative decimal string like &quot;125.00&quot;</source>
        <translation>%1.%2 muss ein nicht negativer Dezimal-String wie &quot;125.00&quot; sein</translation>
    </message>
    <message>
        <source>Rate document %1 is in %2 but region %3 bills in %4.</source>
        <translation>Das Preisdokument %1 ist in %2, aber Region %3 rechnet in %4 ab.</translation>
    </message>
    <message>
        <source>Rate document %1 has an invalid %2.</source>
        <translation>Das Preisdokument %1 hat einen ungültigen Wert für %2.</translation>
    </message>
    <message>
        <source>warranty.device_months.%1</source>
        <translation>warranty.device_months.%1</translation>
    </message>
    <message>
        <source>warranty.repair_days must be a whole number of days</source>
        <translation>warranty.repair_days muss eine ganze Zahl von Tagen sein</translation>
    </message>
    <message>
        <source>regions.%1.currency must be a currency code like USD</source>
        <translation>regions.%1.currency muss ein Währungscode wie USD sein</translation>
    </message>
    <message>
        <source>The built-in policy file is missing.</source>
        <translation>Die integrierte Richtliniendatei fehlt.</translation>
    </message>
    <message>
        <source>The policy has no pricing for region %1.</source>
        <translation>Die Richtlinie enthält keine Preise für Region %1.</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Pricing</name>
    <message>
        <source>The %1 must be a positive number up to 100000.</source>
        <translation>Die %1 muss eine positive Zahl bis 100000 sein.</translation>
    </message>
    <message>
        <source>part quantity</source>
        <translation>Teilemenge</translation>
    </message>
    <message>
        <source>Parts are counted in whole pieces.</source>
        <translation>Teile werden in ganzen Stück gezählt.</translation>
    </message>
    <message>
        <source>Part %1 does not fit a %2 (it fits: %3).</source>
        <translation>Teil %1 passt nicht zu %2 (passend für: %3).</translation>
    </message>
    <message>
        <source>number of hours</source>
        <translation>Anzahl der Stunden</translation>
    </message>
    <message>
        <source>The distance must be between 0 and 100000 km.</source>
        <translation>Die Entfernung muss zwischen 0 und 100000 km liegen.</translation>
    </message>
    <message>
        <source>Quote %1 has no line %2.</source>
        <translation>Angebot %1 hat keine Position %2.</translation>
    </message>
    <message>
        <source>Line %1 is too large to price.</source>
        <translation>Position %1 ist zu groß für eine Preisberechnung.</translation>
    </message>
    <message>
        <source>The quote is too large to price.</source>
        <translation>Das Angebot ist zu groß für eine Preisberechnung.</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Quote</name>
    <message>
        <source>Invalid quote %1: %2.</source>
        <translation>Ungültiges Angebot %1: %2.</translation>
    </message>
    <message>
        <source>%1 must be a decimal string in cents like &quot;125.50&quot;</source>
        <translation>%1 muss ein Dezimal-String mit Cent wie &quot;125.50&quot; sein</translation>
    </message>
    <message>
        <source>every line needs an id and a kind (part, labour or travel)</source>
        <translation>jede Position braucht eine id und eine Art (part, labour oder travel)</translation>
    </message>
    <message>
        <source>line %1 has an invalid qty</source>
        <translation>Position %1 hat eine ungültige qty</translation>
    </message>
    <message>
        <source>line %1 has an unknown coverage</source>
        <translation>Position %1 hat eine unbekannte Abdeckung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>_id must start with &quot;quote:&quot;</source>
        <translation>_id muss mit &quot;quote:&quot; beginnen</translation>
    </message>
    <message>
        <source>ticket_id is missing</source>
        <translation>ticket_id fehlt</translation>
    </message>
    <message>
        <source>region must be us or eu</source>
        <translation>region muss us oder eu sein</translation>
    </message>
    <message>
        <source>currency must be a code like USD</source>
        <translation>currency muss ein Code wie USD sein</translation>
    </message>
    <message>
        <source>tax_rate must be a decimal string like &quot;0.19&quot;</source>
        <translation>tax_rate muss ein Dezimal-String wie &quot;0.19&quot; sein</translation>
    </message>
    <message>
        <source>status must be draft, sent, approved, declined or superseded</source>
        <translation>status muss draft, sent, approved, declined oder superseded sein</translation>
    </message>
    <message>
        <source>an approved quote needs its approval record</source>
        <translation>ein genehmigtes Angebot braucht seinen Genehmigungsdatensatz</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Rules</name>
    <message>
        <source>Quote %1 is approved and can no longer change; create a change order (a new quote for the ticket) for further costs.</source>
        <translation>Angebot %1 ist genehmigt und kann nicht mehr geändert werden; erstellen Sie für weitere Kosten ein Nachtragsangebot (ein neues Angebot für das Ticket).</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and can no longer change; create a new quote for the ticket.</source>
        <translation>Angebot %1 hat den Status %2 und kann nicht mehr geändert werden; erstellen Sie ein neues Angebot für das Ticket.</translation>
    </message>
    <message>
        <source>Quote %1 has no lines; add parts, labour or travel before approval.</source>
        <translation>Angebot %1 hat keine Positionen; fügen Sie vor der Genehmigung Teile, Arbeitszeit oder Anfahrt hinzu.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is required for an approval.</source>
        <translation>Für eine Genehmigung ist der Name des Unterzeichners erforderlich.</translation>
    </message>
    <message>
        <source>The signature must be a PNG image (at most 2 MiB).</source>
        <translation>Die Unterschrift muss ein PNG-Bild sein (höchstens 2 MiB).</translation>
    </message>
    <message>
        <source>Declining a quote needs the customer&apos;s reason.</source>
        <translation>Zum Ablehnen eines Angebots ist die Begründung des Kunden erforderlich.</translation>
    </message>
    <message>
        <source>Device %1 is out of warranty (it ended %2): an onsite visit needs a quote approved by the customer before it is scheduled. Create a quote and have it approved first.</source>
        <translation>Die Garantie für Gerät %1 ist abgelaufen (am %2): Ein Vor-Ort-Einsatz braucht ein vom Kunden genehmigtes Angebot, bevor er geplant wird. Erstellen Sie zuerst ein Angebot und lassen Sie es genehmigen.</translation>
    </message>
    <message>
        <source>Logging %1 × %2 goes beyond the approved quotes (approved %3, logged %4): create a change order and have it approved before the extra work.</source>
        <translation>Die Erfassung von %1 × %2 geht über die genehmigten Angebote hinaus (genehmigt %3, erfasst %4): Erstellen Sie ein Nachtragsangebot und lassen Sie es vor der zusätzlichen Arbeit genehmigen.</translation>
    </message>
    <message>
        <source>Travel for device %1 is not on an approved quote: add travel to a quote or change order and have it approved before logging it.</source>
        <translation>Die Anfahrt für Gerät %1 steht in keinem genehmigten Angebot: Nehmen Sie die Anfahrt in ein Angebot oder einen Nachtrag auf und lassen Sie es genehmigen, bevor Sie sie erfassen.</translation>
    </message>
</context>
<context>
    <name>fb::commercial::Warranty</name>
    <message>
        <source>Device warranty</source>
        <translation>Gerätegarantie</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>Reparaturgarantie</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
</context>
<context>
    <name>fb::commercial::WorkLog</name>
    <message>
        <source>Ticket %1 is closed: work can no longer be logged on it. Create a new ticket for further work.</source>
        <translation>Ticket %1 ist geschlossen: Darauf kann keine Arbeit mehr erfasst werden. Legen Sie für weitere Arbeit ein neues Ticket an.</translation>
    </message>
    <message>
        <source>Nothing to log: add a time entry or a part used.</source>
        <translation>Nichts zu erfassen: Fügen Sie eine Zeitbuchung oder ein verbautes Teil hinzu.</translation>
    </message>
    <message>
        <source>A time entry is labour or travel, not &quot;%1&quot;.</source>
        <translation>Eine Zeitbuchung ist Arbeit oder Anfahrt, nicht „%1“.</translation>
    </message>
    <message>
        <source>A time entry must end after it starts.</source>
        <translation>Eine Zeitbuchung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>A time entry can span at most 24 hours; log longer work as several entries.</source>
        <translation>Eine Zeitbuchung umfasst höchstens 24 Stunden; erfassen Sie längere Arbeit als mehrere Buchungen.</translation>
    </message>
    <message>
        <source>A time entry cannot end in the future (%1).</source>
        <translation>Eine Zeitbuchung kann nicht in der Zukunft enden (%1).</translation>
    </message>
    <message>
        <source>Work cannot start before ticket %1 was received (%2).</source>
        <translation>Die Arbeit kann nicht vor dem Eingang von Ticket %1 beginnen (%2).</translation>
    </message>
    <message>
        <source>A part used needs its part number.</source>
        <translation>Ein verbautes Teil braucht seine Teilenummer.</translation>
    </message>
    <message>
        <source>The quantity of part %1 must be between 1 and %2.</source>
        <translation>Die Menge von Teil %1 muss zwischen 1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>fb::device::DeviceClient</name>
    <message>
        <source>Not connected to a device.</source>
        <translation>Nicht mit einem Gerät verbunden.</translation>
    </message>
    <message>
        <source>The device could not carry out command %1; see its event log and the status lights.</source>
        <translation>Das Gerät konnte Befehl %1 nicht ausführen; siehe Ereignisprotokoll und Statusleuchten des Geräts.</translation>
    </message>
    <message>
        <source>The device is still busy with command %1; try again in a minute.</source>
        <translation>Das Gerät ist noch mit Befehl %1 beschäftigt; versuchen Sie es in einer Minute erneut.</translation>
    </message>
</context>
<context>
    <name>fb::device::HealthChecks</name>
    <message>
        <source>Mains power is missing; the enclosure runs on its battery. Check the mains cable, the outlet and the fuse.</source>
        <translation>Die Netzstromversorgung fehlt; das Gerät läuft auf Batterie. Prüfen Sie Netzkabel, Steckdose und Sicherung.</translation>
    </message>
    <message>
        <source>Mains power is missing. Check the mains cable, the outlet and the fuse.</source>
        <translation>Die Netzstromversorgung fehlt. Prüfen Sie Netzkabel, Steckdose und Sicherung.</translation>
    </message>
    <message>
        <source>Supply voltage is %1 V, outside 22.0–26.0 V: the power supply unit is failing or overloaded.</source>
        <translation>Die Versorgungsspannung liegt mit %1 V außerhalb von 22.0–26.0 V: Das Netzteil fällt aus oder ist überlastet.</translation>
    </message>
    <message>
        <source>Mains present, supply voltage %1 V.</source>
        <translation>Netzstrom vorhanden, Versorgungsspannung %1 V.</translation>
    </message>
    <message>
        <source>No backup battery fitted.</source>
        <translation>Keine Pufferbatterie eingebaut.</translation>
    </message>
    <message>
        <source>Backup battery at %1 %: below 20 %. Let it charge on mains; replace it if it does not recover.</source>
        <translation>Pufferbatterie bei %1 %: unter 20 %. Lassen Sie sie am Netz laden; ersetzen Sie sie, wenn sie sich nicht erholt.</translation>
    </message>
    <message>
        <source>Backup battery at %1 %.</source>
        <translation>Pufferbatterie bei %1 %.</translation>
    </message>
    <message>
        <source>Temperature sensor fault: check the probe and its connector on the controller board.</source>
        <translation>Fehler des Temperatursensors: Prüfen Sie den Fühler und seinen Stecker auf der Steuerplatine.</translation>
    </message>
    <message>
        <source>%1 to %2 °C</source>
        <translation>%1 bis %2 °C</translation>
    </message>
    <message>
        <source>Temperature %1 °C is above the alarm band (%2): check the door seal and the cooling unit.</source>
        <translation>Die Temperatur %1 °C liegt über dem Alarmbereich (%2): Prüfen Sie die Türdichtung und das Kühlaggregat.</translation>
    </message>
    <message>
        <source>Temperature %1 °C is below the alarm band (%2): check the setpoint and the thermostat.</source>
        <translation>Die Temperatur %1 °C liegt unter dem Alarmbereich (%2): Prüfen Sie den Sollwert und den Thermostat.</translation>
    </message>
    <message>
        <source>Temperature %1 °C, within %2.</source>
        <translation>Temperatur %1 °C, innerhalb von %2.</translation>
    </message>
    <message>
        <source>Network link is down: check the Ethernet cable and the switch port.</source>
        <translation>Die Netzwerkverbindung ist unterbrochen: Prüfen Sie das Ethernet-Kabel und den Switch-Port.</translation>
    </message>
    <message>
        <source>Network link up at %1 Mbit/s, address %2.</source>
        <translation>Netzwerkverbindung aktiv mit %1 Mbit/s, Adresse %2.</translation>
    </message>
    <message>
        <source>HQ is not reachable from the enclosure: check the site&apos;s firewall, DNS and gateway settings.</source>
        <translation>Die Zentrale ist vom Gerät aus nicht erreichbar: Prüfen Sie Firewall, DNS und Gateway-Einstellungen am Standort.</translation>
    </message>
    <message>
        <source>Last report to HQ was %1 minutes ago (limit 15): check the enclosure&apos;s network settings.</source>
        <translation>Die letzte Meldung an die Zentrale war vor %1 Minuten (Grenze 15): Prüfen Sie die Netzwerkeinstellungen des Geräts.</translation>
    </message>
    <message>
        <source>The enclosure has never reported to HQ: check its network settings.</source>
        <translation>Das Gerät hat sich noch nie bei der Zentrale gemeldet: Prüfen Sie seine Netzwerkeinstellungen.</translation>
    </message>
    <message>
        <source>HQ reachable, last report %1 s ago.</source>
        <translation>Zentrale erreichbar, letzte Meldung vor %1 s.</translation>
    </message>
    <message>
        <source>antenna %1 open circuit: check the cable at the reader</source>
        <translation>Antenne %1 unterbrochen: Prüfen Sie das Kabel am Lesegerät</translation>
    </message>
    <message>
        <source>antenna %1 return loss %2 dB (below 10 dB): check the cable and connector, replace a damaged antenna</source>
        <translation>Rückflussdämpfung an Antenne %1 beträgt %2 dB (unter 10 dB): Prüfen Sie Kabel und Stecker, ersetzen Sie eine beschädigte Antenne</translation>
    </message>
    <message>
        <source>The door is open: close it and check the door switch.</source>
        <translation>Die Tür ist offen: Schließen Sie sie und prüfen Sie den Türschalter.</translation>
    </message>
    <message>
        <source>The door is closed but the lock is not engaged: check the lock solenoid and the strike plate.</source>
        <translation>Die Tür ist geschlossen, aber das Schloss ist nicht eingerastet: Prüfen Sie den Schlossmagneten und das Schließblech.</translation>
    </message>
    <message>
        <source>Door closed and locked.</source>
        <translation>Tür geschlossen und verriegelt.</translation>
    </message>
    <message>
        <source>Firmware %1 is older than the newest release %2: update it.</source>
        <translation>Firmware %1 ist älter als die neueste Version %2: Aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>Firmware %1 is up to date.</source>
        <translation>Firmware %1 ist aktuell.</translation>
    </message>
    <message>
        <source>All %1 antennas healthy (return loss 10 dB or better).</source>
        <translation>Alle %1 Antennen in Ordnung (Rückflussdämpfung 10 dB oder besser).</translation>
    </message>
</context>
<context>
    <name>fb::device::Modbus</name>
    <message>
        <source>The device sent a truncated reply.</source>
        <translation>Das Gerät hat eine abgeschnittene Antwort gesendet.</translation>
    </message>
    <message>
        <source>The device sent %1 bytes of registers; %2 were asked for.</source>
        <translation>Das Gerät hat %1 Byte Register gesendet; angefordert waren %2.</translation>
    </message>
    <message>
        <source>The device did not confirm the write.</source>
        <translation>Das Gerät hat den Schreibvorgang nicht bestätigt.</translation>
    </message>
    <message>
        <source>the device does not support this request (exception 1)</source>
        <translation>das Gerät unterstützt diese Anfrage nicht (Exception 1)</translation>
    </message>
    <message>
        <source>the register is not in the device&apos;s map (exception 2)</source>
        <translation>das Register ist nicht in der Registertabelle des Geräts (Exception 2)</translation>
    </message>
    <message>
        <source>the device refused the value as out of range (exception 3)</source>
        <translation>das Gerät hat den Wert als außerhalb des Bereichs abgelehnt (Exception 3)</translation>
    </message>
    <message>
        <source>the device reported an internal failure (exception 4)</source>
        <translation>das Gerät hat einen internen Fehler gemeldet (Exception 4)</translation>
    </message>
    <message>
        <source>the device answered with exception %1</source>
        <translation>das Gerät hat mit Exception %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>fb::device::ModbusLink</name>
    <message>
        <source>%1 at %2 baud, address %3</source>
        <translation>%1 mit %2 Baud, Adresse %3</translation>
    </message>
    <message>
        <source>%1:%2, unit %3</source>
        <translation>%1:%2, Unit-ID %3</translation>
    </message>
    <message>
        <source>simulated device, address %1</source>
        <translation>simuliertes Gerät, Adresse %1</translation>
    </message>
    <message>
        <source>The slave address must be between 1 and 247.</source>
        <translation>Die Slave-Adresse muss zwischen 1 und 247 liegen.</translation>
    </message>
    <message>
        <source>Choose a serial port.</source>
        <translation>Wählen Sie eine serielle Schnittstelle.</translation>
    </message>
    <message>
        <source>The baud rate must be between 1200 and 4000000.</source>
        <translation>Die Baudrate muss zwischen 1200 und 4000000 liegen.</translation>
    </message>
    <message>
        <source>Give the device&apos;s address as HOST:PORT.</source>
        <translation>Geben Sie die Adresse des Geräts als HOST:PORT an.</translation>
    </message>
    <message>
        <source>The timeout must be 10–60000 ms and the retries 0–10.</source>
        <translation>Das Zeitlimit muss 10–60000 ms und die Zahl der Wiederholungen 0–10 betragen.</translation>
    </message>
    <message>
        <source>The inter-frame gap must be between 0 and 100000 µs.</source>
        <translation>Die Pause zwischen den Frames muss zwischen 0 und 100000 µs liegen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The link to the device was closed.</source>
        <translation>Die Verbindung zum Gerät wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>%1 Waiting for the device to come back…</source>
        <translation>%1 Warten, bis das Gerät wieder erreichbar ist…</translation>
    </message>
    <message>
        <source>Not connected to a device.</source>
        <translation>Nicht mit einem Gerät verbunden.</translation>
    </message>
    <message>
        <source>The port is busy with a firmware transfer.</source>
        <translation>Die Schnittstelle ist durch eine Firmware-Übertragung belegt.</translation>
    </message>
    <message>
        <source>The device refused the request: %1.</source>
        <translation>Das Gerät hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The device&apos;s replies arrived damaged (CRC errors): check the cable, its shielding and the baud rate.</source>
        <translation>Die Antworten des Geräts kamen beschädigt an (CRC-Fehler): Prüfen Sie das Kabel, seine Abschirmung und die Baudrate.</translation>
    </message>
    <message>
        <source>Replies came from another slave address than %1: set the address the controller uses.</source>
        <translation>Antworten kamen von einer anderen Slave-Adresse als %1: Stellen Sie die Adresse ein, die die Steuerung verwendet.</translation>
    </message>
    <message>
        <source>No reply from %1 within %2 ms: check the cable, the baud rate and the slave address.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms: Prüfen Sie das Kabel, die Baudrate und die Slave-Adresse.</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (%2-mal versucht)</translation>
    </message>
    <message>
        <source>Firmware transfer in progress.</source>
        <translation>Firmware-Übertragung läuft.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the service cable is plugged in and the port is the right one.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie, ob das Servicekabel eingesteckt und die Schnittstelle die richtige ist.</translation>
    </message>
    <message>
        <source>Another program may be using the port, or a stale lock file (LCK..&lt;port&gt;) is left in /var/lock; your user may also need to be in the dialout group.</source>
        <translation>Möglicherweise verwendet ein anderes Programm die Schnittstelle, oder in /var/lock liegt noch eine veraltete Sperrdatei (LCK..&lt;port&gt;); eventuell muss Ihr Benutzer auch Mitglied der Gruppe dialout sein.</translation>
    </message>
    <message>
        <source>The device on %1 was disconnected (cable pulled?).</source>
        <translation>Die Verbindung zum Gerät an %1 wurde getrennt (Kabel abgezogen?).</translation>
    </message>
    <message>
        <source>The simulated device was unplugged.</source>
        <translation>Das simulierte Gerät wurde abgesteckt.</translation>
    </message>
    <message>
        <source>The simulated device is unplugged.</source>
        <translation>Das simulierte Gerät ist abgesteckt.</translation>
    </message>
    <message>
        <source>%1 did not accept the connection in time.</source>
        <translation>%1 hat die Verbindung nicht rechtzeitig angenommen.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2.</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>fb::device::Ports</name>
    <message>
        <source>USB %1</source>
        <translation>USB %1</translation>
    </message>
    <message>
        <source>S/N %1</source>
        <translation>S/N %1</translation>
    </message>
</context>
<context>
    <name>fb::device::RegisterMap</name>
    <message>
        <source>Mains power lost</source>
        <translation>Netzstrom ausgefallen</translation>
    </message>
    <message>
        <source>Mains power restored</source>
        <translation>Netzstrom wiederhergestellt</translation>
    </message>
    <message>
        <source>Door opened</source>
        <translation>Tür geöffnet</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>Tür geschlossen</translation>
    </message>
    <message>
        <source>Temperature above the alarm limit</source>
        <translation>Temperatur über der Alarmgrenze</translation>
    </message>
    <message>
        <source>Temperature below the alarm limit</source>
        <translation>Temperatur unter der Alarmgrenze</translation>
    </message>
    <message>
        <source>Temperature back in range</source>
        <translation>Temperatur wieder im Bereich</translation>
    </message>
    <message>
        <source>Network link down</source>
        <translation>Netzwerkverbindung unterbrochen</translation>
    </message>
    <message>
        <source>Network link up</source>
        <translation>Netzwerkverbindung aktiv</translation>
    </message>
    <message>
        <source>Antenna %1 fault</source>
        <translation>Fehler an Antenne %1</translation>
    </message>
    <message>
        <source>Controller restarted</source>
        <translation>Steuerung neu gestartet</translation>
    </message>
    <message>
        <source>Firmware updated to %1.%2</source>
        <translation>Firmware aktualisiert auf %1.%2</translation>
    </message>
    <message>
        <source>Unknown event %1 (value %2)</source>
        <translation>Unbekanntes Ereignis %1 (Wert %2)</translation>
    </message>
    <message>
        <source>The device sent fewer registers than the map has.</source>
        <translation>Das Gerät hat weniger Register gesendet, als die Registertabelle enthält.</translation>
    </message>
    <message>
        <source>The device uses register map version %1; this app knows version 1. Update Fieldbench.</source>
        <translation>Das Gerät verwendet Registertabelle Version %1; diese App kennt Version 1. Aktualisieren Sie Fieldbench.</translation>
    </message>
    <message>
        <source>The device reports an unknown model code %1.</source>
        <translation>Das Gerät meldet einen unbekannten Modellcode %1.</translation>
    </message>
    <message>
        <source>The device reports %1 antennas; the map allows 1 to 8.</source>
        <translation>Das Gerät meldet %1 Antennen; die Registertabelle erlaubt 1 bis 8.</translation>
    </message>
    <message>
        <source>The device reports %1 stored events; the map allows 32.</source>
        <translation>Das Gerät meldet %1 gespeicherte Ereignisse; die Registertabelle erlaubt 32.</translation>
    </message>
    <message>
        <source>The event log was read incompletely.</source>
        <translation>Das Ereignisprotokoll wurde unvollständig gelesen.</translation>
    </message>
    <message>
        <source>The low alarm limit must be below the high alarm limit.</source>
        <translation>Die untere Alarmgrenze muss unter der oberen Alarmgrenze liegen.</translation>
    </message>
    <message>
        <source>The alarm band must contain the setpoint (%1 °C).</source>
        <translation>Der Alarmbereich muss den Sollwert (%1 °C) enthalten.</translation>
    </message>
    <message>
        <source>The controller clock accepts times from 2020 to 2106 only.</source>
        <translation>Die Uhr der Steuerung akzeptiert nur Zeiten von 2020 bis 2106.</translation>
    </message>
    <message>
        <source>This model (%1) has no temperature setpoint: it runs at ambient temperature.</source>
        <translation>Dieses Modell (%1) hat keinen Temperatursollwert: Es läuft bei Umgebungstemperatur.</translation>
    </message>
    <message>
        <source>The setpoint must be between %2 and %3 °C on this model (%1).</source>
        <translation>Der Sollwert muss bei diesem Modell (%1) zwischen %2 und %3 °C liegen.</translation>
    </message>
    <message>
        <source>Alarm limits must lie between %2 and %3 °C on this model (%1).</source>
        <translation>Die Alarmgrenzen müssen bei diesem Modell (%1) zwischen %2 und %3 °C liegen.</translation>
    </message>
</context>
<context>
    <name>fb::device::SimServer</name>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>Pseudo-Terminal kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>Der Link %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht auf Verbindungen gewartet werden: %3</translation>
    </message>
</context>
<context>
    <name>fb::device::Simulator</name>
    <message>
        <source>Commands:
  mains off|on            mains failure / return (runs on battery)
  battery PERCENT|remove|fit
  supply MV|normal        force the supply voltage
  network down|up         Ethernet link
  hq down|up              HQ reachability (link stays up)
  antenna N open|weak|ok  antenna fault
  sensor fault|ok         temperature sensor
  temperature C           set the box temperature now
  door open [SECONDS]|close
  lock stuck|ok           lock does not engage
  advance SECONDS         run the model forward
  drop N | corrupt N | garbage N | wrong-address N | exception N
                          damage the next N replies on the link
  unplug | plug           pull / reconnect the service cable
  status                  print the model&apos;s state</source>
        <translation>Befehle:
  mains off|on            Netzausfall / -rückkehr (läuft auf Batterie)
  battery PERCENT|remove|fit
  supply MV|normal        Versorgungsspannung erzwingen
  network down|up         Ethernet-Verbindung
  hq down|up              Erreichbarkeit der Zentrale (Verbindung bleibt aktiv)
  antenna N open|weak|ok  Antennenfehler
  sensor fault|ok         Temperatursensor
  temperature C           Innentemperatur sofort setzen
  door open [SECONDS]|close
  lock stuck|ok           Schloss rastet nicht ein
  advance SECONDS         Modell vorwärts laufen lassen
  drop N | corrupt N | garbage N | wrong-address N | exception N
                          die nächsten N Antworten auf der Verbindung stören
  unplug | plug           Servicekabel abziehen / wieder anschließen
  status                  Zustand des Modells ausgeben</translation>
    </message>
    <message>
        <source>advance needs a number of seconds (0–604800).</source>
        <translation>advance braucht eine Anzahl Sekunden (0–604800).</translation>
    </message>
    <message>
        <source>advanced %1 s</source>
        <translation>%1 s vorgespult</translation>
    </message>
    <message>
        <source>mains %1</source>
        <translation>Netz %1</translation>
    </message>
    <message>
        <source>battery %1</source>
        <translation>Batterie %1</translation>
    </message>
    <message>
        <source>battery %1 %</source>
        <translation>Batterie %1 %</translation>
    </message>
    <message>
        <source>battery needs a percentage 0–100, remove or fit.</source>
        <translation>battery braucht einen Prozentwert 0–100, remove oder fit.</translation>
    </message>
    <message>
        <source>supply normal</source>
        <translation>Versorgung normal</translation>
    </message>
    <message>
        <source>supply %1 mV</source>
        <translation>Versorgung %1 mV</translation>
    </message>
    <message>
        <source>supply needs millivolts (1–65534) or normal.</source>
        <translation>supply braucht Millivolt (1–65534) oder normal.</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>hq %1</source>
        <translation>Zentrale %1</translation>
    </message>
    <message>
        <source>antenna needs a number from 1 to %1.</source>
        <translation>antenna braucht eine Nummer von 1 bis %1.</translation>
    </message>
    <message>
        <source>antenna N needs open, weak or ok.</source>
        <translation>antenna N braucht open, weak oder ok.</translation>
    </message>
    <message>
        <source>antenna %1 %2</source>
        <translation>Antenne %1 %2</translation>
    </message>
    <message>
        <source>sensor %1</source>
        <translation>Sensor %1</translation>
    </message>
    <message>
        <source>temperature needs °C between -50 and 80.</source>
        <translation>temperature braucht °C zwischen -50 und 80.</translation>
    </message>
    <message>
        <source>temperature %1 °C</source>
        <translation>Temperatur %1 °C</translation>
    </message>
    <message>
        <source>door open takes an optional number of seconds.</source>
        <translation>door open nimmt eine optionale Anzahl Sekunden an.</translation>
    </message>
    <message>
        <source>door open</source>
        <translation>Tür offen</translation>
    </message>
    <message>
        <source>door closed</source>
        <translation>Tür geschlossen</translation>
    </message>
    <message>
        <source>door needs open [SECONDS] or close.</source>
        <translation>door braucht open [SECONDS] oder close.</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>Schloss %1</translation>
    </message>
    <message>
        <source>%1 takes a count of replies.</source>
        <translation>%1 braucht eine Anzahl Antworten.</translation>
    </message>
    <message>
        <source>%1 next %2 replies</source>
        <translation>%1: die nächsten %2 Antworten</translation>
    </message>
    <message>
        <source>cable pulled</source>
        <translation>Kabel abgezogen</translation>
    </message>
    <message>
        <source>cable plugged in</source>
        <translation>Kabel angeschlossen</translation>
    </message>
    <message>
        <source>t=%1 °C%2 compressor %3 mains %4 battery %5 % network %6 door %7 events %8</source>
        <translation>t=%1 °C%2 Verdichter %3 Netz %4 Batterie %5 % Netzwerk %6 Tür %7 Ereignisse %8</translation>
    </message>
    <message>
        <source> (sensor fault)</source>
        <translation> (Sensorfehler)</translation>
    </message>
    <message>
        <source>Unknown simulator command &quot;%1&quot;. %2</source>
        <translation>Unbekannter Simulatorbefehl &quot;%1&quot;. %2</translation>
    </message>
</context>
<context>
    <name>fb::documents::DocumentsModule</name>
    <message>
        <source>The documents module could not be loaded (%1). Reinstall Fieldbench to print documents and read signatures.</source>
        <translation>Das Dokumentenmodul konnte nicht geladen werden (%1). Installieren Sie Fieldbench neu, um Dokumente zu drucken und Unterschriften zu lesen.</translation>
    </message>
</context>
<context>
    <name>fb::documents::Pdf</name>
    <message>
        <source>Cannot open a buffer for the PDF.</source>
        <translation>Für das PDF kann kein Puffer geöffnet werden.</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another location.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>Der PDF-Writer kann nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>fb::documents::Quote</name>
    <message>
        <source>Device warranty</source>
        <translation>Gerätegarantie</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>Reparaturgarantie</translation>
    </message>
    <message>
        <source>Amounts are in %1; tax is charged at %2.</source>
        <translation>Beträge in %1; Steuer wird mit %2 berechnet.</translation>
    </message>
    <message>
        <source>Lines covered by warranty are listed at a price of 0 with the warranty that covers them.</source>
        <translation>Positionen, die durch eine Garantie abgedeckt sind, werden mit dem Preis 0 und der abdeckenden Garantie aufgeführt.</translation>
    </message>
    <message>
        <source>Parts fitted and work done outside the device warranty carry a repair warranty of %1 days from the service date; a part that fails again within it is replaced free of charge.</source>
        <translation>Für Teile, die außerhalb der Gerätegarantie eingebaut werden, und dafür ausgeführte Arbeiten gilt eine Reparaturgarantie von %1 Tagen ab dem Servicedatum; ein Teil, das innerhalb dieser Frist erneut ausfällt, wird kostenlos ersetzt.</translation>
    </message>
    <message>
        <source>Work beyond this quote is quoted as a change order and done only after its own approval.</source>
        <translation>Arbeiten über dieses Angebot hinaus werden als Nachtragsangebot angeboten und erst nach dessen eigener Genehmigung ausgeführt.</translation>
    </message>
    <message>
        <source>By signing, the customer approves this quote (content SHA-256 %1).</source>
        <translation>Mit seiner Unterschrift genehmigt der Kunde dieses Angebot (Inhalt SHA-256 %1).</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Nachtragsangebot</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Nachtrag zu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Saved by warranty</source>
        <translation>Durch Garantie eingespart</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>fb::documents::ServiceReport</name>
    <message>
        <source>Service report</source>
        <translation>Servicebericht</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Ausgeführte Arbeiten</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Unterschrift des Kunden</translation>
    </message>
</context>
<context>
    <name>fb::gui::AddNoteDialog</name>
    <message>
        <source>Add note to %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>fb::gui::ApprovalWindow</name>
    <message>
        <source>Quote %1 for your approval</source>
        <translation>Angebot %1 zur Genehmigung</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <source>Reason, if you decline</source>
        <translation>Grund, falls Sie ablehnen</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Genehmigen und unterschreiben</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Sign here with your finger, a pen or the mouse:</source>
        <translation>Unterschreiben Sie hier mit dem Finger, einem Stift oder der Maus:</translation>
    </message>
</context>
<context>
    <name>fb::gui::ChangeStatusDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation>Status von %1 ändern</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Aktueller Status:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Neuer Status:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>No further status is possible from %1.</source>
        <translation>Von %1 aus ist kein weiterer Status möglich.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Grund (erforderlich):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>fb::gui::ConflictDialog</name>
    <message>
        <source>Settle conflicts</source>
        <translation>Konflikte beilegen</translation>
    </message>
    <message>
        <source>The same quote was approved twice, here and at HQ, with different signatures. Keep one approval; the other is kept on the quote as discarded, and the next sync sends your choice to HQ.</source>
        <translation>Dasselbe Angebot wurde zweimal freigegeben, hier und in der Zentrale, mit unterschiedlichen Unterschriften. Behalten Sie eine Freigabe; die andere bleibt als verworfen am Angebot vermerkt, und die nächste Synchronisierung sendet Ihre Wahl an die Zentrale.</translation>
    </message>
    <message>
        <source>Keep this approval</source>
        <translation>Diese Freigabe behalten</translation>
    </message>
    <message>
        <source>Shown here now</source>
        <translation>Hier derzeit angezeigt</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Unterschrieben von: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Unterschrieben am: %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Positionen:</translation>
    </message>
    <message>
        <source>  %1 × %2: %3</source>
        <translation>  %1 × %2: %3</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>Zwischensumme: %1</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>Steuer: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Quote %1: two approvals</source>
        <translation>Angebot %1: zwei Freigaben</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>Keine Konflikte beizulegen.</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Ihre Wahl wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved; the next sync sends it to HQ.</source>
        <translation>Gespeichert; die nächste Synchronisierung sendet sie an die Zentrale.</translation>
    </message>
</context>
<context>
    <name>fb::gui::ConnectPanel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>address:port, e.g. 10.0.0.5:502</source>
        <translation>Adresse:Port, z. B. 10.0.0.5:502</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Simulated %1</source>
        <translation>Simuliert: %1</translation>
    </message>
    <message>
        <source>Network (Modbus TCP)</source>
        <translation>Netzwerk (Modbus TCP)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>fb::gui::ContactsPanel</name>
    <message>
        <source>Support contacts</source>
        <translation>Support-Kontakte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>High-priority line, 24/7</source>
        <translation>Hotline für hohe Priorität, rund um die Uhr</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <source>Non-urgent support: opens a prepared message in your e-mail program</source>
        <translation>Nicht dringender Support: öffnet eine vorbereitete Nachricht in Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <source>High priority (24/7):</source>
        <translation>Hohe Priorität (24/7):</translation>
    </message>
    <message>
        <source>Non-urgent (e-mail):</source>
        <translation>Nicht dringend (E-Mail):</translation>
    </message>
    <message>
        <source>Select a ticket to see its region&apos;s support contacts.</source>
        <translation>Wählen Sie ein Ticket aus, um die Support-Kontakte seiner Region zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This ticket&apos;s site has no known support region yet (sync its site from HQ).</source>
        <translation>Für den Standort dieses Tickets ist noch keine Support-Region bekannt (synchronisieren Sie den Standort von der Zentrale).</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
</context>
<context>
    <name>fb::gui::CoverageTimeline</name>
    <message>
        <source>Warranty coverage</source>
        <translation>Garantieabdeckung</translation>
    </message>
    <message>
        <source>No warranty information.</source>
        <translation>Keine Garantieinformationen.</translation>
    </message>
    <message>
        <source>Device warranty until %1.</source>
        <translation>Gerätegarantie bis %1.</translation>
    </message>
    <message>
        <source>Device warranty ended %1.</source>
        <translation>Gerätegarantie abgelaufen am %1.</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4%5</source>
        <translation>%1: %2 vom %3 bis %4%5</translation>
    </message>
    <message>
        <source> (repeat failure, free)</source>
        <translation> (wiederholter Ausfall, kostenlos)</translation>
    </message>
    <message>
        <source>Select a device to see its warranty.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Garantie zu sehen.</translation>
    </message>
    <message>
        <source>Device warranty</source>
        <translation>Gerätegarantie</translation>
    </message>
</context>
<context>
    <name>fb::gui::DeviceListModel</name>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
</context>
<context>
    <name>fb::gui::DevicesPage</name>
    <message>
        <source>Search serial, site or customer…</source>
        <translation>Seriennummer, Standort oder Kunde suchen…</translation>
    </message>
    <message>
        <source>Select a device to see its service history and tickets.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Servicehistorie und Tickets zu sehen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Labour (h)</source>
        <translation>Arbeitszeit (h)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Double-click a ticket to open it on the Tickets page.</source>
        <translation>Doppelklicken Sie auf ein Ticket, um es auf der Seite &quot;Tickets&quot; zu öffnen.</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>Servicehistorie</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The device list could not be read: %1</source>
        <translation>Die Geräteliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 devices</source>
        <translation>
            <numerusform>%1 Gerät</numerusform>
            <numerusform>%1 Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2
Site: %3
Installed: %4 · Firmware: %5</source>
        <translation>%1 · %2
Standort: %3
Installiert: %4 · Firmware: %5</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>fb::gui::DiagnosticsPage</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Run all checks</source>
        <translation>Alle Prüfungen ausführen</translation>
    </message>
    <message>
        <source>RFID scan</source>
        <translation>RFID-Scan</translation>
    </message>
    <message>
        <source>Unlock door…</source>
        <translation>Tür entriegeln…</translation>
    </message>
    <message>
        <source>Clear event log…</source>
        <translation>Ereignisprotokoll löschen…</translation>
    </message>
    <message>
        <source>Restart controller…</source>
        <translation>Steuerung neu starten…</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Set setpoint…</source>
        <translation>Sollwert setzen…</translation>
    </message>
    <message>
        <source>Save to ticket</source>
        <translation>Im Ticket speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: see the Checks tab.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: siehe Registerkarte &quot;Prüfungen&quot;.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: siehe Registerkarte &quot;Prüfungen&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Unlock the door now? It re-locks when closed.</source>
        <translation>Tür jetzt entriegeln? Sie verriegelt sich beim Schließen wieder.</translation>
    </message>
    <message>
        <source>Clear the controller&apos;s event log? The events cannot be read again.</source>
        <translation>Ereignisprotokoll der Steuerung löschen? Die Ereignisse können danach nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>Restart the controller? It stops monitoring for a few seconds.</source>
        <translation>Steuerung neu starten? Die Überwachung setzt dabei einige Sekunden aus.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Scan finished.</source>
        <translation>Scan abgeschlossen.</translation>
    </message>
    <message>
        <source>Door unlocked.</source>
        <translation>Tür entriegelt.</translation>
    </message>
    <message>
        <source>Event log cleared.</source>
        <translation>Ereignisprotokoll gelöscht.</translation>
    </message>
    <message>
        <source>Controller restarted.</source>
        <translation>Steuerung neu gestartet.</translation>
    </message>
    <message>
        <source>Set the temperature setpoint to %1 °C?</source>
        <translation>Temperatursollwert auf %1 °C setzen?</translation>
    </message>
    <message>
        <source>Setpoint set to %1 °C.</source>
        <translation>Sollwert auf %1 °C gesetzt.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Report saved on ticket %1.</source>
        <translation>Bericht im Ticket %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export telemetry</source>
        <translation>Telemetrie exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Telemetry exported to %1.</source>
        <translation>Telemetrie nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mains</source>
        <translation>Netzstrom</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennen</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Requests %1 · timeouts %2 · CRC errors %3 · exceptions %4 · stray bytes %5 · wrong address %6 · reconnects %7</source>
        <translation>Anfragen %1 · Zeitüberschreitungen %2 · CRC-Fehler %3 · Exceptions %4 · Streubytes %5 · falsche Adresse %6 · Neuverbindungen %7</translation>
    </message>
    <message>
        <source>%1
Serial %2
Firmware %3 · bootloader %4 · hardware %5
Address %6 · uptime %7 h</source>
        <translation>%1
Seriennummer %2
Firmware %3 · Bootloader %4 · Hardware %5
Adresse %6 · Betriebszeit %7 h</translation>
    </message>
    <message>
        <source>Mains %1 V</source>
        <translation>Netz %1 V</translation>
    </message>
    <message>
        <source>On battery</source>
        <translation>Batteriebetrieb</translation>
    </message>
    <message>
        <source>Battery %1 %</source>
        <translation>Batterie %1 %</translation>
    </message>
    <message>
        <source>No battery</source>
        <translation>Keine Batterie</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Sensor fault</source>
        <translation>Sensorfehler</translation>
    </message>
    <message>
        <source>Link %1 Mbit/s</source>
        <translation>Verbindung %1 Mbit/s</translation>
    </message>
    <message>
        <source>Link down</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>HQ reachable</source>
        <translation>Zentrale erreichbar</translation>
    </message>
    <message>
        <source>HQ unreachable</source>
        <translation>Zentrale nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 of %2 antennas faulty</source>
        <translation>%1 von %2 Antennen fehlerhaft</translation>
    </message>
    <message>
        <source>%1 antennas OK</source>
        <translation>%1 Antennen OK</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>Tür offen</translation>
    </message>
    <message>
        <source>Closed, locked</source>
        <translation>Geschlossen, verriegelt</translation>
    </message>
    <message>
        <source>Closed, unlocked</source>
        <translation>Geschlossen, entriegelt</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scan läuft…</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
</context>
<context>
    <name>fb::gui::EscalationDialog</name>
    <message>
        <source>Escalate %1 internally</source>
        <translation>%1 intern eskalieren</translation>
    </message>
    <message>
        <source>Schedule onsite visit for %1</source>
        <translation>Vor-Ort-Einsatz für %1 planen</translation>
    </message>
    <message>
        <source>The first next-steps update is due by %1 (site time), then every business day until resolved.</source>
        <translation>Das erste Update zu den nächsten Schritten ist bis %1 (Ortszeit des Standorts) fällig, danach an jedem Werktag bis zur Lösung.</translation>
    </message>
    <message>
        <source>The onsite response is due by %1 (site time).</source>
        <translation>Die Vor-Ort-Reaktion ist bis %1 (Ortszeit des Standorts) fällig.</translation>
    </message>
    <message>
        <source>No deadline can be computed: the ticket&apos;s site has no known region.</source>
        <translation>Es kann keine Frist berechnet werden: Für den Standort des Tickets ist keine Region bekannt.</translation>
    </message>
    <message>
        <source>Next steps and timeline for the customer (required):</source>
        <translation>Nächste Schritte und Zeitplan für den Kunden (erforderlich):</translation>
    </message>
    <message>
        <source>Visit plan (optional):</source>
        <translation>Einsatzplan (optional):</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Nächste Schritte: %1</translation>
    </message>
    <message>
        <source>Visit plan: %1</source>
        <translation>Einsatzplan: %1</translation>
    </message>
</context>
<context>
    <name>fb::gui::GuiContext</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>fb::gui::LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>fb::gui::LogWorkDialog</name>
    <message>
        <source>Log work on %1</source>
        <translation>Arbeit an %1 erfassen</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Part fitted</source>
        <translation>Verbautes Teil</translation>
    </message>
    <message>
        <source>Loading the parts catalog…</source>
        <translation>Teilekatalog wird geladen…</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Teil:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Log work</source>
        <translation>Arbeit erfassen</translation>
    </message>
    <message>
        <source>The parts catalog could not be read: %1</source>
        <translation>Der Teilekatalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Duration: %1 h</source>
        <translation>Dauer: %1 h</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>fb::gui::MainWindow</name>
    <message>
        <source>Fieldbench</source>
        <translation>Fieldbench</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>S&amp;tatus ändern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Kein Gerät</translation>
    </message>
    <message>
        <source>&amp;Automatic (by window width)</source>
        <translation>&amp;Automatisch (nach Fensterbreite)</translation>
    </message>
    <message>
        <source>&amp;Beside the list</source>
        <translation>&amp;Neben der Liste</translation>
    </message>
    <message>
        <source>B&amp;elow the list</source>
        <translation>&amp;Unter der Liste</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>fb::gui::ManualExport</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export chapter as PDF</source>
        <translation>Kapitel als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print manual chapter</source>
        <translation>Handbuchkapitel drucken</translation>
    </message>
    <message>
        <source>The printer %1 reported an error. Check that it is on and connected, then print again.</source>
        <translation>Der Drucker %1 hat einen Fehler gemeldet. Prüfen Sie, ob er eingeschaltet und angeschlossen ist, und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>fb::gui::ManualsPage</name>
    <message>
        <source>Service manuals</source>
        <translation>Servicehandbücher</translation>
    </message>
    <message>
        <source>Opening the manuals…</source>
        <translation>Handbücher werden geöffnet…</translation>
    </message>
    <message>
        <source>Search the manuals</source>
        <translation>Handbücher durchsuchen</translation>
    </message>
    <message>
        <source>Only this model</source>
        <translation>Nur dieses Modell</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>External links are not opened from the manuals.</source>
        <translation>Externe Links werden aus den Handbüchern nicht geöffnet.</translation>
    </message>
    <message>
        <source>Service manuals unavailable</source>
        <translation>Servicehandbücher nicht verfügbar</translation>
    </message>
    <message>
        <source>Some manual updates from HQ could not be used: %1</source>
        <translation>Einige Handbuch-Updates von der Zentrale konnten nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>shown in %1: this chapter has no %2 version</source>
        <translation>angezeigt in %1: Dieses Kapitel gibt es nicht in %2</translation>
    </message>
    <message>
        <source>updated by HQ to version %1</source>
        <translation>von der Zentrale auf Version %1 aktualisiert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Print and PDF export</source>
        <translation>Drucken und PDF-Export</translation>
    </message>
</context>
<context>
    <name>fb::gui::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What the customer reports</source>
        <translation>Was der Kunde meldet</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
</context>
<context>
    <name>fb::gui::NoticesPage</name>
    <message>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Uptime report…</source>
        <translation>Verfügbarkeitsbericht…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Loading notices…</source>
        <translation>Mitteilungen werden geladen…</translation>
    </message>
    <message>
        <source>Planned outages</source>
        <translation>Geplante Ausfälle</translation>
    </message>
    <message>
        <source>Discontinuations</source>
        <translation>Abkündigungen</translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short notice: %n day(s) (at least %1 required)</source>
        <translation>
            <numerusform>Kurzfristig: %n Tag (mindestens %1 erforderlich)</numerusform>
            <numerusform>Kurzfristig: %n Tage (mindestens %1 erforderlich)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n Mitteilung</numerusform>
            <numerusform>%n Mitteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n announced with short notice</source>
        <translation>
            <numerusform>%n kurzfristig angekündigt</numerusform>
            <numerusform>%n kurzfristig angekündigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: %1</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::gui::PageList</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Manuals</source>
        <translation>Handbücher</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <source>step-by-step troubleshooting wizards recorded on the ticket.</source>
        <translation>schrittweise Assistenten zur Fehlersuche, im Ticket protokolliert.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>fb::gui::PasswordDialog</name>
    <message>
        <source>HQ password</source>
        <translation>Passwort für die Zentrale</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The password is kept only until Fieldbench closes.</source>
        <translation>Das Passwort wird nur bis zum Beenden von Fieldbench behalten.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
</context>
<context>
    <name>fb::gui::PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fb::gui::PlaceholderPage</name>
    <message>
        <source>This page is not built yet: %1</source>
        <translation>Diese Seite ist noch nicht fertig: %1</translation>
    </message>
</context>
<context>
    <name>fb::gui::QuotesPage</name>
    <message>
        <source>Ticket number, e.g. T-000123</source>
        <translation>Ticketnummer, z. B. T-000123</translation>
    </message>
    <message>
        <source>Show quotes</source>
        <translation>Angebote anzeigen</translation>
    </message>
    <message>
        <source>New quote / change order</source>
        <translation>Neues Angebot / Nachtragsangebot</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Part number or text</source>
        <translation>Teilenummer oder Text</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <source>Add labour</source>
        <translation>Arbeitszeit hinzufügen</translation>
    </message>
    <message>
        <source>Add travel</source>
        <translation>Anfahrt hinzufügen</translation>
    </message>
    <message>
        <source>Parts catalog:</source>
        <translation>Teilekatalog:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Labour hours:</source>
        <translation>Arbeitsstunden:</translation>
    </message>
    <message>
        <source>Travel km:</source>
        <translation>Fahrstrecke (km):</translation>
    </message>
    <message>
        <source>Customer approval…</source>
        <translation>Genehmigung durch den Kunden…</translation>
    </message>
    <message>
        <source>Quote PDF…</source>
        <translation>Angebots-PDF…</translation>
    </message>
    <message>
        <source>Service report PDF…</source>
        <translation>Servicebericht-PDF…</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>Approved: read-only. Further costs need a change order.</source>
        <translation>Genehmigt: schreibgeschützt. Weitere Kosten erfordern ein Nachtragsangebot.</translation>
    </message>
    <message>
        <source>Choose a ticket to see and build its quotes.</source>
        <translation>Wählen Sie ein Ticket aus, um seine Angebote zu sehen und zu erstellen.</translation>
    </message>
    <message>
        <source>Choose a ticket first.</source>
        <translation>Wählen Sie zuerst ein Ticket aus.</translation>
    </message>
    <message>
        <source>Choose a part from the catalog first.</source>
        <translation>Wählen Sie zuerst ein Teil aus dem Katalog aus.</translation>
    </message>
    <message>
        <source>Ticket %1 has no quotes yet. “%2” starts one.</source>
        <translation>Ticket %1 hat noch keine Angebote. „%2“ legt eines an.</translation>
    </message>
</context>
<context>
    <name>fb::gui::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>fb::gui::Sla</name>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
</context>
<context>
    <name>fb::gui::SlaNotifier</name>
    <message>
        <source>Fieldbench: service deadlines</source>
        <translation>Fieldbench: Servicefristen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1: %2 deadline breached.</source>
        <translation>%1: Frist für %2 überschritten.</translation>
    </message>
    <message>
        <source>%1: %2 deadline at risk.</source>
        <translation>%1: Frist für %2 gefährdet.</translation>
    </message>
    <message>
        <source>Service deadline</source>
        <translation>Servicefrist</translation>
    </message>
</context>
<context>
    <name>fb::gui::SyncController</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync not set up · %1 pending</source>
        <translation>Sync nicht eingerichtet · %1 ausstehend</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisiere %1 %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Offline · %1 pending</source>
        <translation>Offline · %1 ausstehend</translation>
    </message>
    <message>
        <source>Sync failed · %1 pending</source>
        <translation>Sync fehlgeschlagen · %1 ausstehend</translation>
    </message>
    <message>
        <source>Sync needs password · %1 pending</source>
        <translation>Sync braucht Passwort · %1 ausstehend</translation>
    </message>
    <message>
        <source>Sync needs attention · %1 conflicts</source>
        <translation>Sync braucht Aufmerksamkeit · %1 Konflikte</translation>
    </message>
    <message>
        <source>Not synced yet · %1 pending</source>
        <translation>Noch nicht synchronisiert · %1 ausstehend</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Synced %1 · %2 pending</source>
        <translation>Synchronisiert %1 · %2 ausstehend</translation>
    </message>
</context>
<context>
    <name>fb::gui::SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Geholt</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Conflicts settled</source>
        <translation>Konflikte gelöst</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Last good sync:</source>
        <translation>Letzte erfolgreiche Synchronisierung:</translation>
    </message>
    <message>
        <source>Local changes not yet at HQ:</source>
        <translation>Lokale Änderungen, noch nicht in der Zentrale:</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync-Protokoll</translation>
    </message>
    <message>
        <source>Sync settings not saved</source>
        <translation>Sync-Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Needs attention: the last sync failed</source>
        <translation>Braucht Aufmerksamkeit: die letzte Synchronisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Needs the HQ password</source>
        <translation>Braucht das Passwort für die Zentrale</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> (%1 conflicts to settle)</source>
        <translation> (%1 Konflikte zu lösen)</translation>
    </message>
    <message>
        <source>Settled %1 (%2)</source>
        <translation>Gelöst: %1 (%2)</translation>
    </message>
    <message>
        <source>Not imported: %1 (%2)</source>
        <translation>Nicht übernommen: %1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Settle conflicts…</source>
        <translation>Konflikte beilegen…</translation>
    </message>
</context>
<context>
    <name>fb::gui::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Sync-Einstellungen</translation>
    </message>
    <message>
        <source>HQ server:</source>
        <translation>Zentralserver:</translation>
    </message>
    <message>
        <source>https://hq.example.com/</source>
        <translation>https://hq.example.com/</translation>
    </message>
    <message>
        <source>Technician id:</source>
        <translation>Techniker-ID:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>(system certificates only)</source>
        <translation>(nur Systemzertifikate)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Company CA file:</source>
        <translation>CA-Datei des Unternehmens:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>(from the system)</source>
        <translation>(vom System)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I click Sync now</source>
        <translation>Nur bei „Jetzt synchronisieren“</translation>
    </message>
    <message>
        <source>Sync automatically every:</source>
        <translation>Automatisch synchronisieren alle:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter the technician id as HQ assigned it: lower-case letters, digits, - and _.</source>
        <translation>Geben Sie die Techniker-ID so ein, wie die Zentrale sie vergeben hat: Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Geben Sie den Benutzernamen zum Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>CA-Zertifikat des Unternehmens</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fb::gui::TelemetryCharts</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Sollwert</translation>
    </message>
    <message>
        <source>Alarm low</source>
        <translation>Alarm unten</translation>
    </message>
    <message>
        <source>Alarm high</source>
        <translation>Alarm oben</translation>
    </message>
    <message>
        <source>Supply and battery</source>
        <translation>Versorgung und Batterie</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Antenna return loss</source>
        <translation>Rückflussdämpfung der Antennen</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Antenna %1</source>
        <translation>Antenne %1</translation>
    </message>
</context>
<context>
    <name>fb::gui::TicketDetailView</name>
    <message>
        <source>Change status…</source>
        <translation>Status ändern…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Select a ticket to see its history and notes.</source>
        <translation>Wählen Sie ein Ticket aus, um seinen Verlauf und seine Notizen zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1 · Priority: %2 · Channel: %3
Device: %4 · Site: %5
Received: %6</source>
        <translation>Status: %1 · Priorität: %2 · Kanal: %3
Gerät: %4 · Standort: %5
Eingegangen: %6</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Log work…</source>
        <translation>Arbeit erfassen…</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Time and parts</source>
        <translation>Zeit und Teile</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>fb::gui::TicketListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fb::gui::TicketsPage</name>
    <message>
        <source>Search number, summary or device…</source>
        <translation>Nummer, Zusammenfassung oder Gerät suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Neues Ticket…</translation>
    </message>
    <message>
        <source>The ticket list could not be read: %1</source>
        <translation>Die Ticketliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 tickets</source>
        <translation>
            <numerusform>%1 Ticket</numerusform>
            <numerusform>%1 Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Dieses Ticket existiert nicht mehr.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>The sites could not be read: %1</source>
        <translation>Die Standorte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This workspace has no sites yet. Sync with headquarters or create the demo workspace first.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Standorte. Synchronisieren Sie mit der Zentrale oder erstellen Sie zuerst den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Ticket not created</source>
        <translation>Ticket nicht erstellt</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>fb::gui::Uptime</name>
    <message>
        <source>Uptime report %1</source>
        <translation>Verfügbarkeitsbericht %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1; choose a folder you can write to.</source>
        <translation>Das PDF %1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Uptime report for device %1</source>
        <translation>Verfügbarkeitsbericht für Gerät %1</translation>
    </message>
    <message>
        <source>Target: %1 % monthly availability; internet outages and force majeure excluded.</source>
        <translation>Ziel: %1 % monatliche Verfügbarkeit; Internetausfälle und höhere Gewalt ausgenommen.</translation>
    </message>
    <message>
        <source>%1: %2 % available, %3 min down (%4 min excluded, %5 min allowed) — %6</source>
        <translation>%1: %2 % verfügbar, %3 min Ausfall (%4 min ausgenommen, %5 min zulässig) — %6</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>target missed</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>Writing the PDF %1 failed.</source>
        <translation>Das Schreiben des PDFs %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The PDF %1 was not created.</source>
        <translation>Das PDF %1 wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>fb::gui::UptimeDialog</name>
    <message>
        <source>Uptime report</source>
        <translation>Verfügbarkeitsbericht</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Internet outage outside the vendor&apos;s control</source>
        <translation>Internetausfall außerhalb der Kontrolle des Herstellers</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Höhere Gewalt</translation>
    </message>
    <message>
        <source>Exclude interval</source>
        <translation>Intervall ausnehmen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Excluded intervals (all devices unless the note says otherwise):</source>
        <translation>Ausgenommene Intervalle (alle Geräte, sofern die Notiz nichts anderes sagt):</translation>
    </message>
    <message>
        <source>No devices in this workspace.</source>
        <translation>Keine Geräte in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This month: %1 % available, %2 min counted downtime of %3 min allowed.</source>
        <translation>Dieser Monat: %1 % verfügbar, %2 min gezählte Ausfallzeit (zulässig: %3 min).</translation>
    </message>
    <message>
        <source>Monthly availability of %1</source>
        <translation>Monatliche Verfügbarkeit von %1</translation>
    </message>
    <message>
        <source>Availability %</source>
        <translation>Verfügbarkeit %</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>An excluded interval must end after it starts.</source>
        <translation>Ein ausgenommenes Intervall muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Interval not excluded</source>
        <translation>Intervall nicht ausgenommen</translation>
    </message>
    <message>
        <source>Interval not removed</source>
        <translation>Intervall nicht entfernt</translation>
    </message>
    <message>
        <source>Export uptime report</source>
        <translation>Verfügbarkeitsbericht exportieren</translation>
    </message>
    <message>
        <source>uptime-%1.pdf</source>
        <translation>uptime-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
</context>
<context>
    <name>fb::gui::WorkspaceSetup</name>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erstellt…</translation>
    </message>
    <message>
        <source>Fieldbench</source>
        <translation>Fieldbench</translation>
    </message>
    <message>
        <source>Welcome to Fieldbench</source>
        <translation>Willkommen bei Fieldbench</translation>
    </message>
    <message>
        <source>There is no workspace at %1 yet.

Create a demo workspace with sample customers, devices and %2 tickets to try Fieldbench, or an empty workspace for your own work.</source>
        <translation>Unter %1 gibt es noch keinen Arbeitsbereich.

Erstellen Sie einen Demo-Arbeitsbereich mit Beispielkunden, -geräten und %2 Tickets, um Fieldbench auszuprobieren, oder einen leeren Arbeitsbereich für Ihre eigene Arbeit.</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Demo-Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>Create empty workspace</source>
        <translation>Leeren Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>Demo workspace not created</source>
        <translation>Demo-Arbeitsbereich nicht erstellt</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>Arbeitsbereich nicht erstellt</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened:
%2

The file has not been changed.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden:
%2

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation>Anderen Ordner öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Ordner des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>SLA deadlines not updated</source>
        <translation>SLA-Fristen nicht aktualisiert</translation>
    </message>
    <message>
        <source>The SLA deadlines could not be updated for the changed service policy:
%1

They are updated the next time the workspace opens.</source>
        <translation>Die SLA-Fristen konnten für die geänderte Service-Richtlinie nicht aktualisiert werden:
%1

Sie werden beim nächsten Öffnen des Arbeitsbereichs aktualisiert.</translation>
    </message>
</context>
<context>
    <name>fb::json</name>
    <message>
        <source>Field &quot;%1&quot; is missing or not text.</source>
        <translation>Feld &quot;%1&quot; fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a UTC time like 2026-11-29T14:03:00Z.</source>
        <translation>Feld &quot;%1&quot; muss eine UTC-Zeit wie 2026-11-29T14:03:00Z sein.</translation>
    </message>
</context>
<context>
    <name>fb::manuals::Chapter</name>
    <message>
        <source>%1: the file must start with front matter between &quot;---&quot; lines.</source>
        <translation>%1: Die Datei muss mit Front Matter zwischen &quot;---&quot;-Zeilen beginnen.</translation>
    </message>
    <message>
        <source>%1:%2: front matter lines are &quot;key: value&quot;.</source>
        <translation>%1:%2: Front-Matter-Zeilen haben die Form &quot;key: value&quot;.</translation>
    </message>
    <message>
        <source>%1: the front matter is not closed by a &quot;---&quot; line.</source>
        <translation>%1: Das Front Matter wird nicht durch eine &quot;---&quot;-Zeile abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: the front matter lacks &quot;%2&quot;.</source>
        <translation>%1: Im Front Matter fehlt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: language &quot;%2&quot; is not one of %3.</source>
        <translation>%1: Die Sprache &quot;%2&quot; ist keine von %3.</translation>
    </message>
    <message>
        <source>%1: version &quot;%2&quot; must look like 1.0.0.</source>
        <translation>%1: Die Version &quot;%2&quot; muss wie 1.0.0 aussehen.</translation>
    </message>
    <message>
        <source>%1: manual and chapter must be lower-case kebab-case names.</source>
        <translation>%1: manual und chapter müssen Namen in Kleinbuchstaben-Kebab-Case sein.</translation>
    </message>
    <message>
        <source>%1: the chapter has no &quot;# Title&quot; heading.</source>
        <translation>%1: Das Kapitel hat keine Überschrift &quot;# Title&quot;.</translation>
    </message>
    <message>
        <source>the code block is not closed by ```.</source>
        <translation>der Codeblock wird nicht durch ``` abgeschlossen.</translation>
    </message>
    <message>
        <source>a chapter has exactly one &quot;# Title&quot; heading.</source>
        <translation>ein Kapitel hat genau eine Überschrift &quot;# Title&quot;.</translation>
    </message>
    <message>
        <source>the heading needs an anchor: add {#some-name}.</source>
        <translation>die Überschrift braucht einen Anker: Fügen Sie {#some-name} hinzu.</translation>
    </message>
    <message>
        <source>the anchor &quot;%1&quot; is used twice in this chapter.</source>
        <translation>der Anker &quot;%1&quot; wird in diesem Kapitel zweimal verwendet.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; must be a file in manuals/images/, written ../../images/&lt;name&gt;.svg; remote images are not allowed.</source>
        <translation>das Bild &quot;%1&quot; muss eine Datei in manuals/images/ sein, geschrieben als ../../images/&lt;name&gt;.svg; externe Bilder sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>the link target &quot;%1&quot; is not a manual: link; shown as text.</source>
        <translation>das Linkziel &quot;%1&quot; ist kein manual:-Link; wird als Text angezeigt.</translation>
    </message>
</context>
<context>
    <name>fb::manuals::Compiler</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No manual sources at %1.</source>
        <translation>Keine Handbuchquellen unter %1.</translation>
    </message>
    <message>
        <source>%1: chapter files are named NN-chapter-name.md.</source>
        <translation>%1: Kapiteldateien heißen NN-chapter-name.md.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the front matter (%2/%3/%4) does not match the file&apos;s place (%5/%6/%7).</source>
        <translation>%1: Das Front Matter (%2/%3/%4) passt nicht zum Ort der Datei (%5/%6/%7).</translation>
    </message>
    <message>
        <source>%1: the chapter &quot;%2&quot; exists twice.</source>
        <translation>%1: Das Kapitel &quot;%2&quot; existiert doppelt.</translation>
    </message>
    <message>
        <source>No chapters under %1 (expected &lt;lang&gt;/&lt;manual&gt;/NN-chapter.md).</source>
        <translation>Keine Kapitel unter %1 (erwartet: &lt;lang&gt;/&lt;manual&gt;/NN-chapter.md).</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a manual:&lt;manual&gt;/&lt;chapter&gt;#&lt;anchor&gt; link.</source>
        <translation>%1:%2: &quot;%3&quot; ist kein Link der Form manual:&lt;manual&gt;/&lt;chapter&gt;#&lt;anchor&gt;.</translation>
    </message>
    <message>
        <source>%1:%2: the link %3 points to a chapter that does not exist.</source>
        <translation>%1:%2: Der Link %3 verweist auf ein Kapitel, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1:%2: the link %3 points to an anchor that %4 does not have.</source>
        <translation>%1:%2: Der Link %3 verweist auf einen Anker, den %4 nicht hat.</translation>
    </message>
    <message>
        <source>%1: the image %2 is not in manuals/images/.</source>
        <translation>%1: Das Bild %2 liegt nicht in manuals/images/.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not read back the search index.</source>
        <translation>Der Suchindex konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Could not move the package to %1.</source>
        <translation>Das Paket konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>fb::manuals::Library</name>
    <message>
        <source>The manual package at %1 is damaged (%2). Reinstall Fieldbench or rebuild the manuals; the rest of the app works without them.</source>
        <translation>Das Handbuchpaket unter %1 ist beschädigt (%2). Installieren Sie Fieldbench neu oder erstellen Sie die Handbücher neu; der Rest der App funktioniert ohne sie.</translation>
    </message>
    <message>
        <source>The service manuals are not installed (looked in %1). Reinstall Fieldbench or set FIELDBENCH_MANUALS_DIR; the rest of the app works without them.</source>
        <translation>Die Servicehandbücher sind nicht installiert (gesucht in %1). Installieren Sie Fieldbench neu oder setzen Sie FIELDBENCH_MANUALS_DIR; der Rest der App funktioniert ohne sie.</translation>
    </message>
    <message>
        <source>No manual package at %1 (manifest.json is missing). Reinstall Fieldbench; the rest of the app works without the manuals.</source>
        <translation>Kein Handbuchpaket unter %1 (manifest.json fehlt). Installieren Sie Fieldbench neu; der Rest der App funktioniert ohne die Handbücher.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON</source>
        <translation>manifest.json ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>package format %1, expected %2</source>
        <translation>Paketformat %1, erwartet %2</translation>
    </message>
    <message>
        <source>manifest.json lists no files</source>
        <translation>manifest.json listet keine Dateien auf</translation>
    </message>
    <message>
        <source>manifest.json names a file outside the package</source>
        <translation>manifest.json nennt eine Datei außerhalb des Pakets</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation>%1 stimmt nicht mit seiner Prüfsumme überein</translation>
    </message>
    <message>
        <source>manifest.json has a chapter without its page</source>
        <translation>manifest.json enthält ein Kapitel ohne seine Seite</translation>
    </message>
    <message>
        <source>Manual update %1 has no &quot;source&quot;; ignored.</source>
        <translation>Handbuch-Update %1 hat keine &quot;source&quot;; ignoriert.</translation>
    </message>
    <message>
        <source>manual update %1</source>
        <translation>Handbuch-Update %1</translation>
    </message>
    <message>
        <source>Manual update %1 shows the image %2, which this package does not have.</source>
        <translation>Handbuch-Update %1 zeigt das Bild %2, das in diesem Paket nicht enthalten ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a manual link (manual:&lt;model&gt;/&lt;chapter&gt;#&lt;section&gt;).</source>
        <translation>&quot;%1&quot; ist kein Handbuchlink (manual:&lt;model&gt;/&lt;chapter&gt;#&lt;section&gt;).</translation>
    </message>
    <message>
        <source>There is no manual for &quot;%1&quot;.</source>
        <translation>Es gibt kein Handbuch für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 manual has no chapter &quot;%2&quot;.</source>
        <translation>Das Handbuch %1 hat kein Kapitel &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; has no section &quot;%2&quot;.</source>
        <translation>Das Kapitel &quot;%1&quot; hat keinen Abschnitt &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::manuals::Search</name>
    <message>
        <source>This SQLite has no FTS5 full-text search; install a SQLite library built with FTS5.</source>
        <translation>Diese SQLite-Version hat keine FTS5-Volltextsuche; installieren Sie eine mit FTS5 erstellte SQLite-Bibliothek.</translation>
    </message>
    <message>
        <source>Could not register the German search tokenizer.</source>
        <translation>Der deutsche Such-Tokenizer konnte nicht registriert werden.</translation>
    </message>
    <message>
        <source>The manual search index %1 is missing.</source>
        <translation>Der Suchindex der Handbücher %1 fehlt.</translation>
    </message>
    <message>
        <source>The manual search index %1 is damaged or was made by another Fieldbench version; reinstall the manuals.</source>
        <translation>Der Suchindex der Handbücher %1 ist beschädigt oder wurde von einer anderen Fieldbench-Version erstellt; installieren Sie die Handbücher neu.</translation>
    </message>
    <message>
        <source>Could not copy the manual index: %1</source>
        <translation>Der Handbuchindex konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Could not prepare the search ranking: %1</source>
        <translation>Die Rangfolge der Suche konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The search tokenizer for language %1 is missing.</source>
        <translation>Der Such-Tokenizer für die Sprache %1 fehlt.</translation>
    </message>
    <message>
        <source>Could not write the search ranking: %1</source>
        <translation>Das Suchranking konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::modules::ModuleLoader</name>
    <message>
        <source>%1 has no entry point %2.</source>
        <translation>%1 hat keinen Einstiegspunkt %2.</translation>
    </message>
    <message>
        <source>%1 belongs to another build of Fieldbench.</source>
        <translation>%1 gehört zu einem anderen Build von Fieldbench.</translation>
    </message>
</context>
<context>
    <name>fb::policy::Bulletins</name>
    <message>
        <source>Invalid bulletin %1: %2</source>
        <translation>Ungültige Mitteilung %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::policy::Calendar</name>
    <message>
        <source>Region %1 has no business hours within ten years; check its weekdays and holidays in the policy.</source>
        <translation>Region %1 hat innerhalb von zehn Jahren keine Geschäftszeiten; prüfen Sie ihre Wochentage und Feiertage in der Richtlinie.</translation>
    </message>
</context>
<context>
    <name>fb::policy::Contacts</name>
    <message>
        <source>Ticket %1: %2 (device %3)</source>
        <translation>Ticket %1: %2 (Gerät %3)</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>Gerät: %1 (%2)</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Latest diagnostic result:</source>
        <translation>Letztes Diagnoseergebnis:</translation>
    </message>
    <message>
        <source>No diagnostic report recorded for this ticket.</source>
        <translation>Für dieses Ticket ist kein Diagnosebericht gespeichert.</translation>
    </message>
    <message>
        <source>Report taken %1 on device %2: %3 of %4 checks passed.</source>
        <translation>Bericht vom %1 an Gerät %2: %3 von %4 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>fb::policy::Policy</name>
    <message>
        <source>Invalid service policy: %1 %2.</source>
        <translation>Ungültige Servicerichtlinie: %1 %2.</translation>
    </message>
    <message>
        <source>must be a time like &quot;08:00&quot;</source>
        <translation>muss eine Uhrzeit wie &quot;08:00&quot; sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be &quot;business&quot; or &quot;calendar&quot;</source>
        <translation>muss &quot;business&quot; oder &quot;calendar&quot; sein</translation>
    </message>
    <message>
        <source>must be a positive number of hours</source>
        <translation>muss eine positive Anzahl Stunden sein</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>braucht einen Namen</translation>
    </message>
    <message>
        <source>(fixed) needs a valid month and day</source>
        <translation>(fixed) braucht einen gültigen Monat und Tag</translation>
    </message>
    <message>
        <source>(nth_weekday) needs month 1-12, weekday 1-7 and n 1-5</source>
        <translation>(nth_weekday) braucht Monat 1-12, Wochentag 1-7 und n 1-5</translation>
    </message>
    <message>
        <source>(last_weekday) needs month 1-12 and weekday 1-7</source>
        <translation>(last_weekday) braucht Monat 1-12 und Wochentag 1-7</translation>
    </message>
    <message>
        <source>has unknown rule &quot;%1&quot; (fixed, nth_weekday, last_weekday, easter)</source>
        <translation>hat die unbekannte Regel &quot;%1&quot; (fixed, nth_weekday, last_weekday, easter)</translation>
    </message>
    <message>
        <source>must be an IANA time zone this system knows (&quot;%1&quot; is not)</source>
        <translation>muss eine IANA-Zeitzone sein, die dieses System kennt (&quot;%1&quot; ist keine)</translation>
    </message>
    <message>
        <source>must end after it starts</source>
        <translation>muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>must hold numbers 1 (Monday) to 7</source>
        <translation>muss Zahlen von 1 (Montag) bis 7 enthalten</translation>
    </message>
    <message>
        <source>must name at least one weekday</source>
        <translation>muss mindestens einen Wochentag nennen</translation>
    </message>
    <message>
        <source>must be &quot;none&quot; or &quot;us_weekend_shift&quot;</source>
        <translation>muss &quot;none&quot; oder &quot;us_weekend_shift&quot; sein</translation>
    </message>
    <message>
        <source>must name at least one region</source>
        <translation>muss mindestens eine Region nennen</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be a percentage like &quot;99.9&quot;</source>
        <translation>muss ein Prozentwert wie &quot;99.9&quot; sein</translation>
    </message>
    <message>
        <source>Cannot read the policy file %1: %2.</source>
        <translation>Die Richtliniendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a JSON object (%2 at offset %3).</source>
        <translation>Die Richtliniendatei %1 ist kein JSON-Objekt (%2 an Position %3).</translation>
    </message>
</context>
<context>
    <name>fb::policy::Sla</name>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Onsite response</source>
        <translation>Vor-Ort-Reaktion</translation>
    </message>
    <message>
        <source>Next-steps update</source>
        <translation>Update zu nächsten Schritten</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>The service policy has no region &quot;%1&quot;; known regions: %2.</source>
        <translation>Die Servicerichtlinie hat keine Region &quot;%1&quot;; bekannte Regionen: %2.</translation>
    </message>
</context>
<context>
    <name>fb::policy::Uptime</name>
    <message>
        <source>An uptime exclusion needs a start and a later end, as ISO-8601 UTC times.</source>
        <translation>Eine Ausnahme für die Verfügbarkeit braucht einen Beginn und ein späteres Ende als ISO-8601-UTC-Zeiten.</translation>
    </message>
    <message>
        <source>An uptime exclusion&apos;s reason must be internet_outage or force_majeure, not &quot;%1&quot;.</source>
        <translation>Der Grund einer Verfügbarkeitsausnahme muss internet_outage oder force_majeure sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The stored uptime exclusions are not a JSON array (%1); re-enter them.</source>
        <translation>Die gespeicherten Verfügbarkeitsausnahmen sind kein JSON-Array (%1); geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>fb::storage</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler (%1): %2</translation>
    </message>
    <message>
        <source>No workspace file at %1.</source>
        <translation>Keine Arbeitsbereichsdatei unter %1.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>fb::storage::Assets</name>
    <message>
        <source>No device with serial %1 in this workspace.</source>
        <translation>Kein Gerät mit der Seriennummer %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No site %1 in this workspace.</source>
        <translation>Kein Standort %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No customer %1 in this workspace.</source>
        <translation>Kein Kunde %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Service event %1 vanished.</source>
        <translation>Serviceereignis %1 ist verschwunden.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Attachments</name>
    <message>
        <source>%1 was changed elsewhere since it was opened; reload it and apply the change again.</source>
        <translation>%1 wurde seit dem Öffnen an anderer Stelle geändert; laden Sie es neu und wenden Sie die Änderung erneut an.</translation>
    </message>
    <message>
        <source>%1 vanished while it was written.</source>
        <translation>%1 ist beim Schreiben verschwunden.</translation>
    </message>
    <message>
        <source>Attachment %1 of %2 is damaged (its digest does not match); sync it again from HQ.</source>
        <translation>Anhang %1 von %2 ist beschädigt (sein Digest stimmt nicht); synchronisieren Sie ihn erneut von der Zentrale.</translation>
    </message>
    <message>
        <source>Attachment %1 of %2 is missing (%3); sync it again from HQ.</source>
        <translation>Anhang %1 von %2 fehlt (%3); synchronisieren Sie ihn erneut von HQ.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Catalog</name>
    <message>
        <source>Part %1 is not in the catalog; check the number or sync the catalog.</source>
        <translation>Teil %1 ist nicht im Katalog; prüfen Sie die Nummer oder synchronisieren Sie den Katalog.</translation>
    </message>
    <message>
        <source>Part %1 is not in the catalog.</source>
        <translation>Teil %1 ist nicht im Katalog.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Demo</name>
    <message numerus="yes">
        <source>The workspace already holds %n ticket(s); demo data goes only into an empty workspace. Use another --data-dir.</source>
        <translation>
            <numerusform>Der Arbeitsbereich enthält bereits %n Ticket; Demodaten kommen nur in einen leeren Arbeitsbereich. Verwenden Sie ein anderes --data-dir.</numerusform>
            <numerusform>Der Arbeitsbereich enthält bereits %n Tickets; Demodaten kommen nur in einen leeren Arbeitsbereich. Verwenden Sie ein anderes --data-dir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::storage::DocumentStore</name>
    <message>
        <source>The stored document %1 is not valid JSON (%2); run &quot;db check&quot;.</source>
        <translation>Das gespeicherte Dokument %1 ist kein gültiges JSON (%2); führen Sie &quot;db check&quot; aus.</translation>
    </message>
    <message>
        <source>A document needs a type and an _id of the form &lt;type&gt;:&lt;key&gt;.</source>
        <translation>Ein Dokument braucht einen type und eine _id der Form &lt;type&gt;:&lt;key&gt;.</translation>
    </message>
    <message>
        <source>A document %1 exists already.</source>
        <translation>Ein Dokument %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was opened; reload it and apply the change again.</source>
        <translation>%1 wurde seit dem Öffnen an anderer Stelle geändert; laden Sie es neu und wenden Sie die Änderung erneut an.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Quotes</name>
    <message>
        <source>Cannot check the warranty of device %1 before dispatch: %2</source>
        <translation>Die Garantie von Gerät %1 kann vor dem Einsatz nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>No quote %1 in this workspace.</source>
        <translation>Kein Angebot %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot check the warranty of device %1 before logging work: %2</source>
        <translation>Die Garantie von Gerät %1 kann vor dem Erfassen der Arbeit nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>fb::storage::TicketSearchBuilder</name>
    <message>
        <source>The workspace&apos;s ticket search index is not declared as expected; run &quot;db check&quot;.</source>
        <translation>Der Suchindex der Tickets im Arbeitsbereich ist nicht wie erwartet angelegt; führen Sie „db check“ aus.</translation>
    </message>
    <message>
        <source>Another sync is building this workspace&apos;s ticket search index.</source>
        <translation>Eine andere Synchronisation baut gerade den Suchindex der Tickets dieses Arbeitsbereichs auf.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Tickets</name>
    <message>
        <source>No ticket %1 in this workspace.</source>
        <translation>Kein Ticket %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>A ticket needs a summary.</source>
        <translation>Ein Ticket braucht eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>No site %1 in this workspace.</source>
        <translation>Kein Standort %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No device with serial %1 in this workspace.</source>
        <translation>Kein Gerät mit der Seriennummer %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Device %1 is not installed at site %2.</source>
        <translation>Gerät %1 ist nicht am Standort %2 installiert.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>fb::storage::Workspace</name>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Fieldbench workspace or is damaged. It was left untouched; open another workspace or restore a backup.</source>
        <translation>%1 ist kein Fieldbench-Arbeitsbereich oder ist beschädigt. Die Datei wurde nicht verändert; öffnen Sie einen anderen Arbeitsbereich oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). It was left untouched; restore a backup or create a new workspace.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (%2). Die Datei wurde nicht verändert; stellen Sie eine Sicherung wieder her oder erstellen Sie einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No workspace at %1. Create one with &quot;demo init&quot; or start the app to set one up.</source>
        <translation>Kein Arbeitsbereich unter %1. Erstellen Sie einen mit &quot;demo init&quot; oder starten Sie die App, um einen einzurichten.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Fieldbench workspace. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, kein Fieldbench-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 holds tables but is not a Fieldbench workspace. It was left untouched.</source>
        <translation>%1 enthält Tabellen, ist aber kein Fieldbench-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Fieldbench (schema %2; this version reads up to %3). Update Fieldbench to open it; the file was left untouched.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Fieldbench-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie Fieldbench, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up the workspace before upgrading it: %1</source>
        <translation>Der Arbeitsbereich konnte vor dem Upgrade nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace failed: %1. The previous state is unchanged.</source>
        <translation>Das Upgrade des Arbeitsbereichs ist fehlgeschlagen: %1. Der vorherige Zustand ist unverändert.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Attachments</name>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>Der Anhangsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the attachment file %1: %2</source>
        <translation>Die Anhangsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>HQ answered %1 when asked for the attachment (%2).</source>
        <translation>HQ antwortete %1 auf die Anfrage nach dem Anhang (%2).</translation>
    </message>
    <message>
        <source>its content does not match its digest (HQ lists %1, the %2 bytes received give %3); it was not stored</source>
        <translation>sein Inhalt passt nicht zu seiner Prüfsumme (HQ nennt %1, die empfangenen %2 Bytes ergeben %3); er wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>it is %1 bytes long, HQ lists %2; it was not stored</source>
        <translation>er ist %1 Bytes lang, HQ nennt %2; er wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>HQ lists no MD5 digest for it; it was not fetched</source>
        <translation>HQ nennt keine MD5-Prüfsumme dafür; er wurde nicht abgerufen</translation>
    </message>
    <message>
        <source>Cannot move the attachment %1 of %2 into %3.</source>
        <translation>Der Anhang %1 von %2 kann nicht nach %3 verschoben werden.</translation>
    </message>
    <message>
        <source>HQ refused it with its attachments (HTTP %1: %2)</source>
        <translation>HQ hat es mit seinen Anhängen abgelehnt (HTTP %1: %2)</translation>
    </message>
</context>
<context>
    <name>fb::sync::ConflictSettlement</name>
    <message>
        <source>This conflict of %1 is settled already; the list is refreshed.</source>
        <translation>Dieser Konflikt von %1 ist bereits beigelegt; die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>%1 is no longer in this workspace; nothing was changed.</source>
        <translation>%1 ist nicht mehr in diesem Arbeitsbereich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 changed since the two approvals were shown (a sync ran); look at them again and choose.</source>
        <translation>%1 hat sich geändert, seit die beiden Freigaben angezeigt wurden (eine Synchronisierung lief); sehen Sie sie sich erneut an und wählen Sie.</translation>
    </message>
    <message>
        <source>its content does not match its digest</source>
        <translation>ihr Inhalt passt nicht zu ihrer Prüfsumme</translation>
    </message>
    <message>
        <source>the file did not arrive</source>
        <translation>die Datei ist nicht angekommen</translation>
    </message>
    <message>
        <source>cannot copy it into %1</source>
        <translation>sie kann nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <source>The file %1 of this approval could not be fetched from HQ: %2</source>
        <translation>Die Datei %1 dieser Freigabe konnte nicht aus der Zentrale abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 of this approval cannot be put into %2.</source>
        <translation>Die Datei %1 dieser Freigabe kann nicht nach %2 gelegt werden.</translation>
    </message>
    <message>
        <source>it did not arrive from HQ</source>
        <translation>sie ist nicht aus der Zentrale angekommen</translation>
    </message>
    <message>
        <source>The file %1 of the approval to keep is not usable here (%2); nothing was changed. Sync again, then settle.</source>
        <translation>Die Datei %1 der zu behaltenden Freigabe ist hier nicht verwendbar (%2); es wurde nichts geändert. Synchronisieren Sie erneut und entscheiden Sie dann.</translation>
    </message>
    <message>
        <source>%1, signed %2</source>
        <translation>%1, unterschrieben %2</translation>
    </message>
    <message>
        <source>(no signer named)</source>
        <translation>(kein Unterzeichner angegeben)</translation>
    </message>
    <message>
        <source>(no time given)</source>
        <translation>(keine Zeit angegeben)</translation>
    </message>
    <message>
        <source>Two approvals of quote %1 were settled by %2 at %3. Kept: the approval by %4. Discarded: the approval by %5.</source>
        <translation>Zwei Freigaben des Angebots %1 wurden von %2 am %3 beigelegt. Behalten: die Freigabe von %4. Verworfen: die Freigabe von %5.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Credentials</name>
    <message>
        <source>No HQ password is stored for this user; enter it in the sync settings (or pass --password-stdin).</source>
        <translation>Für diesen Benutzer ist kein Passwort für die Zentrale gespeichert; geben Sie es in den Synchronisierungseinstellungen ein (oder verwenden Sie --password-stdin).</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1); enter the HQ password when asked (or pass --password-stdin).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1); geben Sie das Passwort für die Zentrale ein, wenn Sie danach gefragt werden (oder verwenden Sie --password-stdin).</translation>
    </message>
    <message>
        <source>The system keychain did not answer; enter the HQ password when asked (or pass --password-stdin).</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet; geben Sie das Passwort für die Zentrale ein, wenn Sie danach gefragt werden (oder verwenden Sie --password-stdin).</translation>
    </message>
    <message>
        <source>This build has no keychain support; enter the HQ password when asked (or pass --password-stdin).</source>
        <translation>Dieser Build unterstützt keinen Schlüsselbund; geben Sie das Passwort für die Zentrale ein, wenn Sie danach gefragt werden (oder verwenden Sie --password-stdin).</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The keychain module could not be loaded (%1); enter the HQ password when asked (or pass --password-stdin), or reinstall Fieldbench.</source>
        <translation>Das Schlüsselbund-Modul konnte nicht geladen werden (%1); geben Sie das Passwort für die Zentrale ein, wenn Sie danach gefragt werden (oder verwenden Sie --password-stdin), oder installieren Sie Fieldbench neu.</translation>
    </message>
</context>
<context>
    <name>fb::sync::HttpClient</name>
    <message>
        <source>The HQ server address &quot;%1&quot; is not a valid URL; enter it as https://host[:port]/.</source>
        <translation>Die Serveradresse der Zentrale &quot;%1&quot; ist keine gültige URL; geben Sie sie als https://host[:port]/ ein.</translation>
    </message>
    <message>
        <source>The HQ server address must start with https:// (plain http is allowed only for this computer): %1</source>
        <translation>Die Serveradresse der Zentrale muss mit https:// beginnen (einfaches http ist nur für diesen Computer erlaubt): %1</translation>
    </message>
    <message>
        <source>Put the user name and password in the sync settings, not in the server address.</source>
        <translation>Geben Sie Benutzername und Passwort in den Synchronisierungseinstellungen an, nicht in der Serveradresse.</translation>
    </message>
    <message>
        <source>Could not start the HTTP library (libcurl).</source>
        <translation>Die HTTP-Bibliothek (libcurl) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot find the HQ server %1 (name lookup failed); check the server address and the network connection.</source>
        <translation>Der Server der Zentrale %1 wurde nicht gefunden (Namensauflösung fehlgeschlagen); prüfen Sie die Serveradresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Cannot find the proxy server; check the proxy in the sync settings or the environment.</source>
        <translation>Der Proxyserver wurde nicht gefunden; prüfen Sie den Proxy in den Synchronisierungseinstellungen oder in der Umgebung.</translation>
    </message>
    <message>
        <source>HQ at %1 refused the connection or is unreachable; check that the server runs and the address and port are right (%2).</source>
        <translation>Die Zentrale unter %1 hat die Verbindung abgelehnt oder ist nicht erreichbar; prüfen Sie, ob der Server läuft und Adresse und Port stimmen (%2).</translation>
    </message>
    <message>
        <source>The secure connection to HQ at %1 failed: %2. If your company uses its own certificate authority, set its CA file in the sync settings.</source>
        <translation>Die sichere Verbindung zur Zentrale unter %1 ist fehlgeschlagen: %2. Wenn Ihr Unternehmen eine eigene Zertifizierungsstelle verwendet, legen Sie deren CA-Datei in den Synchronisierungseinstellungen fest.</translation>
    </message>
    <message>
        <source>HQ at %1 did not answer in time; try again later.</source>
        <translation>Die Zentrale unter %1 hat nicht rechtzeitig geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to HQ at %1 failed: %2.</source>
        <translation>Die Verbindung zur Zentrale unter %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>HQ at %1 did not accept the user name or password; check the credentials in the sync settings.</source>
        <translation>Die Zentrale unter %1 hat Benutzername oder Passwort nicht akzeptiert; prüfen Sie die Zugangsdaten in den Synchronisierungseinstellungen.</translation>
    </message>
    <message>
        <source>HQ at %1 refused access for this user (%2); ask HQ to grant access to the technician database.</source>
        <translation>Die Zentrale unter %1 hat diesem Benutzer den Zugriff verweigert (%2); bitten Sie die Zentrale, Zugriff auf die Technikerdatenbank zu gewähren.</translation>
    </message>
    <message>
        <source>HQ at %1 has a problem (HTTP %2: %3); try again later.</source>
        <translation>Die Zentrale unter %1 hat ein Problem (HTTP %2: %3); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The file from HQ at %1 could not be written.</source>
        <translation>Die Datei von HQ unter %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The transfer with HQ at %1 stalled; try again later.</source>
        <translation>Die Übertragung mit HQ unter %1 ist ins Stocken geraten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A local file could not be read while sending it to HQ at %1.</source>
        <translation>Eine lokale Datei konnte beim Senden an HQ unter %1 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The HTTP library (libcurl) lacks %1.</source>
        <translation>Der HTTP-Bibliothek (libcurl) fehlt %1.</translation>
    </message>
    <message>
        <source>The HTTP library (libcurl.so.4) could not be loaded: %1. Install libcurl (package libcurl4) to sync with HQ.</source>
        <translation>Die HTTP-Bibliothek (libcurl.so.4) konnte nicht geladen werden: %1. Installieren Sie libcurl (Paket libcurl4), um mit der Zentrale zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>fb::sync::LocalPeer</name>
    <message>
        <source>The workspace has no id; run &quot;db check&quot; and restore a backup.</source>
        <translation>Der Arbeitsbereich hat keine ID; führen Sie &quot;db check&quot; aus und stellen Sie eine Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>fb::sync::Replicator</name>
    <message>
        <source>The technician id &quot;%1&quot; is not valid; use lower-case letters, digits, - and _ as HQ assigned it.</source>
        <translation>Die Techniker-ID &quot;%1&quot; ist ungültig; verwenden Sie Kleinbuchstaben, Ziffern, - und _, wie von der Zentrale vergeben.</translation>
    </message>
    <message>
        <source>a document without _id or _rev</source>
        <translation>ein Dokument ohne _id oder _rev</translation>
    </message>
    <message>
        <source>HQ at %1 answered %2 to %3 %4 (%5).</source>
        <translation>Die Zentrale unter %1 hat auf %3 %4 mit %2 geantwortet (%5).</translation>
    </message>
    <message>
        <source>HQ at %1 sent an answer that is not valid JSON (%2 at byte %3); nothing from it was stored. Try again; if it persists, tell HQ.</source>
        <translation>Die Zentrale unter %1 hat eine Antwort gesendet, die kein gültiges JSON ist (%2 bei Byte %3); davon wurde nichts gespeichert. Versuchen Sie es erneut; wenn das Problem bleibt, informieren Sie die Zentrale.</translation>
    </message>
    <message>
        <source>HQ at %1 has no database &quot;%2&quot;; check the technician id in the sync settings.</source>
        <translation>Die Zentrale unter %1 hat keine Datenbank &quot;%2&quot;; prüfen Sie die Techniker-ID in den Synchronisierungseinstellungen.</translation>
    </message>
    <message>
        <source>HQ at %1 kept refusing the sync checkpoint; try again.</source>
        <translation>Die Zentrale unter %1 hat den Synchronisierungs-Checkpoint wiederholt abgelehnt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what arrived before is kept and the next sync goes on from there.</source>
        <translation>Die Synchronisierung wurde abgebrochen; was bereits angekommen ist, bleibt erhalten, und die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>it needs a type and an _id of the form &lt;type&gt;:&lt;key&gt;</source>
        <translation>es braucht einen type und eine _id der Form &lt;type&gt;:&lt;key&gt;</translation>
    </message>
    <message>
        <source>HQ at %1 sent a document list without rows; try again later.</source>
        <translation>Die Zentrale unter %1 hat eine Dokumentliste ohne Zeilen gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>HQ at %1 sent a changes feed without results; try again later.</source>
        <translation>Die Zentrale unter %1 hat einen Änderungs-Feed ohne Ergebnisse gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>HQ refused it: %1</source>
        <translation>Von der Zentrale abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>fb::sync::SyncService</name>
    <message>
        <source>Enter the HQ server address.</source>
        <translation>Geben Sie die Adresse des Zentralservers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address; enter it as https://host[:port]/.</source>
        <translation>„%1“ ist keine gültige Serveradresse; geben Sie sie als https://host[:port]/ ein.</translation>
    </message>
    <message>
        <source>Put the user name and password in their own fields, not in the server address.</source>
        <translation>Tragen Sie Benutzername und Passwort in ihre eigenen Felder ein, nicht in die Serveradresse.</translation>
    </message>
    <message>
        <source>The HQ server address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>Die Adresse des Zentralservers muss mit https:// beginnen (einfaches http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This is a demo workspace; demo data is never synced with HQ.</source>
        <translation>Dies ist ein Demo-Arbeitsbereich; Demodaten werden nie mit der Zentrale synchronisiert.</translation>
    </message>
    <message>
        <source>Sync with HQ is not set up; open the sync settings.</source>
        <translation>Die Synchronisierung mit der Zentrale ist nicht eingerichtet; öffnen Sie die Sync-Einstellungen.</translation>
    </message>
    <message>
        <source>HQ at %1 cannot be reached; sync starts again when the network is back.</source>
        <translation>Die Zentrale unter %1 ist nicht erreichbar; die Synchronisierung startet wieder, sobald das Netz zurück ist.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Settings saved. The password is kept only until Fieldbench closes: %1</source>
        <translation>Einstellungen gespeichert. Das Passwort wird nur bis zum Beenden von Fieldbench behalten: %1</translation>
    </message>
    <message>
        <source>Connected to HQ at %1; the technician database %2 is there.</source>
        <translation>Verbunden mit der Zentrale unter %1; die Techniker-Datenbank %2 ist vorhanden.</translation>
    </message>
    <message>
        <source>Connected to HQ at %1, but it has no database %2; check the technician id.</source>
        <translation>Verbunden mit der Zentrale unter %1, aber dort gibt es keine Datenbank %2; prüfen Sie die Techniker-ID.</translation>
    </message>
    <message>
        <source>HQ at %1 answered HTTP %2; check the server address.</source>
        <translation>Die Zentrale unter %1 antwortete mit HTTP %2; prüfen Sie die Serveradresse.</translation>
    </message>
</context>
<context>
    <name>fieldbench-devsim</name>
    <message>
        <source>Simulated enclosure controller (Modbus RTU on a pseudo-terminal, Modbus TCP).
Control lines on stdin: %1</source>
        <translation>Simulierte Gerätesteuerung (Modbus RTU auf einem Pseudo-Terminal, Modbus TCP).
Steuerzeilen auf stdin: %1</translation>
    </message>
    <message>
        <source>cabinet, refrigerator, freezer or locker.</source>
        <translation>cabinet, refrigerator, freezer oder locker.</translation>
    </message>
    <message>
        <source>Serial number (16 characters at most).</source>
        <translation>Seriennummer (höchstens 16 Zeichen).</translation>
    </message>
    <message>
        <source>RTU slave address (1–247).</source>
        <translation>RTU-Slave-Adresse (1–247).</translation>
    </message>
    <message>
        <source>Path of the symlink to the pty slave.</source>
        <translation>Pfad des Symlinks zum pty-Slave.</translation>
    </message>
    <message>
        <source>Do not serve RTU on a pty.</source>
        <translation>RTU nicht auf einem pty bereitstellen.</translation>
    </message>
    <message>
        <source>Serve Modbus TCP on PORT (0: any free port).</source>
        <translation>Modbus TCP auf PORT bereitstellen (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Pace replies at the baud rate (real timing).</source>
        <translation>Antworten im Takt der Baudrate senden (echtes Timing).</translation>
    </message>
    <message>
        <source>Baud rate for pacing.</source>
        <translation>Baudrate für das Timing.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (0 freezes).</source>
        <translation>Simulierte Sekunden pro echter Sekunde (0 hält an).</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufalls-Seed.</translation>
    </message>
    <message>
        <source>A control line to apply at start (repeatable).</source>
        <translation>Eine Steuerzeile, die beim Start angewendet wird (wiederholbar).</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;: use cabinet, refrigerator, freezer or locker.</source>
        <translation>Unbekanntes Modell &quot;%1&quot;: Verwenden Sie cabinet, refrigerator, freezer oder locker.</translation>
    </message>
    <message>
        <source>The address must be between 1 and 247.</source>
        <translation>Die Adresse muss zwischen 1 und 247 liegen.</translation>
    </message>
    <message>
        <source>The baud rate must be at least 1200.</source>
        <translation>Die Baudrate muss mindestens 1200 betragen.</translation>
    </message>
    <message>
        <source>The speed must be between 0 and 10000.</source>
        <translation>Die Geschwindigkeit muss zwischen 0 und 10000 liegen.</translation>
    </message>
    <message>
        <source>The TCP port must be between 0 and 65535.</source>
        <translation>Der TCP-Port muss zwischen 0 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>fieldbench-manualc</name>
    <message>
        <source>Compiles the service manuals into a package.</source>
        <translation>Kompiliert die Servicehandbücher zu einem Paket.</translation>
    </message>
    <message>
        <source>The manuals/ folder.</source>
        <translation>Der Ordner manuals/.</translation>
    </message>
    <message>
        <source>The package folder to write.</source>
        <translation>Der zu schreibende Paketordner.</translation>
    </message>
    <message>
        <source>Fail on warnings.</source>
        <translation>Bei Warnungen fehlschlagen.</translation>
    </message>
    <message>
        <source>--source and --out are required.</source>
        <translation>--source und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>%1 chapters, %2 sections in %3 ms -&gt; %4</source>
        <translation>%1 Kapitel, %2 Abschnitte in %3 ms -&gt; %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Service workstation for RFID-enabled enclosures.</source>
        <translation>Service-Arbeitsplatz für RFID-fähige Geräte.</translation>
    </message>
    <message>
        <source>Use the workspace in &lt;dir&gt;.</source>
        <translation>Den Arbeitsbereich in &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Language of the interface (en, de).</source>
        <translation>Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Connect to a simulated enclosure instead of a real one.</source>
        <translation>Mit einem simulierten Gerät statt einem echten verbinden.</translation>
    </message>
</context>
</TS>
