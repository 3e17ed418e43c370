<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TrafficStats</name>
    <message>
        <source>publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::CommandClient</name>
    <message>
        <source>no source is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ConnectDialog</name>
    <message>
        <source>Connect to a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer multiaddr (with /p2p/&lt;peer id&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/&lt;peer id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid multiaddr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs /p2p/&lt;peer id&gt; at the end so the peer can be authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::DemoSource</name>
    <message>
        <source>demo network, %1 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload of %1 bytes exceeds the %2-byte message size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 bytes on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the demo network cannot dial real peers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::EventTimelineModel</name>
    <message numerus="yes">
        <source>%n PX peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gossip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graylist threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell below %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose above %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogModel</name>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRUNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRAFT received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRUNE received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::LogPage</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
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

Payloads are not part of go&apos;s trace events; the id is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MainWindow</name>
    <message>
        <source>Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic drawn in the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export traffic plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export traffic history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to peer…</source>
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
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live observability and tuning for libp2p gossipsub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 peers · %2 topics · %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MessageLogModel</name>
    <message>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsModel</name>
    <message>
        <source>Router (gossipsub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic score parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsPage</name>
    <message>
        <source>Apply to node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff against defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parameters are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every parameter has its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersModel</name>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 time in mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 first deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 mesh deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3b mesh failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P5 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P6 IP colocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P7 behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersPage</name>
    <message>
        <source>Filter peers (id, address, agent, topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy full peer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a peer to see its details and score history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 · score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)&lt;br&gt;mesh: %14 · backoff: %15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PublishPage</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hex: &apos;%1&apos;. Use digits 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex needs an even number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes; the message size limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is %1 bytes; the message size limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a topic to publish on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ScorePlot</name>
    <message>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gossip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graylist threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsModel</name>
    <message>
        <source>no peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above D_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, under D_out</source>
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
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D_low / D / D_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gossip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound / D_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsPage</name>
    <message>
        <source>Topic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a topic name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopologyView</name>
    <message>
        <source>No topic to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (backoff %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TrafficPlots</name>
    <message>
        <source>Messages per second (in solid, out dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per second and duplicate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate delay after first delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh size per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
