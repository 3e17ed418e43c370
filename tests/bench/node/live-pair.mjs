// Meshscope -> Meshscope on real processes (issue 3, point 10: "signed messages per second, goal
// >= 10,000 on one core each").
//
//   node tests/bench/node/live-pair.mjs --cli build/<preset>/app/meshscope-cli [--messages 30000]
//        [--size 100] [--sign-policy strict-sign|strict-no-sign] [--msg-id js|content|...]
//        [--cpus RECEIVER,SENDER] [--runs K] [--json]
//
// Two `meshscope-cli node` processes over 127.0.0.1, each pinned to its own core with taskset
// (default: receiver on CPU 1, sender on CPU 0; no pinning on a one-CPU machine). The receiver
// subscribes to the topic; the sender dials it and publishes N messages of SIZE bytes with
// --publish-interval-ms 0, which publishes as fast as the output drains (it pauses while more than
// 256 KiB wait for the socket or the Yamux send window: flow controlled, no unbounded queue).
// Neither prints a line per message (--no-message-events); the receiver writes a stats event every
// 100 ms, and at each one this script reads both processes' utime+stime from /proc/<pid>/stat.
// Over the window from 5% to 100% of the deliveries it reports deliveries per second at the
// receiver, CPU per delivered message of each side, how busy each core was and how long each
// process waited for its core (other load on the machine: then the measured rate is below what the
// pair does alone, which is 1e6 / the larger CPU per message, also printed).
// Only 127.0.0.1; both processes are killed.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

const TOPIC = 'meshscope-bench'
const CLK_TCK = 100 // sysconf(_SC_CLK_TCK) on Linux

function parse (argv) {
  const o = { cli: process.env.MESHSCOPE_CLI, messages: 30000, size: 100, sign: 'strict-sign', msgId: 'js', cpus: null, runs: 1, json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--cli') o.cli = argv[++i]
    else if (a === '--messages') o.messages = Number(argv[++i])
    else if (a === '--size') o.size = Number(argv[++i])
    else if (a === '--sign-policy') o.sign = argv[++i]
    else if (a === '--msg-id') o.msgId = argv[++i]
    else if (a === '--cpus') o.cpus = argv[++i].split(',').map(Number)
    else if (a === '--runs') o.runs = Number(argv[++i])
    else if (a === '--json') o.json = true
    else throw new Error(`unknown flag ${a}`)
  }
  if (!o.cli) throw new Error('--cli PATH (or MESHSCOPE_CLI) is required')
  if (!(o.messages >= 1000)) throw new Error('--messages: at least 1000')
  if (!o.cpus && os.availableParallelism() >= 2) o.cpus = [1, 0]
  return o
}

// utime+stime of `pid` in seconds.
function cpuSeconds (pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK
}

// Nanoseconds `pid` spent waiting for a CPU while runnable (/proc/<pid>/schedstat, second field):
// other processes on its core. 0 when the kernel does not provide it.
function runqueueWaitSeconds (pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9
  } catch { return 0 }
}

// A meshscope-cli node with JSON events; `onEvent` sees each parsed event.
function startNode (o, cpu, args, onEvent) {
  const cmd = cpu == null ? o.cli : 'taskset'
  const full = cpu == null ? args : ['-c', String(cpu), o.cli, ...args]
  const proc = spawn(cmd, full, { stdio: ['ignore', 'pipe', 'pipe'] })
  let buf = ''
  let stderr = ''
  proc.stdout.setEncoding('utf8')
  proc.stdout.on('data', (chunk) => {
    buf += chunk
    let nl
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl)
      buf = buf.slice(nl + 1)
      if (!line.trim()) continue
      try { onEvent(JSON.parse(line)) } catch (e) { if (!(e instanceof SyntaxError)) throw e }
    }
  })
  proc.stderr.setEncoding('utf8')
  proc.stderr.on('data', (c) => { stderr += c })
  const exited = new Promise((resolve) => proc.on('exit', resolve))
  return {
    proc,
    stderr: () => stderr,
    async kill () {
      if (proc.exitCode !== null || proc.signalCode !== null) return
      proc.kill('SIGTERM')
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(t)
    }
  }
}

