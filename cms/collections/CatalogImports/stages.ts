import { IMPORT_STAGES } from '../../../catalog/importEvents'
import { label } from '../../fields/labels'
import { options } from '../../fields/options'

/** The stages of an import as staff read them. */
export const IMPORT_STAGE_OPTIONS = options(IMPORT_STAGES, {
  indexing: label('建立检索索引', 'Building the search index'),
  pages: label('生成书目页面', 'Writing the record pages'),
  publishing: label('上线', 'Going live'),
  reading: label('读取记录', 'Reading records'),
})
