import { describe, expect, it } from 'vitest';
import { createScope } from '../../src/core/scope';

describe('a scope', () => {
  it('stops everything once, newest first, and stops late arrivals at once', () => {
    const scope = createScope();
    const order: string[] = [];
    scope.add(() => order.push('first'));
    scope.add(() => order.push('second'));
    expect(scope.isDisposed).toBe(false);
    scope.dispose();
    scope.dispose();
    expect(order).toEqual(['second', 'first']);
    expect(scope.isDisposed).toBe(true);
    scope.add(() => order.push('late'));
    expect(order).toEqual(['second', 'first', 'late']);
  });
});
