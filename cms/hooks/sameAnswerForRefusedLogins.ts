import type { AfterErrorHook } from 'payload'

import { isRefusedLogin } from '../auth/refusedLogin'
import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from '../collections/Users'
import { inLanguageOf } from '../fields/labels'

const UNAUTHORIZED = 401

/**
 * One answer to every refused login, over REST and GraphQL: Payload tells a locked account
 * ("This user is locked…") from an unknown e-mail, which tells anyone which accounts exist.
 * The lock itself stays; the answer names it for everyone, so staff still learn to wait.
 */
export const sameAnswerForRefusedLogins: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isRefusedLogin(error)) return
  const message = inLanguageOf(req, {
    en: `The email or password is incorrect. After ${MAX_LOGIN_ATTEMPTS} wrong passwords an account is locked for ${LOCK_MINUTES} minutes.`,
    zh: `邮箱或密码不正确。密码连续输错 ${MAX_LOGIN_ATTEMPTS} 次，账户将锁定 ${LOCK_MINUTES} 分钟。`,
  })
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError', statusCode: UNAUTHORIZED }, message } }
  }
  return { response: { errors: [{ message }] }, status: UNAUTHORIZED }
}
