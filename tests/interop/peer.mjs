// The js-libp2p reference peer for Meshscope's interop tests, on 127.0.0.1 only.
//
// As a process:  node peer.mjs [--listen MA]... [--no-listen] [--dial MA]... [--muxers yamux,mplex|mplex]
//                [--ping-count N] [--ping-interval-ms MS] [--duration S] [--agent TEXT]
//                [--topic T]... [--publish T=TEXT] [--publish-count N] [--publish-interval-ms MS]
//                [--sign-policy strict-sign|strict-no-sign] [--msg-id js|go|content] [--no-pubsub]
//                [--corrupt-signatures] [--score-topic T] [--data-bytes N]
//   prints one JSON object a line on stdout, each with an "event" field and "t_ms" (epoch ms):
//   listening {peer_id, addrs}, dialed {addr, peer_id, handshake_ms}, dial_error {addr, error},
//   peer_connected {peer_id, direction, addr, muxer, encryption}, identify {peer_id, agent,
//   protocol_version, protocols, listen_addrs}, ping {peer_id, rtt_ms}, ping_error {peer_id, error},
//   peer_disconnected {peer_id, addr}, subscribed {topic}, peer_subscribed {peer_id, topic},
//   message {topic, from, seqno, msg_id, msg_id_hex, received_from, data_utf8}, published {topic, data_utf8},
//   publish_error {topic, error}, graft/prune {peer_id, topic, direction: sent|received},
//   idontwant {peer_id, direction: sent|received, count}, rejected {peer_id, topic, reason, error},
//   stopped {}.
// --corrupt-signatures makes a hostile peer: every message it sends (its own and forwarded ones)
// leaves with one signature byte flipped. --score-topic T gives T topic score params with an
// invalid-message penalty so js scores such a peer below zero (js's defaults score no topic).
// --data-bytes N pads each published payload to N bytes (for IDONTWANT, which needs >= 1 KiB).
// As a module:   const peer = await startPeer(options, onEvent); ... await peer.stop()
import './polyfill.mjs'

import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { mplex } from '@libp2p/mplex'
import { identify } from '@libp2p/identify'
import { ping } from '@libp2p/ping'
import { gossipsub } from '@chainsafe/libp2p-gossipsub'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'

export const DEFAULTS = Object.freeze({
  listen: ['/ip4/127.0.0.1/tcp/0'],
  dial: [],
  muxers: ['yamux', 'mplex'],
  pingCount: 0,
  pingIntervalMs: 1000,
  durationS: 0, // 0: run until stopped (process: until SIGINT/SIGTERM)
  agent: 'meshscope-interop-peer/0.1.0',
  pubsub: true,
  topics: [],
  publish: null, // {topic, text}
  publishCount: 1,
  publishIntervalMs: 200,
  signPolicy: 'strict-sign',
  msgId: 'js',
  corruptSignatures: false,
  scoreTopic: null,
  dataBytes: 0
})

