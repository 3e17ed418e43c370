// A Meshscope <-> js connection survives 60 s of js's keep-alive traffic: yamux pings every 30 s
// and /ipfs/ping/1.0.0 from js's connection monitor every 10 s (a missed echo makes js drop it).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'

import { withHarness } from './harness.mjs'

const STEP_MS = 15000
const HOLD_MS = 62000

test('connection survives 60 s of js keep-alive pings', { timeout: 120000 }, () =>
  withHarness(async (h) => {
    const js = await h.startJs({ muxers: ['yamux', 'mplex'] })
    const cli = await h.startCli(['--dial', js.addr])
    await cli.waitFor((e) => e.event === 'peer_connected' && e.peer_id === js.peerId, STEP_MS, 'peer_connected')
    await js.waitFor((e) => e.event === 'peer_connected' && e.peer_id === cli.peerId, STEP_MS, 'js connection')
    const t0 = Date.now()
    await sleep(HOLD_MS)

    const drops = (log, id) => log.filter((e) => e.event === 'peer_disconnected' && e.peer_id === id)
    assert.equal(drops(cli.log, js.peerId).length, 0, 'Meshscope kept the connection:\n' + cli.log.dump())
    assert.equal(drops(js.log, cli.peerId).length, 0, 'js kept the connection:\n' + js.log.dump())
    const conns = js.peer.node.getConnections().filter((c) => c.remotePeer.toString() === cli.peerId)
    assert.equal(conns.length, 1, 'one open connection after 60 s')
    assert.equal(conns[0].status, 'open')
    assert.equal(conns[0].multiplexer, '/yamux/1.0.0')
    // js's connection monitor records an RTT after each successful keep-alive ping.
    assert.ok(typeof conns[0].rtt === 'number', `js keep-alive pings answered (rtt ${conns[0].rtt})`)
    // Both directions still work at the end.
    assert.ok((await js.peer.ping(cli.peerId)) >= 0)
    const late = cli.log.filter((e) => e.event === 'ping' && e.peer_id === js.peerId)
    assert.ok(late.length >= 2, `Meshscope kept pinging (${late.length} pings in ${Date.now() - t0} ms)`)
    assert.equal(cli.log.filter((e) => e.event === 'ping_failed').length, 0, 'no failed pings')
  }))
