// Helpers shared by the gossipsub interop tests and benchmarks: connecting js peers to one
// another, polling a condition with a deadline, counting deliveries.
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Connects every pair of js peers (each dials the ones after it).
export async function connectJsPeers (peers) {
  const dials = []
  for (let i = 0; i < peers.length; i++) {
    for (let j = i + 1; j < peers.length; j++) dials.push(peers[i].peer.dial(peers[j].addr))
  }
  await Promise.all(dials)
}

// Resolves once `pred()` is true (polled every 50 ms); rejects after `ms` naming `what`, with
// `detail()` appended.
export async function waitUntil (pred, ms, what, detail = () => '') {
  const deadline = Date.now() + ms
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`no ${what} within ${ms} ms ${detail()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

// Map data_utf8 -> number of message events carrying it.
export function countBy (messages) {
  const m = new Map()
  for (const e of messages) m.set(e.data_utf8, (m.get(e.data_utf8) ?? 0) + 1)
  return m
}

// The set of distinct payloads among message events.
export function distinct (messages) {
  return new Set(messages.map((e) => e.data_utf8))
}

// True when `log` (an EventLog) holds a message event for each text in `texts`.
export function eachSeen (log, texts) {
  const seen = distinct(log.filter((e) => e.event === 'message'))
  return texts.every((t) => seen.has(t))
}

// Writes a gossipsub profile document (paramsjson format) scoring `topic` with a heavy
// invalid-message penalty, and returns its path.
export function writeScoredParams (topic) {
  const dir = mkdtempSync(path.join(tmpdir(), 'meshscope-interop-'))
  const file = path.join(dir, 'scored.json')
  const doc = {
    score: {
      topics: {
        [topic]: {
          topic_weight: 1,
          time_in_mesh_weight: 0.0027,
          time_in_mesh_quantum_ms: 1000,
          time_in_mesh_cap: 3600,
          first_message_deliveries_weight: 1,
          first_message_deliveries_decay: 0.5,
          first_message_deliveries_cap: 100,
          mesh_message_deliveries_weight: 0,
          mesh_message_deliveries_decay: 0.5,
          mesh_message_deliveries_cap: 1,
          mesh_message_deliveries_threshold: 1,
          mesh_message_deliveries_window_ms: 10,
          mesh_message_deliveries_activation_ms: 5000,
          mesh_failure_penalty_weight: 0,
          mesh_failure_penalty_decay: 0.5,
          invalid_message_deliveries_weight: -100,
          invalid_message_deliveries_decay: 0.9
        }
      }
    }
  }
  writeFileSync(file, JSON.stringify(doc, null, 1))
  return file
}
