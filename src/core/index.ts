/** The engine's public surface, for the hosts (CLI, VS Code extension). */
export { checkDraft, VERDICTS } from './check';
export type { DraftReport, QuoteFinding, SourcePassage, Verdict } from './check';
export { indexSources, prepareSource } from './corpus';
export type { IndexedSources, SourceFile } from './corpus';
export { PassageIndex } from './index/passage-index';
export type { ArticleTokens } from './index/article-tokens';
export type { Edit, EditKind } from './match/edits';
export type { Actor } from './actors/actors';
export type { Article, SourceMeta, SourceProblem } from './sources/article';
export { sourceFormat, sizeProblem, DEFAULT_MAX_SOURCE_BYTES } from './sources/read-source';
export { jsonReport } from './report/json-report';
export type { RunSummary, CheckedDraft } from './report/json-report';
export { textReport, markedSource } from './report/text-report';
export { LineIndex } from './text/positions';
export { markdownReport } from './report/markdown-report';
export { formatCitation, longDate, CITATION_STYLES } from './citations/format';
export type { CitationStyle } from './citations/format';
export { isError } from './match/edits';
