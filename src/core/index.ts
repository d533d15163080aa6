/** The engine's public surface, for the hosts (CLI, VS Code extension). */
export { checkDraft, draftActors } from './check';
export type { DraftReport, QuoteFinding, SourcePassage, Verdict } from './findings';
export { indexSources, prepareSource, withLibraries } from './corpus';
export type { Library, LibraryEntry } from './library/entry';
export { authorList } from './library/entry';
export type { IndexedSources, SourceFile } from './corpus';
export { PassageIndex } from './index/passage-index';
export type { ArticleTokens } from './index/article-tokens';
export type { Edit, EditKind } from './match/edits';
export type { Actor } from './actors/actors';
export type { Article, SourceMeta, SourceProblem } from './sources/article';
export { sourceFormat, sizeProblem, DEFAULT_MAX_SOURCE_BYTES } from './sources/read-source';
export { jsonReport } from './report/json-report';
export { sarifReport } from './report/sarif-report';
export type { RunSummary, CheckedDraft } from './report/json-report';
export { textReport, markedSource } from './report/text-report';
export { passageDiff } from './report/passage-diff';
export type { PassagePiece } from './report/passage-diff';
export { LineIndex } from './text/positions';
export { markdownReport } from './report/markdown-report';
export { formatCitation, longDate, CITATION_STYLES } from './citations/format';
export { citationKey, draftSafeMeta, plainText, safeUrl } from './text/draft-safe';
export type { CitationStyle } from './citations/format';
export { isError } from './match/edits';
export { encodeSnapshot, decodeSnapshot } from './index/snapshot';
export type { SnapshotEntry } from './index/snapshot';
export { tokenizeArticle } from './index/article-tokens';
export { citeWithFootnote, citeWithFootnotes, findDefinitions, findMarkers } from './citations/footnotes';
export { applyEdits } from './text/text-edit';
export type { TextEdit } from './text/text-edit';
export { bibliography, citedSources } from './citations/bibliography';
export { findClaims } from './claims';
export type { Claim } from './claims';
export { quotesBySpeaker } from './source-quotes';
export type { SourceQuote } from './source-quotes';
export { decodeUtf8 } from './sources/decode';
export { clockTime, passageLocator, segmentAt } from './sources/segments';
export type { Locator } from './sources/segments';
export type { SourceSegment } from './sources/article';
export { DEFAULT_SOURCE_GLOBS, isLibraryFile, SOURCE_FOLDER_NAMES, SOURCE_FOLDERS_GLOB } from './sources/conventions';
export {
  VERDICTS, PROBLEMS_FIRST, PROBLEM_VERDICTS, SEVERITIES, DEFAULT_SEVERITIES,
  isVerdict, isSeverity, isProblem, isVerified, verdictLabel,
} from './verdicts';
export type { Severity } from './verdicts';
export { IGNORE_COMMENT, IGNORE_FILE_COMMENT } from './quotes/ignore-comments';
export { sourceWording, useSourceWording, creditSourceSpeaker, fixAllMisquotations, ignoreQuotation } from './fixes';
