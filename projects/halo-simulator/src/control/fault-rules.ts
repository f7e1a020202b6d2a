/**
 * A fault to inject into matching requests. Give a status, `drop`, `dropAfterHandling`, or
 * `delayMs` (a delay may be combined with a status). Matching: `method` (any if omitted) and `route` (case-insensitive path
 * prefix on a segment boundary, e.g. `/api/tickets`) and/or `pattern` (regular expression on the path).
 */
export interface FaultSpec {
  method?: string;
  route?: string;
  /** RegExp, or its source as a string (compiled case-insensitive). */
  pattern?: string | RegExp;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** Body for `status` (string as text, anything else as JSON); a Halo-like text by default. */
  body?: unknown;
  /** Destroy the connection without an answer. */
  drop?: boolean;
  /**
   * Handle the request (a write is saved), then cut the answer off after its headers and part of
   * its body and destroy the connection: the client cannot tell whether Halo saved it — the
   * "dropped after sending" case.
   */
  dropAfterHandling?: boolean;
  /** Wait this long before answering (then handle normally, or answer with `status`). */
  delayMs?: number;
  /** Matching requests to hit (default 1), or `'always'`. */
  count?: number | 'always';
}

/** A fault currently armed. */
export interface ActiveFault {
  id: string;
  spec: FaultSpec;
  /** Hits left (`'always'` = unlimited). */
  remaining: number | 'always';
  /** Requests hit so far. */
  hits: number;
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (!spec.method && method.toUpperCase() === 'OPTIONS') return false;
  if (spec.route) {
    const route = spec.route.toLowerCase().replace(/\/+$/, '');
    const lower = path.toLowerCase();
    if (lower !== route && !lower.startsWith(`${route}/`)) return false;
  }
  if (spec.pattern !== undefined) {
    const regex = typeof spec.pattern === 'string' ? new RegExp(spec.pattern, 'i') : spec.pattern;
    if (!regex.test(path)) return false;
  }
  return true;
}

/** The armed faults, consumed as matching requests arrive. */
export class FaultRules {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  /** Arms a fault; throws when it has no effect or a bad count. */
  add(spec: FaultSpec): ActiveFault {
    if (
      spec.status === undefined &&
      !spec.drop &&
      !spec.dropAfterHandling &&
      spec.delayMs === undefined
    )
      throw new Error('a fault needs status, drop, dropAfterHandling or delayMs');
    if (
      spec.status !== undefined &&
      (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)
    )
      throw new Error('fault status must be an HTTP status');
    const count = spec.count ?? 1;
    if (count !== 'always' && (!Number.isInteger(count) || count < 1))
      throw new Error("fault count must be a positive integer or 'always'");
    if (typeof spec.pattern === 'string') new RegExp(spec.pattern);
    const fault: ActiveFault = {
      id: `fault-${this.nextId++}`,
      spec: { ...spec },
      remaining: count,
      hits: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  /** The first armed fault matching the request, consuming one hit (removed when used up). */
  take(method: string, path: string): ActiveFault | undefined {
    const fault = this.faults.find((f) => matches(f.spec, method, path));
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.remaining !== 'always') {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }

  /** Snapshot of the armed faults. */
  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f, spec: { ...f.spec } }));
  }

  /** Disarms every fault. */
  clear(): void {
    this.faults = [];
  }
}
