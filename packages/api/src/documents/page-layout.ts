// The geometry every page Offerdesk draws shares: US Letter, the text block, the footer line
// where "Page N of M" goes.
export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
export const MARGIN_X = 64;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** Baseline of the first line of the text block. */
export const TEXT_TOP = PAGE_HEIGHT - 72;
/** No baseline of the text block goes below this (the footer lives under it). */
export const TEXT_BOTTOM = 64;
/**
 * Baseline of "Page N of M", in the page's visible coordinates: below where documents put
 * their own footers (Word, Google Docs: 0.5 in = 36 pt and up), so it does not run into an
 * uploaded PDF's own page numbers, and still inside what printers print.
 */
export const FOOTER_Y = 18;

export const BODY_SIZE = 10;
export const BODY_LEADING = 14;
export const HEADING_SIZE = 15;
export const SMALL_SIZE = 8;
export const MUTED_GRAY = 0.4;
