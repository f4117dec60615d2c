// What every reliability check is: a named experiment run many times, counting the trials that
// broke a promise of SPEC §5/§12. `failures` lists what broke, so a red line explains itself.
export type CheckResult = { trials: number; failures: string[] };

export type CheckContext = {
  /** A PostgreSQL server URL whose role may CREATE DATABASE (each check makes its own). */
  adminUrl: string;
  log(line: string): void;
};

export type Check = {
  name: string;
  run(context: CheckContext): Promise<CheckResult>;
};
