// Meshscope <-> js-libp2p: connection upgrade (Noise + yamux or mplex), identify both ways and
// ping both ways, with Meshscope dialing and with js dialing. Run: node --test connect.test.mjs
// (MESHSCOPE_CLI=path/to/meshscope-cli; unset, a js stand-in validates the harness).
import { test } from 'node:test'
import assert from 'node:assert/strict'

import { cliIsStandIn, withHarness } from './harness.mjs'

const STEP_MS = 15000 // bound on each awaited step
const JS_AGENT = 'meshscope-interop-test/1.0'
const YAMUX = '/yamux/1.0.0'
const MPLEX = '/mplex/6.7.0'

const cases = [
  { name: 'Meshscope dials js over yamux', dialer: 'meshscope', muxers: ['yamux', 'mplex'], muxer: YAMUX },
  { name: 'js dials Meshscope over yamux', dialer: 'js', muxers: ['yamux', 'mplex'], muxer: YAMUX },
  { name: 'Meshscope dials js offering only mplex', dialer: 'meshscope', muxers: ['mplex'], muxer: MPLEX },
  { name: 'js offering only mplex dials Meshscope', dialer: 'js', muxers: ['mplex'], muxer: MPLEX }
]

for (const c of cases) {
  test(c.name, { timeout: 90000 }, () => withHarness(async (h) => {
    const js = await h.startJs({ muxers: c.muxers, agent: JS_AGENT })
    let cli
    if (c.dialer === 'meshscope') {
      cli = await h.startCli(['--dial', js.addr])
    } else {
      cli = await h.startCli()
      assert.ok(cli.addr, 'Meshscope listens on 127.0.0.1')
      assert.ok(cli.addr.endsWith(`/p2p/${cli.peerId}`), `listen address ${cli.addr} ends in /p2p/<peer id>`)
      await js.peer.dial(cli.addr)
    }

    // Meshscope's view: the connection, its muxer, and js's identify.
    const connected = await cli.waitFor((e) => e.event === 'peer_connected' && e.peer_id === js.peerId, STEP_MS,
      'peer_connected for the js peer')
    assert.equal(connected.direction, c.dialer === 'meshscope' ? 'outbound' : 'inbound')
    assert.equal(connected.muxer, c.muxer)
    assert.match(connected.addr, /^\/ip4\/127\.0\.0\.1\/tcp\/\d+/)
    assert.equal(connected.agent, JS_AGENT, 'Meshscope reports js\'s identify agent')
    for (const p of ['/ipfs/id/1.0.0', '/ipfs/ping/1.0.0', '/meshsub/1.1.0']) {
      assert.ok(connected.protocols.includes(p), `Meshscope sees js's protocol ${p}: ${connected.protocols}`)
    }

    // js's view: the same connection, and Meshscope's identify.
    const jsConn = await js.waitFor((e) => e.event === 'peer_connected' && e.peer_id === cli.peerId, STEP_MS,
      'js connection to Meshscope')
    assert.equal(jsConn.muxer, c.muxer)
    assert.equal(jsConn.encryption, '/noise')
    assert.equal(jsConn.direction, c.dialer === 'js' ? 'outbound' : 'inbound')
    const ident = await js.waitFor((e) => e.event === 'identify' && e.peer_id === cli.peerId, STEP_MS,
      'identify of Meshscope')
    if (!cliIsStandIn()) assert.match(ident.agent, /^meshscope\//, 'Meshscope\'s agent version')
    for (const p of ['/ipfs/id/1.0.0', '/ipfs/ping/1.0.0']) {
      assert.ok(ident.protocols.includes(p), `js sees Meshscope's protocol ${p}: ${ident.protocols}`)
    }

    // Ping both ways.
    const rttJs = await js.peer.ping(cli.peerId)
    assert.ok(Number.isFinite(rttJs) && rttJs >= 0, `js -> Meshscope ping rtt ${rttJs}`)
    const ping = await cli.waitFor((e) => e.event === 'ping' && e.peer_id === js.peerId, STEP_MS,
      'ping of the js peer')
    assert.ok(typeof ping.rtt_ms === 'number' && ping.rtt_ms >= 0 && ping.rtt_ms < 5000, `rtt_ms ${ping.rtt_ms}`)

    // Clean shutdown: SIGTERM gives a summary and exit code 0; js sees the connection close.
    const status = await cli.stop()
    assert.equal(status.code, 0, `exit status ${JSON.stringify(status)}; stderr:\n${cli.stderr}`)
    const summary = cli.log.find((e) => e.event === 'summary')
    assert.ok(summary, 'summary event on exit')
    assert.ok(summary.connections >= 1)
    assert.equal(cli.badLines.length, 0, `every stdout line is JSON: ${cli.badLines}`)
    await js.waitFor((e) => e.event === 'peer_disconnected' && e.peer_id === cli.peerId, STEP_MS,
      'js seeing the connection close')
  }))
}
