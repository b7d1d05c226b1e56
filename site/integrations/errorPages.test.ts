import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

import { copyErrorPages } from './errorPages'

describe('copyErrorPages', () => {
  it('puts each language’s not-found page at 404.html as well and leaves other pages alone', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'error-pages-'))
    for (const folder of ['404', 'en/404', 'news']) {
      await mkdir(path.join(root, folder), { recursive: true })
      await writeFile(path.join(root, folder, 'index.html'), folder)
    }
    const copied = await copyErrorPages(pathToFileURL(`${root}/`), ['', 'en/', 'fr/'])
    expect(copied).toEqual(['/404.html', '/en/404.html'])
    expect(await readFile(path.join(root, '404.html'), 'utf8')).toBe('404')
    expect(await readFile(path.join(root, 'en/404.html'), 'utf8')).toBe('en/404')
    expect(await readFile(path.join(root, '404/index.html'), 'utf8')).toBe('404')
    await expect(readFile(path.join(root, 'news.html'))).rejects.toThrow()
  })
})
