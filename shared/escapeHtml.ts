/** Text made safe to put in HTML, in text or a quoted attribute: `&`, `<`, `>` and `"` escaped. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!)
