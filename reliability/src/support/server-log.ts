// What a server process wrote that a check must treat as a failure: pino lines at level error
// (50) or fatal (60), and anything on its output that is not a JSON log line and looks like a
// crash (an uncaught exception or unhandled rejection prints a bare stack).
const ERROR_LEVEL = 50;

export function errorLines(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('{')) {
      try {
        const entry = JSON.parse(line) as { level?: number };
        if ((entry.level ?? 0) >= ERROR_LEVEL) found.push(line.slice(0, 600));
        continue;
      } catch {
        // not JSON after all: judged below
      }
    }
    if (/^\s+at\s|Error:|Unhandled|Uncaught/.test(line)) {
      found.push(line.slice(0, 600));
    }
  }
  return found;
}
