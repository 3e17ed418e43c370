<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MessageStore</name>
    <message>
        <location filename="../widgets/models/messagestore.cpp" line="65"/>
        <source>Not JSON (%1 at byte %2); as text:
%3</source>
        <translation>Kein JSON (%1 bei Byte %2); als Text:
%3</translation>
    </message>
</context>
<context>
    <name>ParamCatalog</name>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="23"/>
        <source>The desired outbound degree of the network</source>
        <translation>Der gewünschte ausgehende Grad des Netzes</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="25"/>
        <source>Lower bound for outbound degree</source>
        <translation>Untergrenze des ausgehenden Grades</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="27"/>
        <source>Upper bound for outbound degree</source>
        <translation>Obergrenze des ausgehenden Grades</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="29"/>
        <source>Number of peers to retain by score when pruning because of oversubscription</source>
        <translation>Anzahl der Peers, die beim Prunen wegen Überbelegung nach Score behalten werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="32"/>
        <source>Number of outbound connections to keep in the mesh (less than D_low, at most D/2)</source>
        <translation>Anzahl ausgehender Verbindungen, die im Mesh bleiben (kleiner als D_low, höchstens D/2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="35"/>
        <source>Time between heartbeats</source>
        <translation>Zeit zwischen zwei Heartbeats</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="38"/>
        <source>Delay before the first heartbeat after start</source>
        <translation>Verzögerung bis zum ersten Heartbeat nach dem Start</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="41"/>
        <source>Heartbeats between opportunistic grafting attempts</source>
        <translation>Heartbeats zwischen zwei opportunistischen Graft-Versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="44"/>
        <source>Peers grafted by one opportunistic grafting</source>
        <translation>Peers, die ein opportunistischer Graft aufnimmt</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="47"/>
        <source>Heartbeats between reconnection attempts to direct peers</source>
        <translation>Heartbeats zwischen Wiederverbindungsversuchen zu direkten Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="50"/>
        <source>Delay before the first connection to direct peers</source>
        <translation>Verzögerung bis zur ersten Verbindung zu direkten Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="53"/>
        <source>The outbound degree for gossip emission</source>
        <translation>Der ausgehende Grad für das Aussenden von Gossip</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="55"/>
        <source>Share of peers to send gossip to, if more than D_lazy are available</source>
        <translation>Anteil der Peers, die Gossip erhalten, wenn mehr als D_lazy verfügbar sind</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="58"/>
        <source>Number of history windows in the message cache</source>
        <translation>Anzahl der Verlaufsfenster im Nachrichtencache</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="60"/>
        <source>Number of history windows to use when emitting gossip</source>
        <translation>Anzahl der Verlaufsfenster, die beim Aussenden von Gossip genutzt werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="62"/>
        <source>Maximum message ids accepted in IHAVE from one peer per heartbeat</source>
        <translation>Höchstzahl der Nachrichten-IDs in IHAVE, die pro Heartbeat von einem Peer angenommen werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="65"/>
        <source>Maximum IHAVE messages accepted from one peer per heartbeat</source>
        <translation>Höchstzahl der IHAVE-Nachrichten, die pro Heartbeat von einem Peer angenommen werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="68"/>
        <source>Time to wait for a message asked for with IWANT before the promise counts as broken</source>
        <translation>Wartezeit auf eine per IWANT angeforderte Nachricht, bevor das Versprechen als gebrochen gilt</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="72"/>
        <source>Time-to-live for each topic&apos;s fanout state</source>
        <translation>Lebensdauer des Fanout-Zustands jedes Topics</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="74"/>
        <source>Expiry time for the cache of seen message ids</source>
        <translation>Ablaufzeit des Caches gesehener Nachrichten-IDs</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="76"/>
        <source>Whether to publish own messages to every peer above the publish threshold</source>
        <translation>Ob eigene Nachrichten an jeden Peer über der Publish-Schwelle gesendet werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="80"/>
        <source>Time after pruning a mesh peer before we consider grafting them again</source>
        <translation>Zeit nach dem Prunen eines Mesh-Peers, bevor er wieder gegraftet werden darf</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="83"/>
        <source>Backoff to use when unsubscribing from a topic</source>
        <translation>Backoff beim Abbestellen eines Topics</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="85"/>
        <source>Heartbeats added to a received backoff before grafting again</source>
        <translation>Heartbeats, die zu einem empfangenen Backoff addiert werden, bevor erneut gegraftet wird</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="89"/>
        <source>A GRAFT sooner than this after a PRUNE is a flood and adds a behaviour penalty</source>
        <translation>Ein GRAFT früher als dies nach einem PRUNE gilt als Flut und bringt eine Verhaltensstrafe</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="92"/>
        <source>Number of peers offered in peer exchange on PRUNE</source>
        <translation>Anzahl der Peers, die beim PRUNE im Peer-Austausch angeboten werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="94"/>
        <source>Whether to send peer exchange on PRUNE (for bootstrappers)</source>
        <translation>Ob beim PRUNE ein Peer-Austausch gesendet wird (für Bootstrapper)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="98"/>
        <source>Send IDONTWANT for messages at least this large</source>
        <translation>IDONTWANT für Nachrichten senden, die mindestens so groß sind</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="101"/>
        <source>Heartbeats a received IDONTWANT is remembered</source>
        <translation>Heartbeats, die ein empfangenes IDONTWANT gemerkt wird</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="103"/>
        <source>Maximum IDONTWANT control messages accepted in one RPC</source>
        <translation>Höchstzahl der IDONTWANT-Steuernachrichten, die in einem RPC angenommen werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="106"/>
        <source>The maximum number of IDONTWANT messages per heartbeat per peer</source>
        <translation>Die Höchstzahl der IDONTWANT-Nachrichten pro Heartbeat und Peer</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="110"/>
        <source>Largest RPC frame sent or accepted</source>
        <translation>Größter RPC-Rahmen, der gesendet oder angenommen wird</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="112"/>
        <source>Largest message data published or accepted</source>
        <translation>Größte Nachrichtendaten, die veröffentlicht oder angenommen werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="115"/>
        <source>Cap on the positive sum of topic scores (0: no cap)</source>
        <translation>Obergrenze der positiven Summe der Topic-Scores (0: keine Grenze)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="117"/>
        <source>Weight of P5, the application-specific score</source>
        <translation>Gewicht von P5, dem anwendungsspezifischen Score</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="120"/>
        <source>Weight of P6, the IP colocation score</source>
        <translation>Gewicht von P6, dem IP-Kolokations-Score</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="123"/>
        <source>Number of peers one IP may have before being penalized</source>
        <translation>Anzahl der Peers, die eine IP haben darf, bevor sie bestraft wird</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="126"/>
        <source>IP addresses or CIDR prefixes exempt from the IP colocation penalty</source>
        <translation>IP-Adressen oder CIDR-Präfixe, die von der IP-Kolokationsstrafe ausgenommen sind</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="130"/>
        <source>Weight of P7, the behaviour penalty</source>
        <translation>Gewicht von P7, der Verhaltensstrafe</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="133"/>
        <source>Behaviour penalty counter value that is free of penalty</source>
        <translation>Zählerstand der Verhaltensstrafe, der noch straffrei ist</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="135"/>
        <source>Decay factor for P7</source>
        <translation>Zerfallsfaktor für P7</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="137"/>
        <source>Interval at which parameter decay is calculated</source>
        <translation>Intervall, in dem der Zerfall der Zähler berechnet wird</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="139"/>
        <source>Limit below which a decayed counter counts as zero</source>
        <translation>Grenze, unter der ein zerfallener Zähler als null gilt</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="141"/>
        <source>Time to remember peer scores after a peer disconnects</source>
        <translation>Zeit, die der Score eines Peers nach dem Trennen gemerkt wird</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="143"/>
        <source>Time delivery records are kept for duplicate accounting (P2, P3)</source>
        <translation>Zeit, die Zustellungsdatensätze für die Duplikatzählung (P2, P3) aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="146"/>
        <source>Most delivery records kept (memory bound; oldest dropped first)</source>
        <translation>Höchstzahl gespeicherter Zustellungsdatensätze (Speichergrenze; die ältesten fallen zuerst weg)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="150"/>
        <source>How much behaviour in this topic contributes to the overall score</source>
        <translation>Wie stark das Verhalten in diesem Topic zum Gesamtscore beiträgt</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="153"/>
        <source>Weight of P1, time in mesh</source>
        <translation>Gewicht von P1, Zeit im Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="156"/>
        <source>Time a peer must be in the mesh to accrue one point for P1</source>
        <translation>Zeit, die ein Peer im Mesh sein muss, um einen Punkt für P1 zu erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="158"/>
        <source>Maximum value for P1</source>
        <translation>Höchstwert für P1</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="161"/>
        <source>Weight of P2, first message deliveries</source>
        <translation>Gewicht von P2, Erstzustellungen</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="163"/>
        <source>Decay factor for P2</source>
        <translation>Zerfallsfaktor für P2</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="165"/>
        <source>Maximum value for P2</source>
        <translation>Höchstwert für P2</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="168"/>
        <source>Weight of P3, mesh message delivery rate</source>
        <translation>Gewicht von P3, Zustellrate im Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="170"/>
        <source>Decay factor for P3</source>
        <translation>Zerfallsfaktor für P3</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="172"/>
        <source>Maximum value for P3</source>
        <translation>Höchstwert für P3</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="175"/>
        <source>Value for P3 below which we start penalizing peers</source>
        <translation>Wert für P3, unterhalb dessen Peers bestraft werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="178"/>
        <source>Time after first delivery that is considered near-first</source>
        <translation>Zeit nach der Erstzustellung, die noch als nahezu erste gilt</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="181"/>
        <source>Time a peer must be in the mesh before P3 applies</source>
        <translation>Zeit, die ein Peer im Mesh sein muss, bevor P3 gilt</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="184"/>
        <source>Weight of P3b, the mesh failure penalty</source>
        <translation>Gewicht von P3b, der Mesh-Ausfallstrafe</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="186"/>
        <source>Decay factor for P3b</source>
        <translation>Zerfallsfaktor für P3b</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="189"/>
        <source>Weight of P4, invalid messages</source>
        <translation>Gewicht von P4, ungültige Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="191"/>
        <source>Decay factor for P4</source>
        <translation>Zerfallsfaktor für P4</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="194"/>
        <source>No gossip emitted to peers below threshold; incoming gossip is ignored</source>
        <translation>Kein Gossip an Peers unter der Schwelle; ihr Gossip wird ignoriert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="197"/>
        <source>No self-published messages are sent to peers below threshold</source>
        <translation>Keine selbst veröffentlichten Nachrichten an Peers unter der Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="200"/>
        <source>All RPC messages are ignored from peers below threshold</source>
        <translation>Alle RPC-Nachrichten von Peers unter der Schwelle werden ignoriert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="202"/>
        <source>Peer exchange information from peers below this threshold is ignored</source>
        <translation>Peer-Austausch von Peers unter dieser Schwelle wird ignoriert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="206"/>
        <source>If the median score in the mesh drops below this, better scoring peers may be grafted</source>
        <translation>Fällt der Median-Score im Mesh darunter, dürfen besser bewertete Peers gegraftet werden</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="232"/>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="234"/>
        <source>Gossip</source>
        <translation>Gossip</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="236"/>
        <source>Fanout/TTL</source>
        <translation>Fanout/TTL</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="238"/>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="240"/>
        <source>IDONTWANT</source>
        <translation>IDONTWANT</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="242"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="244"/>
        <source>Score: global</source>
        <translation>Score: global</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="246"/>
        <source>Score: topic %1</source>
        <translation>Score: Topic %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="248"/>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="262"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="264"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="266"/>
        <source>heartbeats</source>
        <translation>Heartbeats</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="268"/>
        <source>peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="270"/>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
</context>
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
        <location filename="../app/gui/main.cpp" line="168"/>
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
        <location filename="../widgets/dialogs/connectdialog.cpp" line="27"/>
        <source>Connect to a peer</source>
        <translation>Mit einem Peer verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="31"/>
        <source>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</source>
        <translation>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="37"/>
        <source>Peer multiaddr (with /p2p/&lt;peer id&gt;):</source>
        <translation>Multiaddr des Peers (mit /p2p/&lt;Peer-ID&gt;):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="51"/>
        <source>Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/&lt;peer id&gt;.</source>
        <translation>Geben Sie eine Multiaddr ein, etwa /ip4/127.0.0.1/tcp/4001/p2p/&lt;Peer-ID&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="54"/>
        <source>Not a valid multiaddr: %1</source>
        <translation>Keine gültige Multiaddr: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="56"/>
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
        <location filename="../widgets/pages/logpage.cpp" line="61"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="62"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="63"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="96"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="96"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="96"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="153"/>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="178"/>
        <source>Message id: %1
Topic: %2
From: %3
Time: %4
Kind: %5
First deliverer: %6
Duplicates seen: %7
Validation: %8
</source>
        <translation>Nachrichten-ID: %1
Topic: %2
Von: %3
Zeit: %4
Art: %5
Erster Zusteller: %6
Gesehene Duplikate: %7
Validierung: %8
</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="187"/>
        <source>
No payload: go&apos;s trace events carry none, so only messages the live node received show one.</source>
        <translation>
Keine Nutzdaten: die Trace-Ereignisse von go enthalten keine, daher zeigen nur Nachrichten, die der Live-Knoten empfangen hat, welche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/logpage.cpp" line="189"/>
        <source>Author: %1
Seqno: %2
Size: %n byte(s)
</source>
        <translation>
            <numerusform>Autor: %1
Seqno: %2
Größe: %n Byte
</numerusform>
            <numerusform>Autor: %1
Seqno: %2
Größe: %n Bytes
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="190"/>
        <location filename="../widgets/pages/logpage.cpp" line="191"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/logpage.cpp" line="193"/>
        <source>(first %n byte(s) shown)
</source>
        <translation>
            <numerusform>(das erste %n Byte wird gezeigt)
</numerusform>
            <numerusform>(die ersten %n Bytes werden gezeigt)
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="182"/>
        <source>(not in the log)</source>
        <translation>(nicht im Protokoll)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="184"/>
        <source>(none recorded)</source>
        <translation>(nichts aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="58"/>
        <source>Meshscope</source>
        <translation>Meshscope</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="67"/>
        <source>Topic drawn in the topology</source>
        <translation>In der Topologie gezeigtes Topic</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="87"/>
        <source>waiting for the first snapshot…</source>
        <translation>warte auf den ersten Schnappschuss…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="100"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="131"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="132"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="141"/>
        <source>Export traffic plots</source>
        <translation>Verkehrsdiagramme exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="141"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="144"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="151"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="148"/>
        <source>Export traffic history</source>
        <translation>Verkehrsverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="148"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="161"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="162"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="163"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="164"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="165"/>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="166"/>
        <source>Event timeline</source>
        <translation>Ereignisverlauf</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="167"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="168"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="193"/>
        <source>&amp;Connect to peer…</source>
        <translation>Mit Peer &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="199"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="200"/>
        <source>&amp;About Meshscope</source>
        <translation>&amp;Über Meshscope</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="201"/>
        <source>About Meshscope</source>
        <translation>Über Meshscope</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="202"/>
        <source>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live observability and tuning for libp2p gossipsub.</source>
        <translation>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live-Beobachtung und Abstimmung von libp2p-Gossipsub.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="205"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="208"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="211"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="211"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="237"/>
        <source>Source error</source>
        <translation>Quellenfehler</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="331"/>
        <source>Peer id: %1</source>
        <translation>Peer-ID: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="338"/>
        <source>%1 peers · %2 topics · %3 msg/s</source>
        <translation>%1 Peers · %2 Topics · %3 Nachr./s</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="37"/>
        <source>Trace recordings (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;All files (*)</source>
        <translation>Trace-Aufzeichnungen (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="48"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="51"/>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="51"/>
        <source>Could not connect to %1:
%2</source>
        <translation>Verbindung zu %1 fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="56"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="58"/>
        <source>&amp;Live node</source>
        <translation>&amp;Live-Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="60"/>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="61"/>
        <source>&amp;Record session…</source>
        <translation>Sitzung au&amp;fzeichnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="64"/>
        <source>&amp;Simulation…</source>
        <translation>&amp;Simulation…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="370"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="66"/>
        <source>Start remote-trace &amp;collector</source>
        <translation>Remote-Trace-&amp;Sammler starten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="69"/>
        <source>Remote-trace collector</source>
        <translation>Remote-Trace-Sammler</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="73"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="132"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="139"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="179"/>
        <source>Stop sandbox</source>
        <translation>Sandbox anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="77"/>
        <source>Stop the 20 local sandbox peers so the node can join real peers (Connect)</source>
        <translation>Die 20 lokalen Sandbox-Peers anhalten, damit der Knoten echten Peers beitreten kann (Verbinden)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="88"/>
        <source>Remote trace</source>
        <translation>Remote-Trace</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="90"/>
        <source>Traced node: </source>
        <translation>Verfolgter Knoten: </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="93"/>
        <source>waiting for a traced node…</source>
        <translation>warte auf einen verfolgten Knoten…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="127"/>
        <source>Dial %1 failed: %2</source>
        <translation>Verbindungsaufbau zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="136"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="139"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="179"/>
        <source>Start sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="172"/>
        <source>Sandbox started: %1 local peers</source>
        <translation>Sandbox gestartet: %1 lokale Peers</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="176"/>
        <source>Sandbox stopped: connect the node to real peers (File ▸ Connect to peer)</source>
        <translation>Sandbox angehalten: Verbinden Sie den Knoten mit echten Peers (Datei ▸ Mit Peer verbinden)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="205"/>
        <source>no trace event could be read</source>
        <translation>kein Trace-Ereignis lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="207"/>
        <source>the file holds no trace events</source>
        <translation>die Datei enthält keine Trace-Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="213"/>
        <source>Cannot open the recording</source>
        <translation>Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="214"/>
        <source>%1

%2

The current view is unchanged.</source>
        <translation>%1

%2

Die aktuelle Ansicht bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="226"/>
        <source>Replaying %1 (%2 events)</source>
        <translation>Spiele %1 ab (%2 Ereignisse)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="233"/>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="252"/>
        <source>● REC</source>
        <translation>● AUFN</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="266"/>
        <source>Recorded %1 events to %2</source>
        <translation>%1 Ereignisse in %2 aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="267"/>
        <source>Recording %1 ended with an error: %2</source>
        <translation>Aufzeichnung %1 endete mit einem Fehler: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="277"/>
        <source>Record session</source>
        <translation>Sitzung aufzeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="284"/>
        <source>Cannot record</source>
        <translation>Aufzeichnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="284"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="298"/>
        <source>Recording stopped</source>
        <translation>Aufzeichnung beendet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="298"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="308"/>
        <source>the collector runs on the live node, which is not running</source>
        <translation>der Sammler läuft auf dem Live-Knoten, der nicht läuft</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="332"/>
        <source>Tracer stream from %1 reset: %2</source>
        <translation>Tracer-Stream von %1 zurückgesetzt: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="338"/>
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
        <location filename="../widgets/models/paramsmodel.cpp" line="175"/>
        <source>boolean (true or false)</source>
        <translation>Wahrheitswert (true oder false)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="176"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="305"/>
        <source>JSON key: %1%2</source>
        <translation>JSON-Schlüssel: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="306"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="308"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="310"/>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="350"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="352"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="354"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="356"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="488"/>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="180"/>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation>%1: „%2“ ist kein gültiger Wert (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="177"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="171"/>
        <location filename="../widgets/models/paramsmodel.cpp" line="178"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="489"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsPage</name>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="61"/>
        <source>Apply to node</source>
        <translation>Auf Knoten anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="75"/>
        <source>Show only the parameters whose value differs from the default</source>
        <translation>Nur die Parameter zeigen, deren Wert vom Standard abweicht</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="80"/>
        <source>Preset…</source>
        <translation>Vorlage…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="83"/>
        <source>Diff against defaults</source>
        <translation>Unterschiede zum Standard</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="84"/>
        <source>Add topic…</source>
        <translation>Topic hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="85"/>
        <source>Add score parameters for a topic</source>
        <translation>Score-Parameter für ein Topic hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="86"/>
        <source>Remove topic…</source>
        <translation>Topic entfernen…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="87"/>
        <source>Remove the score parameters of a topic</source>
        <translation>Die Score-Parameter eines Topics entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="88"/>
        <source>Save JSON…</source>
        <translation>JSON speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="89"/>
        <source>Load JSON…</source>
        <translation>JSON laden…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="124"/>
        <source>All parameters are valid.</source>
        <translation>Alle Parameter sind gültig.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="132"/>
        <source>Applied: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="134"/>
        <source>The node refused the parameters: %1</source>
        <translation>Der Knoten hat die Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="165"/>
        <source>Differences from the defaults</source>
        <translation>Unterschiede zu den Standardwerten</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="166"/>
        <source>Every parameter has its default value.</source>
        <translation>Alle Parameter haben ihren Standardwert.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="173"/>
        <source>Add topic</source>
        <translation>Topic hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="173"/>
        <source>Topic with its own score parameters:</source>
        <translation>Topic mit eigenen Score-Parametern:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="177"/>
        <source>Topic %1 already has score parameters.</source>
        <translation>Topic %1 hat bereits Score-Parameter.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="184"/>
        <source>No topic has score parameters.</source>
        <translation>Kein Topic hat Score-Parameter.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="189"/>
        <source>Remove topic</source>
        <translation>Topic entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="189"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="203"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="224"/>
        <source>Save parameters</source>
        <translation>Parameter speichern</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="224"/>
        <location filename="../widgets/pages/paramspage.cpp" line="232"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="199"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="59"/>
        <source>Show only changed</source>
        <translation>Nur geänderte zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="232"/>
        <source>Load parameters</source>
        <translation>Parameter laden</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="211"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="215"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersModel</name>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="28"/>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="30"/>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="34"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="191"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="213"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="215"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="217"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="219"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="221"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="223"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="225"/>
        <source>In mesh</source>
        <translation>Im Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="227"/>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="229"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="231"/>
        <source>P1 time in mesh</source>
        <translation>P1 Zeit im Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="233"/>
        <source>P2 first deliveries</source>
        <translation>P2 Erstzustellungen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="235"/>
        <source>P3 mesh deliveries</source>
        <translation>P3 Mesh-Zustellungen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="237"/>
        <source>P3b mesh failure</source>
        <translation>P3b Mesh-Versagen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="239"/>
        <source>P4 invalid</source>
        <translation>P4 ungültig</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="241"/>
        <source>P5 application</source>
        <translation>P5 Anwendung</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="243"/>
        <source>P6 IP colocation</source>
        <translation>P6 IP-Kolokation</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="245"/>
        <source>P7 behaviour</source>
        <translation>P7 Verhalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="247"/>
        <source>Behaviour penalty</source>
        <translation>Verhaltensstrafe</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="249"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="251"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="253"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="255"/>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="257"/>
        <source>Messages out</source>
        <translation>Nachrichten aus</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="259"/>
        <source>Broken promises</source>
        <translation>Gebrochene Zusagen</translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="295"/>
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
        <location filename="../widgets/pages/publishpage.cpp" line="30"/>
        <location filename="../widgets/pages/publishpage.cpp" line="47"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="31"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="32"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="33"/>
        <location filename="../widgets/pages/publishpage.cpp" line="50"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="34"/>
        <location filename="../widgets/pages/publishpage.cpp" line="49"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="36"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="43"/>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="45"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="48"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="51"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="52"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="57"/>
        <source>Payload file</source>
        <translation>Nutzdatendatei</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="66"/>
        <source>Publish failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="93"/>
        <source>Not hex: &apos;%1&apos;. Use digits 0-9 and a-f.</source>
        <translation>Kein Hex: „%1“. Verwenden Sie die Ziffern 0–9 und a–f.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="97"/>
        <source>Hex needs an even number of digits.</source>
        <translation>Hex braucht eine gerade Anzahl von Ziffern.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="106"/>
        <source>The file is %1 bytes; the message size limit is %2 bytes.</source>
        <translation>Die Datei hat %1 Bytes; die Nachrichtengrenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="112"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="119"/>
        <source>The payload is %1 bytes; the message size limit is %2 bytes.</source>
        <translation>Die Nutzdaten haben %1 Bytes; die Nachrichtengrenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="132"/>
        <source>Type a topic to publish on.</source>
        <translation>Geben Sie das Topic zum Veröffentlichen ein.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="141"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ScorePlot</name>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="45"/>
        <source>GRAFT</source>
        <translation>GRAFT</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="47"/>
        <source>PRUNE</source>
        <translation>PRUNE</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="49"/>
        <source>invalid message</source>
        <translation>ungültige Nachricht</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="51"/>
        <source>broken promise</source>
        <translation>gebrochenes Versprechen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="53"/>
        <source>behaviour penalty</source>
        <translation>Verhaltensstrafe</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="105"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="106"/>
        <location filename="../widgets/plots/scoreplot.cpp" line="114"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="117"/>
        <source>gossip threshold</source>
        <translation>Gossip-Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="117"/>
        <source>publish threshold</source>
        <translation>Veröffentlichungsschwelle</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="117"/>
        <source>graylist threshold</source>
        <translation>Graylist-Schwelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/scoreplot.cpp" line="217"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n Versprechen gebrochen</numerusform>
            <numerusform>%n Versprechen gebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="223"/>
        <source>behaviour penalty counter %1</source>
        <translation>Zähler der Verhaltensstrafe %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="342"/>
        <source>%1 %2 s ago: %3</source>
        <translation>%1 vor %2 s: %3</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::SimulationPanel</name>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="102"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="107"/>
        <source>File...</source>
        <translation>Datei...</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="110"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="172"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="112"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="119"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="261"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="263"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="114"/>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="115"/>
        <source>10x</source>
        <translation>10x</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="116"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="121"/>
        <source>Observed node</source>
        <translation>Beobachteter Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="122"/>
        <source>no scenario</source>
        <translation>kein Szenario</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="123"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="126"/>
        <source>Parameters mid-run</source>
        <translation>Parameter während des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="131"/>
        <source>D = </source>
        <translation>D = </translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="132"/>
        <source>only node</source>
        <translation>nur Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="134"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="141"/>
        <source>Compare two runs</source>
        <translation>Zwei Läufe vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="150"/>
        <source>scenario&apos;s D</source>
        <translation>D des Szenarios</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="151"/>
        <source>B: D = </source>
        <translation>B: D = </translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="152"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="153"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="155"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="161"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="161"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="162"/>
        <source>Duplicates per message</source>
        <translation>Duplikate pro Nachricht</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="163"/>
        <source>Upload per node</source>
        <translation>Upload pro Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="163"/>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="172"/>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="193"/>
        <source>parameters applied</source>
        <translation>Parameter übernommen</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="219"/>
        <source>no scenario in %1</source>
        <translation>kein Szenario in %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="263"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="265"/>
        <source>%1 s simulated (%2%)</source>
        <translation>%1 s simuliert (%2%)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="268"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="269"/>
        <source>%1: %2 nodes, paused</source>
        <translation>%1: %2 Knoten, angehalten</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="289"/>
        <source>no simulation running</source>
        <translation>keine Simulation läuft</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="293"/>
        <source>node %1 does not exist</source>
        <translation>Knoten %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="364"/>
        <source>per message</source>
        <translation>pro Nachricht</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="365"/>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="365"/>
        <source>busiest</source>
        <translation>am stärksten belastet</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsModel</name>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="26"/>
        <source>no peers</source>
        <translation>keine Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="29"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="32"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="35"/>
        <source>above D_high</source>
        <translation>über D_high</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="39"/>
        <source>, under D_out</source>
        <translation>, unter D_out</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="71"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="75"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="83"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="83"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="97"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="99"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="101"/>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="103"/>
        <source>D_low / D / D_high</source>
        <translation>D_low / D / D_high</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="105"/>
        <source>Fanout</source>
        <translation>Fanout</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="107"/>
        <source>Gossip</source>
        <translation>Gossip</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="109"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="111"/>
        <source>Outbound / D_out</source>
        <translation>Ausgehend / D_out</translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="113"/>
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
        <location filename="../widgets/mesh/topologyview.cpp" line="156"/>
        <source>No topic to show yet</source>
        <translation>Noch kein Topic zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="243"/>
        <source>us</source>
        <translation>wir</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="248"/>
        <source>%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7</source>
        <translation>%1 — Mesh %2 (D_low %3, D %4, D_high %5), Fanout %6, Gossip %7</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="274"/>
        <source>solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed</source>
        <translation>durchgezogen: Mesh · gestrichelt: Fanout · gepunktet: Gossip · Strich-Punkt: direkt · Pfeil: von uns angewählt</translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="232"/>
        <source> (backoff %1 s)</source>
        <translation> (Backoff %1 s)</translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TrafficPlots</name>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="79"/>
        <source>Messages per second (in solid, out dashed)</source>
        <translation>Nachrichten pro Sekunde (ein durchgezogen, aus gestrichelt)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="79"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="80"/>
        <source>Bytes per second and duplicate ratio</source>
        <translation>Bytes pro Sekunde und Duplikatanteil</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="80"/>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="81"/>
        <source>Duplicate delay after first delivery</source>
        <translation>Verzögerung der Duplikate nach Erstzustellung</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="81"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="82"/>
        <source>Mesh size per topic</source>
        <translation>Mesh-Größe pro Topic</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="82"/>
        <source>peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="93"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="95"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="98"/>
        <location filename="../widgets/plots/trafficplots.cpp" line="101"/>
        <source>duplicate ratio</source>
        <translation>Duplikatanteil</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="107"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="110"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="226"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="237"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
