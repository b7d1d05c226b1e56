import fs from 'node:fs'

/** Peak resident memory (VmHWM) of a process and of every process it started, sampled while it runs. */
export class ProcessTreeMemory {
  private readonly peaks = new Map<number, { command: string; kib: number }>()
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly root: number) {}

  start(intervalMs = 200): void {
    this.timer = setInterval(() => this.sample(), intervalMs)
  }

  stop(): void {
    clearInterval(this.timer)
  }

  /** The highest peak of each kind of process (node, pagefind…), in MiB. */
  peaksByCommand(): Record<string, number> {
    const byCommand: Record<string, number> = {}
    for (const { command, kib } of this.peaks.values()) byCommand[command] = Math.max(byCommand[command] ?? 0, Math.round(kib / 1024))
    return byCommand
  }

  private sample(): void {
    for (const pid of this.descendants(this.root)) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
        const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
        const command = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?'
        if (kib > (this.peaks.get(pid)?.kib ?? 0)) this.peaks.set(pid, { command, kib })
      } catch {
        // The process ended between listing and reading.
      }
    }
  }

  private descendants(pid: number): number[] {
    let children: number[] = []
    try {
      children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return []
    }
    return [pid, ...children.flatMap((child) => this.descendants(child))]
  }
}
