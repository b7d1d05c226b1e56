import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { createGunzip } from 'node:zlib'

import compression from 'compression'
import serveFiles from 'serve-static'

import { DOCUMENT_HEADERS, isDocument, siteHeaders } from './siteHeaders'

type Handler = ReturnType<typeof serveFiles<http.ServerResponse>>

const NOT_BUILT_YET = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>醴陵市图书馆</title>
<p>网站正在构建，请稍后刷新。</p><p lang="en">The site is being built; please reload in a moment.</p></html>`

/** The request's path without its query, for choosing headers; a request line that is not a path gets the root's. */
const pathOf = (url = '/'): string => (url.startsWith('/') ? url.split(/[?#]/)[0]! : '/')

function answer(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
  res.end(body)
}

/**
 * A record page's address (catalog/display/recordAddress.ts): `/catalog/record/<slug>/`, or
 * under `/en/`. Its file is where the catalog keeps it, gzipped (catalog/pages/recordPages.ts),
 * the delta's before the base's, both linked into the site at `/catalog/data/pages/`; or, in a
 * site exported for any host, the address's own `index.html`.
 */
const RECORD_PAGE = /^(\/en)?\/catalog\/record\/([A-Za-z0-9_~-][A-Za-z0-9._~-]*)\/$/
/** The old address of a record page, `/catalog/record/?id=<id>`, with an id that is its own slug. */
const PLAIN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/

/**
 * Where a record page's request is answered from: its gzipped file, else the record page that
 * reads the record itself (before the catalog has written the pages, or for a record it does not
 * know). Undefined for any other request. The old address with `?id=` is redirected.
 */
function recordPageRoute(dir: string, url: string): { gzipped: string } | { file: string } | { redirect: string } | undefined {
  const [pathname = '/', query = ''] = url.split('?', 2)
  if (pathname === '/catalog/record/' || pathname === '/en/catalog/record/') {
    const id = new URLSearchParams(query).get('id')
    return id && PLAIN_ID.test(id) ? { redirect: `${pathname}${id}/` } : undefined
  }
  const match = RECORD_PAGE.exec(pathname)
  // A site exported for any static host has its record pages at their addresses.
  if (!match || fs.existsSync(path.join(dir, pathname, 'index.html'))) return undefined
  const [, english, slug] = match
  const locale = english ? 'en' : 'zh'
  for (const part of ['delta', 'base']) {
    const gzipped = path.join(dir, 'catalog', 'data', 'pages', part, locale, `${slug}.html.gz`)
    if (fs.existsSync(gzipped)) return { gzipped }
  }
  return { file: `${english ?? ''}/catalog/record/` }
}

/** Sends a gzipped page as it is to a browser that takes gzip (all do), unpacked to any other client. */
function sendGzipped(req: http.IncomingMessage, res: http.ServerResponse, file: string): void {
  fs.stat(file, (error, stat) => {
    if (error) return answer(res, 404, 'Not found')
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('ETag', etag)
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304)
      return res.end()
    }
    if (gzip) res.setHeader('Content-Encoding', 'gzip')
    if (gzip) res.setHeader('Content-Length', stat.size)
    res.writeHead(200)
    if (req.method === 'HEAD') return res.end()
    const stream = fs.createReadStream(file)
    const body = gzip ? stream : stream.pipe(createGunzip())
    body.on('error', () => res.destroy())
    body.pipe(res)
  })
}

/**
 * Adds DOCUMENT_HEADERS to the response when it turns out to be a document: its Content-Type is
 * known only when its headers go out (serve-static sets it, or an error page does).
 */
function addDocumentHeaders(res: http.ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const given = args.find((arg): arg is Record<string, string> => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
    const contentType = given?.['Content-Type'] ?? given?.['content-type'] ?? res.getHeader('Content-Type')
    if (isDocument(String(contentType ?? ''))) for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) res.setHeader(name, value)
    return writeHead(...args)
  }) as typeof res.writeHead
}

/** The 404 page of the visitor's language, read whole: it is small, and a read error must not become a stream error. */
function notFound(dir: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const english = /^\/en(\/|$)/.test(pathOf(req.url))
  fs.readFile(path.join(dir, english ? 'en/404.html' : '404.html'), (error, page) => {
    if (error) return answer(res, 404, 'Not found')
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : page)
  })
}

/**
 * Serves a built site folder over HTTP, as any static host would: files as they are (with
 * ranges, conditional requests and HEAD, by the `serve-static` package; text gzipped by the
 * `compression` package), a folder's
 * `index.html`, and the 404 page of the visitor's language for anything else. `root` may be a
 * symlink that is swapped to a new release while serving: each request follows it anew, so a
 * visitor gets either the old release or the new one, whole. No request, however malformed,
 * can stop the server: each one that fails gets its error status.
 */
export function createStaticServer(root: string): http.Server {
  // Text is gzipped for browsers that take it, as nginx's sample configuration does; binary files
  // (images, Pagefind's files, the catalog index and its range requests) go as they are.
  const compress = compression({ threshold: 1024 }) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
  let served: { dir: string; serve: Handler } | undefined
  const handlerFor = (dir: string): Handler => {
    // Files are looked up on each request: a release may hold a large catalog, and nothing is scanned up front.
    // The headers of siteHeaders() are set before, so serve-static adds no Cache-Control of its own.
    if (served?.dir !== dir) served = { dir, serve: serveFiles(dir, { cacheControl: false, dotfiles: 'ignore', extensions: ['html'], index: ['index.html'] }) }
    return served.serve
  }
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    for (const [name, value] of Object.entries(siteHeaders(pathOf(req.url)))) res.setHeader(name, value)
    addDocumentHeaders(res)
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
    let dir: string
    try {
      dir = fs.realpathSync(root)
    } catch {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '10' })
      res.end(NOT_BUILT_YET)
      return
    }
    // A request's no-cache asks caches on the way to revalidate with this server, which is what
    // If-None-Match does: answer it 304 as nginx does (serve-static would send the whole file).
    delete req.headers['cache-control']
    const route = recordPageRoute(dir, req.url ?? '/')
    if (route && 'redirect' in route) return answer(res, 301, '', { Location: route.redirect })
    if (route && 'gzipped' in route) return sendGzipped(req, res, route.gzipped)
    if (route) req.url = route.file
    compress(req, res, () =>
      handlerFor(dir)(req, res, (error?: Error & { status?: number; statusCode?: number }) => {
        if (!error) return notFound(dir, req, res)
        const status = error.status ?? error.statusCode ?? 500
        if (status === 404) return notFound(dir, req, res)
        answer(res, status, status >= 500 ? 'Server error' : (http.STATUS_CODES[status] ?? 'Bad request'))
      }),
    )
  }
  const server = http.createServer((req, res) => {
    try {
      handle(req, res)
    } catch (error) {
      console.error(`The site server failed on ${req.method} ${req.url}: ${(error as Error).message}`)
      answer(res, 500, 'Server error')
    }
  })
  // A request Node cannot parse gets 400 and its connection closed; a reset connection needs no answer.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy()
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
  })
  return server
}

/** Starts serving `root` on `port`; resolves once it listens. */
export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<http.Server> {
  const server = createStaticServer(root)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
