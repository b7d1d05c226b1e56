/**
 * Imported first, for its effect, by commands that build and free large buffers (the catalog
 * import): runs the command again in place (execve, same process) with glibc's mmap threshold
 * fixed at 1 MiB. Left to itself, glibc raises the threshold each time a large buffer is freed,
 * up to 32 MiB; from then on, buffers of a few megabytes (a term worker's postings, its term
 * table as it grows) come from the threads' heaps, which keep that memory once the buffers are
 * freed. Fixed, every buffer of a megabyte or more is a mapping of its own, given back to the
 * system when freed: 0.92 GiB at most for a 300,000-record import, from 0.99–1.02 GiB
 * (BENCHMARKS.md). Elsewhere than glibc's Linux, or when the variable is set already, nothing
 * happens.
 */
const THRESHOLD = String(2 ** 20)

if (process.platform === 'linux' && process.env.MALLOC_MMAP_THRESHOLD_ === undefined && typeof process.execve === 'function') {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], { ...process.env, MALLOC_MMAP_THRESHOLD_: THRESHOLD })
}
