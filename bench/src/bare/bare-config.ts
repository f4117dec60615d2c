// What the bench hands the bare handler process (as a JSON file).
import type { CapturedStatement } from '../offers-list/product-sql';

export type BareConfig = {
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** By page name (?page=first|deep): the product's statements and the page size. */
  pages: Record<string, { limit: number; statements: CapturedStatement[] }>;
};
