// Meshscope <-> js-libp2p gossipsub, the harder cases (issue 3, point 8):
// - a message of 1 KiB or more makes Meshscope send IDONTWANT to its other /meshsub/1.2.0 mesh
//   peers (seen by js, whose handleIdontwant is instrumented in peer.mjs);
// - a hostile js peer whose every signature is corrupted: Meshscope rejects its messages
//   ("invalid signature"), scores it below zero (stats event), prunes it, and keeps forwarding
//   an honest js peer's messages to another honest js peer.
// Run: node --test gossipsub-hostile.test.mjs (MESHSCOPE_CLI as for the other tests).
import { test } from 'node:test'
import assert from 'node:assert/strict'

import { withHarness } from './harness.mjs'
import { eachSeen, waitUntil, writeScoredParams } from './pubsub.mjs'
import { payloadText } from './peer.mjs'

const TOPIC = 'meshscope-interop'
const STEP_MS = 20000

test('a 2 KiB message makes Meshscope send IDONTWANT on /meshsub/1.2.0', { timeout: 90000 }, () => withHarness(async (h) => {
  const js = []
  for (let i = 0; i < 3; i++) js.push(await h.startJs({ topics: [TOPIC] }))
  const cli = await h.startCli(['--topic', TOPIC, ...js.flatMap((p) => ['--dial', p.addr])])
  // Every js peer in Meshscope's mesh, so it has someone besides the source to tell.
  for (const p of js) {
    await waitUntil(() => p.peer.meshPeers(TOPIC).includes(cli.peerId) ||
      cli.log.find((e) => e.event === 'graft' && e.peer_id === p.peerId), STEP_MS, `a mesh link with ${p.peerId}`)
  }
  await new Promise((resolve) => setTimeout(resolve, 1500)) // one more heartbeat: links both ways

  const big = payloadText('big', 0, 2048)
  await js[0].peer.publish(TOPIC, big)
  await cli.waitFor((e) => e.event === 'message' && e.data_utf8 === big, STEP_MS, 'the 2 KiB message')
  await waitUntil(() => js.slice(1).some((p) => p.log.find((e) => e.event === 'idontwant' && e.direction === 'received' &&
      e.peer_id === cli.peerId)), STEP_MS, 'IDONTWANT from Meshscope at a js peer',
  () => JSON.stringify(js.map((p) => p.log.filter((e) => e.event === 'idontwant'))))
  // The source never gets one back for its own message.
  assert.equal(js[0].log.filter((e) => e.event === 'idontwant' && e.direction === 'received' && e.peer_id === cli.peerId).length, 0,
    'no IDONTWANT to the message\'s source')
  // Small messages do not trigger it.
  const before = js.reduce((n, p) => n + p.log.filter((e) => e.event === 'idontwant' && e.peer_id === cli.peerId).length, 0)
  await js[0].peer.publish(TOPIC, 'small')
  await cli.waitFor((e) => e.event === 'message' && e.data_utf8 === 'small', STEP_MS, 'the small message')
  await new Promise((resolve) => setTimeout(resolve, 500))
  const after = js.reduce((n, p) => n + p.log.filter((e) => e.event === 'idontwant' && e.peer_id === cli.peerId).length, 0)
  assert.equal(after, before, 'no IDONTWANT for a message under 1 KiB')
}))

test('a peer sending bad signatures is rejected, scored below zero and pruned; honest traffic continues',
  { timeout: 120000 }, () => withHarness(async (h) => {
    const params = writeScoredParams(TOPIC)
    const honestA = await h.startJs({ topics: [TOPIC] })
    const honestB = await h.startJs({ topics: [TOPIC] })
    const hostile = await h.startJs({ topics: [TOPIC], corruptSignatures: true })
    const cli = await h.startCli(['--topic', TOPIC, '--params', params, '--stats-interval-ms', '500',
      ...[honestA, honestB, hostile].flatMap((p) => ['--dial', p.addr])])

    // The hostile peer is in Meshscope's mesh first (so that pruning it means something).
    await waitUntil(() => cli.log.find((e) => e.event === 'graft' && e.peer_id === hostile.peerId) ||
      hostile.peer.meshPeers(TOPIC).includes(cli.peerId), STEP_MS, 'a mesh link with the hostile peer')
    await new Promise((resolve) => setTimeout(resolve, 1500))

    for (let i = 0; i < 20; i++) await hostile.peer.publish(TOPIC, `forged-${i}`)
    const rejected = await cli.waitFor((e) => e.event === 'rejected' && e.peer_id === hostile.peerId, STEP_MS,
      'a rejected event for the hostile peer')
    assert.equal(rejected.reason, 'invalid signature')
    assert.equal(rejected.topic, TOPIC)
    await cli.waitFor((e) => e.event === 'stats' && typeof e.scores?.[hostile.peerId] === 'number' && e.scores[hostile.peerId] < 0,
      STEP_MS, 'a stats event with the hostile peer scored below zero')
    await waitUntil(() => cli.log.find((e) => e.event === 'prune' && e.peer_id === hostile.peerId && e.direction === 'sent') ||
      hostile.log.find((e) => e.event === 'prune' && e.peer_id === cli.peerId && e.direction === 'received'),
    STEP_MS, 'Meshscope pruning the hostile peer')
    assert.equal(cli.log.filter((e) => e.event === 'message' && e.data_utf8.startsWith('forged-')).length, 0,
      'no forged message delivered')
    assert.equal(honestB.log.filter((e) => e.event === 'message' && e.data_utf8.startsWith('forged-')).length, 0,
      'no forged message forwarded to honest peers')

    // Honest traffic continues: A -> Meshscope -> B (A and B are not connected to each other).
    const texts = Array.from({ length: 20 }, (_, i) => `honest-${i}`)
    for (const t of texts) await honestA.peer.publish(TOPIC, t)
    await waitUntil(() => eachSeen(cli.log, texts), STEP_MS, 'the honest messages at Meshscope')
    await waitUntil(() => eachSeen(honestB.log, texts), STEP_MS, 'the honest messages forwarded to the other honest peer')
    const last = cli.log.filter((e) => e.event === 'stats').at(-1)
    assert.ok(!(last.scores?.[honestA.peerId] < 0), `honest peer score ${last.scores?.[honestA.peerId]}`)

    const status = await cli.stop()
    assert.equal(status.code, 0, `exit status ${JSON.stringify(status)}; stderr:\n${cli.stderr}`)
    assert.ok(cli.log.find((e) => e.event === 'summary').rejected >= 1)
  }))
