import { describe, expect, it } from 'vitest';
import { clipWords, countWords } from '../../src/game/ui/wordBudget.ts';

describe('word budget', () => {
  it('counts words as a reader does, not dashes, arrows or numbers’ signs alone', () => {
    expect(countWords('Trust rose 46.9 → 47.9 — in Luricocha')).toBe(6);
    expect(countWords('  ')).toBe(0);
  });

  it('keeps whole sentences while they fit and says when it left some out', () => {
    const text = 'The first sentence has six words. The second one is here. A third.';
    expect(clipWords(text, 100)).toEqual({ text, clipped: false });
    expect(clipWords(text, 11)).toEqual({ text: 'The first sentence has six words. The second one is here.', clipped: true });
    expect(clipWords(text, 7)).toEqual({ text: 'The first sentence has six words.', clipped: true });
  });

  it('cuts a first sentence longer than the budget at a word, with an ellipsis', () => {
    const clipped = clipWords('One two three, four five six seven eight.', 4);
    expect(clipped).toEqual({ text: 'One two three, four…', clipped: true });
    expect(countWords(clipped.text)).toBeLessThanOrEqual(4);
  });
});
