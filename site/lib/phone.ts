/** A telephone number as a `tel:` link, spaces left out. */
export const telHref = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`

/** A telephone number as text that never wraps: non-breaking spaces and hyphens ("0731-2322 1234"). */
export const phoneText = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
