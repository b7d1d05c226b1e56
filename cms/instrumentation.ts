/** Runs once as the CMS's server starts (Next.js instrumentation), before it serves a request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { appendConnectionAddress } = await import('./auth/connectionAddress')
  appendConnectionAddress()
}
