<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TrafficStats</name>
    <message>
        <source>publish</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::CommandClient</name>
    <message>
        <source>no source is open</source>
        <translation>keine Quelle geöffnet</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ConnectDialog</name>
    <message>
        <source>Connect to a peer</source>
        <translation>Mit einem Peer verbinden</translation>
    </message>
    <message>
        <source>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</source>
        <translation>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <source>Peer multiaddr (with /p2p/&lt;peer id&gt;):</source>
        <translation>Multiaddr des Peers (mit /p2p/&lt;Peer-ID&gt;):</translation>
    </message>
    <message>
        <source>Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/&lt;peer id&gt;.</source>
        <translation>Geben Sie eine Multiaddr ein, etwa /ip4/127.0.0.1/tcp/4001/p2p/&lt;Peer-ID&gt;.</translation>
    </message>
    <message>
        <source>Not a valid multiaddr: %1</source>
        <translation>Keine gültige Multiaddr: %1</translation>
    </message>
    <message>
        <source>The address needs /p2p/&lt;peer id&gt; at the end so the peer can be authenticated.</source>
        <translation>Die Adresse braucht am Ende /p2p/&lt;Peer-ID&gt;, damit der Peer authentifiziert werden kann.</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::DemoSource</name>
    <message>
        <source>demo network, %1 peers</source>
        <translation>Demo-Netz, %1 Peers</translation>
    </message>
    <message>
        <source>subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <source>unsubscribed from %1</source>
        <translation>%1 abbestellt</translation>
    </message>
    <message>
        <source>payload of %1 bytes exceeds the %2-byte message size limit</source>
        <translation>Nutzdaten mit %1 Bytes überschreiten die Nachrichtengrenze von %2 Bytes</translation>
    </message>
    <message>
        <source>published %1 bytes on %2</source>
        <translation>%1 Bytes auf %2 veröffentlicht</translation>
    </message>
    <message>
        <source>parameters applied</source>
        <translation>Parameter übernommen</translation>
    </message>
    <message>
        <source>%1: the demo network cannot dial real peers</source>
        <translation>%1: Das Demo-Netz kann keine echten Peers anwählen</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::EventTimelineModel</name>
    <message numerus="yes">
        <source>%n PX peer(s)</source>
        <translation>
            <numerusform>%n PX-Peer</numerusform><numerusform>%n PX-Peers</numerusform></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>gossip threshold</source>
        <translation>Gossip-Schwelle</translation>
    </message>
    <message>
        <source>publish threshold</source>
        <translation>Veröffentlichungsschwelle</translation>
    </message>
    <message>
        <source>graylist threshold</source>
        <translation>Graylist-Schwelle</translation>
    </message>
    <message>
        <source>fell below %1 (%2)</source>
        <translation>fiel unter %1 (%2)</translation>
    </message>
    <message>
        <source>rose above %1 (%2)</source>
        <translation>stieg über %1 (%2)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogModel</name>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <source>GRAFT</source>
        <translation>GRAFT</translation>
    </message>
    <message>
        <source>PRUNE</source>
        <translation>PRUNE</translation>
    </message>
    <message>
        <source>GRAFT received</source>
        <translation>GRAFT empfangen</translation>
    </message>
    <message>
        <source>PRUNE received</source>
        <translation>PRUNE empfangen</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>score threshold</source>
        <translation>Score-Schwelle</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogPage</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Message id: %1
Topic: %2
From: %3
Time: %4
Kind: %5
First deliverer: %6
Duplicates seen: %7
Validation: %8

Payloads are not part of go's trace events; the id is shown instead.</source>
        <translation>Nachrichten-ID: %1
Topic: %2
Von: %3
Zeit: %4
Art: %5
Erster Zusteller: %6
Gesehene Duplikate: %7
Validierung: %8

