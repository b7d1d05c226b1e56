import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseAdapter, resolveSqliteUri } from './database'
import { projectRoot } from '../shared/paths'

describe('databaseAdapter', () => {
  it('selects MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseAdapter('mongodb://db1.example.org,db2.example.org/liling?replicaSet=rs0').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://library:secret@cluster0.example.net/liling').name).toBe('mongoose')
  })

  it('selects the embedded SQLite database for file: URIs', () => {
    expect(databaseAdapter('file:data/liling.db').name).toBe('sqlite')
  })

  it('refuses any other kind of URI and names the variable', () => {
    expect(() => databaseAdapter('postgres://localhost/liling')).toThrow(/DATABASE_URI.*"postgres:"/)
  })
})

describe('resolveSqliteUri', () => {
  it('reads a relative file: path from the project root, not from the working directory', () => {
    expect(resolveSqliteUri('file:data/liling.db')).toBe(`file:${path.join(projectRoot, 'data', 'liling.db')}`)
    expect(resolveSqliteUri('file:/var/lib/liling.db')).toBe('file:/var/lib/liling.db')
  })
})