async function runOnce (o) {
  const samples = [] // { t, delivered, recvCpu, sendCpu }
  let listening = null
  let send = null
  let done = null
  let complete = false // all delivered: sampling stops
  const finished = new Promise((resolve) => { done = resolve })
  const common = ['--json', '--sign-policy', o.sign, '--msg-id', o.msgId, '--no-message-events']
  const recv = startNode(o, o.cpus?.[0], ['node', ...common, '--topic', TOPIC, '--stats-interval-ms', '100'], (ev) => {
    if (ev.event === 'listening') listening = ev
    if (ev.event !== 'stats' || !send || complete) return
    const delivered = ev.counters?.delivered ?? 0
    if (send.proc.exitCode !== null) throw new Error(`the sender exited (${send.proc.exitCode}): ${send.stderr()}`)
    samples.push({ t: performance.now(), delivered, recvCpu: cpuSeconds(recv.proc.pid), sendCpu: cpuSeconds(send.proc.pid),
      recvWait: runqueueWaitSeconds(recv.proc.pid), sendWait: runqueueWaitSeconds(send.proc.pid) })
    if (delivered >= o.messages) {
      complete = true
      done()
    }
  })
  try {
    const t0 = Date.now()
    while (!listening) {
      if (Date.now() - t0 > 15000) throw new Error(`receiver did not listen; stderr: ${recv.stderr()}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const addr = listening.addrs.find((a) => a.startsWith('/ip4/127.0.0.1/'))
    const text = 'x'.repeat(Math.max(1, o.size - 1 - String(o.messages).length))
    send = startNode(o, o.cpus?.[1], ['node', ...common, '--dial', addr, '--stats-interval-ms', '0',
      '--publish', `${TOPIC}=${text}`, '--publish-count', String(o.messages), '--publish-interval-ms', '0'], (ev) => { if (process.env.LIVE_PAIR_DEBUG) console.error(JSON.stringify(ev)) })
    const timeout = new Promise((resolve, reject) => setTimeout(() => reject(new Error(
      `not all ${o.messages} messages arrived within 180 s (last stats: ${JSON.stringify(samples.at(-1))}); ` +
      `receiver stderr: ${recv.stderr()} sender stderr: ${send.stderr()}`)), 180000))
    await Promise.race([finished, timeout])
  } finally {
    await send?.kill()
    await recv.kill()
  }
  const from = samples.find((s) => s.delivered >= o.messages * 0.05)
  const to = samples.find((s) => s.delivered >= o.messages)
  const n = to.delivered - from.delivered
  const wall = (to.t - from.t) / 1000
  return {
    messages: o.messages,
    window_messages: n,
    msgs_per_s: n / wall,
    // What one core each sustains: the slower side's CPU per message bounds the rate.
    cpu_bound_msgs_per_s: 1e6 / Math.max(((to.recvCpu - from.recvCpu) / n) * 1e6, ((to.sendCpu - from.sendCpu) / n) * 1e6),
    receiver_us_per_msg: ((to.recvCpu - from.recvCpu) / n) * 1e6,
    sender_us_per_msg: ((to.sendCpu - from.sendCpu) / n) * 1e6,
    // Busy share of each pinned core over the window: near 1 for the side that limits the rate.
    receiver_core_busy: (to.recvCpu - from.recvCpu) / wall,
    sender_core_busy: (to.sendCpu - from.sendCpu) / wall,
    // Share of the window each process was runnable but waiting for its core (other load there).
    receiver_core_stolen: (to.recvWait - from.recvWait) / wall,
    sender_core_stolen: (to.sendWait - from.sendWait) / wall
  }
}

const o = parse(process.argv.slice(2))
const runs = []
for (let i = 0; i < o.runs; i++) runs.push(await runOnce(o))
const median = (key) => { const v = runs.map((r) => r[key]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)] }
const result = {
  sign_policy: o.sign, msg_id: o.msgId, size: o.size, messages: o.messages, cpus: o.cpus, runs,
  median: Object.fromEntries(['msgs_per_s', 'cpu_bound_msgs_per_s', 'receiver_us_per_msg', 'sender_us_per_msg'].map((k) => [k, median(k)]))
}
if (o.json) {
  process.stdout.write(JSON.stringify(result) + '\n')
} else {
  const f = (x) => x.toFixed(1)
  for (const r of runs) {
    process.stdout.write(`Meshscope -> Meshscope (${o.sign}, ${o.size} B, ${o.cpus ? `receiver CPU ${o.cpus[0]}, sender CPU ${o.cpus[1]}` : 'unpinned'}): ` +
      `${f(r.msgs_per_s)} msg/s measured (goal 10000), ${f(r.cpu_bound_msgs_per_s)} msg/s on a whole core each; receiver ${f(r.receiver_us_per_msg)} us/msg (core ${Math.round(r.receiver_core_busy * 100)}% busy, ${Math.round(r.receiver_core_stolen * 100)}% waiting for it), ` +
      `sender ${f(r.sender_us_per_msg)} us/msg (core ${Math.round(r.sender_core_busy * 100)}% busy, ${Math.round(r.sender_core_stolen * 100)}% waiting for it)\n`)
  }
  if (runs.length > 1) {
    const m = result.median
    process.stdout.write(`median of ${runs.length}: ${f(m.msgs_per_s)} msg/s measured, ${f(m.cpu_bound_msgs_per_s)} msg/s on a whole core each, receiver ${f(m.receiver_us_per_msg)} us/msg, sender ${f(m.sender_us_per_msg)} us/msg\n`)
  }
}
process.exit(0)
