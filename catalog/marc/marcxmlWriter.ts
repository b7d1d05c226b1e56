import type { MarcRecord } from './types'

/** Text as XML 1.0 may hold it: the markup characters escaped, the control characters XML forbids left out. */
const xmlText = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')

/** One record as a MARCXML document (the Library of Congress's MARC 21 XML schema, which UNIMARC exports use too). Browser-safe. */
export function marcXml(record: MarcRecord): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<record xmlns="http://www.loc.gov/MARC21/slim">',
    `  <leader>${xmlText(record.leader)}</leader>`,
    ...record.controlFields.map((field) => `  <controlfield tag="${xmlText(field.tag)}">${xmlText(field.value)}</controlfield>`),
    ...record.dataFields.flatMap((field) => [
      `  <datafield tag="${xmlText(field.tag)}" ind1="${xmlText(field.ind1)}" ind2="${xmlText(field.ind2)}">`,
      ...field.subfields.map((subfield) => `    <subfield code="${xmlText(subfield.code)}">${xmlText(subfield.value)}</subfield>`),
      '  </datafield>',
    ]),
    '</record>',
    '',
  ]
  return lines.join('\n')
}
