// Receiver CPU per gossipsub message, js-libp2p versus Meshscope (issue 3, point 10).
//
//   node tests/bench/interop/receiver-cpu.mjs --cli build/<preset>/app/meshscope-cli [--messages 10000]
//        [--size 100] [--json]
//
// One js publisher (in this process) sends N messages of SIZE bytes on a topic, first to a js
// receiver (tests/interop/peer.mjs as its own process), then to a Meshscope receiver
// (`meshscope-cli node --json --topic T`), in one run; then the same with strict-no-sign and
// content ids. Each receiver prints one JSON line per message. Receiver CPU is the growth of
// utime+stime in /proc/<pid>/stat from just before the first message to the last delivery.
// Finally Meshscope to Meshscope: a publishing meshscope-cli (--publish-interval-ms 0) and a
// receiving one; messages per second at the receiver, and each side's CPU per message.
// Only 127.0.0.1; every process is killed at the end. Prints a table (or JSON with --json).
import '../../interop/polyfill.mjs'

import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const interop = path.join(here, '..', '..', 'interop')
const { startPeer } = await import(path.join(interop, 'peer.mjs'))

const TOPIC = 'meshscope-bench'
const CLK_TCK = 100 // sysconf(_SC_CLK_TCK) on Linux

function parse (argv) {
  const o = { cli: process.env.MESHSCOPE_CLI, messages: 10000, size: 100, json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--cli') o.cli = argv[++i]
    else if (a === '--messages') o.messages = Number(argv[++i])
    else if (a === '--size') o.size = Number(argv[++i])
    else if (a === '--json') o.json = true
    else throw new Error(`unknown flag ${a}`)
  }
  if (!o.cli) throw new Error('--cli PATH (or MESHSCOPE_CLI) is required')
  return o
}

// utime+stime of `pid` in seconds.
function cpuSeconds (pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK
}

// A child process printing JSON lines; counts message events and resolves waiters.
class Child {
  constructor (cmd, args) {
    if (cmd.endsWith('.mjs')) { args = [cmd, ...args]; cmd = process.execPath } // js stand-in (jscli.mjs)
    this.proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    this.messages = 0
    this.firstMessageAt = null
    this.lastMessageAt = null
    this.events = []
    this.waiters = []
    this.stderr = ''
    let buf = ''
    this.proc.stdout.setEncoding('utf8')
    this.proc.stdout.on('data', (chunk) => {
      buf += chunk
      let nl
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        if (line.startsWith('{"data_utf8"') || line.includes('"event":"message"')) {
          this.messages++
          const t = performance.now()
          if (this.firstMessageAt == null) this.firstMessageAt = t
          this.lastMessageAt = t
        } else if (line.trim()) {
          try { this.events.push(JSON.parse(line)) } catch { }
        }
        for (const w of [...this.waiters]) if (w.pred()) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve() }
      }
    })
    this.proc.stderr.setEncoding('utf8')
    this.proc.stderr.on('data', (c) => { this.stderr += c })
    this.exited = new Promise((resolve) => this.proc.on('exit', resolve))
  }

  until (pred, ms, what) {
    if (pred()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const w = { pred, resolve }
      this.waiters.push(w)
      setTimeout(() => {
        if (this.waiters.includes(w)) reject(new Error(`no ${what} within ${ms} ms; stderr: ${this.stderr.slice(-2000)}`))
      }, ms)
    })
  }

  event (name, ms) {
    let found
    return this.until(() => (found = this.events.find((e) => e.event === name)) != null, ms, name).then(() => found)
  }

  async kill () {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return
    this.proc.kill('SIGTERM')
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 5000)
    await this.exited
    clearTimeout(t)
  }
}

function payload (i, size) {
  const s = `m-${i}-`
  return s + 'x'.repeat(Math.max(0, size - s.length))
}

// Publishes `n` messages from `pub` and measures `child`'s CPU until it printed them all.
async function measure (pub, child, n, size) {
  const cpu0 = cpuSeconds(child.proc.pid)
  const t0 = performance.now()
  const enc = new TextEncoder()
  const ps = pub.node.services.pubsub
  for (let i = 0; i < n; i++) {
    await ps.publish(TOPIC, enc.encode(payload(i, size)))
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve))
  }
  await child.until(() => child.messages >= n, 120000, `${n} messages`)
  const cpu = cpuSeconds(child.proc.pid) - cpu0
  return { messages: child.messages, cpu_s: cpu, us_per_msg: (cpu / n) * 1e6, wall_s: (performance.now() - t0) / 1000 }
}

