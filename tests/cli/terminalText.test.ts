import { describe, expect, it } from 'vitest';
import { oneLine, terminalLines } from '../../src/cli/terminalText.ts';

describe('text for a terminal', () => {
  it('shows every control character escaped, a name\'s line breaks included', () => {
    expect(oneLine('\u001b[31mred\u001b]0;title\u0007 tab\there\r\nnext\u009b\u007f')).toBe('\\x1b[31mred\\x1b]0;title\\x07 tab\\there\\r\\nnext\\x9b\\x7f');
  });

  it('escapes the marks that reorder text, and leaves other text alone', () => {
    expect(oneLine('\u202Eirahcip.exe María Ñaupa 40 €')).toBe('\\u202eirahcip.exe María Ñaupa 40 €');
  });

  it('keeps the line breaks between lines of output', () => {
    expect(terminalLines('first \u001b[2J\nsecond\r')).toBe('first \\x1b[2J\nsecond\\r');
  });
});
