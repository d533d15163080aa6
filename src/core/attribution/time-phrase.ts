/**
 * A time told with a speech tag (`said Ruiz on Monday`, `Ruiz said last week`, `Ruiz added later`): the regexp
 * source, without the space before it, for the patterns that read what may follow a tag.
 */
export const TIME_PHRASE = String.raw`(?:(?:on\s+)?[\p{Lu}][\p{Ll}]+day\b|(?:last|this)\s+[\p{Ll}]+|yesterday|today|tonight|earlier|later)`;
