import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { compressedPiece, gzipOf, storedPiece } from './gzipPieces'

const texts = ['<!doctype html><html lang="zh-CN"><head><title>', '醴陵瓷业志', '', ' · 醴陵市图书馆</title></head><body>', 'x'.repeat(70_000), '\u{20bb7}𠮷 and 🐉', '</body></html>']

describe('gzipOf', () => {
  it('makes one gzip file of pieces compressed apart and pieces stored, that gzip readers unpack whole', () => {
    const pieces = texts.map((text, n) => (n % 2 === 0 ? compressedPiece(text) : storedPiece(text)))
    const file = gzipOf(pieces)
    expect(gunzipSync(file).toString()).toBe(texts.join(''))
    // The gzip program checks the stream and its CRC and length too.
    const onDisk = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'liling-gzip-')), 'page.html.gz')
    fs.writeFileSync(onDisk, file)
    expect(execFileSync('gzip', ['-dc', onDisk]).toString()).toBe(texts.join(''))
  })
})
