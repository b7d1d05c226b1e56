import fs from 'node:fs'
import path from 'node:path'

/**
 * Each import's own folder in the catalog's: `imports/<import id>/`, holding the export while
 * the import waits and runs (`export/<its name>`: the import's messages name the file as staff
 * know it) and its report of skipped records (`report.txt`) afterwards. Only the importer and
 * the upload write here.
 */
export const importsDir = (catalogDir: string) => path.join(catalogDir, 'imports')

export const importFolder = (catalogDir: string, id: number | string) => path.join(importsDir(catalogDir), String(id))

export const reportFileOf = (catalogDir: string, id: number | string) => path.join(importFolder(catalogDir, id), 'report.txt')

/** Where an import's export files are kept until it has run. */
export const exportFolder = (catalogDir: string, id: number | string) => path.join(importFolder(catalogDir, id), 'export')

/**
 * Where an export named `fileName` is kept: under its own name, without anything that could
 * lead out of the folder (a path, control characters) or hide it (a leading dot).
 */
export function exportFileOf(catalogDir: string, id: number | string, fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const name =
    path
      .basename(fileName.replaceAll('\\', '/'))
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/^\.+/, '')
      .slice(-200) || 'export'
  return path.join(exportFolder(catalogDir, id), name)
}

/** The export files an import was given (one upload, or the pages of an SRU harvest), in order, while they are kept. */
export function exportFilesIn(catalogDir: string, id: number | string): string[] {
  const folder = exportFolder(catalogDir, id)
  return fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .sort()
        .map((name) => path.join(folder, name))
    : []
}

/** Removes the export an import was given, keeping its report. */
export function removeExport(catalogDir: string, id: number | string): void {
  fs.rmSync(exportFolder(catalogDir, id), { force: true, recursive: true })
}
