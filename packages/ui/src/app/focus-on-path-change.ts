import { useEffect, useRef } from 'react';

// The path last shown by any page: moving from a public page (sign-up) to the sign-in page or
// into the console swaps the component that holds the h1, and focus must follow all the same.
let lastShownPath: string | null = null;

/**
 * A ref for a page's h1 that takes focus after an in-app navigation, so screen-reader and
 * keyboard users start at the new page, as on a full load. Not on the first load: there the
 * browser's own focus handling is right.
 */
export function useFocusOnPathChange(path: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (lastShownPath === path) return;
    const first = lastShownPath === null;
    lastShownPath = path;
    if (!first) heading.current?.focus();
  });
  return heading;
}
