// Meshscope <-> js-libp2p gossipsub (issue 3, point 8): one Meshscope and four js peers on a topic,
// with Meshscope dialing and dialed. Meshes form both ways (GRAFT seen on both sides), 100
// messages from Meshscope reach every js peer exactly once and 100 from a js peer reach Meshscope
// exactly once; the same with strict-no-sign and content ids over mplex. The js peers are also
// connected to one another (a realistic topology: a js peer that learns of the topic late still
// gets early messages through its js neighbours' gossip).
// Run: node --test gossipsub.test.mjs (MESHSCOPE_CLI=path/to/meshscope-cli; unset, the js
// stand-in jscli.mjs validates the test itself).
import { test } from 'node:test'
import assert from 'node:assert/strict'

import { withHarness } from './harness.mjs'
import { connectJsPeers, countBy, distinct, eachSeen, waitUntil } from './pubsub.mjs'

const TOPIC = 'meshscope-interop'
const STEP_MS = 20000 // bound on each awaited step
const MESSAGES = 100

const cases = [
  { name: 'signed, Meshscope dials the js peers', dialer: 'meshscope', muxers: ['yamux', 'mplex'], sign: 'strict-sign', msgId: 'js' },
  { name: 'signed, the js peers dial Meshscope', dialer: 'js', muxers: ['yamux', 'mplex'], sign: 'strict-sign', msgId: 'js' },
  { name: 'strict-no-sign with content ids over mplex, Meshscope dials', dialer: 'meshscope', muxers: ['mplex'], sign: 'strict-no-sign', msgId: 'content' },
  { name: 'strict-no-sign with content ids over mplex, the js peers dial', dialer: 'js', muxers: ['mplex'], sign: 'strict-no-sign', msgId: 'content' }
]

for (const c of cases) {
  test(c.name, { timeout: 120000 }, () => withHarness(async (h) => {
    const js = []
    for (let i = 0; i < 4; i++) {
      js.push(await h.startJs({ muxers: c.muxers, topics: [TOPIC], signPolicy: c.sign, msgId: c.msgId }))
    }
    await connectJsPeers(js)

    const common = ['--topic', TOPIC, '--sign-policy', c.sign, '--msg-id', c.msgId,
      '--publish', `${TOPIC}=from-meshscope`, '--publish-count', String(MESSAGES), '--publish-interval-ms', '20',
      '--publish-after-peers', String(js.length)]
    let cli
    if (c.dialer === 'meshscope') {
      cli = await h.startCli([...common, ...js.flatMap((p) => ['--dial', p.addr])])
    } else {
      cli = await h.startCli(common)
      await Promise.all(js.map((p) => p.peer.dial(cli.addr)))
    }
    const jsIds = new Set(js.map((p) => p.peerId))

    // Meshscope sees every js peer join the topic.
    for (const p of js) {
      await cli.waitFor((e) => e.event === 'peer_subscribed' && e.peer_id === p.peerId && e.topic === TOPIC, STEP_MS,
        `peer_subscribed of ${p.peerId}`)
    }
    // Meshes form both ways: Meshscope reports GRAFTs with js peers, js peers GRAFT Meshscope.
    await cli.waitFor((e) => e.event === 'graft' && jsIds.has(e.peer_id) && e.topic === TOPIC, STEP_MS,
      'a graft with a js peer')
    await waitUntil(() => js.some((p) => p.log.find((e) => e.event === 'graft' && e.peer_id === cli.peerId && e.topic === TOPIC)),
      STEP_MS, 'a js peer grafting Meshscope')
    const graftDirections = new Set(cli.log.filter((e) => e.event === 'graft').map((e) => e.direction))
    for (const d of graftDirections) assert.ok(d === 'sent' || d === 'received', `graft direction ${d}`)

    // Meshscope's 100 messages reach every js peer exactly once.
    const expected = Array.from({ length: MESSAGES }, (_, i) => `from-meshscope-${i}`)
    for (const p of js) {
      await waitUntil(() => eachSeen(p.log, expected), 30000, `all ${MESSAGES} Meshscope messages at js peer ${p.peerId}`,
        () => `got ${distinct(p.log.filter((e) => e.event === 'message')).size}`)
    }
    await cli.waitFor((e) => e.event === 'published' && e.data_utf8 === `from-meshscope-${MESSAGES - 1}`, STEP_MS,
      'the last published event')
    for (const p of js) {
      const counts = countBy(p.log.filter((e) => e.event === 'message' && e.data_utf8.startsWith('from-meshscope-')))
      for (const text of expected) assert.equal(counts.get(text), 1, `${text} delivered once at ${p.peerId}`)
      const m = p.log.find((e) => e.event === 'message' && e.data_utf8 === expected[0])
      assert.equal(m.topic, TOPIC)
      if (c.sign === 'strict-sign') assert.equal(m.from, cli.peerId, 'signed messages name Meshscope as author')
      else assert.equal(m.from, null, 'strict-no-sign messages carry no author')
    }

    // 100 messages from one js peer reach Meshscope exactly once (it hears them from every js
    // neighbour, so duplicates are dropped by Meshscope itself).
    const publisher = js[0]
    for (let i = 0; i < MESSAGES; i++) await publisher.peer.publish(TOPIC, `from-js-${i}`)
    const fromJs = Array.from({ length: MESSAGES }, (_, i) => `from-js-${i}`)
    await waitUntil(() => eachSeen(cli.log, fromJs), 30000, `all ${MESSAGES} js messages at Meshscope`,
      () => `got ${distinct(cli.log.filter((e) => e.event === 'message')).size}; publisher: ` +
        JSON.stringify(publisher.log.events.filter((e) => e.event !== 'message').slice(-5)) + '\nMeshscope: ' +
        JSON.stringify(cli.log.events.filter((e) => e.event !== 'message').slice(-8)))
    await new Promise((resolve) => setTimeout(resolve, 1500)) // time for late duplicates to show
    const cliCounts = countBy(cli.log.filter((e) => e.event === 'message'))
    for (const text of fromJs) assert.equal(cliCounts.get(text), 1, `${text} delivered once at Meshscope`)
    const m = cli.log.find((e) => e.event === 'message' && e.data_utf8 === fromJs[0])
    assert.equal(m.topic, TOPIC)
    assert.ok(jsIds.has(m.received_from), `received_from ${m.received_from} is a js peer`)
    assert.equal(typeof m.msg_id, 'string')
    if (c.sign === 'strict-sign') {
      assert.equal(m.from, publisher.peerId, 'the author is the js publisher')
      assert.ok(m.seqno != null && m.seqno !== '', 'signed messages carry a seqno')
    }

    const status = await cli.stop()
    assert.equal(status.code, 0, `exit status ${JSON.stringify(status)}; stderr:\n${cli.stderr}`)
    const summary = cli.log.find((e) => e.event === 'summary')
    assert.ok(summary, 'summary on exit')
    assert.equal(summary.published, MESSAGES)
    assert.ok(summary.messages >= MESSAGES, `summary.messages ${summary.messages}`)
    assert.equal(cli.badLines.length, 0, `every stdout line is JSON: ${cli.badLines}`)
  }))
}
