import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

declare module 'vitest' {
  interface TaskMeta {
    /** Figures a test publishes into the security summary (counts, sizes, rates). */
    figures?: Record<string, unknown>;
    /** The random seed a generated test ran with, to rerun it. */
    seed?: number;
  }
}

type Summary = {
  suite: string;
  cases: number;
  failures: number;
  seed: number | null;
  durations: { totalMs: number; files: Record<string, number> };
  figures: Record<string, unknown>;
  failed: string[];
};

/**
 * The one-line JSON summary of `npm run test:security` (RELIABILITY-TESTS conventions):
 * `{suite, cases, failures, seed, durations, figures}`. Cases and failures are counted per test
 * case; figures come from `task.meta.figures` of any test, and from the JSON summaries a suite
 * prints itself (a console line that is a JSON object with a `suite` key). Set SECURITY_SUMMARY
 * to a path to also write it to a file.
 */
export default class SecuritySummaryReporter implements Reporter {
  private started = performance.now();
  private printed: Record<string, unknown>[] = [];

  onInit() {
    this.started = performance.now();
  }

  onUserConsoleLog(log: UserConsoleLog) {
    const line = log.content.trim();
    if (!line.startsWith('{')) {
      return;
    }
    try {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (typeof parsed.suite === 'string') {
        this.printed.push(parsed);
      }
    } catch {
      // Not a summary line.
    }
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const summary: Summary = {
      suite: 'security',
      cases: 0,
      failures: 0,
      seed: null,
      durations: { totalMs: 0, files: {} },
      figures: {},
      failed: [],
    };
    const perFile: Record<string, { cases: number; failures: number; skipped: number }> = {};
    for (const module of testModules) {
      const file = relative(process.cwd(), module.moduleId);
      const counts = { cases: 0, failures: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'skipped' || state === 'pending') {
          counts.skipped += 1;
          continue;
        }
        counts.cases += 1;
        if (state === 'failed') {
          counts.failures += 1;
          if (summary.failed.length < 50) {
            summary.failed.push(`${file} > ${test.fullName}`);
          }
        }
        const meta = test.meta();
        if (meta.figures) {
          summary.figures[`${file} > ${test.name}`] = meta.figures;
        }
        if (typeof meta.seed === 'number') {
          summary.seed ??= meta.seed;
        }
      }
      // A file that failed to load (or whose hooks failed) counts as a failure of its own.
      if (module.state() === 'failed' && counts.failures === 0) {
        counts.failures += 1;
        summary.failed.push(
          `${file} (the file failed: ${module.errors()[0]?.message ?? 'unknown'})`,
        );
      }
      perFile[file] = counts;
      summary.cases += counts.cases;
      summary.failures += counts.failures;
      summary.durations.files[file] = Math.round(module.diagnostic().duration);
    }
    for (const printed of this.printed) {
      summary.figures[String(printed.suite)] = printed;
      if (summary.seed === null && typeof printed.seed === 'number') {
        summary.seed = printed.seed;
      }
    }
    summary.figures.files = perFile;
    summary.durations.totalMs = Math.round(performance.now() - this.started);
    const line = JSON.stringify(summary);
    process.stdout.write(`\n${line}\n`);
    if (process.env.SECURITY_SUMMARY) {
      writeFileSync(process.env.SECURITY_SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
    }
  }
}
