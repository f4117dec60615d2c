// Preloaded into a measured Node child (`node --import …/report-peak-rss.ts`): when the child
// exits, it writes its peak resident set size (VmHWM, Linux) as one line on stderr, which
// measure.ts reads back. Measured from inside, so it is the child's own peak, not its shell's.
import { readFileSync, writeSync } from 'node:fs';
import { PEAK_RSS_PREFIX } from './peak-rss-line';

process.on('exit', () => {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? 'unknown';
  // Synchronous: nothing asynchronous runs after 'exit'.
  writeSync(2, `\n${PEAK_RSS_PREFIX} ${kilobytes}\n`);
});
