import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What a download left to compare the next one with: the server's validators, and the content's hash. */
export type Downloaded = { etag?: string; lastModified?: string; sha256: string }

export type Download = { file: string; name: string; seen: Downloaded } | { unchanged: true }

/**
 * Downloads an export the library system offers at `url` into `file`, written as it arrives,
 * at most `maxBytes`. Asks the server whether it changed since `before` (ETag, Last-Modified),
 * and compares the content's hash too, for servers that never say: unchanged, nothing is kept.
 * Throws with what went wrong (unreachable, too slow, an HTTP error, too large), and leaves no
 * partial file.
 */
export async function downloadExport(url: string, file: string, options: { before?: Downloaded; maxBytes: number; timeoutMs?: number }): Promise<Download> {
  const headers: Record<string, string> = {}
  if (options.before?.etag) headers['If-None-Match'] = options.before.etag
  if (options.before?.lastModified) headers['If-Modified-Since'] = options.before.lastModified
  const timeoutMs = options.timeoutMs ?? 10 * 60_000
  let response: Response
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    throw unreachable(error, url, timeoutMs)
  }
  if (response.status === 304) return { unchanged: true }
  if (!response.ok || !response.body) {
    await response.body?.cancel()
    throw new Error(`The export at ${url} answered HTTP ${response.status} ${response.statusText}: nothing was imported; it is tried again at the next check.`)
  }
  const hash = createHash('sha256')
  let bytes = 0
  const out = fs.createWriteStream(file)
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length
      if (bytes > options.maxBytes)
        throw new Error(
          `The export at ${url} is over the limit of ${options.maxBytes.toLocaleString('en')} bytes (CATALOG_UPLOAD_MAX_MB): nothing was imported.`,
        )
      hash.update(chunk)
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  } catch (error) {
    out.destroy()
    fs.rmSync(file, { force: true })
    throw (error as Error).message.startsWith('The export at') ? error : unreachable(error, url, timeoutMs)
  }
  const sha256 = hash.digest('hex')
  if (sha256 === options.before?.sha256) {
    fs.rmSync(file, { force: true })
    return { unchanged: true }
  }
  const disposition = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '')?.[1]
  const name = (disposition && decodeURIComponent(disposition)) || path.basename(new URL(url).pathname) || 'export'
  return {
    file,
    name,
    seen: {
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
      sha256,
    },
  }
}

function unreachable(error: unknown, url: string, timeoutMs: number): Error {
  const name = (error as Error).name
  if (name === 'TimeoutError')
    return new Error(`The export at ${url} did not arrive within ${Math.round(timeoutMs / 1000)} s: nothing was imported; it is tried again at the next check.`)
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return new Error(
    `The export at ${url} could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message}): nothing was imported; it is tried again at the next check.`,
  )
}
