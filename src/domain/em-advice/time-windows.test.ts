import { describe, expect, it } from 'vitest';
import { openAspects, FEASIBILITY_ASPECTS } from './feasibility.js';
import { timeWindowProblems, weekInterval, windowsPerWeekday } from './time-windows.js';

describe('time windows', () => {
  it('an end before the start runs over midnight; Sunday runs into Monday', () => {
    expect(weekInterval({ weekday: 1, start: '22:00', end: '06:00' })).toEqual({ from: 1320, to: 1800 });
    expect(weekInterval({ weekday: 7, start: '23:00', end: '01:00' })).toEqual({
      from: 6 * 1440 + 1380,
      to: 7 * 1440 + 60,
    });
  });

  it('finds overlaps on the same day and across midnight, also from Sunday into Monday', () => {
    const problems = timeWindowProblems([
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '11:59', end: '13:00' },
      { weekday: 2, start: '22:00', end: '06:00' },
      { weekday: 3, start: '05:59', end: '07:00' },
      { weekday: 7, start: '23:00', end: '00:30' },
      { weekday: 1, start: '00:00', end: '00:15' },
    ]);
    expect(problems.map((p) => [p.index, p.other, p.code])).toEqual([
      [1, 0, 'overlap'],
      [3, 2, 'overlap'],
      [5, 4, 'overlap'],
    ]);
  });

  it('touching windows are fine; a window without length is not', () => {
    expect(
      timeWindowProblems([
        { weekday: 5, start: '08:00', end: '12:00' },
        { weekday: 5, start: '12:00', end: '14:00' },
        { weekday: 5, start: '22:00', end: '08:00' },
      ]),
    ).toEqual([]);
    const p = timeWindowProblems([{ weekday: 3, start: '10:00', end: '10:00' }]);
    expect(p).toMatchObject([{ index: 0, field: 'end', code: 'empty' }]);
    expect(p[0]!.detail).toContain('woensdag');
  });

  it('groups per weekday, sorted', () => {
    const m = windowsPerWeekday([
      { weekday: 2, start: '20:00', end: '23:00' },
      { weekday: 2, start: '07:00', end: '08:00' },
    ]);
    expect(m.get(2)!.map((w) => w.start)).toEqual(['07:00', '20:00']);
    expect(m.get(1)).toEqual([]);
  });
});

describe('feasibility aspects', () => {
  it('lists unanswered and UNKNOWN aspects as open', () => {
    const open = openAspects({
      client: { canReadClock: { value: 'YES' }, motivation: { value: 'UNKNOWN' } },
    });
    expect(open.map((a) => a.code)).not.toContain('canReadClock');
    expect(open.map((a) => a.code)).toContain('motivation');
    expect(open).toHaveLength(FEASIBILITY_ASPECTS.length - 1);
  });
});
