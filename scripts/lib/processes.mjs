// Small helpers to run the project's commands and keep its servers alive.
import { spawn } from "node:child_process"

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
