import { label } from '../../fields/labels'

/** What a change did, as the dashboard and the build records name it. */
export const CHANGE_ACTIONS = [
  { label: label('发布', 'Published'), value: 'published' },
  { label: label('更新', 'Updated'), value: 'updated' },
  { label: label('取消发布', 'Unpublished'), value: 'unpublished' },
  { label: label('删除', 'Deleted'), value: 'deleted' },
  { label: label('手动重建', 'Rebuild requested'), value: 'rebuild' },
  { label: label('服务启动', 'Start-up'), value: 'startup' },
]
