/**
 * The file `sourcecheck init` writes: every key with the value a project starts from and a comment saying what
 * it does. Comments are allowed (the file is read as JSON with comments, as VS Code's settings are).
 */
import { DEFAULT_DRAFT_LANGUAGES, DEFAULT_EXCLUDE_GLOBS, DEFAULT_SOURCE_GLOBS } from '../sources/conventions';
import { DEFAULT_MAX_SOURCE_BYTES } from '../sources/read-source';
import { DEFAULT_SEVERITIES, PROBLEM_VERDICTS } from '../verdicts';

const list = (items: readonly string[]): string => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

export function starterConfig(): string {
  const severity = Object.entries(DEFAULT_SEVERITIES).map(([verdict, level]) => `"${verdict}": "${level}"`).join(', ');
  return `// Sourcecheck's project configuration, read by the \`sourcecheck\` command and the VS Code extension.
// Globs are relative to this file's folder. Remove a key to use the default.
{
  // The source articles (Markdown, text, saved web pages, PDF, Word, transcripts) and reference libraries.
  "sources": ${list(DEFAULT_SOURCE_GLOBS)},
  // Left out of the sources.
  "exclude": ${list(DEFAULT_EXCLUDE_GLOBS)},
  // Files never checked as drafts (notes, templates...).
  "ignore": [],
  // How each verdict is reported: error, warning, information, hint or none
  // (editor diagnostics; the levels of \`sourcecheck check --format sarif\`).
  "severity": { ${severity} },
  // Verdicts that make \`sourcecheck check\` exit with 1 ([] never fails).
  "failOn": ${list(PROBLEM_VERDICTS)},
  // How the editor's Insert Citation cites: inline, link, footnote, pandoc, apa or chicago.
  "citationStyle": "inline",
  // Language ids of the documents the editor checks as drafts.
  "draftLanguages": ${list(DEFAULT_DRAFT_LANGUAGES)},
  // Source files larger than this are skipped.
  "maxSourceSizeMB": ${DEFAULT_MAX_SOURCE_BYTES / 1048576}
}
`;
}
