import { describe, expect, it } from 'vitest';
import { wrapLine } from './wrap-text';

// Every character one unit wide: a line of width 10 holds 10 characters.
const measure = (text: string) => [...text].length;
const withoutSpaces = (text: string) => text.replace(/\s/g, '');

describe('wrapLine', () => {
  it('breaks at spaces and swallows the space at each break', () => {
    expect(wrapLine('the quick brown fox jumps', 10, measure)).toEqual([
      'the quick',
      'brown fox',
      'jumps',
    ]);
  });

  it('keeps a short line as it is, including its indentation', () => {
    expect(wrapLine('    indented', 20, measure)).toEqual(['    indented']);
    expect(wrapLine('', 20, measure)).toEqual(['']);
  });

  it('breaks between CJK characters, which have no spaces between words', () => {
    expect(wrapLine('中文字符测试中文字符测试', 5, measure)).toEqual([
      '中文字符测',
      '试中文字符',
      '测试',
    ]);
  });

  it('splits a word wider than the line, and only such a word', () => {
    expect(wrapLine('ab abcdefghijklmnop cd', 8, measure)).toEqual([
      'ab',
      'abcdefgh',
      'ijklmnop',
      'cd',
    ]);
  });

  it('drops no character of mixed scripts', () => {
    const text = 'é — € → 中文 Ελληνικά Кириллица 한국어 '.repeat(7);
    const lines = wrapLine(text, 13, measure);
    expect(lines.every((line) => measure(line) <= 13)).toBe(true);
    expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(text));
  });

  it('keeps combining marks with their letter when splitting a long word', () => {
    const word = 'e\u0301'.repeat(6); // é as e + combining acute
    const lines = wrapLine(word, 3, measure);
    for (const line of lines) expect(line.startsWith('\u0301')).toBe(false);
    expect(lines.join('')).toBe(word);
  });
});
