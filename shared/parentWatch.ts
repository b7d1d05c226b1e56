/**
 * Calls `onOrphaned` once when the process that started this one ends, however it ends: this
 * process is then handed to another parent, which the check sees within `everyMs`. A killed
 * `npm start` thus takes its server with it instead of leaving it running unattended.
 */
export function watchParent(onOrphaned: () => void, everyMs = 1000): void {
  const parent = process.ppid
  const timer = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(timer)
    onOrphaned()
  }, everyMs)
  timer.unref()
}
