/**
 * A line of prose, as a report writes it: it ends as a sentence does (a Japanese full stop
 * anywhere, です, ました, だった, an exclamation or a question mark at its end) or runs to eight words
 * and a full stop. A meetup's facts are labelled lines and short phrases, which are none: a date,
 * a venue, "Jan. 15", "Example Inc.", "laptop, charger, etc.". On normalized text (！ is !), one
 * line at a time.
 */
export const PROSE_LINE =
  /。|[!?]\s*$|(?:ます|です|ました|でした|した|だった)\s*[!?]*\s*$|^(?:\S+\s+){7,}\S+[.!]\s*$/u;
