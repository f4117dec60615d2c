// The bar for inputs generated valid (the procedure's own zod schema accepts them): they must
// get past input validation. A BAD_REQUEST for one of them is either a rule the schema cannot
// state (a business rule, allowed: a random 12-digit buyer ID is no account, a random page
// cursor or reset token is stale) or a server that refuses good input (not allowed). Per
// procedure the share varies with how many such rules it has (0 % for most; about 40 % for the
// lists, whose random cursors are stale; 100 % for the token procedures, where no random token
// is valid), so the bar is on the whole run: measured at 10–16 %, it must stay at most 25 %,
// and at least 30 % of valid inputs (measured 40–45 %) must succeed outright. A catch-all that
// refuses everything, as BAD_REQUEST or as anything else, fails one of the two.
export type ProcedureTally = {
  sent: number;
  /** Inputs fast-check made from the schema (generated, and generated with a hostile field). */
  generated: number;
  /** Generated inputs the schema accepts. */
  valid: number;
  validBadRequest: number;
  validOk: number;
};

/** Every procedure gets at least this many fast-check inputs (issue 8: 1,000). */
export const MIN_GENERATED = 1000;
/** Across all procedures, at most this share of valid inputs may be refused as BAD_REQUEST. */
export const MAX_VALID_BAD_REQUEST_SHARE = 0.25;
/** Across all procedures, at least this share of valid inputs must succeed outright. */
export const MIN_VALID_OK_SHARE = 0.3;

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;

export function verdictOn(tallies: Map<string, ProcedureTally>) {
  const failures: string[] = [];
  const report: string[] = [];
  let valid = 0;
  let validBadRequest = 0;
  let validOk = 0;
  for (const [path, tally] of tallies) {
    valid += tally.valid;
    validBadRequest += tally.validBadRequest;
    validOk += tally.validOk;
    if (tally.generated < MIN_GENERATED) {
      failures.push(
        `${path}: only ${tally.generated} generated inputs (at least ${MIN_GENERATED})`,
      );
    }
    report.push(
      `${path}: sent ${tally.sent}, valid ${tally.valid}, of which BAD_REQUEST ${percent(tally.validBadRequest, tally.valid)}, OK ${percent(tally.validOk, tally.valid)}`,
    );
  }
  const badShare = valid === 0 ? 1 : validBadRequest / valid;
  const okShare = valid === 0 ? 0 : validOk / valid;
  report.push(
    `valid inputs: ${valid}; refused as BAD_REQUEST ${percent(validBadRequest, valid)} (at most ${percent(MAX_VALID_BAD_REQUEST_SHARE, 1)}), OK ${percent(validOk, valid)} (at least ${percent(MIN_VALID_OK_SHARE, 1)})`,
  );
  if (badShare > MAX_VALID_BAD_REQUEST_SHARE) {
    failures.push(`${percent(validBadRequest, valid)} of valid inputs refused as BAD_REQUEST`);
  }
  if (okShare < MIN_VALID_OK_SHARE) {
    failures.push(`only ${percent(validOk, valid)} of valid inputs succeeded`);
  }
  return { failures, report };
}
