/** The system tests run the production build of the admin, as `npm start` does: build it first when it is stale. */
import { ensureCmsBuild } from '../../cms/adminBuild'

export default async function buildAdmin() {
  await ensureCmsBuild({ env: { ...process.env, PAYLOAD_SECRET: 'system-tests-only-secret-0123456789abcdef' } })
}
