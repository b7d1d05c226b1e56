import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { inLanguageOf } from '../../../fields/labels'

/** Largest upload accepted, in bytes. The HTTP layer enforces it too (`upload.limits` in the config). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/** Refuses a file over the limit before anything is stored, whichever API it came through. */
export const refuseOversizedUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const size = req.file?.size ?? 0
  if (size > MAX_UPLOAD_BYTES) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          message: inLanguageOf(req, {
            en: `The file is ${megabytes(size)} MB; the limit is ${megabytes(MAX_UPLOAD_BYTES)} MB.`,
            zh: `文件大小为 ${megabytes(size)} MB，超过 ${megabytes(MAX_UPLOAD_BYTES)} MB 的上限。`,
          }),
          path: 'file',
        },
      ],
    })
  }
  return args
}
