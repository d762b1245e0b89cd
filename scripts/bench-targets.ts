/** One number the benchmark holds to a target, and whether it met it. */
export interface TargetCheck {
  readonly what: string;
  readonly value: number;
  readonly limit: number;
  /** `<=` for "at most", `<` for "under". */
  readonly op: '<=' | '<';
}

/** The README's performance targets at 10,000 talks, with the measured values. */
export function corpusTargets(report: {
  readonly name: string;
  readonly buildMs: number;
  readonly p99Ms: number;
  readonly rssMB: number;
  readonly reloadStallMs: number;
}): TargetCheck[] {
  return [
    { what: `${report.name} buildMs`, value: report.buildMs, limit: 3000, op: '<=' },
    { what: `${report.name} p99Ms`, value: report.p99Ms, limit: 10, op: '<=' },
    { what: `${report.name} rssMB`, value: report.rssMB, limit: 300, op: '<=' },
    { what: `${report.name} reloadStallMs`, value: report.reloadStallMs, limit: 50, op: '<=' },
  ];
}

const met = ({ value, limit, op }: TargetCheck) => (op === '<=' ? value <= limit : value < limit);

/**
 * One line per target: `ok` or `MISSED`, the value and the limit, so a missed target stands out
 * in a long run instead of hiding in a table.
 */
export function targetLines(checks: readonly TargetCheck[]): string[] {
  return checks.map(
    (c) => `${met(c) ? 'ok    ' : 'MISSED'} ${c.what} = ${c.value} (target ${c.op} ${c.limit})`,
  );
}
