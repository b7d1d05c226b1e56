import { label } from '../fields/labels'

/** The admin's navigation groups. */
export const GROUPS = {
  catalog: label('馆藏目录', 'Catalog'),
  content: label('新闻与页面', 'News and pages'),
  events: label('活动', 'Events'),
  library: label('图书馆信息', 'The library'),
  system: label('系统', 'System'),
}

/** Versions for everything the public sees: drafts that can be published at a set time, and a bounded history. */
export const DRAFTS = { drafts: { schedulePublish: true }, maxPerDoc: 50 } as const
