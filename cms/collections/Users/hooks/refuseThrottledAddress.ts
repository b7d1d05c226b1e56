import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientAddressOf } from '../../../auth/clientAddress'
import { loginThrottle } from '../../../auth/loginThrottle'
import { inLanguageOf } from '../../../fields/labels'

const TOO_MANY_REQUESTS = 429

/**
 * Refuses every login, whatever the account, from an address with too many failed logins of
 * late (`countFailedLogins` counts them), before any account is looked up: 429 and Retry-After.
 */
export const refuseThrottledAddress: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddressOf(req)
  const seconds = address ? loginThrottle.retryAfter(address) : 0
  if (seconds === 0) return args
  ;(req.responseHeaders ??= new Headers()).set('Retry-After', String(seconds))
  const minutes = Math.ceil(seconds / 60)
  throw new APIError(
    inLanguageOf(req, {
      en: `Too many failed logins from your network. Try again in ${minutes} minutes.`,
      zh: `您所在网络的登录失败次数过多，请 ${minutes} 分钟后再试。`,
    }),
    TOO_MANY_REQUESTS,
  )
}
