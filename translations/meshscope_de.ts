<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TrafficStats</name>
    <message>
        <location filename="../widgets/models/trafficstats.cpp" line="14"/>
        <source>publish</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../widgets/models/trafficstats.cpp" line="15"/>
        <source>forward</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <location filename="../widgets/models/trafficstats.cpp" line="16"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="153"/>
        <source>Cannot open the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::CommandClient</name>
    <message>
        <location filename="../widgets/pages/commandclient.h" line="42"/>
        <source>no source is open</source>
        <translation>keine Quelle geöffnet</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ConnectDialog</name>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="24"/>
        <source>Connect to a peer</source>
        <translation>Mit einem Peer verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="28"/>
        <source>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</source>
        <translation>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="33"/>
        <source>Peer multiaddr (with /p2p/&lt;peer id&gt;):</source>
        <translation>Multiaddr des Peers (mit /p2p/&lt;Peer-ID&gt;):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="47"/>
        <source>Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/&lt;peer id&gt;.</source>
        <translation>Geben Sie eine Multiaddr ein, etwa /ip4/127.0.0.1/tcp/4001/p2p/&lt;Peer-ID&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="50"/>
        <source>Not a valid multiaddr: %1</source>
        <translation>Keine gültige Multiaddr: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="52"/>
        <source>The address needs /p2p/&lt;peer id&gt; at the end so the peer can be authenticated.</source>
        <translation>Die Adresse braucht am Ende /p2p/&lt;Peer-ID&gt;, damit der Peer authentifiziert werden kann.</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::DemoSource</name>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="68"/>
        <source>demo network, %1 peers</source>
        <translation>Demo-Netz, %1 Peers</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="240"/>
        <source>subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="250"/>
        <source>unsubscribed from %1</source>
        <translation>%1 abbestellt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="256"/>
        <source>payload of %1 bytes exceeds the %2-byte message size limit</source>
        <translation>Nutzdaten mit %1 Bytes überschreiten die Nachrichtengrenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="263"/>
        <source>published %1 bytes on %2</source>
        <translation>%1 Bytes auf %2 veröffentlicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="285"/>
        <source>parameters applied</source>
        <translation>Parameter übernommen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="290"/>
        <source>%1: the demo network cannot dial real peers</source>
        <translation>%1: Das Demo-Netz kann keine echten Peers anwählen</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::EventTimelineModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="55"/>
        <source>%n PX peer(s)</source>
        <translation>
            <numerusform>%n PX-Peer</numerusform>
            <numerusform>%n PX-Peers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="76"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="85"/>
        <source>gossip threshold</source>
        <translation>Gossip-Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="86"/>
        <source>publish threshold</source>
        <translation>Veröffentlichungsschwelle</translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="87"/>
        <source>graylist threshold</source>
        <translation>Graylist-Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="101"/>
        <source>fell below %1 (%2)</source>
        <translation>fiel unter %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="101"/>
        <source>rose above %1 (%2)</source>
        <translation>stieg über %1 (%2)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::IdentityPage</name>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="19"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="20"/>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="33"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="42"/>
        <source>Peer id</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="43"/>
        <source>Listen addresses</source>
        <translation>Lauschadressen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="44"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="45"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="73"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="75"/>
        <source>ephemeral (a new key each start)</source>
        <translation>flüchtig (bei jedem Start ein neuer Schlüssel)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="81"/>
        <source>no live node: showing %1</source>
        <translation>kein Live-Knoten: zeige %1</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogModel</name>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="13"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="14"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="15"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="16"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="17"/>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="18"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="19"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="20"/>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="21"/>
        <source>left</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="22"/>
        <source>GRAFT</source>
        <translation>GRAFT</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="23"/>
        <source>PRUNE</source>
        <translation>PRUNE</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="24"/>
        <source>GRAFT received</source>
        <translation>GRAFT empfangen</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="25"/>
        <source>PRUNE received</source>
        <translation>PRUNE empfangen</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="26"/>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="27"/>
        <source>backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="28"/>
        <source>score threshold</source>
        <translation>Score-Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="86"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="87"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="88"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="89"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="90"/>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="91"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogPage</name>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="51"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="52"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="53"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="86"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="86"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="86"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="143"/>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="160"/>
        <source>Message id: %1
Topic: %2
From: %3
Time: %4
Kind: %5
First deliverer: %6
Duplicates seen: %7
Validation: %8

