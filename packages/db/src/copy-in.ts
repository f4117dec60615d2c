// One row written with `COPY … FROM STDIN (FORMAT binary)` on PostgreSQL: a 50 MB bytea as an
// INSERT parameter is copied whole into one Bind message and parsed as one; as COPY data it
// goes in 1 MB messages, and the server spends about a quarter less CPU storing it (bench/,
// publish entry: the combined PDF of five 10 MB files).
import type pg from 'pg';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const CHUNK_BYTES = 1024 * 1024;

/** `pg`'s connection as COPY FROM uses it (not in its type declarations). */
type CopyConnection = pg.Connection & {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
};

class CopyInQuery implements pg.Submittable {
  private error: Error | null = null;

  constructor(
    private readonly statement: string,
    private readonly data: Buffer[],
    private readonly done: (error: Error | null) => void,
  ) {}

  submit(connection: pg.Connection): void {
    connection.query(this.statement);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const part of this.data) {
      for (let offset = 0; offset < part.length; offset += CHUNK_BYTES) {
        connection.sendCopyFromChunk(part.subarray(offset, offset + CHUNK_BYTES));
      }
    }
    connection.endCopyFrom();
  }

  handleError(error: Error): void {
    this.error = error;
    this.done(error);
  }

  handleReadyForQuery(): void {
    if (!this.error) this.done(null);
  }

  handleCommandComplete(): void {}
}

/**
 * Inserts one row: `fields` are the columns' values in COPY's binary form (text as UTF-8,
 * int4 as 4 bytes big-endian, bytea as is). `table` and `columns` are inlined: constants only.
 */
export async function copyInRow(
  pool: pg.Pool,
  table: string,
  columns: string[],
  fields: Uint8Array[],
): Promise<void> {
  const head = Buffer.alloc(SIGNATURE.length + 8 + 2);
  SIGNATURE.copy(head);
  // Flags and header extension length (both 0), then the field count.
  head.writeInt16BE(fields.length, SIGNATURE.length + 8);
  const data: Buffer[] = [head];
  for (const field of fields) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(field.length);
    data.push(length, Buffer.from(field.buffer, field.byteOffset, field.byteLength));
  }
  const end = Buffer.alloc(2);
  end.writeInt16BE(-1);
  data.push(end);

  const statement = `COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`;
  const client = await pool.connect();
  let failed: Error | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      client.query(
        new CopyInQuery(statement, data, (error) => (error ? reject(error) : resolve())),
      );
    });
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    client.release(failed ?? undefined);
  }
}
