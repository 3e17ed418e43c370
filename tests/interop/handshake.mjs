// Measures the connection upgrade as js sees it: js dials the target with /p2p/, and the time from
// the dial call to the open connection (TCP connect + multistream-select + Noise XX + muxer
// negotiation) is taken with performance.now() on the js side. A fresh js peer per run (no
// connection reuse); one long-running target.
//   MESHSCOPE_CLI=build/release/app/meshscope-cli node handshake.mjs [--runs 20] [--muxers yamux,mplex]
//   node handshake.mjs --target js    (js -> js baseline)
import { Harness } from './harness.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt }
const runs = Number(opt('--runs', '20'))
const muxers = opt('--muxers', 'yamux,mplex').split(',')
const target = opt('--target', 'meshscope')

const h = new Harness()
try {
  let addr
  if (target === 'js') {
    addr = (await h.startJs()).addr
  } else {
    addr = (await h.startCli()).addr
  }
  const times = []
  for (let i = 0; i < runs; i++) {
    const js = await h.startJs({ listen: [], muxers })
    const { handshakeMs } = await js.peer.dial(addr)
    times.push(handshakeMs)
    await js.peer.stop()
  }
  const sorted = [...times].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  const r = (x) => Math.round(x * 100) / 100
  console.log(JSON.stringify({ target, muxers, runs, median_ms: r(median), min_ms: r(sorted[0]), max_ms: r(sorted.at(-1)), all_ms: times.map(r) }))
} finally {
  await h.cleanup()
}
