import { describe, expect, it } from 'vitest';
import { matchStatuses, matchTransitionsFrom, type MatchStatus } from '@ketnoi/shared';

/** The whole table, written out: any change to the pipeline has to change this test too. */
const expected: Record<MatchStatus, MatchStatus[]> = {
  proposed: ['introduced', 'rejected'],
  approved: [],
  rejected: [],
  introduced: ['sample_requested', 'negotiating', 'lost'],
  sample_requested: ['sample_sent', 'negotiating', 'lost'],
  sample_sent: ['sample_received', 'negotiating', 'lost'],
  sample_received: ['negotiating', 'lost'],
  negotiating: ['won', 'lost'],
  won: [],
  lost: [],
};

describe('matchTransitionsFrom', () => {
  it.each(matchStatuses.map((s) => [s]))('lists the moves allowed from %s', (status) => {
    expect(matchTransitionsFrom(status)).toEqual(expected[status]);
  });

  it('never moves backwards, never reaches `won` except from `negotiating`, and ends at won/lost', () => {
    const order = matchStatuses.indexOf.bind(matchStatuses);
    for (const from of matchStatuses) {
      for (const to of matchTransitionsFrom(from)) {
        expect(order(to), `${from} → ${to}`).toBeGreaterThan(order(from));
        if (to === 'won') {
          expect(from).toBe('negotiating');
        }
      }
    }
    expect(matchTransitionsFrom('won')).toEqual([]);
    expect(matchTransitionsFrom('lost')).toEqual([]);
  });
});
