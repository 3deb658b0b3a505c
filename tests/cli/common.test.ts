import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTable, runCli, sweepSeeds, UserError } from '../../src/cli/common.ts';

describe('CLI conventions', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });

  const capture = () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    return written;
  };

  it('prints a user error as one line with exit code 2', () => {
    const written = capture();
    runCli(() => {
      throw new UserError('policies/x.json: no such file');
    });
    expect(written.join('')).toBe('error: policies/x.json: no such file\n');
    expect(process.exitCode).toBe(2);
  });

  it('says an internal error is internal, with its stack, and exits 70', () => {
    const written = capture();
    runCli(() => {
      throw new RangeError('boom');
    });
    expect(written.join('')).toMatch(/^internal error \(a bug in Between Two Fires, not in your input\):\nRangeError: boom\n\s+at /);
    expect(process.exitCode).toBe(70);
  });

  it('numbers sweep seeds from a numeric seed, suffixes a text one', () => {
    expect(sweepSeeds('7', 3)).toEqual(['7', '8', '9']);
    expect(sweepSeeds('abc', 2)).toEqual(['abc-0', 'abc-1']);
    expect(sweepSeeds('abc', 1)).toEqual(['abc']);
  });

  it('aligns text left and numbers right', () => {
    expect(formatTable(['name', 'ha'], [['Pichari', 3800], ['Huanta', 12.25]])).toBe('name       ha\nPichari  3800\nHuanta   12.3');
  });
});
