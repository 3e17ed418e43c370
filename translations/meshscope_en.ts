<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MessageStore</name>
    <message>
        <location filename="../widgets/models/messagestore.cpp" line="65"/>
        <source>Not JSON (%1 at byte %2); as text:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamCatalog</name>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="23"/>
        <source>The desired outbound degree of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="25"/>
        <source>Lower bound for outbound degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="27"/>
        <source>Upper bound for outbound degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="29"/>
        <source>Number of peers to retain by score when pruning because of oversubscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="32"/>
        <source>Number of outbound connections to keep in the mesh (less than D_low, at most D/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="35"/>
        <source>Time between heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="38"/>
        <source>Delay before the first heartbeat after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="41"/>
        <source>Heartbeats between opportunistic grafting attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="44"/>
        <source>Peers grafted by one opportunistic grafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="47"/>
        <source>Heartbeats between reconnection attempts to direct peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="50"/>
        <source>Delay before the first connection to direct peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="53"/>
        <source>The outbound degree for gossip emission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="55"/>
        <source>Share of peers to send gossip to, if more than D_lazy are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="58"/>
        <source>Number of history windows in the message cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="60"/>
        <source>Number of history windows to use when emitting gossip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="62"/>
        <source>Maximum message ids accepted in IHAVE from one peer per heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="65"/>
        <source>Maximum IHAVE messages accepted from one peer per heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="68"/>
        <source>Time to wait for a message asked for with IWANT before the promise counts as broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="72"/>
        <source>Time-to-live for each topic&apos;s fanout state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="74"/>
        <source>Expiry time for the cache of seen message ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="76"/>
        <source>Whether to publish own messages to every peer above the publish threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="80"/>
        <source>Time after pruning a mesh peer before we consider grafting them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="83"/>
        <source>Backoff to use when unsubscribing from a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="85"/>
        <source>Heartbeats added to a received backoff before grafting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="89"/>
        <source>A GRAFT sooner than this after a PRUNE is a flood and adds a behaviour penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="92"/>
        <source>Number of peers offered in peer exchange on PRUNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="94"/>
        <source>Whether to send peer exchange on PRUNE (for bootstrappers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="98"/>
        <source>Send IDONTWANT for messages at least this large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="101"/>
        <source>Heartbeats a received IDONTWANT is remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="103"/>
        <source>Maximum IDONTWANT control messages accepted in one RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="106"/>
        <source>The maximum number of IDONTWANT messages per heartbeat per peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="110"/>
        <source>Largest RPC frame sent or accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="112"/>
        <source>Largest message data published or accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="115"/>
        <source>Cap on the positive sum of topic scores (0: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="117"/>
        <source>Weight of P5, the application-specific score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="120"/>
        <source>Weight of P6, the IP colocation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="123"/>
        <source>Number of peers one IP may have before being penalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="126"/>
        <source>IP addresses or CIDR prefixes exempt from the IP colocation penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="130"/>
        <source>Weight of P7, the behaviour penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="133"/>
        <source>Behaviour penalty counter value that is free of penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="135"/>
        <source>Decay factor for P7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="137"/>
        <source>Interval at which parameter decay is calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="139"/>
        <source>Limit below which a decayed counter counts as zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="141"/>
        <source>Time to remember peer scores after a peer disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="143"/>
        <source>Time delivery records are kept for duplicate accounting (P2, P3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="146"/>
        <source>Most delivery records kept (memory bound; oldest dropped first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="150"/>
        <source>How much behaviour in this topic contributes to the overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="153"/>
        <source>Weight of P1, time in mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="156"/>
        <source>Time a peer must be in the mesh to accrue one point for P1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="158"/>
        <source>Maximum value for P1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="161"/>
        <source>Weight of P2, first message deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="163"/>
        <source>Decay factor for P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="165"/>
        <source>Maximum value for P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="168"/>
        <source>Weight of P3, mesh message delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="170"/>
        <source>Decay factor for P3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="172"/>
        <source>Maximum value for P3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="175"/>
        <source>Value for P3 below which we start penalizing peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="178"/>
        <source>Time after first delivery that is considered near-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="181"/>
        <source>Time a peer must be in the mesh before P3 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="184"/>
        <source>Weight of P3b, the mesh failure penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="186"/>
        <source>Decay factor for P3b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="189"/>
        <source>Weight of P4, invalid messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="191"/>
        <source>Decay factor for P4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="194"/>
        <source>No gossip emitted to peers below threshold; incoming gossip is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="197"/>
        <source>No self-published messages are sent to peers below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="200"/>
        <source>All RPC messages are ignored from peers below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="202"/>
        <source>Peer exchange information from peers below this threshold is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="206"/>
        <source>If the median score in the mesh drops below this, better scoring peers may be grafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="232"/>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="234"/>
        <source>Gossip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="236"/>
        <source>Fanout/TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="238"/>
        <source>Backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="240"/>
        <source>IDONTWANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="242"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="244"/>
        <source>Score: global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="246"/>
        <source>Score: topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="248"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="262"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="264"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="266"/>
        <source>heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="268"/>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramcatalog.cpp" line="270"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficStats</name>
    <message>
        <location filename="../widgets/models/trafficstats.cpp" line="14"/>
        <source>publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/trafficstats.cpp" line="15"/>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/trafficstats.cpp" line="16"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="168"/>
        <source>Cannot open the recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::CommandClient</name>
    <message>
        <location filename="../widgets/pages/commandclient.h" line="42"/>
        <source>no source is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ConnectDialog</name>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="27"/>
        <source>Connect to a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="31"/>
        <source>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="37"/>
        <source>Peer multiaddr (with /p2p/&lt;peer id&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="51"/>
        <source>Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/&lt;peer id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="54"/>
        <source>Not a valid multiaddr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="56"/>
        <source>The address needs /p2p/&lt;peer id&gt; at the end so the peer can be authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::DemoSource</name>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="68"/>
        <source>demo network, %1 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="240"/>
        <source>subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="250"/>
        <source>unsubscribed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="256"/>
        <source>payload of %1 bytes exceeds the %2-byte message size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="263"/>
        <source>published %1 bytes on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="285"/>
        <source>parameters applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/demosource.cpp" line="290"/>
        <source>%1: the demo network cannot dial real peers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::EventTimelineModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="55"/>
        <source>%n PX peer(s)</source>
        <translation>
            <numerusform>%n PX peer</numerusform>
            <numerusform>%n PX peers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="76"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="85"/>
        <source>gossip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="86"/>
        <source>publish threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="87"/>
        <source>graylist threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="101"/>
        <source>fell below %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/eventtimelinemodel.cpp" line="101"/>
        <source>rose above %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::IdentityPage</name>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="19"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="20"/>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="33"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="42"/>
        <source>Peer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="43"/>
        <source>Listen addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="44"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="45"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="73"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="75"/>
        <source>ephemeral (a new key each start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/identitypage.cpp" line="81"/>
        <source>no live node: showing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogModel</name>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="13"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="14"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="15"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="16"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="17"/>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="18"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="19"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="20"/>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="21"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="22"/>
        <source>GRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="23"/>
        <source>PRUNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="24"/>
        <source>GRAFT received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="25"/>
        <source>PRUNE received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="26"/>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="27"/>
        <source>backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="28"/>
        <source>score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="38"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="86"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="87"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="88"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="89"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="90"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="91"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogPage</name>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="61"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="62"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="63"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="96"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="96"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="96"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="153"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="187"/>
        <source>
No payload: go&apos;s trace events carry none, so only messages the live node received show one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/logpage.cpp" line="189"/>
        <source>Author: %1
Seqno: %2
Size: %n byte(s)
</source>
        <translation>
            <numerusform>Author: %1
Seqno: %2
Size: %n byte
</numerusform>
            <numerusform>Author: %1
Seqno: %2
Size: %n bytes
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="190"/>
        <location filename="../widgets/pages/logpage.cpp" line="191"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/logpage.cpp" line="193"/>
        <source>(first %n byte(s) shown)
</source>
        <translation>
            <numerusform>(first %n byte shown)
</numerusform>
            <numerusform>(first %n bytes shown)
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="182"/>
        <source>(not in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="184"/>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="58"/>
        <source>Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="67"/>
        <source>Topic drawn in the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="87"/>
        <source>waiting for the first snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="100"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="131"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="132"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="141"/>
        <source>Export traffic plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="141"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="144"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="151"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="148"/>
        <source>Export traffic history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="148"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="161"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="162"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="163"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="164"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="165"/>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="166"/>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="167"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="168"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="193"/>
        <source>&amp;Connect to peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="199"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="200"/>
        <source>&amp;About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="201"/>
        <source>About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="202"/>
        <source>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live observability and tuning for libp2p gossipsub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="205"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="208"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="211"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="211"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="237"/>
        <source>Source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="331"/>
        <source>Peer id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="338"/>
        <source>%1 peers · %2 topics · %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="37"/>
        <source>Trace recordings (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="48"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="51"/>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="51"/>
        <source>Could not connect to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="56"/>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="58"/>
        <source>&amp;Live node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="60"/>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="61"/>
        <source>&amp;Record session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="64"/>
        <source>&amp;Simulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="370"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="66"/>
        <source>Start remote-trace &amp;collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="69"/>
        <source>Remote-trace collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="73"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="132"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="139"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="179"/>
        <source>Stop sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="77"/>
        <source>Stop the 20 local sandbox peers so the node can join real peers (Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="88"/>
        <source>Remote trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="90"/>
        <source>Traced node: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="93"/>
        <source>waiting for a traced node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="127"/>
        <source>Dial %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="136"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="139"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="179"/>
        <source>Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="172"/>
        <source>Sandbox started: %1 local peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="176"/>
        <source>Sandbox stopped: connect the node to real peers (File ▸ Connect to peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="205"/>
        <source>no trace event could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="207"/>
        <source>the file holds no trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="213"/>
        <source>Cannot open the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="214"/>
        <source>%1

%2

The current view is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="226"/>
        <source>Replaying %1 (%2 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="233"/>
        <source>Open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="252"/>
        <source>● REC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="266"/>
        <source>Recorded %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="267"/>
        <source>Recording %1 ended with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="277"/>
        <source>Record session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="284"/>
        <source>Cannot record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="284"/>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="298"/>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="298"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="308"/>
        <source>the collector runs on the live node, which is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="332"/>
        <source>Tracer stream from %1 reset: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="338"/>
        <source>Collector listening on %1 (go: pubsub.WithEventTracer(NewRemoteTracer(...)))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MessageLogModel</name>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="195"/>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="196"/>
        <source>reject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/logmodel.cpp" line="197"/>
        <source>ignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsModel</name>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="175"/>
        <source>boolean (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="176"/>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="305"/>
        <source>JSON key: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="306"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="308"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="310"/>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="350"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="352"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="354"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="356"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="488"/>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="180"/>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="177"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="171"/>
        <location filename="../widgets/models/paramsmodel.cpp" line="178"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="489"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsPage</name>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="61"/>
        <source>Apply to node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="75"/>
        <source>Show only the parameters whose value differs from the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="80"/>
        <source>Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="83"/>
        <source>Diff against defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="84"/>
        <source>Add topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="85"/>
        <source>Add score parameters for a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="86"/>
        <source>Remove topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="87"/>
        <source>Remove the score parameters of a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="88"/>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="89"/>
        <source>Load JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="124"/>
        <source>All parameters are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="132"/>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="134"/>
        <source>The node refused the parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="165"/>
        <source>Differences from the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="166"/>
        <source>Every parameter has its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="173"/>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="173"/>
        <source>Topic with its own score parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="177"/>
        <source>Topic %1 already has score parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="184"/>
        <source>No topic has score parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="189"/>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="189"/>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="203"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="224"/>
        <source>Save parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="224"/>
        <location filename="../widgets/pages/paramspage.cpp" line="232"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="199"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="59"/>
        <source>Show only changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="232"/>
        <source>Load parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="211"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="215"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersModel</name>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="28"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="30"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="34"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="191"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="213"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="215"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="217"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="219"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="221"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="223"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="225"/>
        <source>In mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="227"/>
        <source>Backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="229"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="231"/>
        <source>P1 time in mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="233"/>
        <source>P2 first deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="235"/>
        <source>P3 mesh deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="237"/>
        <source>P3b mesh failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="239"/>
        <source>P4 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="241"/>
        <source>P5 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="243"/>
        <source>P6 IP colocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="245"/>
        <source>P7 behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="247"/>
        <source>Behaviour penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="249"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="251"/>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="253"/>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="255"/>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="257"/>
        <source>Messages out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="259"/>
        <source>Broken promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="295"/>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersPage</name>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="38"/>
        <source>Filter peers (id, address, agent, topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="42"/>
        <source>Copy full peer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="100"/>
        <source>Select a peer to see its details and score history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 · score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)&lt;br&gt;mesh: %14 · backoff: %15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/peerspage.cpp" line="118"/>
        <location filename="../widgets/pages/peerspage.cpp" line="119"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PlayerBar</name>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="31"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="35"/>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="108"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="38"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="40"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="43"/>
        <source>Seek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="99"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/playerbar.cpp" line="108"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PublishPage</name>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="30"/>
        <location filename="../widgets/pages/publishpage.cpp" line="47"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="31"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="32"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="33"/>
        <location filename="../widgets/pages/publishpage.cpp" line="50"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="34"/>
        <location filename="../widgets/pages/publishpage.cpp" line="49"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="36"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="43"/>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="45"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="48"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="51"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="52"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="57"/>
        <source>Payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="66"/>
        <source>Publish failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="93"/>
        <source>Not hex: &apos;%1&apos;. Use digits 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="97"/>
        <source>Hex needs an even number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="106"/>
        <source>The file is %1 bytes; the message size limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="112"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="119"/>
        <source>The payload is %1 bytes; the message size limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="132"/>
        <source>Type a topic to publish on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="141"/>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ScorePlot</name>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="45"/>
        <source>GRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="47"/>
        <source>PRUNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="49"/>
        <source>invalid message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="51"/>
        <source>broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="53"/>
        <source>behaviour penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="105"/>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="106"/>
        <location filename="../widgets/plots/scoreplot.cpp" line="114"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="117"/>
        <source>gossip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="117"/>
        <source>publish threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="117"/>
        <source>graylist threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/scoreplot.cpp" line="217"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promise broken</numerusform>
            <numerusform>%n promises broken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="223"/>
        <source>behaviour penalty counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="342"/>
        <source>%1 %2 s ago: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::SimulationPanel</name>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="102"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="107"/>
        <source>File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="110"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="172"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="112"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="119"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="261"/>
        <location filename="../widgets/sim/simulationpanel.cpp" line="263"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="114"/>
        <source>1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="115"/>
        <source>10x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="116"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="121"/>
        <source>Observed node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="122"/>
        <source>no scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="123"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="126"/>
        <source>Parameters mid-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="131"/>
        <source>D = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="132"/>
        <source>only node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="134"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="141"/>
        <source>Compare two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="150"/>
        <source>scenario&apos;s D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="151"/>
        <source>B: D = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="152"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="153"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="155"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="161"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="161"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="162"/>
        <source>Duplicates per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="163"/>
        <source>Upload per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="163"/>
        <source>kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="172"/>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="193"/>
        <source>parameters applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="219"/>
        <source>no scenario in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="263"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="265"/>
        <source>%1 s simulated (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="268"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="269"/>
        <source>%1: %2 nodes, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="289"/>
        <source>no simulation running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="293"/>
        <source>node %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="363"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="364"/>
        <source>per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="365"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sim/simulationpanel.cpp" line="365"/>
        <source>busiest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsModel</name>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="26"/>
        <source>no peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="29"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="32"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="35"/>
        <source>above D_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="39"/>
        <source>, under D_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="71"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="71"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="75"/>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="83"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="83"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="97"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="99"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="101"/>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="103"/>
        <source>D_low / D / D_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="105"/>
        <source>Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="107"/>
        <source>Gossip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="109"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="111"/>
        <source>Outbound / D_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="113"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsPage</name>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="24"/>
        <source>Topic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="25"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="26"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="45"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/topicspage.cpp" line="54"/>
        <location filename="../widgets/pages/topicspage.cpp" line="64"/>
        <source>Type a topic name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopologyView</name>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="156"/>
        <source>No topic to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="243"/>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="248"/>
        <source>%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="274"/>
        <source>solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="232"/>
        <source> (backoff %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TrafficPlots</name>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="79"/>
        <source>Messages per second (in solid, out dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="79"/>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="80"/>
        <source>Bytes per second and duplicate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="80"/>
        <source>bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="81"/>
        <source>Duplicate delay after first delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="81"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="82"/>
        <source>Mesh size per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="82"/>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="93"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="95"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="98"/>
        <location filename="../widgets/plots/trafficplots.cpp" line="101"/>
        <source>duplicate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="107"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="110"/>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="226"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="237"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