// Parses command-line flags into options (throws Error naming the bad flag).
export function parseArgs (argv) {
  const o = { ...DEFAULTS, listen: [], dial: [], topics: [] }
  let listenGiven = false
  const need = (i, flag) => {
    if (i + 1 >= argv.length) throw new Error(`missing value for ${flag}`)
    return argv[i + 1]
  }
  const int = (v, flag) => {
    const n = Number(v)
    if (!Number.isFinite(n) || n < 0) throw new Error(`bad number for ${flag}: ${v}`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    switch (a) {
      case '--listen': o.listen.push(need(i, a)); listenGiven = true; i++; break
      case '--no-listen': listenGiven = true; break
      case '--dial': o.dial.push(need(i, a)); i++; break
      case '--muxers': o.muxers = need(i, a).split(',').filter(Boolean); i++; break
      case '--ping-count': o.pingCount = int(need(i, a), a); i++; break
      case '--ping-interval-ms': o.pingIntervalMs = int(need(i, a), a); i++; break
      case '--duration': o.durationS = int(need(i, a), a); i++; break
      case '--agent': o.agent = need(i, a); i++; break
      case '--no-pubsub': o.pubsub = false; break
      case '--topic': o.topics.push(need(i, a)); i++; break
      case '--publish': {
        const v = need(i, a); i++
        const eq = v.indexOf('=')
        if (eq <= 0) throw new Error(`--publish wants TOPIC=TEXT, got ${v}`)
        o.publish = { topic: v.slice(0, eq), text: v.slice(eq + 1) }
        break
      }
      case '--publish-count': o.publishCount = int(need(i, a), a); i++; break
      case '--publish-interval-ms': o.publishIntervalMs = int(need(i, a), a); i++; break
      case '--sign-policy': o.signPolicy = need(i, a); i++; break
      case '--msg-id': o.msgId = need(i, a); i++; break
      case '--corrupt-signatures': o.corruptSignatures = true; break
      case '--score-topic': o.scoreTopic = need(i, a); i++; break
      case '--data-bytes': o.dataBytes = int(need(i, a), a); i++; break
      default: throw new Error(`unknown flag ${a}`)
    }
  }
  if (!listenGiven) o.listen = [...DEFAULTS.listen]
  return o
}

function checkLoopback (ma) {
  const s = ma.toString()
  if (!s.startsWith('/ip4/127.0.0.1/')) throw new Error(`only 127.0.0.1 is allowed here: ${s}`)
}

function buildMuxers (names) {
  const list = []
  for (const n of names) {
    if (n === 'yamux') list.push(yamux())
    else if (n === 'mplex') list.push(mplex())
    else throw new Error(`unknown muxer ${n} (yamux or mplex)`)
  }
  if (list.length === 0) throw new Error('no muxer given')
  return list
}

function msgIdFunction (kind) {
  const sha = (data) => createHash('sha256').update(data).digest()
  if (kind === 'js') return undefined // gossipsub's default: protobuf(public key) || seqno
  if (kind === 'content') return (msg) => new Uint8Array(sha(msg.data))
  if (kind === 'go') {
    return (msg) => {
      if (msg.type !== 'signed') return new Uint8Array(sha(msg.data))
      const from = msg.from.toMultihash().bytes
      const seq = Buffer.alloc(8)
      seq.writeBigUInt64BE(msg.sequenceNumber)
      return new Uint8Array(Buffer.concat([Buffer.from(from), seq]))
    }
  }
  throw new Error(`unknown --msg-id ${kind} (js, go or content)`)
}

// Topic score params for `topic` that make invalid messages cost (P4), everything else neutral.
function scoreParamsFor (topic) {
  if (topic == null) return undefined
  return {
    topics: {
      [topic]: {
        topicWeight: 1,
        timeInMeshWeight: 0.0027, timeInMeshQuantum: 1000, timeInMeshCap: 3600,
        firstMessageDeliveriesWeight: 1, firstMessageDeliveriesDecay: 0.5, firstMessageDeliveriesCap: 100,
        meshMessageDeliveriesWeight: 0, meshMessageDeliveriesDecay: 0.5, meshMessageDeliveriesCap: 1,
        meshMessageDeliveriesThreshold: 1, meshMessageDeliveriesWindow: 10, meshMessageDeliveriesActivation: 5000,
        meshFailurePenaltyWeight: 0, meshFailurePenaltyDecay: 0.5,
        invalidMessageDeliveriesWeight: -100, invalidMessageDeliveriesDecay: 0.9
      }
    }
  }
}

// Payload `i` of a publish script: TEXT-i, padded with '.' to `bytes` when larger.
export function payloadText (text, i, bytes = 0) {
  const s = `${text}-${i}`
  return s.length >= bytes ? s : s + '.'.repeat(bytes - s.length)
}

// Wraps `ps` (a GossipSub instance) so graft/prune/idontwant/rejected become events, and, when
// `corrupt`, so every signed message sent leaves with a flipped signature byte.
function instrument (ps, emit, corrupt) {
  const gp = (name) => (e) => emit(name, {
    peer_id: e.detail.peerId.toString(),
    topic: e.detail.topic,
    direction: e.detail.direction === 'outbound' ? 'sent' : 'received'
  })
  ps.addEventListener('gossipsub:graft', gp('graft'))
  ps.addEventListener('gossipsub:prune', gp('prune'))
  const handleIdontwant = ps.handleIdontwant.bind(ps)
  ps.handleIdontwant = (id, list) => {
    emit('idontwant', { peer_id: id, direction: 'received', count: list.reduce((n, x) => n + (x.messageIDs?.length ?? 0), 0) })
    return handleIdontwant(id, list)
  }
  const sendRpcInBatch = ps.sendRpcInBatch.bind(ps)
  ps.sendRpcInBatch = (tosend, rpc) => {
    const n = rpc.control?.idontwant?.reduce((k, x) => k + (x.messageIDs?.length ?? 0), 0) ?? 0
    if (n > 0) for (const id of tosend) emit('idontwant', { peer_id: id, direction: 'sent', count: n })
    return sendRpcInBatch(tosend, corrupt ? corrupted(rpc) : rpc)
  }
  const validate = ps.validateReceivedMessage.bind(ps)
  ps.validateReceivedMessage = async (source, rpcMsg) => {
    const r = await validate(source, rpcMsg)
    if (r.code === 'invalid') {
      emit('rejected', { peer_id: source.toString(), topic: rpcMsg.topic, reason: r.reason, error: r.error ?? null })
    }
    return r
  }
  if (corrupt) {
    const sendRpc = ps.sendRpc.bind(ps)
    ps.sendRpc = (id, rpc) => sendRpc(id, corrupted(rpc))
  }
}

// A copy of `rpc` whose signed messages carry a signature with its first byte flipped.
function corrupted (rpc) {
  if (!rpc.messages?.length) return rpc
  return {
    ...rpc,
    messages: rpc.messages.map((m) => {
      if (m.signature == null || m.signature.length === 0) return m
      const sig = Uint8Array.from(m.signature)
      sig[0] ^= 0xff
      return { ...m, signature: sig }
    })
  }
}

function nowMs () {
  return performance.timeOrigin + performance.now()
}

// Starts a peer; `onEvent(obj)` receives every event. Returns a handle.
export async function startPeer (options = {}, onEvent = () => {}) {
  const o = { ...DEFAULTS, ...options }
  const emit = (event, fields = {}) => onEvent({ event, t_ms: Math.round(nowMs() * 1000) / 1000, ...fields })
  for (const a of o.listen) checkLoopback(multiaddr(a))
  for (const a of o.dial) checkLoopback(multiaddr(a))
  if (o.signPolicy !== 'strict-sign' && o.signPolicy !== 'strict-no-sign') {
    throw new Error(`unknown --sign-policy ${o.signPolicy} (strict-sign or strict-no-sign)`)
  }

  const services = { identify: identify(), ping: ping() }
  if (o.pubsub) {
    services.pubsub = gossipsub({
      allowPublishToZeroTopicPeers: true,
      globalSignaturePolicy: o.signPolicy === 'strict-sign' ? 'StrictSign' : 'StrictNoSign',
      msgIdFn: msgIdFunction(o.msgId),
      scoreParams: scoreParamsFor(o.scoreTopic)
    })
  }
  const node = await createLibp2p({
    addresses: { listen: o.listen },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: buildMuxers(o.muxers),
    nodeInfo: { userAgent: o.agent },
    // js refuses more than 5 inbound connections a second from one host by default; tests and
    // handshake.mjs dial it faster than that from 127.0.0.1.
    connectionManager: { inboundConnectionThreshold: 1000 },
    services
  })

  const timers = new Set()
  let stopped = false
  node.addEventListener('connection:open', (e) => {
    const c = e.detail
    emit('peer_connected', {
      peer_id: c.remotePeer.toString(),
      direction: c.direction,
      addr: c.remoteAddr.toString(),
      muxer: c.multiplexer ?? null,
      encryption: c.encryption ?? null
    })
  })
  node.addEventListener('connection:close', (e) => {
    const c = e.detail
    emit('peer_disconnected', { peer_id: c.remotePeer.toString(), addr: c.remoteAddr.toString() })
  })
  node.addEventListener('peer:identify', (e) => {
    const d = e.detail
    emit('identify', {
      peer_id: d.peerId.toString(),
      agent: d.agentVersion ?? null,
      protocol_version: d.protocolVersion ?? null,
      protocols: [...(d.protocols ?? [])].sort(),
      listen_addrs: (d.listenAddrs ?? []).map((a) => a.toString())
    })
  })
  if (o.pubsub) {
    const ps = node.services.pubsub
    instrument(ps, emit, o.corruptSignatures)
    ps.addEventListener('gossipsub:message', (e) => {
      const { msg, msgId, propagationSource } = e.detail
      emit('message', {
        topic: msg.topic,
        from: msg.type === 'signed' ? msg.from.toString() : null,
        seqno: msg.type === 'signed' ? msg.sequenceNumber.toString() : null,
        msg_id: msgId, // gossipsub's text form (base64)
        msg_id_hex: Buffer.from(msgId, 'base64').toString('hex'),
        received_from: propagationSource.toString(),
        data_utf8: new TextDecoder().decode(msg.data),
        data_len: msg.data.length
      })
    })
    ps.addEventListener('subscription-change', (e) => {
      for (const s of e.detail.subscriptions) {
        emit(s.subscribe ? 'peer_subscribed' : 'peer_unsubscribed', {
          peer_id: e.detail.peerId.toString(), topic: s.topic
        })
      }
    })
  }

  await node.start()
  const peerId = node.peerId.toString()
  const addrs = node.getMultiaddrs().map((a) => a.toString())
  emit('listening', { peer_id: peerId, addrs, muxers: o.muxers })

  if (o.pubsub) {
    for (const t of o.topics) {
      node.services.pubsub.subscribe(t)
      emit('subscribed', { topic: t })
    }
  }

  const handle = {
    node,
    peerId,
    addrs,
    // Dials `addr` (a multiaddr string); resolves to {peerId, handshakeMs} or throws.
    async dial (addr) {
      const ma = multiaddr(addr)
      checkLoopback(ma)
      const start = performance.now()
      try {
        const conn = await node.dial(ma, { signal: AbortSignal.timeout(15000) })
        const handshakeMs = performance.now() - start
        const remote = conn.remotePeer.toString()
        // js-libp2p 2.10 does not check the dialed /p2p/ id against the Noise identity (its
        // upgrader never passes it to the encrypter): check it here, as the spec wants.
        const expected = ma.getPeerId()
        if (expected != null && expected !== remote) {
          await conn.close().catch(() => {})
          const err = new Error(`peer id mismatch: dialed /p2p/${expected} but the remote authenticated as ${remote}`)
          err.name = 'UnexpectedPeerError'
          throw err
        }
        emit('dialed', { addr, peer_id: remote, handshake_ms: Math.round(handshakeMs * 1000) / 1000, muxer: conn.multiplexer ?? null })
        return { peerId: remote, handshakeMs, connection: conn }
      } catch (err) {
        emit('dial_error', { addr, error: String(err?.message ?? err), code: err?.name ?? null })
        throw err
      }
    },
    // Pings a connected peer (peer id string); resolves to the RTT in ms or throws.
    async ping (peer) {
      try {
        const rtt = await node.services.ping.ping(peerIdFromString(peer), { signal: AbortSignal.timeout(10000) })
        emit('ping', { peer_id: peer, rtt_ms: rtt })
        return rtt
      } catch (err) {
        emit('ping_error', { peer_id: peer, error: String(err?.message ?? err) })
        throw err
      }
    },
    // Publishes `text` on `topic` (gossipsub).
    async publish (topic, text) {
      try {
        await node.services.pubsub.publish(topic, new TextEncoder().encode(text))
        emit('published', { topic, data_utf8: text })
      } catch (err) {
        emit('publish_error', { topic, error: String(err?.message ?? err) })
      }
    },
    // js's score of `peer` (peer id string).
    score (peer) {
      return node.services.pubsub.getScore(peer)
    },
    // Peers in js's mesh for `topic` (peer id strings).
    meshPeers (topic) {
      return node.services.pubsub.getMeshPeers(topic)
    },
    // Peers we hold a connection to (peer id strings).
    connectedPeers () {
      return node.getPeers().map((p) => p.toString())
    },
    // Stops the node (closes every connection); idempotent.
    async stop () {
      if (stopped) return
      stopped = true
      for (const t of timers) clearTimeout(t)
      await node.stop()
      emit('stopped')
    }
  }

  // Scripted actions for flags given at start: dial, then ping, then publish.
  const script = async () => {
    for (const addr of o.dial) {
      let res
      try { res = await handle.dial(addr) } catch { continue }
      for (let i = 0; i < o.pingCount && !stopped; i++) {
        if (i > 0) await sleep(o.pingIntervalMs)
        try { await handle.ping(res.peerId) } catch { }
      }
    }
    if (o.publish && o.pubsub && !stopped) {
      const deadline = performance.now() + 10000
      while (!stopped && performance.now() < deadline &&
             node.services.pubsub.getSubscribers(o.publish.topic).length === 0) {
        await sleep(100)
      }
      for (let i = 0; i < o.publishCount && !stopped; i++) {
        if (i > 0) await sleep(o.publishIntervalMs)
        await handle.publish(o.publish.topic, payloadText(o.publish.text, i, o.dataBytes))
      }
    }
  }
  handle.scriptDone = script()
  return handle
}

async function main () {
  let opts
  try {
    opts = parseArgs(process.argv.slice(2))
  } catch (err) {
    process.stderr.write(`peer.mjs: ${err.message}\n`)
    process.exit(2)
  }
  const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')
  let peer
  try {
    peer = await startPeer(opts, out)
  } catch (err) {
    process.stderr.write(`peer.mjs: ${err.message}\n`)
    process.exit(1)
  }
  let exiting = false
  const finish = async (code) => {
    if (exiting) return
    exiting = true
    try { await peer.stop() } catch { }
    process.exit(code)
  }
  process.on('SIGINT', () => finish(0))
  process.on('SIGTERM', () => finish(0))
  if (opts.durationS > 0) setTimeout(() => finish(0), opts.durationS * 1000)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main()
}
