// Promise.withResolvers is Node 22; libp2p 2.10 calls it at run time (peer-store -> mortice ->
// it-queue). Import this module before anything from libp2p.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers () {
    let resolve, reject
    const promise = new this((res, rej) => { resolve = res; reject = rej })
    return { promise, resolve, reject }
  }
}
