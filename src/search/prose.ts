/**
 * A line of prose, as a report writes it: it ends as a sentence does (a Japanese full stop
 * anywhere; ます, ました, でした, a verb's plain past (読んだ, 行った, 決まった), an exclamation or a
 * question mark at its end) or runs to eight words and a full stop. A meetup's facts are labelled
 * lines and short phrases, which are none: a date, a venue, "Jan. 15", "Example Inc.", "laptop,
 * charger, etc.", and a fact stated with です alone (参加費は無料です). On normalized text (！ is !),
 * one line at a time.
 */
export const PROSE_LINE =
  /。|[!?]\s*$|(?:ます|ました|でした|だった|[っんいきしちにびみりえけせてねべめれげ]た|んだ)\s*[!?]*\s*$|^(?:\S+\s+){7,}\S+[.!]\s*$/u;
