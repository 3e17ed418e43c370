// Test harness for the interop tests: spawns `meshscope-cli node --json` (MESHSCOPE_CLI), starts
// in-process js-libp2p peers (peer.mjs), collects both sides' JSON events and waits on them with
// deadlines. Every process and peer started through a Harness is stopped by harness.cleanup().
//
// MESHSCOPE_CLI may name a .mjs file (e.g. jscli.mjs, the js stand-in used to validate the tests
// themselves); it is then run with this Node.
import './polyfill.mjs'

import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'

import { startPeer } from './peer.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

// The CLI under test: $MESHSCOPE_CLI, or the js stand-in when unset.
export function cliCommand () {
  const cli = process.env.MESHSCOPE_CLI || path.join(here, 'jscli.mjs')
  return cli.endsWith('.mjs') ? [process.execPath, [cli]] : [cli, []]
}

// True when the CLI under test is the js stand-in (tests then relax Meshscope-specific checks).
export function cliIsStandIn () {
  return cliCommand()[0] === process.execPath
}

// A random, valid peer id nobody uses.
export async function randomPeerId () {
  return peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
}

// A list of events with waiters: `waitFor(pred, ms, what)` resolves with the first matching event
// (past or future) or rejects after `ms` with a message listing what was seen.
class EventLog {
  constructor (name) {
    this.name = name
    this.events = []
    this.waiters = []
  }

  push (event) {
    this.events.push(event)
    for (const w of [...this.waiters]) {
      if (w.pred(event)) {
        this.waiters.splice(this.waiters.indexOf(w), 1)
        clearTimeout(w.timer)
        w.resolve(event)
      }
    }
  }

  find (pred) {
    return this.events.find(pred)
  }

  filter (pred) {
    return this.events.filter(pred)
  }

  waitFor (pred, ms, what) {
    const seen = this.events.find(pred)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const w = { pred, resolve }
      w.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1)
        reject(new Error(`${this.name}: no ${what} within ${ms} ms; events so far:\n` + this.dump()))
      }, ms)
      this.waiters.push(w)
    })
  }

  dump () {
    return this.events.map((e) => '  ' + JSON.stringify(e)).join('\n')
  }
}

// A running meshscope-cli process.
class CliProcess {
  constructor (args) {
    const [cmd, pre] = cliCommand()
    this.args = args
    this.log = new EventLog('meshscope-cli')
    this.stderr = ''
    this.badLines = []
    this.proc = spawn(cmd, [...pre, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let buf = ''
    this.proc.stdout.setEncoding('utf8')
    this.proc.stdout.on('data', (chunk) => {
      buf += chunk
      let nl
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        if (!line.trim()) continue
        try {
          this.log.push(JSON.parse(line))
        } catch {
          this.badLines.push(line)
        }
      }
    })
    this.proc.stderr.setEncoding('utf8')
    this.proc.stderr.on('data', (chunk) => { this.stderr += chunk })
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => resolve({ code, signal }))
      this.proc.on('error', (err) => resolve({ code: null, signal: null, error: err }))
    })
  }

  waitFor (pred, ms, what) {
    return this.log.waitFor(pred, ms, what).catch((err) => {
      err.message += `\nstderr:\n${this.stderr}`
      throw err
    })
  }

  // Resolves with {code, signal} or rejects after `ms`.
  async waitExit (ms) {
    let timer
    const timeout = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`meshscope-cli did not exit within ${ms} ms\nstderr:\n${this.stderr}`)), ms)
    })
    try {
      return await Promise.race([this.exited, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  // SIGTERM, then SIGKILL if still running after `graceMs`. Resolves with the exit status.
  async stop (graceMs = 5000) {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return this.exited
    this.proc.kill('SIGTERM')
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs)
    const status = await this.exited
    clearTimeout(timer)
    return status
  }
}

// An in-process js-libp2p peer with an event log.
class JsPeer {
  constructor () {
    this.log = new EventLog('js-peer')
  }

  async start (options) {
    this.peer = await startPeer(options, (e) => this.log.push(e))
    this.peerId = this.peer.peerId
    this.addr = this.peer.addrs[0]
    return this
  }

  waitFor (pred, ms, what) {
    return this.log.waitFor(pred, ms, what)
  }
}

export class Harness {
  constructor () {
    this.clis = []
    this.peers = []
  }

  // Spawns `meshscope-cli node --json <args>`; waits for its listening event.
  async startCli (args = [], { waitListening = true } = {}) {
    const cli = new CliProcess(['node', '--json', ...args])
    this.clis.push(cli)
    if (waitListening) {
      const ev = await cli.waitFor((e) => e.event === 'listening', 15000, 'listening event')
      cli.peerId = ev.peer_id
      cli.addr = ev.addrs.find((a) => a.startsWith('/ip4/127.0.0.1/'))
    }
    return cli
  }

  // Starts a js peer (options as peer.mjs's startPeer) listening on 127.0.0.1.
  async startJs (options = {}) {
    const p = new JsPeer()
    this.peers.push(p)
    await p.start(options)
    return p
  }

  // Stops every js peer and CLI process started here (call from t.after / afterEach).
  async cleanup () {
    await Promise.allSettled(this.peers.map((p) => p.peer?.stop()))
    await Promise.allSettled(this.clis.map((c) => c.stop()))
  }
}

// Runs `fn(harness)` and always cleans up.
export async function withHarness (fn) {
  const h = new Harness()
  try {
    return await fn(h)
  } finally {
    await h.cleanup()
  }
}
