import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('leaves plain cells as they are', () => {
    expect(toCsv(['Offer', 'Count'], [['Offer A', 3]])).toBe('Offer,Count\r\nOffer A,3\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('The "best" offer')).toBe('"The ""best"" offer"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('carriage\r\nreturn')).toBe('"carriage\r\nreturn"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    // Not at the start, or a number we wrote ourselves: unchanged.
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes a whole table with CRLF after every row', () => {
    const csv = toCsv(
      ['Name', 'Note'],
      [
        ['x', 'a,b'],
        ['=1', 'say "hi"\nbye'],
      ],
    );
    expect(csv).toBe('Name,Note\r\nx,"a,b"\r\n\'=1,"say ""hi""\nbye"\r\n');
  });
});
