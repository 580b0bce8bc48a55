/**
 * `npm run bench:reliability`: the fault scenarios (F1–F8, bench/reliability/faults.ts) and the
 * load, soak and scale-out scenarios (L1–L7, bench/reliability/load.ts) of
 * RELIABILITY-TESTS, each scripted and repeatable on one machine. Unlike the other benches these
 * pass or fail: each scenario checks its pass criteria and reports the figures it measured.
 *
 *   npm run bench:reliability                                 # every scenario, catalogue durations
 *   npm run bench:reliability -- -- --only F1,F2 --outage 10  # some, shorter
 *
 * The last stdout line is `{suite:'reliability', cases, failures, failed, skipped, seed,
 * durations, figures}` (`skipped`: scenarios that could not run here, with why, e.g. F6 without
 * MEILI_URL); the exit code is 1 when a scenario failed (or the bench broke), 0 otherwise.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { log, runBench } from './lib/harness.ts';
import { faultScenarios } from './reliability/faults.ts';
import { loadScenarios } from './reliability/load.ts';
import { stopAllProcesses } from './reliability/processes.ts';
import type { ScenarioResult } from './reliability/scenario.ts';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

runBench('reliability', async ({ args, cleanup }) => {
  cleanup.add(stopAllProcesses, 'stop children');
  const seed = args.int('seed', 1);
  const scenarios = [...faultScenarios, ...loadScenarios];
  const only = args
    .string('only', '')
    .split(',')
    .map((id) => id.trim().toUpperCase())
    .filter(Boolean);
  const unknown = only.filter((id) => !scenarios.some((s) => s.id.toUpperCase() === id));
  if (unknown.length > 0) {
    throw new Error(
      `--only: no scenario ${unknown.join(', ')} (known: ${scenarios.map((s) => s.id).join(', ')})`,
    );
  }
  const selected =
    only.length > 0 ? scenarios.filter((s) => only.includes(s.id.toUpperCase())) : scenarios;

  const durations: Record<string, number> = {};
  const figures: Record<string, ScenarioResult & { loadAverage: number[] }> = {};
  const failed: string[] = [];
  const skipped: Record<string, string> = {};
  for (const scenario of selected) {
    const prefix = `${scenario.id}: `;
    log(`${prefix}${scenario.title}`);
    const started = performance.now();
    let result: ScenarioResult;
    try {
      result = await scenario.run({ args, log: (message) => log(`${prefix}${message}`) });
    } catch (err) {
      log(`${prefix}broke:`, err instanceof Error ? (err.stack ?? err.message) : String(err));
      result = {
        passed: false,
        figures: {},
        notes: [`the scenario broke: ${err instanceof Error ? err.message : String(err)}`],
      };
    }
    // Whatever a scenario left running must not leak into the next one's figures.
    await stopAllProcesses();
    durations[scenario.id] = round((performance.now() - started) / 1000, 1);
    figures[scenario.id] = { ...result, loadAverage: os.loadavg().map((l) => round(l, 2)) };
    const verdict = result.skipped
      ? `SKIPPED (${result.skipped})`
      : result.passed
        ? 'PASSED'
        : 'FAILED';
    log(
      `${prefix}${verdict} in ${durations[scenario.id]} s${result.notes?.length ? ` — ${result.notes.join('; ')}` : ''}`,
    );
    if (result.skipped) {
      skipped[scenario.id] = result.skipped;
    } else if (!result.passed) {
      failed.push(scenario.id);
    }
  }
  process.stdout.write(
    `${JSON.stringify({
      suite: 'reliability',
      cases: selected.length,
      failures: failed.length,
      failed,
      skipped,
      seed,
      durations,
      figures,
    })}\n`,
  );
  if (failed.length > 0) {
    // After the JSON line: runBench logs this and exits 1 once cleanup has run.
    throw new Error(
      `${failed.length} of ${selected.length} scenarios failed: ${failed.join(', ')}`,
    );
  }
});
