import type { Bilingual } from '../fields/labels'

/**
 * What staff should do about an import that failed or waits, in both languages: the import's
 * own message (catalog/, in English, naming the file, the record, the byte) says exactly what
 * went wrong; this says, in the admin's language, what it means and what to do next.
 */
const ADVICE: [RegExp, Bilingual][] = [
  [
    /would remove .* of the catalog's/,
    {
      en: 'Check that the file is the whole export. If the library system really dropped those records, an admin confirms the import; to add and update records only, import it again as incremental.',
      zh: '请确认文件是完整的导出。如果图书馆系统确实删除了这些书目，请管理员确认导入；只想新增和更新书目，请改用增量导入。',
    },
  ],
  [
    /Excel workbook/,
    {
      en: 'This is an Excel workbook: save it as “CSV UTF-8 (comma delimited)” and upload the CSV file.',
      zh: '这是 Excel 工作簿：请另存为“CSV UTF-8（逗号分隔）”后上传 CSV 文件。',
    },
  ],
  [/saved as UTF-16/, { en: 'Save the CSV file as “CSV UTF-8” and upload it again.', zh: '请将 CSV 文件另存为“CSV UTF-8”格式后重新上传。' }],
  [
    /zip bomb/,
    {
      en: 'The compressed file expands far more than any export: export the file again from the library system, or upload it uncompressed.',
      zh: '该压缩文件解压后远大于任何书目导出，可能已损坏或不安全。请从图书馆系统重新导出，或上传未压缩的文件。',
    },
  ],
  [
    /is not a catalog export/,
    {
      en: 'This file is not an export of the library system’s records. Upload an ISO 2709 (.mrc), MARCXML or CSV export (gzip or zip accepted).',
      zh: '该文件不是图书馆系统的书目导出。请上传 ISO 2709（.mrc）、MARCXML 或 CSV 格式的导出文件（可为 gzip 或 zip 压缩）。',
    },
  ],
  [
    /damaged or cut short|not have been copied whole/,
    { en: 'The file is damaged or incomplete: copy or export it again, then upload it.', zh: '文件已损坏或不完整：请重新复制或导出后再上传。' },
  ],
  [
    /no importable record/,
    {
      en: 'No record of the file could be read: the catalog was not changed. Download the report to see why each record was skipped.',
      zh: '文件中没有可导入的记录，目录未作任何改动。请下载导入报告，查看每条记录被跳过的原因。',
    },
  ],
  [
    /upload .* was cut off|The CMS stopped while the file was being uploaded/,
    { en: 'The upload did not arrive whole: upload the file again.', zh: '文件没有完整上传：请重新上传。' },
  ],
  [
    /over the upload limit|over the limit of/,
    {
      en: 'The file is too large: compress it (gzip or zip), or ask an admin to raise CATALOG_UPLOAD_MAX_MB.',
      zh: '文件过大：请压缩（gzip 或 zip）后上传，或请管理员调高 CATALOG_UPLOAD_MAX_MB。',
    },
  ],
  [
    /SRU server .* could not be reached|SRU server .* did not answer within|export at .* could not be fetched|export at .* did not arrive/,
    {
      en: 'The library system’s server did not answer: nothing changed, and it is tried again at the next check. If this goes on, check the address and that the server runs.',
      zh: '图书馆系统的服务器没有响应：目录未作改动，下次检查时会自动重试。如果持续出现，请检查地址以及服务器是否在运行。',
    },
  ],
  [
    /not an SRU response|refused the query|without a number of records|but sent none/,
    {
      en: 'The server’s answer is not what an SRU server sends for this query: check the SRU address and the CQL queries under “Catalog updates”.',
      zh: '服务器的回应不是 SRU 对该查询应有的回应：请在“目录自动更新”中检查 SRU 地址和 CQL 查询。',
    },
  ],
  [
    /^The folder .* (does not exist|cannot be read|is a file)/,
    {
      en: 'The folder of the library system’s exports cannot be read: check its path under “Catalog updates”, and that the folder exists on the server.',
      zh: '无法读取图书馆系统的导出文件夹：请在“目录自动更新”中检查文件夹路径，并确认服务器上存在该文件夹。',
    },
  ],
  [
    /Another catalog import is running/,
    {
      en: 'Another import was running from the command line: this one can be uploaded again once it has finished.',
      zh: '命令行正在运行另一个导入：待其完成后再重新上传。',
    },
  ],
  [
    /disk is full|no space left/i,
    {
      en: 'The server’s disk is full: free some space (or ask whoever runs the server), then import again. The catalog was left as it was.',
      zh: '服务器磁盘已满：请清理空间（或联系服务器管理员）后重新导入。目录保持不变。',
    },
  ],
  [/^Cancelled/, { en: 'The import was cancelled: the catalog was left as it was.', zh: '导入已取消，目录保持不变。' }],
  [
    /stopped during this import|stopped without saying why/,
    { en: 'The import was interrupted: the catalog was left as it was. Import the file again.', zh: '导入被中断，目录保持不变。请重新导入。' },
  ],
]

/** What to do about an import's error, or undefined when there is no advice for it. */
export function importAdvice(error: string | null | undefined): Bilingual | undefined {
  if (!error) return undefined
  return ADVICE.find(([pattern]) => pattern.test(error))?.[1]
}
