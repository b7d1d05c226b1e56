import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { freePort } from '../../shared/freePort'
import { harvestSru } from './harvestSru'

const servers: http.Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) (server.closeAllConnections(), server.close())
})

/** A real HTTP server on 127.0.0.1 answering every request with `answer`. */
async function server(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<string> {
  const listening = http.createServer(answer)
  servers.push(listening)
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/biblios`
}

const harvest = (url: string, timeoutMs = 2000) =>
  harvestSru({ out: fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sru-')), query: 'cql.allRecords=1', timeoutMs, url })

const sru = (body: string) =>
  `<?xml version="1.0"?><zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.1</zs:version>${body}</zs:searchRetrieveResponse>`

describe('harvesting over SRU, when the server fails', () => {
  it('says plainly that a server cannot be reached', async () => {
    const url = `http://127.0.0.1:${await freePort()}/biblios`
    await expect(harvest(url)).rejects.toThrow(
      `The SRU server at ${url} could not be reached (ECONNREFUSED). Nothing was imported; it is tried again at the next check.`,
    )
  })

  it('gives up on a server that does not answer in time', async () => {
    const url = await server(() => {})
    await expect(harvest(url, 300)).rejects.toThrow(/did not answer within 0.3 s \(records from 1\)/)
  })

  it('refuses an answer that is not SRU, an HTTP error, and an SRU diagnostic, with what the server said', async () => {
    const html = await server((_, response) => response.end('<!DOCTYPE html><html><body>Library portal</body></html>'))
    await expect(harvest(html)).rejects.toThrow(
      `The SRU server at ${html} answered something that is not an SRU response (it starts “<!DOCTYPE html><html><body>Library portal</body></html>”)`,
    )

    const broken = await server((_, response) => ((response.statusCode = 500), response.end('oops')))
    await expect(harvest(broken)).rejects.toThrow(/answered HTTP 500 Internal Server Error for records from 1/)

    const diagnostic = await server((_, response) =>
      response.end(
        sru(
          '<zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics><diag:diagnostic xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/"><diag:uri>info:srw/diagnostic/1/16</diag:uri><diag:details>rec.lastModificationDate</diag:details><diag:message>Unsupported index</diag:message></diag:diagnostic></zs:diagnostics>',
        ),
      ),
    )
    await expect(harvest(diagnostic)).rejects.toThrow(
      'refused the query “cql.allRecords=1”: Unsupported index (rec.lastModificationDate). Nothing was imported.',
    )
  })

  it('refuses a page without the records the server says it has', async () => {
    const url = await server((_, response) => response.end(sru('<zs:numberOfRecords>40</zs:numberOfRecords><zs:records></zs:records>')))
    await expect(harvest(url)).rejects.toThrow('said it has 40 records but sent none from record 1 on')
  })

  it('harvests nothing, without an error, from a server with no record for the query', async () => {
    const url = await server((_, response) => response.end(sru('<zs:numberOfRecords>0</zs:numberOfRecords>')))
    expect(await harvest(url)).toEqual({ files: [], records: 0 })
  })
})
