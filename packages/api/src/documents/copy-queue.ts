// What copying a document into the PdfWriter needs whatever reads it (pdf-lib for what is
// drawn here, pdf-source.ts for uploads): the map from the document's objects to the output's
// numbers, and the objects reached but not yet written. An object is written as soon as the
// page that reaches it is, so a copy never holds more than the document it copies from.
import type { PdfWriter } from './pdf-writer';

export abstract class CopyQueue<Key> {
  private readonly numbers = new Map<Key, number>();
  private queue: [Key, number][] = [];

  constructor(protected readonly writer: PdfWriter) {}

  /** The output number of a source object; the first time, the object is queued to be written. */
  numberOf(key: Key): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.writer.reserve();
      this.numbers.set(key, number);
      this.queue.push([key, number]);
    }
    return number;
  }

  /** An output number for an object the caller writes itself (a page). */
  claim(key: Key): number {
    const number = this.writer.reserve();
    this.numbers.set(key, number);
    return number;
  }

  /** Writes every queued object, and what they refer to in turn. */
  writeQueued(): void {
    const waiting: [Key, number][] = [];
    while (this.queue.length > 0) {
      const queue = this.queue;
      this.queue = [];
      for (const entry of queue) {
        if (!this.write(entry[0], entry[1])) waiting.push(entry);
      }
    }
    this.queue = waiting;
  }

  /** Writes the object under `number`; false if it does not exist yet (try again later). */
  protected abstract write(key: Key, number: number): boolean;
}
