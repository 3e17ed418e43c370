// A stand-in for `meshscope-cli node --json` built on js-libp2p, used only to validate the interop
// tests themselves (js-to-js) when MESHSCOPE_CLI is unset. It speaks the same events as the
// real CLI (ARCHITECTURE.md, "The command line"): listening, peer_connected (after identify),
// peer_disconnected, ping, ping_failed, dial_failed, subscribed, peer_subscribed,
// peer_unsubscribed, graft, prune, message, published, rejected, idontwant, stats, summary; exit
// code 1 when a dial failed. --params FILE: the first topic with score params gets js topic
// scoring with an invalid-message penalty (enough for the hostile-peer test).
import './polyfill.mjs'

import { peerIdFromString } from '@libp2p/peer-id'

import { readFileSync } from 'node:fs'

import { payloadText, startPeer } from './peer.mjs'

const PING_INTERVAL_MS = 5000
const IDENTIFY_WAIT_MS = 6000

function fail (message) {
  process.stderr.write(`jscli node: ${message}\n`)
  process.exit(2)
}

const argv = process.argv.slice(2)
if (argv[0] !== 'node') fail('only the node command is implemented')
const listen = []
const dial = []
const topics = []
let durationS = 0
let publish = null
let publishCount = 1
let publishIntervalMs = 1000
let signPolicy = 'strict-sign'
let msgId = 'js'
let scoreTopic = null
let statsIntervalMs = 1000
let publishAfterPeers = 1
for (let i = 1; i < argv.length; i++) {
  const a = argv[i]
  if (a === '--json') continue
  if (i + 1 >= argv.length) fail(`missing value for ${a}`)
  if (a === '--listen') listen.push(argv[++i])
  else if (a === '--dial') dial.push(argv[++i])
  else if (a === '--duration') durationS = Number(argv[++i])
  else if (a === '--key') i++
  else if (a === '--topic') topics.push(argv[++i])
  else if (a === '--publish') {
    const v = argv[++i]
    const eq = v.indexOf('=')
    if (eq <= 0) fail(`--publish: expected T=TEXT, got '${v}'`)
    publish = { topic: v.slice(0, eq), text: v.slice(eq + 1) }
  } else if (a === '--publish-count') publishCount = Number(argv[++i])
  else if (a === '--publish-interval-ms') publishIntervalMs = Number(argv[++i])
  else if (a === '--sign-policy') signPolicy = argv[++i]
  else if (a === '--msg-id') msgId = argv[++i]
  else if (a === '--stats-interval-ms') statsIntervalMs = Number(argv[++i])
  else if (a === '--publish-after-peers') publishAfterPeers = Number(argv[++i])
  else if (a === '--params') {
    const doc = JSON.parse(readFileSync(argv[++i], 'utf8'))
    scoreTopic = Object.keys(doc?.score?.topics ?? {})[0] ?? null
  } else if (a === '--profile') i++
  else fail(`unknown option ${a}`)
}
for (const d of dial) if (!d.includes('/p2p/')) fail(`--dial: bad multiaddr '${d}': a dial address needs /p2p/<peer id>`)

let finishing = false
const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')
const started = Date.now()
const summary = { connections: 0, disconnections: 0, pings: 0, ping_failures: 0, dial_failures: 0 }
const conns = new Map() // connection id -> {info, reported}
const peers = new Set()
let peer

function report (id) {
  const c = conns.get(id)
  if (!c || c.reported) return
  c.reported = true
  summary.connections++
  peers.add(c.info.peer_id)
  out({ event: 'peer_connected', ...c.info })
}

async function pingPeer (id) {
  try {
    const rtt = await peer.node.services.ping.ping(peerIdFromString(id))
    summary.pings++
    out({ event: 'ping', peer_id: id, rtt_ms: rtt })
  } catch (err) {
    summary.ping_failures++
    out({ event: 'ping_failed', peer_id: id, reason: String(err?.message ?? err) })
  }
}

