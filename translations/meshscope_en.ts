<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../app/gui/main.cpp" line="153"/>
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
        <location filename="../widgets/dialogs/connectdialog.cpp" line="24"/>
        <source>Connect to a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="28"/>
        <source>/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="33"/>
        <source>Peer multiaddr (with /p2p/&lt;peer id&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="47"/>
        <source>Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/&lt;peer id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="50"/>
        <source>Not a valid multiaddr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/connectdialog.cpp" line="52"/>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <location filename="../widgets/pages/logpage.cpp" line="51"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="52"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="53"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="86"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="86"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="86"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="143"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="162"/>
        <source>(not in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/logpage.cpp" line="164"/>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="51"/>
        <source>Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="59"/>
        <source>Topic drawn in the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="79"/>
        <source>waiting for the first snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="92"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="117"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="118"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="126"/>
        <source>Export traffic plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="126"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="129"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="135"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="132"/>
        <source>Export traffic history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="132"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="145"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="146"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="147"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="148"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="149"/>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="150"/>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="151"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="152"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="175"/>
        <source>&amp;Connect to peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="178"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="181"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="183"/>
        <source>About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="184"/>
        <source>&lt;b&gt;Meshscope&lt;/b&gt; %1&lt;br&gt;Live observability and tuning for libp2p gossipsub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="187"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="190"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="193"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="193"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="218"/>
        <source>Source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="310"/>
        <source>Peer id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="317"/>
        <source>%1 peers · %2 topics · %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="35"/>
        <source>Trace recordings (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="45"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="48"/>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="48"/>
        <source>Could not connect to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="53"/>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="55"/>
        <source>&amp;Live node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="57"/>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="58"/>
        <source>&amp;Record session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="61"/>
        <source>&amp;Simulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="61"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="62"/>
        <source>Start remote-trace &amp;collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="65"/>
        <source>Remote-trace collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="69"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="121"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="128"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="164"/>
        <source>Stop sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="72"/>
        <source>Stop the 20 local sandbox peers so the node can join real peers (Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="83"/>
        <source>Remote trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="85"/>
        <source>Traced node: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="88"/>
        <source>waiting for a traced node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="116"/>
        <source>Dial %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="125"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="128"/>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="164"/>
        <source>Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="158"/>
        <source>Sandbox started: %1 local peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="161"/>
        <source>Sandbox stopped: connect the node to real peers (File ▸ Connect to peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="190"/>
        <source>no trace event could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="192"/>
        <source>the file holds no trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="198"/>
        <source>Cannot open the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="198"/>
        <source>%1

%2

The current view is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="210"/>
        <source>Replaying %1 (%2 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="216"/>
        <source>Open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="235"/>
        <source>● REC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="249"/>
        <source>Recorded %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="250"/>
        <source>Recording %1 ended with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="259"/>
        <source>Record session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="267"/>
        <source>Cannot record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="267"/>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="281"/>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="281"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="291"/>
        <source>the collector runs on the live node, which is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="312"/>
        <source>Tracer stream from %1 reset: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowsources.cpp" line="318"/>
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
        <location filename="../widgets/models/paramsmodel.cpp" line="27"/>
        <source>Router (gossipsub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="29"/>
        <source>Peer scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="31"/>
        <source>Score thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="33"/>
        <source>Topic score parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="196"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="197"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="198"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="251"/>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="253"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="253"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="253"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="333"/>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/paramsmodel.cpp" line="334"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ParamsPage</name>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="22"/>
        <source>Apply to node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="30"/>
        <source>Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="33"/>
        <source>Diff against defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="34"/>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="35"/>
        <source>Load JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="63"/>
        <source>All parameters are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="67"/>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="67"/>
        <source>The node refused the parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="90"/>
        <source>Differences from the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="91"/>
        <source>Every parameter has its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="96"/>
        <source>Save parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="96"/>
        <location filename="../widgets/pages/paramspage.cpp" line="106"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="101"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="106"/>
        <source>Load parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="111"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/paramspage.cpp" line="116"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::PeersModel</name>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="26"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="28"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="32"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="140"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="155"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="156"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="157"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="158"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="159"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="160"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="161"/>
        <source>In mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="162"/>
        <source>Backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="163"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="164"/>
        <source>P1 time in mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="165"/>
        <source>P2 first deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="166"/>
        <source>P3 mesh deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="167"/>
        <source>P3b mesh failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="168"/>
        <source>P4 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="169"/>
        <source>P5 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="170"/>
        <source>P6 IP colocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="171"/>
        <source>P7 behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="172"/>
        <source>Behaviour penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="173"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="174"/>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="175"/>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="176"/>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="177"/>
        <source>Messages out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="178"/>
        <source>Broken promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/peersmodel.cpp" line="211"/>
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
        <location filename="../widgets/pages/publishpage.cpp" line="23"/>
        <location filename="../widgets/pages/publishpage.cpp" line="40"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="24"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="25"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="26"/>
        <location filename="../widgets/pages/publishpage.cpp" line="43"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="27"/>
        <location filename="../widgets/pages/publishpage.cpp" line="42"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="29"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="36"/>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="38"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="41"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="44"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="45"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="50"/>
        <source>Payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="59"/>
        <source>Publish failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="85"/>
        <source>Not hex: &apos;%1&apos;. Use digits 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="89"/>
        <source>Hex needs an even number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="98"/>
        <source>The file is %1 bytes; the message size limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="102"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="109"/>
        <source>The payload is %1 bytes; the message size limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="120"/>
        <source>Type a topic to publish on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pages/publishpage.cpp" line="128"/>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::ScorePlot</name>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="23"/>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="24"/>
        <location filename="../widgets/plots/scoreplot.cpp" line="37"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="40"/>
        <source>gossip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="40"/>
        <source>publish threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/scoreplot.cpp" line="40"/>
        <source>graylist threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TopicsModel</name>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="21"/>
        <source>no peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="22"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="23"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="24"/>
        <source>above D_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="27"/>
        <source>, under D_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="53"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="53"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="55"/>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="60"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="60"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="71"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="72"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="73"/>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="74"/>
        <source>D_low / D / D_high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="75"/>
        <source>Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="76"/>
        <source>Gossip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="77"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="78"/>
        <source>Outbound / D_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topicsmodel.cpp" line="79"/>
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
        <location filename="../widgets/mesh/topologyview.cpp" line="149"/>
        <source>No topic to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="234"/>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="239"/>
        <source>%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="262"/>
        <source>solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesh/topologyview.cpp" line="224"/>
        <source> (backoff %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::widgets::TrafficPlots</name>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="64"/>
        <source>Messages per second (in solid, out dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="64"/>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="65"/>
        <source>Bytes per second and duplicate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="65"/>
        <source>bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="66"/>
        <source>Duplicate delay after first delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="66"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="67"/>
        <source>Mesh size per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="67"/>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="78"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="80"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="83"/>
        <location filename="../widgets/plots/trafficplots.cpp" line="87"/>
        <source>duplicate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="93"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="96"/>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="193"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/trafficplots.cpp" line="204"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
