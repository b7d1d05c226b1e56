import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { hasAnyRole, ROLES } from '../../access/roles'
import { secureCookies } from '../../../shared/settings'
import { label } from '../../fields/labels'
import { GROUPS } from '../groups'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { refuseThrottledAddress } from './hooks/refuseThrottledAddress'

/** Wrong passwords in a row that lock an account, and for how long. */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 15

const ROLE_LABELS = { admin: label('管理员', 'Admin'), cataloguer: label('编目员', 'Cataloguer'), editor: label('编辑', 'Editor') }

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { plural: label('用户', 'Users'), singular: label('用户', 'User') },
  access: {
    admin: ({ req: { user } }) => hasAnyRole(user),
    create: admins, delete: admins,
    read: adminsOrSelf,
    update: adminsOrSelf,
  },
  admin: { defaultColumns: ['email', 'name', 'role'], group: GROUPS.system, useAsTitle: 'email' },
  auth: {
    cookies: { secure: secureCookies() },
    lockTime: LOCK_MINUTES * 60 * 1000,
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    tokenExpiration: 8 * 60 * 60,
  },
  hooks: { beforeChange: [firstUserIsAdmin], beforeOperation: [refuseThrottledAddress] },
  fields: [
    { name: 'name', type: 'text', label: label('姓名', 'Name') },
    {
      name: 'role',
      type: 'select',
      label: label('角色', 'Role'),
      access: { create: adminsField, update: adminsField },
      admin: {
        description: label(
          '管理员可管理一切，包括用户；编辑可创建、修改和发布内容；编目员可导入馆藏目录，不能修改网站内容。',
          'Admins manage everything, users included; editors create, edit and publish content; cataloguers import the catalog and cannot change the site’s content.',
        ),
      },
      defaultValue: 'editor',
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      required: true,
      saveToJWT: true,
    },
  ],
}
