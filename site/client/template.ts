/** Fills `{name}` placeholders of an interface string; small enough to ship to the browser. */
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
