import { searchWordsOf } from './search-text.js';

/** One word of a search, as the indexes hold words (`searchWordsOf`). */
export interface SearchTerm {
  word: string;
  /** Matches any word that starts with `word`: the last word of the query, which may still be being typed. */
  prefix: boolean;
}

/** A last word shorter than this is matched whole: "i" or "5" as the start of a word would match nearly everything. */
const SHORTEST_PREFIX = 2;

/**
 * The words of `q`, each of which an event must have. Every word but the last is a whole word, the last also matches
 * the start of a longer one ("kon" finds "koncert"), so a list that searches while a person types finds as they go.
 * Only letters and digits survive (`searchWordsOf`): quotes, `*`, `:`, `&`, `|`, `!`, brackets and the like are word
 * breaks, so nothing a person types reaches FTS5's or tsquery's syntax. An empty list (`q` of punctuation only)
 * matches nothing.
 */
export function searchTermsOf(q: string): SearchTerm[] {
  const words = [...new Set(searchWordsOf(q))];
  return words.map((word, index) => ({
    word,
    prefix: index === words.length - 1 && word.length >= SHORTEST_PREFIX,
  }));
}
