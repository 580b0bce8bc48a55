/**
 * The fault scenarios of RELIABILITY-TESTS (F1–F8), each against private PostgreSQL and Redis
 * servers it starts and stops itself (bench/reliability/private-services.ts).
 */
import { apiScenarios } from './faults-api.ts';
import { meilisearchScenarios } from './faults-meilisearch.ts';
import { postgresScenarios } from './faults-postgres.ts';
import { redisScenarios } from './faults-redis.ts';
import { workerScenarios } from './faults-worker.ts';
import type { ReliabilityScenario } from './scenario.ts';

export const faultScenarios: ReliabilityScenario[] = [
  ...redisScenarios,
  ...postgresScenarios,
  ...workerScenarios,
  ...apiScenarios,
  ...meilisearchScenarios,
];
