/**
 * Where ArrowDown and ArrowUp move focus in a list of results: from the search box (or
 * anywhere outside the list) ArrowDown goes to the first link; then one link at a time.
 * Undefined when the key does not move focus.
 */
export function arrowTarget(key: string, links: HTMLElement[], active: Element | null): HTMLElement | undefined {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined
  const at = links.indexOf(active as HTMLElement)
  return links[key === 'ArrowDown' ? at + 1 : at - 1]
}
