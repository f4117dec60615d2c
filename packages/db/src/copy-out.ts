// One value read with `COPY (…) TO STDOUT (FORMAT binary)` on PostgreSQL. `pg` receives every
// column as text, so a bytea comes as hex: a 10 MB file was a 20 MB string, decoded and copied
// several times (~0.8 s of CPU on the bench machine, 5 of them in a large publish). COPY's
// binary rows arrive as raw bytes (`pg` hands CopyData over untouched): ~0.1 s for the same.
import type pg from 'pg';

/** PGCOPY\n\377\r\n\0, the flags and the header extension's length (PostgreSQL docs, COPY). */
const HEADER_BYTES = 11 + 4 + 4;

/** A query `pg` runs as given and whose CopyData messages it passes on (a Submittable). */
class CopyOutQuery implements pg.Submittable {
  private readonly chunks: Buffer[] = [];
  private error: Error | null = null;

  constructor(
    private readonly statement: string,
    private readonly done: (error: Error | null, chunks: Buffer[]) => void,
  ) {}

  submit(connection: pg.Connection): void {
    connection.query(this.statement);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    // Copied: the chunk is a view into `pg`'s read buffer, which it reuses.
    this.chunks.push(Buffer.from(message.chunk));
  }

  handleError(error: Error): void {
    this.error = error;
    // After an error no ReadyForQuery reaches this query: `pg` has already let it go.
    this.done(error, []);
  }

  handleReadyForQuery(): void {
    if (!this.error) this.done(null, this.chunks);
  }

  /** "COPY 1": the rows are in; ReadyForQuery follows. */
  handleCommandComplete(): void {}
}

/**
 * The first column of the first row `select` returns, as bytes (a bytea's own), or null when
 * it returns no row or a NULL. `select` is inlined into the COPY, which takes no parameters:
 * only ever pass literals that were checked (a SHA-256 in hex, a number).
 */
export async function copyOutFirstValue(pool: pg.Pool, select: string): Promise<Buffer | null> {
  const client = await pool.connect();
  let failed: Error | null = null;
  try {
    const chunks = await new Promise<Buffer[]>((resolve, reject) => {
      client.query(
        new CopyOutQuery(`COPY (${select}) TO STDOUT (FORMAT binary)`, (error, chunks) =>
          error ? reject(error) : resolve(chunks),
        ),
      );
    });
    return firstValue(chunks);
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    client.release(failed ?? undefined);
  }
}

/**
 * The header, then per row a 16-bit field count (-1 ends the data) and per field a 32-bit
 * length (-1: NULL) and the bytes. PostgreSQL sends the header, each row and the end as
 * messages of their own, so the value is read in place from its row's chunk; chunks that came
 * split otherwise are joined first.
 */
function firstValue(chunks: Buffer[]): Buffer | null {
  const [header, row] = chunks;
  if (!header || header.length < HEADER_BYTES) throw new Error('COPY sent no binary header');
  const headerBytes = HEADER_BYTES + header.readUInt32BE(HEADER_BYTES - 4);
  if (header.length === headerBytes && row) {
    const value = valueAt(row, 0);
    if (value !== undefined) return value;
  }
  const joined = Buffer.concat(chunks);
  const value = valueAt(joined, headerBytes);
  if (value === undefined) throw new Error('COPY ended inside a row');
  return value;
}

/** The first field of the row at `at`: its bytes, null (no row, or NULL), undefined if cut. */
function valueAt(copy: Buffer, at: number): Buffer | null | undefined {
  if (copy.length < at + 2) return undefined;
  if (copy.readInt16BE(at) <= 0) return null;
  if (copy.length < at + 6) return undefined;
  const length = copy.readInt32BE(at + 2);
  if (length < 0) return null;
  const start = at + 6;
  return copy.length < start + length ? undefined : copy.subarray(start, start + length);
}
