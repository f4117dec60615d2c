// Timing a child process from spawn to exit, and the child's own peak RSS for Node children
// started with nodeArgsWithPeakRss. Wall time on purpose: it is what a publish job waits for,
// and qpdf is timed the same way (its start-up included).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PEAK_RSS_PREFIX } from './child/peak-rss-line';

export type ProcessRun = { ms: number; stdout: string; stderr: string };

export function runTimed(command: string, args: string[], cwd?: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const run = {
        ms,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (code === 0) resolve(run);
      else {
        const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
        reject(new Error(`${command} ${how}:\n${run.stderr.trim()}`));
      }
    });
  });
}

const REPORTER = new URL('./child/report-peak-rss.ts', import.meta.url).href;

/** Node flags that load TypeScript through tsx and report the peak RSS at exit. */
export function nodeArgsWithPeakRss(): string[] {
  return ['--import', import.meta.resolve('tsx'), '--import', REPORTER];
}

/** The peak RSS in MB (2^20 bytes) that the reporter wrote on the child's stderr. */
export function peakRssMb(run: ProcessRun): number {
  const line = run.stderr.split('\n').find((l) => l.startsWith(PEAK_RSS_PREFIX));
  const kilobytes = Number(line?.slice(PEAK_RSS_PREFIX.length).trim());
  if (!Number.isFinite(kilobytes) || kilobytes <= 0) {
    throw new Error(`the child did not report its peak RSS:\n${run.stderr.trim()}`);
  }
  return kilobytes / 1024;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) throw new Error('median of no values');
  const lower = sorted[middle - 1];
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}