Nutzdaten sind nicht Teil der Trace-Ereignisse von go; stattdessen wird die ID angezeigt.</translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation>(nicht im Protokoll)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(nichts aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MainWindow</name>
    <message>
        <source>Meshscope</source>
        <translation>Meshscope</translation>
    </message>
    <message>
        <source>Topic drawn in the topology</source>
        <translation>In der Topologie gezeigtes Topic</translation>
    </message>
    <message>
        <source>waiting for the first snapshot…</source>
        <translation>warte auf den ersten Schnappschuss…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export traffic plots</source>
        <translation>Verkehrsdiagramme exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export traffic history</source>
        <translation>Verkehrsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Ereignisverlauf</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to peer…</source>
        <translation>Mit Peer &amp;verbinden…</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Meshscope</source>
        <translation>&amp;Über Meshscope</translation>
    </message>
    <message>
        <source>About Meshscope</source>
        <translation>Über Meshscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live observability and tuning for libp2p gossipsub.</source>
        <translation>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live-Beobachtung und Abstimmung von libp2p-Gossipsub.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Source error</source>
        <translation>Quellenfehler</translation>
    </message>
    <message>
        <source>Peer id: %1</source>
        <translation>Peer-ID: %1</translation>
    </message>
    <message>
        <source>%1 peers · %2 topics · %3 msg/s</source>
        <translation>%1 Peers · %2 Topics · %3 Nachr./s</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MessageLogModel</name>
    <message>
        <source>accept</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>reject: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>ignore: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsModel</name>
    <message>
        <source>Router (gossipsub)</source>
        <translation>Router (Gossipsub)</translation>
    </message>
    <message>
        <source>Peer scoring</source>
        <translation>Peer-Bewertung</translation>
    </message>
    <message>
        <source>Score thresholds</source>
        <translation>Score-Schwellen</translation>
    </message>
    <message>
        <source>Topic score parameters</source>
        <translation>Score-Parameter pro Topic</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1: "%2" is not a valid %3</source>
        <translation>%1: „%2“ ist kein gültiger Wert (%3)</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsPage</name>
    <message>
        <source>Apply to node</source>
        <translation>Auf Knoten anwenden</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Vorlage…</translation>
    </message>
    <message>
        <source>Diff against defaults</source>
        <translation>Unterschiede zum Standard</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>JSON speichern…</translation>
    </message>
    <message>
        <source>Load JSON…</source>
        <translation>JSON laden…</translation>
    </message>
    <message>
        <source>All parameters are valid.</source>
        <translation>Alle Parameter sind gültig.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <source>The node refused the parameters: %1</source>
        <translation>Der Knoten hat die Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <source>Differences from the defaults</source>
        <translation>Unterschiede zu den Standardwerten</translation>
    </message>
    <message>
        <source>Every parameter has its default value.</source>
        <translation>Alle Parameter haben ihren Standardwert.</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>Parameter speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Load parameters</source>
        <translation>Parameter laden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersModel</name>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>In mesh</source>
        <translation>Im Mesh</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>P1 time in mesh</source>
        <translation>P1 Zeit im Mesh</translation>
    </message>
    <message>
        <source>P2 first deliveries</source>
        <translation>P2 Erstzustellungen</translation>
    </message>
    <message>
        <source>P3 mesh deliveries</source>
        <translation>P3 Mesh-Zustellungen</translation>
    </message>
    <message>
        <source>P3b mesh failure</source>
        <translation>P3b Mesh-Versagen</translation>
    </message>
    <message>
        <source>P4 invalid</source>
        <translation>P4 ungültig</translation>
    </message>
    <message>
        <source>P5 application</source>
        <translation>P5 Anwendung</translation>
    </message>
    <message>
        <source>P6 IP colocation</source>
        <translation>P6 IP-Kolokation</translation>
    </message>
    <message>
        <source>P7 behaviour</source>
        <translation>P7 Verhalten</translation>
    </message>
    <message>
        <source>Behaviour penalty</source>
        <translation>Verhaltensstrafe</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Nachrichten aus</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Gebrochene Zusagen</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersPage</name>
    <message>
        <source>Filter peers (id, address, agent, topic)</source>
        <translation>Peers filtern (ID, Adresse, Agent, Topic)</translation>
    </message>
    <message>
        <source>Copy full peer id</source>
        <translation>Vollständige Peer-ID kopieren</translation>
    </message>
    <message>
        <source>Select a peer to see its details and score history.</source>
        <translation>Wählen Sie einen Peer, um Details und Score-Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 · score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)&lt;br&gt;mesh: %14 · backoff: %15</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 · Score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)&lt;br&gt;Mesh: %14 · Backoff: %15</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PublishPage</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Payload file</source>
        <translation>Nutzdatendatei</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not hex: '%1'. Use digits 0-9 and a-f.</source>
        <translation>Kein Hex: „%1“. Verwenden Sie die Ziffern 0–9 und a–f.</translation>
    </message>
    <message>
        <source>Hex needs an even number of digits.</source>
        <translation>Hex braucht eine gerade Anzahl von Ziffern.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; the message size limit is %2 bytes.</source>
        <translation>Die Datei hat %1 Bytes; die Nachrichtengrenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The payload is %1 bytes; the message size limit is %2 bytes.</source>
        <translation>Die Nutzdaten haben %1 Bytes; die Nachrichtengrenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <source>Type a topic to publish on.</source>
        <translation>Geben Sie das Topic zum Veröffentlichen ein.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ScorePlot</name>
    <message>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>gossip threshold</source>
        <translation>Gossip-Schwelle</translation>
    </message>
    <message>
        <source>publish threshold</source>
        <translation>Veröffentlichungsschwelle</translation>
    </message>
    <message>
        <source>graylist threshold</source>
        <translation>Graylist-Schwelle</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsModel</name>
    <message>
        <source>no peers</source>
        <translation>keine Peers</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>above D_high</source>
        <translation>über D_high</translation>
    </message>
    <message>
        <source>, under D_out</source>
        <translation>, unter D_out</translation>
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
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>D_low / D / D_high</source>
        <translation>D_low / D / D_high</translation>
    </message>
    <message>
        <source>Fanout</source>
        <translation>Fanout</translation>
    </message>
    <message>
        <source>Gossip</source>
        <translation>Gossip</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Outbound / D_out</source>
        <translation>Ausgehend / D_out</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsPage</name>
    <message>
        <source>Topic name</source>
        <translation>Topic-Name</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type a topic name first.</source>
        <translation>Geben Sie zuerst einen Topic-Namen ein.</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopologyView</name>
    <message>
        <source>No topic to show yet</source>
        <translation>Noch kein Topic zum Anzeigen</translation>
    </message>
    <message>
        <source>us</source>
        <translation>wir</translation>
    </message>
    <message>
        <source>%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7</source>
        <translation>%1 — Mesh %2 (D_low %3, D %4, D_high %5), Fanout %6, Gossip %7</translation>
    </message>
    <message>
        <source>solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed</source>
        <translation>durchgezogen: Mesh · gestrichelt: Fanout · gepunktet: Gossip · Strich-Punkt: direkt · Pfeil: von uns angewählt</translation>
    </message>
    <message>
        <source> (backoff %1 s)</source>
        <translation> (Backoff %1 s)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TrafficPlots</name>
    <message>
        <source>Messages per second (in solid, out dashed)</source>
        <translation>Nachrichten pro Sekunde (ein durchgezogen, aus gestrichelt)</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>Bytes per second and duplicate ratio</source>
        <translation>Bytes pro Sekunde und Duplikatanteil</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>Duplicate delay after first delivery</source>
        <translation>Verzögerung der Duplikate nach Erstzustellung</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Mesh size per topic</source>
        <translation>Mesh-Größe pro Topic</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>duplicate ratio</source>
        <translation>Duplikatanteil</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>