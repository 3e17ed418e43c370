// js-libp2p's Noise (@chainsafe/libp2p-noise, pinned in tests/interop) as the peer of
// tst_noiseinterop, on 127.0.0.1 only. Reads the first decrypted chunk and answers
// "js echo: <length>", then waits for the other side to close the connection.
//   node noise_interop_peer.mjs listen            -> prints "peer <id>" and "port <n>", responder
//   node noise_interop_peer.mjs dial PORT PEERID  -> prints "peer <id>", initiator expecting PEERID
// Exit code 0 when the exchange completed, 1 otherwise (the reason on stdout).
import net from 'node:net'

if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers () {
    let resolve, reject
    const promise = new this((res, rej) => { resolve = res; reject = rej })
    return { promise, resolve, reject }
  }
}
const { noise } = await import('@chainsafe/libp2p-noise')
const { generateKeyPair } = await import('@libp2p/crypto/keys')
const { peerIdFromString, peerIdFromPrivateKey } = await import('@libp2p/peer-id')
const { defaultLogger } = await import('@libp2p/logger')

const [mode, port, remote] = process.argv.slice(2)
const privateKey = await generateKeyPair('Ed25519')
const upgrader = { getStreamMuxers: () => new Map([['/yamux/1.0.0', {}], ['/mplex/6.7.0', {}]]) }
const encrypter = noise()({ privateKey, logger: defaultLogger(), upgrader })
console.log('peer', peerIdFromPrivateKey(privateKey).toString())

async function exchange (socket, outbound) {
  const conn = {
    source: (async function * () { for await (const c of socket) yield new Uint8Array(c) })(),
    sink: async (source) => { for await (const c of source) socket.write(c.subarray ? c.subarray() : c) }
  }
  const res = outbound
    ? await encrypter.secureOutbound(conn, { remotePeer: peerIdFromString(remote) })
    : await encrypter.secureInbound(conn)
  console.log('remote', res.remotePeer.toString(), 'muxers', (res.remoteExtensions?.streamMuxers ?? []).join(','))
  const first = await res.conn.source[Symbol.asyncIterator]().next()
  const length = first.value.byteLength
  await res.conn.sink((async function * () { yield new TextEncoder().encode('js echo: ' + length) })())
  // The answer leaves through the encryption pipe asynchronously: let the C++ side close first.
  await new Promise((resolve) => socket.on('close', resolve))
}

function done (promise, server) {
  promise.then(() => { console.log('ok'); server?.close(); process.exit(0) },
    (e) => { console.log('error', e.message); server?.close(); process.exit(1) })
}

if (mode === 'listen') {
  const server = net.createServer((s) => done(exchange(s, false), server))
  server.listen(0, '127.0.0.1', () => console.log('port', server.address().port))
} else {
  const s = net.connect(Number(port), '127.0.0.1', () => done(exchange(s, true)))
  s.on('error', (e) => { console.log('error', e.message); process.exit(1) })
}
