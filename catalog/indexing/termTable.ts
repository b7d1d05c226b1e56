/**
 * Numbers terms (strings) in the order they are first seen, keeping their characters in typed
 * arrays rather than as strings in a Map. A large catalog has over a million distinct terms:
 * as strings and Map entries they are the most objects a thread holds while it collects them, and
 * the garbage collector's work and its heap's slack grow with them. Here they cost their
 * characters and three numbers each, outside the collector's reach.
 */
import { grown } from '../typedArrays'

const EMPTY = -1
const FIRST_CAPACITY = 1 << 12

export class TermTable {
  /** The term number in each slot of the open-addressing table, or EMPTY. */
  private slots = new Int32Array(FIRST_CAPACITY).fill(EMPTY)
  private hashes = new Uint32Array(FIRST_CAPACITY / 2)
  /** Term `n`'s characters are `chars[start[n]]` up to `chars[start[n + 1]]`. */
  private start = new Uint32Array(FIRST_CAPACITY / 2 + 1)
  private chars = new Uint16Array(FIRST_CAPACITY * 8)
  size = 0

  /** The number of `term`, numbering it if it is new. */
  numberOf(term: string): number {
    const hash = hashOf(term)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[slot]!
      if (number === EMPTY) return this.add(term, hash, slot)
      if (this.hashes[number] === hash && this.equals(number, term)) return number
    }
  }

  /** Term `n`. */
  term(n: number): string {
    return charsToString(this.chars, this.start[n]!, this.start[n + 1]!)
  }

  /** Every term, in number order. */
  terms(): string[] {
    return Array.from({ length: this.size }, (_, n) => this.term(n))
  }

  private equals(number: number, term: string): boolean {
    const from = this.start[number]!
    if (this.start[number + 1]! - from !== term.length) return false
    for (let i = 0; i < term.length; i += 1) if (this.chars[from + i] !== term.charCodeAt(i)) return false
    return true
  }

  private add(term: string, hash: number, slot: number): number {
    const number = this.size
    if (number + 1 >= this.hashes.length) this.hashes = grown(this.hashes, this.hashes.length * 2)
    if (number + 2 >= this.start.length) this.start = grown(this.start, this.start.length * 2)
    const from = this.start[number]!
    if (from + term.length > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, from + term.length))
    for (let i = 0; i < term.length; i += 1) this.chars[from + i] = term.charCodeAt(i)
    this.start[number + 1] = from + term.length
    this.hashes[number] = hash
    this.slots[slot] = number
    this.size += 1
    // At most half full, so that a probe ends soon.
    if (this.size * 2 > this.slots.length) this.rehash()
    return number
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY)
    const mask = slots.length - 1
    for (let number = 0; number < this.size; number += 1) {
      let slot = this.hashes[number]! & mask
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask
      slots[slot] = number
    }
    this.slots = slots
  }
}

/** FNV-1a over UTF-16 code units. */
function hashOf(term: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < term.length; i += 1) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** Chunks of characters decoded at a time: String.fromCharCode takes its arguments on the stack. */
const DECODE_CHUNK = 4096

function charsToString(chars: Uint16Array, from: number, to: number): string {
  if (to - from <= DECODE_CHUNK) return String.fromCharCode(...chars.subarray(from, to))
  let text = ''
  for (let at = from; at < to; at += DECODE_CHUNK) text += String.fromCharCode(...chars.subarray(at, Math.min(to, at + DECODE_CHUNK)))
  return text
}