async function receiverRun (o, receiver, sign, msgId) {
  const pub = await startPeer({ topics: [], signPolicy: sign, msgId, muxers: ['yamux'] })
  let child
  try {
    if (receiver === 'js') {
      child = new Child(process.execPath, [path.join(interop, 'peer.mjs'), '--topic', TOPIC, '--sign-policy', sign,
        '--msg-id', msgId, '--muxers', 'yamux'])
    } else {
      child = new Child(o.cli, ['node', '--json', '--topic', TOPIC, '--sign-policy', sign, '--msg-id', msgId,
        '--stats-interval-ms', '0'])
    }
    const listening = await child.event('listening', 15000)
    await pub.dial(listening.addrs.find((a) => a.startsWith('/ip4/127.0.0.1/')))
    const ps = pub.node.services.pubsub
    const deadline = Date.now() + 15000
    while (ps.getSubscribers(TOPIC).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, 1500)) // settle (identify, first heartbeat)
    return await measure(pub, child, o.messages, o.size)
  } finally {
    await child?.kill()
    await pub.stop()
  }
}

async function meshscopeToMeshscope (o) {
  const recv = new Child(o.cli, ['node', '--json', '--topic', TOPIC, '--stats-interval-ms', '0'])
  let send
  try {
    const listening = await recv.event('listening', 15000)
    const addr = listening.addrs.find((a) => a.startsWith('/ip4/127.0.0.1/'))
    const text = 'x'.repeat(Math.max(1, o.size - 6))
    const recvCpu0 = cpuSeconds(recv.proc.pid)
    send = new Child(o.cli, ['node', '--json', '--dial', addr, '--stats-interval-ms', '0',
      '--publish', `${TOPIC}=${text}`, '--publish-count', String(o.messages), '--publish-interval-ms', '0'])
    await send.event('listening', 15000)
    const sendCpu0 = cpuSeconds(send.proc.pid)
    await recv.until(() => recv.messages >= o.messages, 180000, `${o.messages} messages at the Meshscope receiver`)
    const wall = (recv.lastMessageAt - recv.firstMessageAt) / 1000
    return {
      messages: recv.messages,
      msgs_per_s: wall > 0 ? (recv.messages - 1) / wall : null,
      receiver_us_per_msg: ((cpuSeconds(recv.proc.pid) - recvCpu0) / o.messages) * 1e6,
      publisher_us_per_msg: ((cpuSeconds(send.proc.pid) - sendCpu0) / o.messages) * 1e6
    }
  } finally {
    await send?.kill()
    await recv.kill()
  }
}

const o = parse(process.argv.slice(2))
const results = { messages: o.messages, size: o.size }
for (const [label, sign, msgId] of [['signed', 'strict-sign', 'js'], ['nosign_content', 'strict-no-sign', 'content']]) {
  const js = await receiverRun(o, 'js', sign, msgId)
  const ms = await receiverRun(o, 'meshscope', sign, msgId)
  results[label] = { js, meshscope: ms, ratio: js.us_per_msg / ms.us_per_msg }
}
results.meshscope_to_meshscope = await meshscopeToMeshscope(o)

if (o.json) {
  process.stdout.write(JSON.stringify(results) + '\n')
} else {
  const f = (x) => (x == null ? '-' : x.toFixed(1))
  for (const label of ['signed', 'nosign_content']) {
    const r = results[label]
    process.stdout.write(`${label}: receiver CPU per message js ${f(r.js.us_per_msg)} us, Meshscope ${f(r.meshscope.us_per_msg)} us, ` +
      `ratio ${f(r.ratio)} (goal ${label === 'signed' ? 3 : 10})\n`)
  }
  const m = results.meshscope_to_meshscope
  process.stdout.write(`Meshscope -> Meshscope signed: ${f(m.msgs_per_s)} msg/s (goal 10000), receiver ${f(m.receiver_us_per_msg)} us/msg, ` +
    `publisher ${f(m.publisher_us_per_msg)} us/msg\n`)
}
process.exit(0)
