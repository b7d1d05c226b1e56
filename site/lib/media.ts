import type { ImageMetadata } from 'astro'

// Filled by the `media` content loader before pages are built; `@cms-media` is aliased in astro.config.mjs.
const images = import.meta.glob<ImageMetadata>('@cms-media/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG}', {
  eager: true,
  import: 'default',
})

/** The image-pipeline source of a CMS image, by the file name the media loader gave it. */
export function imageSource(file: string): ImageMetadata {
  const found = Object.entries(images).find(([key]) => key.endsWith(`/${file}`))?.[1]
  if (!found) throw new Error(`The CMS image ${file} was not copied into the build; is it referenced by published content?`)
  return found
}
