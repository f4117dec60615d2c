// What global-setup.ts hands to the test workers (vitest's provide/inject).
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'pglite'; dumpPath: string }
      | { kind: 'postgres'; url: string; adminUrl: string };
  }
}
