/**
 * Glob patterns as VS Code and .gitignore-style settings write them (`**`, `*`, `?`, `{a,b}`, `[abc]`),
 * matched against a relative path with `/` separators. Used where a host must decide about one path without
 * asking its file system (a file named by a change event).
 */
import { escapeRegExp } from './regexp';

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) cache.set(glob, (re = new RegExp(`^${translate(glob)}$`)));
  return re;
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path);
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      out += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob.slice(i + 1, close).split(',').map(translate).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = close;
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}
