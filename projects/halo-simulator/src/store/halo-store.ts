import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { HaloData, IdKind } from './halo-data.js';
import { createSeedData } from '../seed/create-seed-data.js';
import { seedEmailRules } from '../seed/email-rules.js';

/**
 * Owns the simulator's in-memory data: seeds it, hands out ids, resets it and, when a
 * `persistPath` is given, loads it from and saves it to a JSON file.
 */
export class HaloStore {
  private current: HaloData;

  /**
   * @param seed seed for {@link createSeedData}
   * @param persistPath optional JSON file: loaded at start when present, written after every change
   */
  constructor(
    private readonly seed: number,
    private readonly persistPath?: string,
  ) {
    this.current = this.load() ?? createSeedData(seed);
    this.save();
  }

  /** The live data (replaced on {@link reset}; read it through this getter each time). */
  get data(): HaloData {
    return this.current;
  }

  /** Next id of a kind, advancing the counter. */
  nextId(kind: IdKind): number {
    const id = this.current.nextIds[kind];
    this.current.nextIds[kind] = id + 1;
    return id;
  }

  /** Throws the data away and seeds it again (and overwrites the persisted file). */
  reset(): void {
    this.current = createSeedData(this.seed);
    this.save();
  }

  /** Writes the data to `persistPath` when one is configured. */
  save(): void {
    if (!this.persistPath) return;
    writeFileSync(this.persistPath, JSON.stringify(this.current));
  }

  private load(): HaloData | undefined {
    if (!this.persistPath || !existsSync(this.persistPath)) return undefined;
    const parsed: unknown = JSON.parse(readFileSync(this.persistPath, 'utf8'));
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      !('tickets' in parsed) ||
      !('nextIds' in parsed)
    ) {
      throw new Error(`${this.persistPath} is not a halo-simulator data file`);
    }
    const data = parsed as HaloData;
    // Data files persisted before the simulator had e-mail rules get the seeded ones.
    data.emailRules ??= seedEmailRules();
    return data;
  }
}
