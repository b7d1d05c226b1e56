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

/**
 * Follows an arrow key pressed in a search island: focus moves to the `arrowTarget` among the
 * links of `results`, and the key does not scroll the page. Other keys are left alone.
 */
export function moveThroughResults(
  event: { key: string; preventDefault: () => void },
  results: ParentNode | null,
  active: Element | null = document.activeElement,
): void {
  const target = arrowTarget(event.key, [...(results?.querySelectorAll<HTMLElement>('a') ?? [])], active)
  if (!target) return
  event.preventDefault()
  target.focus()
}
