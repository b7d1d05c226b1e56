/** Text made safe to put in HTML, in text or a quoted attribute: `&`, `<`, `>` and `"` escaped. */
export const escapeHtml = (text: string): string => (SPECIAL.test(text) ? text.replace(/[&<>"]/g, (char) => ENTITIES[char]!) : text)

const SPECIAL = /[&<>"]/
const ENTITIES: Record<string, string> = { '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' }
