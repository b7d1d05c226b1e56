import { AuthenticationError, LockedAuth } from 'payload'

/**
 * Whether the error is Payload refusing a login: an unknown e-mail, a wrong password or a
 * locked account. Over GraphQL, Payload's error is the `originalError` of GraphQL's.
 */
export function isRefusedLogin(error: unknown): boolean {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error
  return original instanceof AuthenticationError || original instanceof LockedAuth
}
