/**
 * JSON with comments (`//`, `/* *\/`) and trailing commas, as VS Code's own settings files are written: one
 * linear pass blanks the comments and trailing commas out (offsets kept, so a syntax error still points at the
 * right line), then JSON.parse does the rest.
 */

export type JsoncResult = { readonly value: unknown } | { readonly error: string };

export function parseJsonc(text: string): JsoncResult {
  const plain = stripComments(text.replace(/^\uFEFF/, ''));
  if (plain.trim() === '') return { error: 'the file is empty (it needs at least {})' };
  try {
    return { value: JSON.parse(plain) as unknown };
  } catch (error) {
    return { error: syntaxMessage(plain, error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * One token at a time: a string (copied; an unterminated one stops at the line end for JSON.parse to report),
 * a comment, a comma, a closing bracket, white space, or a run of anything else. Every alternative consumes at
 * least one character and none backtracks, so the pass is linear.
 */
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|\/\/[^\n]*|\/\*(?:[^*]|\*(?!\/))*(?:\*\/)?|,|[}\]]|\s+|[^"/,}\]\s]+|\//gy;

/** Comments and commas before `}` or `]` become spaces; strings are copied as they are. */
function stripComments(text: string): string {
  const out: string[] = [];
  let pendingComma = -1; // index in `out` of a comma that may turn out to be trailing
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const token = match[0];
    if (token.startsWith('//') || token.startsWith('/*')) {
      out.push(token.replace(/[^\n]/g, ' '));
    } else if (token === ',') {
      pendingComma = out.length;
      out.push(token);
    } else if (token === '}' || token === ']') {
      if (pendingComma >= 0) out[pendingComma] = ' ';
      pendingComma = -1;
      out.push(token);
    } else {
      if (!/^\s/.test(token)) pendingComma = -1;
      out.push(token);
    }
  }
  return out.join('');
}

/** JSON.parse's message with a line and column when the engine gave a position. */
function syntaxMessage(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  const detail = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
  if (position === undefined) return `not valid JSON: ${detail}`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${detail}`;
}
