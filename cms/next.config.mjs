import { withPayload } from '@payloadcms/next/withPayload'

/** No other site may show the admin or the API in a frame (clickjacking); `X-Frame-Options` for older browsers. */
const NO_FRAMING = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  headers: async () => [{ headers: NO_FRAMING, source: '/:path*' }],
  // `npm test` type-checks the whole project; the build need not do it again.
  typescript: { ignoreBuildErrors: true, tsconfigPath: '../tsconfig.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
