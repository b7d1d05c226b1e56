import { CATALOG_IMPORT_SOURCES, CATALOG_IMPORT_STATUSES } from '../../fields/choices'
import { label } from '../../fields/labels'
import { options } from '../../fields/options'

/** An import's status as staff read it. */
export const IMPORT_STATUS_OPTIONS = options(CATALOG_IMPORT_STATUSES, {
  'awaiting-confirmation': label('待确认', 'Awaiting confirmation'),
  cancelled: label('已取消', 'Cancelled'),
  failed: label('失败', 'Failed'),
  interrupted: label('被中断', 'Interrupted'),
  queued: label('排队中', 'Queued'),
  running: label('导入中', 'Importing'),
  succeeded: label('已完成', 'Done'),
  uploading: label('接收中', 'Receiving'),
})

/** Where an import's export came from, as staff read it. */
export const IMPORT_SOURCE_OPTIONS = options(CATALOG_IMPORT_SOURCES, {
  folder: label('监视文件夹', 'Watched folder'),
  sample: label('示例数据', 'Sample data'),
  sru: label('SRU 采集', 'SRU harvest'),
  upload: label('上传', 'Upload'),
  url: label('网址', 'Address'),
})
