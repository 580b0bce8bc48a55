/**
 * The contract between `bench/reliability.bench.ts` and its scenario lists (`faults.ts`: F1–F8,
 * `load.ts`: L1–L7). Each scenario sets up what it needs (databases, private PostgreSQL/Redis,
 * child servers), tears it down itself, and reports whether its pass criteria held plus the
 * figures it measured. The bench prints one JSON line with every scenario's result.
 */
import type { BenchArgs } from '../lib/harness.ts';

export interface ScenarioContext {
  /** The bench's parsed options (`--outage 30`, `--only F1,L1`, `args.int('products', 1000)`, …). */
  args: BenchArgs;
  /** Progress to stderr, prefixed with the scenario's id. */
  log: (message: string) => void;
}

export interface ScenarioResult {
  passed: boolean;
  /**
   * Why the scenario could not run here (F6 without `MEILI_URL`): reported as skipped, neither
   * passed nor failed, so a missing prerequisite never reads as a pass.
   */
  skipped?: string;
  figures: Record<string, unknown>;
  /** Why it failed, or what to know when reading the figures. */
  notes?: string[];
}

export interface ReliabilityScenario {
  id: string;
  title: string;
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}
