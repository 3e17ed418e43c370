// Failures must be clear: dialing an address whose /p2p/ id is not the listener's fails with a
// message naming the mismatch (both directions), and a bad multiaddr is refused by name.
import { test } from 'node:test'
import assert from 'node:assert/strict'

import { randomPeerId, withHarness } from './harness.mjs'

const STEP_MS = 15000
const MISMATCH = /mismatch|does not match|doesn't match|expected|unexpected|wrong/i

test('Meshscope dialing js with a wrong /p2p/ id fails naming the mismatch', { timeout: 60000 }, () =>
  withHarness(async (h) => {
    const js = await h.startJs()
    const wrong = await randomPeerId()
    const addr = js.addr.replace(js.peerId, wrong)
    const cli = await h.startCli(['--dial', addr, '--duration', '5'])
    const failed = await cli.waitFor((e) => e.event === 'dial_failed', STEP_MS, 'dial_failed event')
    assert.ok(failed.addr.includes(wrong), `dial_failed names the dialed address: ${failed.addr}`)
    assert.match(failed.reason, MISMATCH, `reason names the mismatch: ${failed.reason}`)
    const status = await cli.waitExit(STEP_MS)
    assert.notEqual(status.code, 0, 'non-zero exit after a failed dial')
    assert.ok(cli.stderr.includes(wrong), `stderr names the address: ${cli.stderr}`)
    assert.equal(cli.log.filter((e) => e.event === 'peer_connected').length, 0, 'no peer_connected')
    assert.ok(cli.log.find((e) => e.event === 'summary'), 'summary even after a failed dial')
  }))

// js-libp2p 2.10 itself does not compare the dialed /p2p/ id with the Noise identity; peer.mjs's
// dial() does, so this checks that Meshscope authenticates as exactly its advertised id.
test('js dialing Meshscope with a wrong /p2p/ id is refused', { timeout: 60000 }, () =>
  withHarness(async (h) => {
    const cli = await h.startCli()
    const js = await h.startJs()
    const wrong = await randomPeerId()
    const addr = cli.addr.replace(cli.peerId, wrong)
    await assert.rejects(js.peer.dial(addr), (err) => {
      assert.match(`${err.name}: ${err.message}`, /mismatch/i)
      return true
    })
    // Meshscope keeps serving: the right address connects.
    await js.peer.dial(cli.addr)
    const ok = await cli.waitFor((e) => e.event === 'peer_connected', STEP_MS, 'peer_connected after a good dial')
    assert.equal(ok.peer_id, js.peerId)
  }))

test('a bad multiaddr is refused by name with exit code 2', { timeout: 30000 }, () =>
  withHarness(async (h) => {
    const cli = await h.startCli(['--dial', '/ip4/127.0.0.1/tcp/4001'], { waitListening: false })
    const status = await cli.waitExit(STEP_MS)
    assert.equal(status.code, 2)
    assert.ok(cli.stderr.includes('/ip4/127.0.0.1/tcp/4001'), `stderr names the address: ${cli.stderr}`)
    assert.ok(cli.stderr.includes('/p2p/'), `stderr says what is missing: ${cli.stderr}`)
  }))
