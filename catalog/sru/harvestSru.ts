import fs from 'node:fs'
import path from 'node:path'

export type SruHarvestOptions = {
  /** The server's SRU address, e.g. `http://opac.example.org:9999/biblios`; its own parameters are kept. */
  url: string
  /** The CQL query: `cql.allRecords=1` for everything, or a date query for what changed since. */
  query: string
  /** Where each page's response is written, `page-0001.xml` onwards (the importer reads SRU responses as they are). */
  out: string
  /** Records asked for a page (default 100). */
  pageSize?: number
  /** How long one page may take to arrive (default 60 s). */
  timeoutMs?: number
  /** Told after each page: the records harvested so far, of how many. */
  progress?: (harvested: number, total: number) => void
  signal?: AbortSignal
}

export type SruHarvest = { files: string[]; records: number }

/** The largest page answer read: a page of a hundred MARCXML records is a few hundred kilobytes. */
const MAX_PAGE_BYTES = 64 * 2 ** 20
const DEFAULT_PAGE_SIZE = 100
const DEFAULT_TIMEOUT_MS = 60_000

/** The text of the first element named `name` (in any namespace prefix), or undefined. */
const element = (xml: string, name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${name}>`).exec(xml)?.[1]?.trim()
const count = (xml: string, name: string) => xml.match(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s>]`, 'g'))?.length ?? 0

/**
 * Harvests an SRU server's records (searchRetrieve, MARCXML, version 1.1) page by page into
 * `out`, each page's response as the server sent it. Every way a server can fail is an error
 * that says what happened and at which page: not reachable, too slow, an HTTP error, an answer
 * that is not SRU, an SRU diagnostic, a page that holds fewer records than it should.
 */
export async function harvestSru(options: SruHarvestOptions): Promise<SruHarvest> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE
  fs.mkdirSync(options.out, { recursive: true })
  const files: string[] = []
  let harvested = 0
  let total = Infinity
  for (let start = 1; start <= total;) {
    options.signal?.throwIfAborted()
    const xml = await page(options, start, pageSize)
    const diagnostic = count(xml, 'diagnostic') > 0 ? (element(xml, 'message') ?? element(xml, 'uri') ?? 'no message') : undefined
    if (diagnostic !== undefined) {
      const details = element(xml, 'details')
      throw new Error(
        `The SRU server at ${options.url} refused the query “${options.query}”: ${diagnostic}${details ? ` (${details})` : ''}. Nothing was imported.`,
      )
    }
    const numberOfRecords = Number(element(xml, 'numberOfRecords'))
    if (!Number.isSafeInteger(numberOfRecords))
      throw new Error(`The SRU server at ${options.url} answered page ${files.length + 1} without a number of records. Nothing was imported.`)
    total = numberOfRecords
    const records = count(xml, 'recordData')
    if (total === 0) break
    if (records === 0)
      throw new Error(
        `The SRU server at ${options.url} said it has ${total.toLocaleString('en')} records but sent none from record ${start.toLocaleString('en')} on. Nothing was imported.`,
      )
    const file = path.join(options.out, `page-${String(files.length + 1).padStart(4, '0')}.xml`)
    fs.writeFileSync(file, xml)
    files.push(file)
    harvested += records
    options.progress?.(harvested, total)
    const next = Number(element(xml, 'nextRecordPosition'))
    start = Number.isSafeInteger(next) && next > start ? next : start + records
  }
  return { files, records: harvested }
}

/** One page of the answer, as text; throws with what went wrong. */
async function page(options: SruHarvestOptions, start: number, pageSize: number): Promise<string> {
  const address = new URL(options.url)
  const params = {
    maximumRecords: String(pageSize),
    operation: 'searchRetrieve',
    query: options.query,
    recordSchema: 'marcxml',
    startRecord: String(start),
    version: '1.1',
  }
  for (const [name, value] of Object.entries(params)) address.searchParams.set(name, value)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])])
  const where = `the SRU server at ${options.url}`
  let response: Response
  try {
    response = await fetch(address, { headers: { Accept: 'application/xml, text/xml' }, signal })
  } catch (error) {
    throw failure(error, where, timeoutMs, options.signal, start)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new Error(
      `${capital(where)} answered HTTP ${response.status} ${response.statusText} for records from ${start.toLocaleString('en')}. Nothing was imported.`,
    )
  }
  let text: string
  try {
    text = await readText(response, where)
  } catch (error) {
    throw failure(error, where, timeoutMs, options.signal, start)
  }
  if (!/<(?:[\w.-]+:)?searchRetrieveResponse[\s>]/.test(text)) {
    const opening = text.trimStart().slice(0, 60).replace(/\s+/g, ' ')
    throw new Error(
      `${capital(where)} answered something that is not an SRU response${opening ? ` (it starts “${opening}”)` : ' (an empty answer)'}: is the address right? Nothing was imported.`,
    )
  }
  return text
}

/** The body as text, up to MAX_PAGE_BYTES. */
async function readText(response: Response, where: string): Promise<string> {
  const chunks: Uint8Array[] = []
  let bytes = 0
  if (!response.body) return ''
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length
    if (bytes > MAX_PAGE_BYTES)
      throw new Error(`${capital(where)} sent a page of more than ${MAX_PAGE_BYTES / 2 ** 20} MiB: ask for fewer records a page. Nothing was imported.`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function failure(error: unknown, where: string, timeoutMs: number, stopped: AbortSignal | undefined, start: number): Error {
  if (stopped?.aborted) return stopped.reason instanceof Error ? stopped.reason : new Error('The harvest was stopped.')
  const name = (error as Error).name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new Error(
      `${capital(where)} did not answer within ${(timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s (records from ${start.toLocaleString('en')}). Nothing was imported; it is tried again at the next check.`,
    )
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const reason = cause?.code ?? cause?.message ?? (error as Error).message
  return new Error(`${capital(where)} could not be reached (${reason}). Nothing was imported; it is tried again at the next check.`)
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