Payloads are not part of go&apos;s trace events; the id is shown instead.</source>
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
        <location filename="../widgets/pages/logpage.cpp" line="162"/>
        <source>(not in the log)</source>
        <translation>(nicht im Protokoll)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="164"/>
        <source>(none recorded)</source>
        <translation>(nichts aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="51"/>
        <source>Meshscope</source>
        <translation>Meshscope</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="59"/>
        <source>Topic drawn in the topology</source>
        <translation>In der Topologie gezeigtes Topic</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="79"/>
        <source>waiting for the first snapshot…</source>
        <translation>warte auf den ersten Schnappschuss…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="92"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="117"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="118"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="126"/>
        <source>Export traffic plots</source>
        <translation>Verkehrsdiagramme exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="126"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="129"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="135"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="132"/>
        <source>Export traffic history</source>
        <translation>Verkehrsverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="132"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="145"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="146"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="147"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="148"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="149"/>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="150"/>
        <source>Event timeline</source>
        <translation>Ereignisverlauf</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="151"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="152"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="175"/>
        <source>&amp;Connect to peer…</source>
        <translation>Mit Peer &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="178"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;About Meshscope</source>
        <translation>&amp;Über Meshscope</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="183"/>
        <source>About Meshscope</source>
        <translation>Über Meshscope</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="184"/>
        <source>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live observability and tuning for libp2p gossipsub.</source>
        <translation>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live-Beobachtung und Abstimmung von libp2p-Gossipsub.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="187"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="190"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="193"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="193"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="218"/>
        <source>Source error</source>
        <translation>Quellenfehler</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="310"/>
        <source>Peer id: %1</source>
        <translation>Peer-ID: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="317"/>
        <source>%1 peers · %2 topics · %3 msg/s</source>
        <translation>%1 Peers · %2 Topics · %3 Nachr./s</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="35"/>
        <source>Trace recordings (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;All files (*)</source>
        <translation>Trace-Aufzeichnungen (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="45"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="48"/>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="48"/>
        <source>Could not connect to %1:
%2</source>
        <translation>Verbindung zu %1 fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="53"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="55"/>
        <source>&amp;Live node</source>
        <translation>&amp;Live-Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="57"/>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="58"/>
        <source>&amp;Record session…</source>
        <translation>Sitzung au&amp;fzeichnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="61"/>
        <source>&amp;Simulation…</source>
        <translation>&amp;Simulation…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="61"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="62"/>
        <source>Start remote-trace &amp;collector</source>
        <translation>Remote-Trace-&amp;Sammler starten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="65"/>
        <source>Remote-trace collector</source>
        <translation>Remote-Trace-Sammler</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="69"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="121"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="128"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="164"/>
        <source>Stop sandbox</source>
        <translation>Sandbox anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="72"/>
        <source>Stop the 20 local sandbox peers so the node can join real peers (Connect)</source>
        <translation>Die 20 lokalen Sandbox-Peers anhalten, damit der Knoten echten Peers beitreten kann (Verbinden)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="83"/>
        <source>Remote trace</source>
        <translation>Remote-Trace</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="85"/>
        <source>Traced node: </source>
        <translation>Verfolgter Knoten: </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="88"/>
        <source>waiting for a traced node…</source>
        <translation>warte auf einen verfolgten Knoten…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="116"/>
        <source>Dial %1 failed: %2</source>
        <translation>Verbindungsaufbau zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="125"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="128"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="164"/>
        <source>Start sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="158"/>
        <source>Sandbox started: %1 local peers</source>
        <translation>Sandbox gestartet: %1 lokale Peers</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="161"/>
        <source>Sandbox stopped: connect the node to real peers (File ▸ Connect to peer)</source>
        <translation>Sandbox angehalten: Verbinden Sie den Knoten mit echten Peers (Datei ▸ Mit Peer verbinden)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="190"/>
        <source>no trace event could be read</source>
        <translation>kein Trace-Ereignis lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="192"/>
        <source>the file holds no trace events</source>
        <translation>die Datei enthält keine Trace-Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="198"/>
        <source>Cannot open the recording</source>
        <translation>Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="198"/>
        <source>%1

%2

The current view is unchanged.</source>
        <translation>%1

%2

Die aktuelle Ansicht bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="210"/>
        <source>Replaying %1 (%2 events)</source>
        <translation>Spiele %1 ab (%2 Ereignisse)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="216"/>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="235"/>
        <source>● REC</source>
        <translation>● AUFN</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="249"/>
        <source>Recorded %1 events to %2</source>
        <translation>%1 Ereignisse in %2 aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="250"/>
        <source>Recording %1 ended with an error: %2</source>
        <translation>Aufzeichnung %1 endete mit einem Fehler: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="259"/>
        <source>Record session</source>
        <translation>Sitzung aufzeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="267"/>
        <source>Cannot record</source>
        <translation>Aufzeichnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="267"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="281"/>
        <source>Recording stopped</source>
        <translation>Aufzeichnung beendet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="281"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="291"/>
        <source>the collector runs on the live node, which is not running</source>
        <translation>der Sammler läuft auf dem Live-Knoten, der nicht läuft</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="312"/>
        <source>Tracer stream from %1 reset: %2</source>
        <translation>Tracer-Stream von %1 zurückgesetzt: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="318"/>
        <source>Collector listening on %1 (go: pubsub.WithEventTracer(NewRemoteTracer(...)))</source>
        <translation>Sammler lauscht auf %1 (go: pubsub.WithEventTracer(NewRemoteTracer(...)))</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MessageLogModel</name>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="195"/>
        <source>accept</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="196"/>
        <source>reject: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="197"/>
        <source>ignore: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsModel</name>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="27"/>
        <source>Router (gossipsub)</source>
        <translation>Router (Gossipsub)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="29"/>
        <source>Peer scoring</source>
        <translation>Peer-Bewertung</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="31"/>
        <source>Score thresholds</source>
        <translation>Score-Schwellen</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="33"/>
        <source>Topic score parameters</source>
        <translation>Score-Parameter pro Topic</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="196"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="197"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="198"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="251"/>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation>%1: „%2“ ist kein gültiger Wert (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="253"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="253"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="253"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="333"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="334"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsPage</name>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="22"/>
        <source>Apply to node</source>
        <translation>Auf Knoten anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="30"/>
        <source>Preset…</source>
        <translation>Vorlage…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="33"/>
        <source>Diff against defaults</source>
        <translation>Unterschiede zum Standard</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="34"/>
        <source>Save JSON…</source>
        <translation>JSON speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="35"/>
        <source>Load JSON…</source>
        <translation>JSON laden…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="63"/>
        <source>All parameters are valid.</source>
        <translation>Alle Parameter sind gültig.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="67"/>
        <source>Applied: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="67"/>
        <source>The node refused the parameters: %1</source>
        <translation>Der Knoten hat die Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="90"/>
        <source>Differences from the defaults</source>
        <translation>Unterschiede zu den Standardwerten</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="91"/>
        <source>Every parameter has its default value.</source>
        <translation>Alle Parameter haben ihren Standardwert.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="96"/>
        <source>Save parameters</source>
        <translation>Parameter speichern</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="96"/>
        <location filename="../widgets/pages/paramspage.cpp" line="106"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="101"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="106"/>
        <source>Load parameters</source>
        <translation>Parameter laden</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="111"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersModel</name>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="26"/>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="28"/>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="32"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="140"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="155"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="156"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="157"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="158"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="159"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="160"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="161"/>
        <source>In mesh</source>
        <translation>Im Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="162"/>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="163"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="164"/>
        <source>P1 time in mesh</source>
        <translation>P1 Zeit im Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="165"/>
        <source>P2 first deliveries</source>
        <translation>P2 Erstzustellungen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="166"/>
        <source>P3 mesh deliveries</source>
        <translation>P3 Mesh-Zustellungen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="167"/>
        <source>P3b mesh failure</source>
        <translation>P3b Mesh-Versagen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="168"/>
        <source>P4 invalid</source>
        <translation>P4 ungültig</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="169"/>
        <source>P5 application</source>
        <translation>P5 Anwendung</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="170"/>
        <source>P6 IP colocation</source>
        <translation>P6 IP-Kolokation</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="171"/>
        <source>P7 behaviour</source>
        <translation>P7 Verhalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="172"/>
        <source>Behaviour penalty</source>
        <translation>Verhaltensstrafe</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="173"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="174"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="175"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="176"/>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="177"/>
        <source>Messages out</source>
        <translation>Nachrichten aus</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="178"/>
        <source>Broken promises</source>
        <translation>Gebrochene Zusagen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="211"/>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersPage</name>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="38"/>
        <source>Filter peers (id, address, agent, topic)</source>
        <translation>Peers filtern (ID, Adresse, Agent, Topic)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="42"/>
        <source>Copy full peer id</source>
        <translation>Vollständige Peer-ID kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="100"/>
        <source>Select a peer to see its details and score history.</source>
        <translation>Wählen Sie einen Peer, um Details und Score-Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 · score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)&lt;br&gt;mesh: %14 · backoff: %15</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 · Score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)&lt;br&gt;Mesh: %14 · Backoff: %15</translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="118"/>
        <location filename="../widgets/pages/peerspage.cpp" line="119"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PlayerBar</name>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="31"/>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="35"/>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="108"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="38"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="40"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="43"/>
        <source>Seek</source>
        <translation>Springen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="99"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="108"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PublishPage</name>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="23"/>
        <location filename="../widgets/pages/publishpage.cpp" line="40"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="24"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="25"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="26"/>
        <location filename="../widgets/pages/publishpage.cpp" line="43"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="27"/>
        <location filename="../widgets/pages/publishpage.cpp" line="42"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="29"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="36"/>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="38"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="41"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="44"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="45"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="50"/>
        <source>Payload file</source>
        <translation>Nutzdatendatei</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="59"/>
        <source>Publish failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="85"/>
        <source>Not hex: &apos;%1&apos;. Use digits 0-9 and a-f.</source>
        <translation>Kein Hex: „%1“. Verwenden Sie die Ziffern 0–9 und a–f.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="89"/>
        <source>Hex needs an even number of digits.</source>
        <translation>Hex braucht eine gerade Anzahl von Ziffern.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="98"/>
        <source>The file is %1 bytes; the message size limit is %2 bytes.</source>
        <translation>Die Datei hat %1 Bytes; die Nachrichtengrenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="102"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="109"/>
        <source>The payload is %1 bytes; the message size limit is %2 bytes.</source>
        <translation>Die Nutzdaten haben %1 Bytes; die Nachrichtengrenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="120"/>
        <source>Type a topic to publish on.</source>
        <translation>Geben Sie das Topic zum Veröffentlichen ein.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="128"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ScorePlot</name>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="23"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="24"/>
        <location filename="../widgets/plots/scoreplot.cpp" line="37"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="40"/>
        <source>gossip threshold</source>
        <translation>Gossip-Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="40"/>
        <source>publish threshold</source>
        <translation>Veröffentlichungsschwelle</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="40"/>
        <source>graylist threshold</source>
        <translation>Graylist-Schwelle</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsModel</name>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="21"/>
        <source>no peers</source>
        <translation>keine Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="22"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="23"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="24"/>
        <source>above D_high</source>
        <translation>über D_high</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="27"/>
        <source>, under D_out</source>
        <translation>, unter D_out</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="53"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="53"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="55"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="60"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="60"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="71"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="72"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="73"/>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="74"/>
        <source>D_low / D / D_high</source>
        <translation>D_low / D / D_high</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="75"/>
        <source>Fanout</source>
        <translation>Fanout</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="76"/>
        <source>Gossip</source>
        <translation>Gossip</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="77"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="78"/>
        <source>Outbound / D_out</source>
        <translation>Ausgehend / D_out</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="79"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsPage</name>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="24"/>
        <source>Topic name</source>
        <translation>Topic-Name</translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="25"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="26"/>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="45"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="54"/>
        <location filename="../widgets/pages/topicspage.cpp" line="64"/>
        <source>Type a topic name first.</source>
        <translation>Geben Sie zuerst einen Topic-Namen ein.</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopologyView</name>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="149"/>
        <source>No topic to show yet</source>
        <translation>Noch kein Topic zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="234"/>
        <source>us</source>
        <translation>wir</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="239"/>
        <source>%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7</source>
        <translation>%1 — Mesh %2 (D_low %3, D %4, D_high %5), Fanout %6, Gossip %7</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="262"/>
        <source>solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed</source>
        <translation>durchgezogen: Mesh · gestrichelt: Fanout · gepunktet: Gossip · Strich-Punkt: direkt · Pfeil: von uns angewählt</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="224"/>
        <source> (backoff %1 s)</source>
        <translation> (Backoff %1 s)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TrafficPlots</name>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="64"/>
        <source>Messages per second (in solid, out dashed)</source>
        <translation>Nachrichten pro Sekunde (ein durchgezogen, aus gestrichelt)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="64"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="65"/>
        <source>Bytes per second and duplicate ratio</source>
        <translation>Bytes pro Sekunde und Duplikatanteil</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="65"/>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="66"/>
        <source>Duplicate delay after first delivery</source>
        <translation>Verzögerung der Duplikate nach Erstzustellung</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="66"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="67"/>
        <source>Mesh size per topic</source>
        <translation>Mesh-Größe pro Topic</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="67"/>
        <source>peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="78"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="80"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="83"/>
        <location filename="../widgets/plots/trafficplots.cpp" line="87"/>
        <source>duplicate ratio</source>
        <translation>Duplikatanteil</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="93"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="96"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="193"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="204"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