const counts = { messages: 0, published: 0, rejected: 0, grafts: 0, prunes: 0 }
// Gossipsub events from peer.mjs pass through under the CLI's names and fields.
const relay = (e) => {
  const { t_ms: _t, ...ev } = e
  if (ev.event === 'message') {
    counts.messages++
    out({ event: 'message', topic: ev.topic, from: ev.from, seqno: ev.seqno, msg_id: ev.msg_id_hex, received_from: ev.received_from, data_utf8: ev.data_utf8 })
  } else if (ev.event === 'published') {
    counts.published++
    out(ev)
  } else if (ev.event === 'rejected') {
    counts.rejected++
    out({ event: 'rejected', peer_id: ev.peer_id, topic: ev.topic, reason: ev.error === 'invalid_signature' ? 'invalid signature' : ev.reason })
  } else if (ev.event === 'graft' || ev.event === 'prune') {
    counts[ev.event === 'graft' ? 'grafts' : 'prunes']++
    out(ev)
  } else if (['peer_subscribed', 'peer_unsubscribed', 'subscribed', 'idontwant', 'publish_error'].includes(ev.event)) {
    out(ev)
  }
}
peer = await startPeer({
  listen: listen.length ? listen : ['/ip4/127.0.0.1/tcp/0'],
  agent: 'meshscope-jscli/0.0.0',
  topics,
  signPolicy,
  msgId,
  scoreTopic
}, relay)
const node = peer.node
node.addEventListener('connection:open', (e) => {
  const c = e.detail
  conns.set(c.id, {
    reported: false,
    info: {
      peer_id: c.remotePeer.toString(),
      direction: c.direction,
      addr: c.remoteAddr.toString(),
      agent: '',
      protocols: [],
      muxer: c.multiplexer ?? ''
    }
  })
  setTimeout(() => report(c.id), IDENTIFY_WAIT_MS)
})
node.addEventListener('peer:identify', (e) => {
  const d = e.detail
  const c = conns.get(d.connection.id)
  if (!c || c.reported) return
  c.info.agent = d.agentVersion ?? ''
  c.info.protocols = [...d.protocols].sort()
  report(d.connection.id)
  pingPeer(c.info.peer_id)
})
node.addEventListener('connection:close', (e) => {
  const c = e.detail
  const info = conns.get(c.id)?.info ?? { peer_id: c.remotePeer.toString() }
  conns.delete(c.id)
  peers.delete(info.peer_id)
  summary.disconnections++
  out({ event: 'peer_disconnected', ...info, reason: 'closed' })
})
out({ event: 'listening', peer_id: peer.peerId, addrs: peer.addrs })

for (const d of dial) {
  peer.dial(d).catch((err) => {
    summary.dial_failures++
    const reason = String(err?.message ?? err)
    out({ event: 'dial_failed', addr: d, reason })
    process.stderr.write(`jscli node: dial ${d} failed: ${reason}\n`)
  })
}
const pinger = setInterval(() => { for (const p of peers) pingPeer(p) }, PING_INTERVAL_MS)

function stats () {
  const ps = node.services.pubsub
  const mesh = {}
  for (const t of topics) mesh[t] = ps.getMeshPeers(t).length
  const scores = {}
  for (const p of ps.getPeers()) scores[p.toString()] = ps.getScore(p.toString())
  return { event: 'stats', peers: ps.getPeers().length, mesh, ...counts, scores }
}
const statsTimer = setInterval(() => out(stats()), statsIntervalMs)

// Publishing starts once --publish-after-peers (1) peers subscribed to the topic are connected, or
// after 10 s at most.
let publisher = null
if (publish) {
  publisher = (async () => {
    const ps = node.services.pubsub
    const deadline = Date.now() + 10000
    while (!finishing && Date.now() < deadline && ps.getSubscribers(publish.topic).length < publishAfterPeers) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    for (let i = 0; i < publishCount && !finishing; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, publishIntervalMs))
      await peer.publish(publish.topic, payloadText(publish.text, i))
    }
  })()
}

async function finish () {
  if (finishing) return
  finishing = true
  clearInterval(pinger)
  clearInterval(statsTimer)
  const connectedAtExit = peers.size
  await peer.stop()
  out({
    event: 'summary',
    peer_id: peer.peerId,
    uptime_s: (Date.now() - started) / 1000,
    ...summary,
    ...counts,
    connected_at_exit: connectedAtExit
  })
  process.exit(summary.dial_failures > 0 ? 1 : 0)
}
process.on('SIGINT', finish)
process.on('SIGTERM', finish)
if (durationS > 0) setTimeout(finish, durationS * 1000)
