import type { AfterErrorHook } from 'payload'

import { clientAddressOf } from '../auth/clientAddress'
import { loginThrottle } from '../auth/loginThrottle'
import { isRefusedLogin } from '../auth/refusedLogin'

/** Counts each refused login, over REST or GraphQL, against the client's address (see `refuseThrottledAddress`). */
export const countFailedLogins: AfterErrorHook = ({ error, req }) => {
  if (!isRefusedLogin(error)) return
  const address = clientAddressOf(req)
  if (address) loginThrottle.fail(address)
}
