// Small helpers to run the project's commands and keep its servers alive.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    if (quiet) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) {
        resolve(output)
      } else {
        if (quiet) {
          process.stderr.write(output)
        }
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))
      }
    })
  })
}

/** Starts a long-running server in its own process group, its lines prefixed by name. */
export function startServer(name, command, args, { cwd, env, logFile } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const prefix = (stream, target) => {
    let pending = ""
    stream.on("data", (chunk) => {
      pending += chunk
      const lines = pending.split("\n")
      pending = lines.pop()
      for (const line of lines) {
        if (logFile) {
          logFile.write(`[${name}] ${line}\n`)
        } else {
          target.write(`[${name}] ${line}\n`)
        }
      }
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  child.stopServer = () => stopProcessGroup(child)
  return child
}

/** Sends SIGTERM to the whole group, then SIGKILL if it lingers. */
export function stopProcessGroup(child, graceMs = 8000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return resolve()
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/** Polls a URL until it answers 2xx, or fails after the timeout. */
export async function waitForHttp(url, { timeoutMs = 120000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`The server for ${url} exited with ${child.exitCode}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) })
      if (response.ok) {
        return
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/** Pids of the processes listening on a TCP port, read from /proc (Linux); null where /proc is missing. */
export function listenerPids(port) {
  if (!fs.existsSync("/proc/net/tcp")) {
    return null
  }
  const inodes = new Set()
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) {
      continue
    }
    for (const line of fs.readFileSync(table, "utf-8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/)
      // cols[1] is local "ADDR:PORT" in hex, cols[3] the state (0A = LISTEN), cols[9] the inode.
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1].split(":").pop(), 16) === port) {
        inodes.add(cols[9])
      }
    }
  }
  const pids = []
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1])) {
          pids.push(Number(pid))
          break
        }
      }
    } catch {}
  }
  return pids
}

/** The process group a pid belongs to (field 5 of /proc/<pid>/stat). */
function processGroup(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf-8")
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
}

/**
 * Fails unless the process listening on `port` belongs to the server we started (its own process
 * group), so that a test never runs against a stranger that happened to answer on the same port.
 */
export function assertServedBy(child, port) {
  const pids = listenerPids(port)
  if (pids === null) {
    return
  }
  const ours = pids.filter((pid) => {
    try {
      return processGroup(pid) === child.pid
    } catch {
      return false
    }
  })
  if (!ours.length) {
    throw new Error(`port ${port} is answered by pid ${pids.join(",") || "?"}, not by the server this run started`)
  }
}

/** Refuses to go on when any of the ports is already taken. */
export async function assertPortsFree(ports) {
  const busy = []
  for (const port of ports) {
    if (await isReachable("127.0.0.1", port)) {
      busy.push(port)
    }
  }
  if (busy.length) {
    throw new Error(`port ${busy.join(", ")} already in use: stop what listens there or choose other ports`)
  }
}

export function isReachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

/** A port nobody listens on right now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
