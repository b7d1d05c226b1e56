import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole project; the build need not do it again.
  typescript: { ignoreBuildErrors: true, tsconfigPath: '../tsconfig.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
