// isoInstantText and isoInstantTextOrNull (db-time.ts) write an instant in SQL exactly as
// the Date the driver reads for it would write itself with toISOString(), microseconds cut
// the same way, on both backends; and NULL stays null.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isoInstantText, isoInstantTextOrNull } from './db-time';
import { startTestApi } from './testing';

const t = await startTestApi();

const INSTANTS = [
  '2026-11-27 11:52:09.866999+00',
  '2026-11-27 11:52:09.000001+00',
  '2026-11-27 23:59:59.999999+00',
  '2026-03-29 01:30:00+02',
  '1999-12-31 23:00:00-05',
  '2099-01-01 00:00:00.5+00',
];

describe(`instants as ISO text in SQL (${t.handle.kind})`, () => {
  it('matches toISOString() of the Date the driver reads', async () => {
    const values = sql.join(INSTANTS.map((instant) => sql`(${instant}::timestamptz)`));
    const { rows } = await sql<{ at: Date; text: string }>`
      SELECT v AS at, ${isoInstantText('v')} AS text FROM (VALUES ${values}) AS instants(v)`.execute(
      t.handle.db,
    );
    expect(rows).toHaveLength(INSTANTS.length);
    for (const row of rows) expect(row.text).toBe(row.at.toISOString());
    expect(rows[0]?.text).toBe('2026-11-27T11:52:09.866Z');
    expect(rows[4]?.text).toBe('2000-01-01T04:00:00.000Z');
  });

  it('leaves NULL as null', async () => {
    const { rows } = await sql<{ text: string | null }>`
      SELECT ${isoInstantTextOrNull('v')} AS text FROM (VALUES (NULL::timestamptz)) AS instants(v)`.execute(
      t.handle.db,
    );
    expect(rows).toEqual([{ text: null }]);
  });
});
