// Keyset pagination in the browser: the API gives a cursor for the next page only, so the
// cursors of the pages already seen are kept to go back.
import { useState } from 'react';

export function useKeysetPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  return {
    cursor: cursors.at(-1) ?? null,
    page,
    hasPrevious: page > 1,
    next: (cursor: string) => setCursors((list) => [...list, cursor]),
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    reset: () => setCursors([null]),
  };
}
