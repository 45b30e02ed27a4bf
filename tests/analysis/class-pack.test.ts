import { describe, expect, it } from 'vitest';
import {
  answerFromOutputs,
  gradeAnswer,
  type PackQuestion,
  readPath,
  toleranceWidth,
} from '../../src/analysis/class-pack.js';

function question(over: Partial<PackQuestion>): PackQuestion {
  return {
    id: 'm.effect',
    motion: 'm',
    kind: 'effect',
    metric: 'homicides_total',
    unit: 'deaths',
    answer: -1000,
    tolerance: { kind: 'relative', value: 0.02 },
    commands: [{ argv: ['claim'], read: 'effect.p50' }],
    derive: 'value',
    params: {},
    ...over,
  };
}

describe('class pack grading', () => {
  it('takes a relative tolerance as a share of the expected value, an absolute one as it is', () => {
    expect(toleranceWidth(question({}))).toBeCloseTo(20, 12);
    expect(toleranceWidth(question({ tolerance: { kind: 'absolute', value: 1 } }))).toBe(1);
    expect(toleranceWidth(question({ answer: 'guard_size', tolerance: undefined }))).toBe(0);
  });

  it('grades a number inside the band right, outside it wrong, and no answer wrong', () => {
    const q = question({});
    expect(gradeAnswer(q, -1019).status).toBe('right');
    expect(gradeAnswer(q, -980).status).toBe('right');
    expect(gradeAnswer(q, -1021).status).toBe('wrong');
    expect(gradeAnswer(q, 1000).status).toBe('wrong');
    expect(gradeAnswer(q, null).status).toBe('no_answer');
    expect(gradeAnswer(q, 'guard_size').status).toBe('wrong');
  });

  it('grades an id by name, ignoring case, spaces and backticks', () => {
    const q = question({ answer: 'drawdown_share', tolerance: undefined, kind: 'top_lever' });
    expect(gradeAnswer(q, ' `Drawdown_Share` ').status).toBe('right');
    expect(gradeAnswer(q, 'guard_size').status).toBe('wrong');
    expect(gradeAnswer(q, 3).status).toBe('wrong');
  });
});

describe('reading the answer from the commands a key names', () => {
  const claimA = { effect: { p50: -50, winShare: 0.85 } };
  const claimB = { effect: { p50: -20 } };
  const split = {
    rows: [
      { id: 'a', shapley: 3 },
      { id: 'b', shapley: -7 },
      { id: 'c', shapley: 5 },
    ],
  };

  it('reads dotted paths, indexes and rows picked by id', () => {
    expect(readPath(claimA, 'effect.p50')).toBe(-50);
    expect(readPath(split, 'rows[1].id')).toBe('b');
    expect(readPath(split, 'rows[id=c].shapley')).toBe(5);
    expect(readPath(split, 'rows[id=z].shapley')).toBeUndefined();
    expect(readPath(claimA, 'effect.nothing.deeper')).toBeUndefined();
  });

  it('derives percentages, ratios of two commands and the largest row', () => {
    expect(
      answerFromOutputs(question({ derive: 'percent', commands: [{ argv: [], read: 'effect.winShare' }] }), [claimA]),
    ).toBe(85);
    const ratio = question({
      derive: 'ratio_percent',
      commands: [
        { argv: [], read: 'effect.p50' },
        { argv: [], read: 'effect.p50' },
      ],
    });
    expect(answerFromOutputs(ratio, [claimA, claimB])).toBe(40);
    const top = question({ derive: 'largest_abs', field: 'shapley', commands: [{ argv: [], read: 'rows' }] });
    expect(answerFromOutputs(top, [split])).toBe('b');
  });
});
