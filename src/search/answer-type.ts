import { dateFromLine } from '../content/meetup-date.js';
import { withoutMeetupNumbers } from './meetup-reference.js';
import { foldWidthAndCase } from './normalize.js';

/**
 * What kind of answer a question wants. "How long did the migration take?" and "どのくらい速く
 * なった?" are answered by a passage that states an amount, "When did it go GA?" and "いつ出たの?"
 * by one that states a date: a number the question itself does not give. A talk that states
 * none has no answer to such a question, however well its words match.
 */
export interface NumberQuestion {
  /** A version ("which version", "何バージョン") is a number with a dot: 2.10, Go1.13. */
  readonly kind: 'date' | 'amount' | 'version';
  /** The numbers the question gives, as the notes would write them: no passage answers with these. */
  readonly given: readonly string[];
  /**
   * For a date: the years of a Japanese era the question gives itself (平成30年の何月: 30). Only
   * these are no answer as a passage's era year: a 30 given for another thing (30人) is not 平成30年.
   */
  readonly eras?: readonly string[];
  /**
   * What the asked amount is counted in, when the question says ("何秒", "how many people",
   * "what percentage"): a number answers only with one of these after it (or a currency sign
   * before it). Lower case, as {@link foldWidthAndCase} leaves text.
   */
  readonly units?: readonly string[];
  /**
   * The thing the question counts, in its English forms ("how many pods": pods, pod), when it
   * names one that is no unit of its own: a number answers only when it counts that thing (a
   * counter word or a katakana noun after it, the thing's name or 数 just before it).
   */
  readonly counted?: readonly string[];
  /**
   * The thing a Japanese counter counts, in katakana before it (コンテナ何個: コンテナ): a number
   * joined to it by の (40億のコンテナ) states its count, as one with the counter does.
   */
  readonly joined?: string;
  /**
   * For a version: the names the question asks a version of, in Latin letters ("which PHP
   * version": php). A major version written onto its name (php8) answers only for one of these.
   */
  readonly names?: readonly string[];
  /**
   * For a version: the names written next to the question's word for it ("firefox version",
   * "version of node", "iOSのバージョン"). A major version a space after its name (Firefox 37)
   * answers only for one of these: a word before a number is more often a verb or a count.
   */
  readonly versionOf?: readonly string[];
}

// On normalized text (NFKC, lower case). "When" asks for a date only before a past or future
// verb ("when did", "when will"); "when do I use it" asks for a situation. いつ is not いつも,
// いつか, いつでも, 使いつつ or あいつ.
export const ASKS_FOR_DATE = new RegExp(
  [
    '(?<![a-z])(?:when (?:did|was|were|will)|what (?:year|date|month)|which year)(?![a-z])',
    // Not いつも, いつか (someday), いつでも: いつから (since when) asks a date.
    '(?<!あ)いつ(?!も|か(?!ら)|でも|つ|い)',
    // 何年分 asks how many years' worth, an amount.
    '何(?:年(?!間|分)|月(?!間)|日(?!間|分))',
  ].join('|'),
);
/**
 * A date named as what is asked: "what's the release date?", "the GA date of X?", "has a date
 * been announced?", リリース日は?, リリース日は決まった?; not a date's form or type ("what's the
 * format of the date", リリース日の決め方). Not read by the meetup's facts, unlike
 * {@link ASKS_FOR_DATE}: 締め切り日は? asks no meetup's date (the facts' own word "date" still
 * reads English ones).
 */
const DATE_NAMED = new RegExp(
  [
    String.raw`(?<![a-z])(?:what(?:'s|’s|s| is| was| will be)? (?:the |its |their )?(?:(?!(?:of|for|to|in|on|about)\s)[a-z0-9.'’-]+ ){0,3}?(?:release |launch |ga |exact )?date|(?:is|was|has) (?:there )?(?:a |any )?(?:release |launch )?date(?: been)? (?:set|announced|decided|fixed|given))(?=\s*(?:[?？.!]|$|(?:of|for|when|that|is|was|did|they|he|she)(?![a-z])))`,
    // …日は? and …日は決まった? / 発表された? / 出た?: whether the date is known asks it too.
    '(?:リリース|発売|公開|提供開始|締め?切り?)日(?:は|って)?(?:もう)?(?:決ま(?:った|って(?:る|いる|ます)|りました)|(?:発表|公表)(?:された|されて(?:る|いる|ます)|されました)|出(?:た|て(?:る|いる|ます)|ました))?(?:の|ん)?(?:です)?か?\\s*(?:[?？]|$)',
  ].join('|'),
);
/**
 * "Which version", also past a name ("which Node.js version", "what's the k8s version"), and the
 * Japanese "Xのバージョンは?" as much as 何バージョン.
 */
const ASKS_FOR_VERSION =
  /(?<![a-z])(?:which|what)(?:'s|’s| is| was)?(?: the)?(?: \S+){0,2}? version(?![a-z])|(?:何の?|なんの|どの)バージョン|バージョン(?:は|って)/;
/**
 * A price word that asks how much: not one heading a compound that names a kind of thing (cost
 * model, price plans, cost-saving), nor a cost weighed in something else ("… in terms of latency").
 */
const PRICE_WORD = String.raw`(?:price|cost|fee)s?(?![a-z-])(?! (?:model|plan|structure|saving|reduction|tier|optimization|management|center|centre|cutting)s?(?![a-z]))(?!(?: \S+){0,2} in terms of)`;
/** Paying as a verb, not in an idiom (pay attention, paid off). */
const PAY_VERB = String.raw`(?:pay|pays|paid|cost|costs|charge|charges)(?![a-z-])(?! (?:attention|off|back|dividends)(?![a-z]))(?!(?: \S+){0,2} in terms of)`;
/** Paying as the verb of a question: "what does the plan cost", "what did they pay per month". */
const WHAT_PAID = String.raw`what (?:do|does|did|will|would|could|should)(?: \S+){0,3}? ${PAY_VERB}`;
/**
 * Money asked after "what": a price word a few words on ("what per-seat price", "what price did
 * they quote"), or paying as the question's verb, which "what tools did they pay for" is not.
 * "What is the fee?" asks what the fee is, which notes may answer in words (free, usage-based,
 * half of before): it names money as the unit only when another phrase asks for an amount.
 */
const WHAT_PRICE_ASKED = String.raw`what(?! is | was | are | were |'s |’s |s )(?: \S+){0,3}? ${PRICE_WORD}|${WHAT_PAID}`;
const WHAT_PRICE_NAMED = String.raw`what(?:'s|’s|s)?(?: \S+){0,3}? ${PRICE_WORD}|${WHAT_PAID}`;
/**
 * How a question names money as the unit of the amount it asks for. The price word may come
 * several words after "how much", past a product's name of several words ("how much does the X Y Z
 * cost per month?"). いくらか is "somewhat", except before the か of かかる or かける (how much
 * does it cost, did they spend), a question's かな, かね or かしら, and the から of "from how much".
 * 金額 (a sum of money) asks for one when it is what the question asks about (金額はいくら,
 * 金額って出てた?, 金額は?), not how a sum is kept or computed (金額の計算, 金額はどう保持).
 */
const SUM_ASKED = String.raw`金額(?:は|って|が|も|を)?\s?(?:いくら|[?]|$|教え|出て|出た|分か|わか|知り|知って|公開|発表|言って|ど(?:の|れ|ん)(?:くらい|ぐらい|程度))`;
/**
 * A ticket or admission as what "how much" prices ("how much was a ticket for X?", "how much is
 * admission?"), not a count or a speed of tickets ("how much ticket volume", "how much faster did
 * it close tickets").
 */
const TICKET_PRICE = String.raw`how much (?:is|was|are|were) (?:an? |the |each |one )?(?:\S+ )?(?:tickets?|admission)(?= for| to| at|\s*[?.!]|\s*$)`;
const ASKS_FOR_MONEY = new RegExp(
  String.raw`何(?:円|ドル)|${SUM_ASKED}|いくら(?!でも|か(?!か|な|ね|け|しら|ら))|(?<![a-z])(?:${WHAT_PRICE_NAMED}|how much(?: \S+)*? (?:cost|costs|charge|charges|pay|price|fee|fees)|${TICKET_PRICE}|how expensive)(?![a-z])`,
);
/**
 * A data size asked in its unit ("何KB", "how many megabytes"): any byte unit answers it (a
 * question in KB is answered by a size in MB), and a bare number or a thousand (4k) does not.
 * Not a rate (何Mbps).
 */
const ASKS_FOR_SIZE =
  /何(?:kb|mb|gb|tb|pb|kib|mib|gib|tib|pib|バイト|キロバイト|メガ|ギガ|テラ)(?![a-z])|(?<![a-z])how many (?:bytes|kb|mb|gb|tb|pb|kib|mib|gib|tib|pib|kilobytes|megabytes|gigabytes|terabytes|petabytes)(?![a-z])/;
/**
 * 何 before a katakana noun asks how many of it only with a word of quantity after (何ユーザー
 * まで, 何リクエストくらい); 何インストールした asks what.
 */
const ASKS_KATAKANA_COUNT =
  /何(?!ドル|キロ|ミリ|メガ|ギガ|テラ|バイト|パーセント|ポイント|センチ|メートル|グラム|リットル)([\u30a1-\u30faー]+)(?:まで|くらい|ぐらい|程度|以上|以下)/;
/**
 * An accuracy asked as an amount ("what accuracy did it reach", "精度はどのくらい"): a share, stated
 * in percent or 割. "Which was most accurate" and 精度がよかった ask for no number.
 */
const ASKS_FOR_ACCURACY =
  /(?<![a-z])what(?: \S+){0,2}? (?:accuracy|precision|recall)(?![a-z])|(?:精度|正解率|認識率|適合率|再現率)(?:は|って|が)?(?:ど(?:の|れ|ん)(?:くらい|ぐらい|程度)|何(?:%|パーセント|割))/;
/** A time of day asked: 何時 (not 何時間, 何時代, 何時限), "what time" (not a time zone or series). */
const ASKS_FOR_CLOCK =
  /何時(?!間|代|限)|(?<![a-z])what time(?![a-z-])(?! (?:zones?|frames?|windows?|series|period|limit|budget|complexity|resolution|steps?|units?|span|of (?:the )?year)(?![a-z]))/;
/** A short time asked in its unit, as latencies are written: 何ms, 何ミリ秒, 何μs, 何sec. */
const SHORT_TIME_ASKED = '何(?:ms|msec|sec|ミリ秒|ミリ|マイクロ秒|μs|us|ns)(?![a-z])';
/**
 * A limit's value asked: "what's the free tier limit?", "what was the maximum payload size?",
 * 上限は?, 上限っていくつ: a limit is a number, as a count is. The limit word ends what is asked
 * (before "on", "for", "per" or the question mark): not "what are the limits of X" (what limits
 * it), "the point of the limit", "the minimum viable product", 上限は何で決まる (how it is set).
 */
const LIMIT_ASKED =
  "(?<![a-z])what(?:'s| is| was) the (?:(?!of )[a-z0-9-]+ ){0,4}(?:limit|maximum|minimum|max|min|cap|quota)(?:(?: [a-z0-9-]+){0,2} (?:size|count|number|length|value|rate))?(?=\\s*(?:[?.]|$| (?:on|for|per|in|at)(?![a-z])))|(?:上限|下限)(?:値)?(?:は|って|が)?\\s?(?:いくつ|何(?![のでとかをに])|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい|程度)|[?？]|$)";

const ASKS_FOR_AMOUNT = new RegExp(
  [
    ASKS_FOR_ACCURACY.source,
    `(?<![a-z])(?:how (?:many|much|long|big|small|large|fast|slow|often|old|far|expensive|quick(?:ly)?)|what (?:percentage|percent|ratio|share|size)|${WHAT_PRICE_ASKED})(?![a-z])`,
    '何(?:回|人|台|個|件|倍|割|%|パーセント|パー(?![\\u30a1-\\u30fa])|時間|分|秒|円|ドル|キロ|行|年分|日分|対何|歳|点(?!か)|社|名|枚|本|ヶ月|か月|カ月|日間|年間|週間|種類|か所|箇所|ヶ所|カ所|ヵ所)',
    SHORT_TIME_ASKED,
    ASKS_FOR_CLOCK.source,
    'ど(?:の|れ|ん)(?:くらい|ぐらい|程度)',
    'いくら(?!でも|か(?!か|な|ね|け|しら|ら))',
    SUM_ASKED,
    'いくつ(?!か)',
    ASKS_KATAKANA_COUNT.source,
    ASKS_FOR_SIZE.source,
    LIMIT_ASKED,
  ].join('|'),
);
/**
 * A number standing on its own, with the separators of decimals, dates and times (7.3, 2017/06/12,
 * 10:30, 8時間, 16GB); not the digits of a name (Dagger2, ver1.0, k8s). Half- or full-width, so
 * passages are read as written; a normalized question has only the half-width forms.
 */
const NUMBER =
  /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.,/:．，／：])[0-9０-９]+(?:[.,/:．，／：][0-9０-９]+)*/g;
/** A year (2019), a day (2017/06/12, 6/12), or a number a date counter follows (12月, 3日). */
const YEAR_OR_DAY = /^(?:(?:19|20)\d\d|\d{1,4}\/\d{1,2}(?:\/\d{1,4})?)$/;
/** The character after a bare year-like number that makes it no year (1920x1080, 2000台); a day (2020/9/22GA) stays a date. */
const NOT_A_DATE = /[a-zA-Zａ-ｚＡ-Ｚ台個人件]/;
/**
 * A year of a Japanese era, as notes date things (平成30年, 令和元年, R2年), or a Heisei year of two
 * digits with its month and maybe its day (H30.6, H27.11.3): the era's letter (H, R; not S,
 * which names S3) stands alone, not ending a word (PH3); R2.1 and H2.1 are versions as often.
 */
const ERA_DATE =
  /(?:平成|令和|昭和)\s*(\d{1,2}|元)\s*年|(?<![A-Za-z])[HR](\d{1,2}|元)年|(?<![A-Za-z])H(\d{2})[./](?:1[0-2]|0?[1-9])(?:[./]\d{1,2})?(?![\d./])/g;
/**
 * Whether `text` states a date of an era: a month (H30.6), or a year the question does not give
 * itself (平成30年 answers no 平成30年の何月; `eras` are the years it gives).
 */
function statesEraDate(text: string, eras: readonly string[]): boolean {
  for (const match of text.normalize('NFKC').matchAll(ERA_DATE)) {
    // A month's match has no year of its own: '' is never given.
    if (!eras.includes(match[1] ?? match[2] ?? '')) return true;
  }
  return false;
}
/** {@link ERA_DATE} in any case, as a normalized question writes it (h30年, h30.6). */
const ERA_DATE_IN_QUESTION = new RegExp(ERA_DATE.source, 'gi');
/** The era years a (lower-cased) question gives: 平成30年, h30年, h30.6 give 30. */
function erasGiven(normalizedQuestion: string): string[] {
  return [...normalizedQuestion.matchAll(ERA_DATE_IN_QUESTION)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}
/** The marks before a number that name a thing by it (第3回, #14, ＃3): it counts nothing. */
const NAMING_MARKS: ReadonlySet<string> = new Set(['第', '#', '＃']);
/** The character after a number that makes it a date (12月, 3日). */
const DATE_COUNTER = /[年月日]/;

/** The units of one kind of amount, as they follow a number in notes (lower case). */
const TIME = [
  'ms',
  'msec',
  'ミリ秒',
  '秒',
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  '分',
  'min',
  'mins',
  'minute',
  'minutes',
  '時間',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  '日',
  'day',
  'days',
  '週',
  'week',
  'weeks',
  'ヶ月',
  'か月',
  'カ月',
  'ケ月',
  'month',
  'months',
  '年',
  'year',
  'years',
  'yr',
  'yrs',
];
const PERCENT = ['%', '割', 'パーセント', 'percent', 'pt', 'ポイント'];
const PEOPLE = [
  '人',
  '名',
  'people',
  'persons',
  'engineers',
  'members',
  'users',
  'developers',
  'エンジニア',
  'メンバー',
  'ユーザー',
  'ユーザ',
];
/**
 * A word of coming, signing up or taking part, and a particle, before a number that stands
 * alone (来場で600以上, 参加は40ほど, 登録が120): notes count the people so without a counter.
 */
const ATTENDING_BEFORE =
  /(?:来場|参加|登録|申込|申し込み)(?:者|人)?数?\s*(?:は|が|で|[:：])\s*(?:約|およそ)?\s*$/;
/** What may follow such a number: nothing, a stop, or a word of about or more (not 分, 回, 円). */
const BARE_AFTER = /^\s*(?:$|[、。,.!?！？)）]|以上|程度|くらい|ぐらい|ほど|超|強|弱)/;

/** Whether the number at text[start, end) counts people by {@link ATTENDING_BEFORE}. */
function attendanceCount(text: string, start: number, end: number): boolean {
  return (
    ATTENDING_BEFORE.test(textBefore(text, start, 10)) &&
    BARE_AFTER.test(text.slice(end, end + 4)) &&
    countOnItsOwn(text, start, end)
  );
}

/** Who is counted, written before the number. */
const PEOPLE_BEFORE =
  /(?:来場者|参加者|参加人数|人数|利用者|登録者|会員数|ユーザー?数|attendees|participants|visitors)\s*[:：]?\s*(?:約|およそ)?$/;
/** A year of the calendar (1999, 2019), which states when something was, not for how long. */
const CALENDAR_YEAR = /^(?:19|20)\d\d$/;
const TIMES = ['回', '度', 'times'];
const RATIO = ['対'];
/** A time of day: 20時, 7pm, or written with a colon (10:30); see {@link answersNumberQuestion}. */
const CLOCK = ['時', 'am', 'pm', 'a.m.', 'p.m.'];
const CLOCK_TIME = /^\d{1,2}:\d\d$/;
/**
 * A time of day in words: 朝と夕方 answers 何時 as well as an hour does. Not 朝 or 夜 in a word of
 * their own (朝会, 夜景, 昼夜), nor "night" in a meetup's name.
 */
const PART_OF_DAY =
  /毎朝|朝と|夕方|毎晩|深夜|早朝|夜間|午前|午後|正午|(?<![a-z])(?:in the (?:morning|evening|afternoon)|at (?:noon|night|midnight)|every (?:morning|evening|night))(?![a-z])/;
/** What follows the hour of a time of day: 時 (not 時間, hours), am or pm. */
const CLOCK_AFTER = /^\s?(?:時(?!間)|[ap]\.?m(?![a-z]))/;
const MULTIPLE = ['倍', 'x', 'times'];
const MONEY = ['円', 'ドル', 'dollars', 'dollar', 'usd', 'yen', 'jpy'];
/** Byte units, spelled out or not; the spoken メガ and ギガ stand for megabytes and gigabytes. */
const SIZE = [
  'byte',
  'bytes',
  'kb',
  'mb',
  'gb',
  'tb',
  'pb',
  'kib',
  'mib',
  'gib',
  'tib',
  'pib',
  'kilobyte',
  'kilobytes',
  'megabyte',
  'megabytes',
  'gigabyte',
  'gigabytes',
  'terabyte',
  'terabytes',
  'petabyte',
  'petabytes',
  'バイト',
  'キロバイト',
  'メガ',
  'ギガ',
  'テラ',
];
/** Kilometres or kilograms, as 何キロ asks (30km/h, 5kg, 80キロ; not 64キロバイト). */
const DISTANCE_OR_WEIGHT = [
  'キロ',
  'キロメートル',
  'キログラム',
  'km',
  'kg',
  'kilometers',
  'kilometres',
  'kilograms',
  'kilos',
];
/** A score, as 何点 asks: in 点 or in points. */
const SCORE = ['点', 'pt', 'pts', 'points', 'ポイント'];
/** A word for a score just before its number (平均点は, 得点:, スコア, score of). */
const SCORE_BEFORE =
  /(?:点数|得点|平均点|スコア|(?<![a-z])scores?(?: of| was| is)?)\s*(?:は|が|:)?\s*(?:約|およそ)?\s*$/;
/** A currency sign before a number: $5, ¥500 (after NFKC, ＄ and ￥ are these). */
const CURRENCY_SIGN = /[$¥]\s*$/;

const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...TIME,
  ...PERCENT,
  ...PEOPLE,
  ...TIMES,
  ...MULTIPLE,
  ...MONEY,
]);

/**
 * Whether a word is a unit an amount is counted in (分, 人, 円, minutes) or a date's counter
 * (年, 月, 日): it says how much or when, which the number rules read, not what is talked about.
 */
export function isUnitWord(word: string): boolean {
  return UNIT_WORDS.has(word) || (word.length === 1 && DATE_COUNTER.test(word));
}

/** A cost asked in Japanese (not 費用対効果, what it is worth) or in English (see {@link PRICE_WORD}). */
const COST_ASKED = `費用(?!対効果)|料金|価格|値段|金額|コスト|(?<![a-z])${PRICE_WORD}|(?<![a-z])pricing(?![a-z ])`;
/** Words of a change: a cost that fell or rose. */
const CHANGED = `下が|減|削減|安く|上が|増|高く|(?<![a-z])(?:drop|dropped|fell|fall|go (?:up|down)|went (?:up|down)|cut|reduced?|saved?|rose|rise|increased?|decreased?|lower|higher)(?![a-z])`;
/** A cost asked that fell or rose (コストはどのくらい下がった, how much did the cost go down). */
const COST_CHANGED = new RegExp(`(?:${COST_ASKED})(?=.*(?:${CHANGED}))`);
/**
 * How a question names the unit of the amount it asks for, in order: the first that matches
 * decides. After them, a Japanese counter after 何 is its own unit (何台: 台, see {@link COUNTER}).
 */
const UNIT_QUESTIONS: readonly (readonly [RegExp, readonly string[]])[] = [
  [ASKS_FOR_ACCURACY, PERCENT],
  // Not 何分の1, which asks for a fraction (one in how many), not minutes.
  [
    new RegExp(
      `何(?:秒|分(?!の[1一])|時間|日間|年間|週間|ヶ月|か月|カ月|年分|日分)|${SHORT_TIME_ASKED}|(?<![a-z])how many (?:ms|milliseconds|seconds|secs|minutes|mins|hours|hrs|days|weeks|months|years|yrs)(?![a-z])`,
    ),
    TIME,
  ],
  [
    /何(?:%|パーセント|パー(?![\u30a1-\u30fa])|割)|(?<![a-z])(?:what (?:percentage|percent|ratio|share)|how many (?:percent|percentage points))(?![a-z])/,
    PERCENT,
  ],
  [
    /何(?:人|名)|(?<![a-z])how many (?:(?!(?:are|is|was|were|do|does|did|have|has|had|can|could|will|would|should|of|for|per|from|to|with|by) )[a-z][\w-]* ){0,2}?(?:people|persons|ppl|engineers|members|users|developers|attendees|participants|employees)(?![a-z])/,
    PEOPLE,
  ],
  // A time of day (何時ごろ, "what time"), not a number of hours (何時間), an era (何時代), a
  // period of a school day (何時限), a time zone or a time series.
  [ASKS_FOR_CLOCK, CLOCK],
  // A ratio (何対何): two numbers with 対 between them (a colon may be a time of day).
  [/何対何/, RATIO],
  [/何倍|(?<![a-z])how many times (?:faster|slower|more|less|bigger|smaller)(?![a-z])/, MULTIPLE],
  [/何回|(?<![a-z])how many times(?![a-z])/, TIMES],
  // A cost that fell or rose may be stated as a share or a multiple of what it was.
  [COST_CHANGED, [...MONEY, ...PERCENT, ...MULTIPLE]],
  [ASKS_FOR_MONEY, MONEY],
  [ASKS_FOR_SIZE, SIZE],
  // A distance or a weight in its unit (時速何キロ, 何キロ痩せた); not another kilo- unit (何キロ
  // ワット), and a size (何キロバイト) is the rule's above.
  [/何キロ(?:メートル|グラム)?(?![\u30a1-\u30fa])/, DISTANCE_OR_WEIGHT],
  // Not "how much time-series data": there the hyphen goes on to another word.
  [/(?<![a-z])(?:how (?:long|often)(?![a-z])|how much time(?![a-z-]))/, [...TIME, ...TIMES]],
  // Longer or shorter by how much: in time, or by a share or a multiple (40% shorter).
  [/(?<![a-z])how much (?:longer|shorter)(?![a-z])/, [...TIME, ...TIMES, ...PERCENT, ...MULTIPLE]],
  [
    /(?<![a-z])how (?:much )?(?:fast|slow|quick)(?:er|ly)?(?![a-z])/,
    [...TIME, ...PERCENT, ...MULTIPLE],
  ],
  [/何個/, ['個', 'こ', 'つ']],
];
/**
 * An amount asked by what it measures, when the question names no unit and counts nothing (a
 * count comes first: "何件遅延した?" counts jobs): a share is a percentage (an error rate, 割合;
 * not a frame rate or a rate limit), a delay a time, a cost an amount of money.
 */
const MEASURE_QUESTIONS: readonly (readonly [RegExp, readonly string[]])[] = [
  [
    /割合|比率|(?<![a-z])(?:ratio|proportion|(?:error|success|failure|hit|miss|conversion|retention|churn|bounce) rate)(?![a-z])/,
    PERCENT,
  ],
  [
    /遅延|レイテンシ|応答時間|レスポンス(?:タイム|時間)|(?<![a-z])(?:latency|delay|response time)(?![a-z])/,
    TIME,
  ],
  [new RegExp(COST_ASKED), MONEY],
];
/** A katakana noun, then the counter after 何 that counts it (コンテナ何個, ノードは何台). */
const KATAKANA_BEFORE_COUNTER =
  /([\u30a1-\u30faー]{2,})(?:は|を|が|って)?何(?:個|つ|台|件|本|枚|社|種類)/;
/** A counter that notes write after the number as the question writes it after 何. */
const COUNTER = /何(台|件|行|歳|点(?!か)|社|枚|本|種類|か所|箇所|ヶ所|カ所|ヵ所)/;
/** The ways of writing a number of places: か所, 箇所, ヶ所 and so on, or in English. */
const PLACES = [
  'か所',
  '箇所',
  'ヶ所',
  'カ所',
  'ヵ所',
  'ケ所',
  'places',
  'locations',
  'sites',
  'spots',
];
/**
 * Japanese counters that follow a number of things (3つ, 100こ, 30個, 6項目, 200台): any of them
 * answers "how many" of a thing the notes name in no other way, as 何種類 is answered by 12個.
 */
const THINGS = ['個', 'こ', 'つ', '台', '件', '本', '枚', '社', '種類', '人', '名', ...PLACES];
/** The counters of people: 12万人 counts people, not the downloads or nodes a question counts. */
const PERSON_COUNTERS: ReadonlySet<string> = new Set(['人', '名']);
/** Things a question counts that notes count in people (何ユーザー, how many speakers). */
const COUNTED_BY_PERSON =
  /^(?:people|persons?|ppl|folks|guys|humans?|men|women|kids|children|(?:engineer|member|user|developer|dev|attendee|participant|employee|speaker|presenter|student|customer|client|visitor|viewer|follower|subscriber|volunteer|organizer|organiser|hire|intern|contributor|maintainer|committer|tester|designer|admin|sre|player|guest|fan|reader|learner|newcomer|newbie|recruit|candidate|applicant|teammate|staffer|panelist|mentor|mentee|registrant|signup|rsvp|winner|judge|author)s?|staff|ユーザー?|メンバー?|エンジニア|スタッフ|ゲスト|スピーカー?|デベロッパー?|フォロワー?|ファン|リーダー?)$/;
/**
 * Whether what a question counts is a thing, not people: a plural noun (downloads, nodes) or a
 * katakana noun (ダウンロード) that is not a word for people. "How many came" counts no noun,
 * and people may answer it.
 */
function countsThingsNotPeople(counted: readonly string[]): boolean {
  const [named] = counted;
  if (named === undefined || counted.some((form) => COUNTED_BY_PERSON.test(form))) return false;
  return /^[a-z][\w-]*s$/.test(named) || KATAKANA_NOUN.test(named);
}
/**
 * Counters that count one kind of thing only, by the English words for it: a number of items is
 * 6項目, not 6行, and "how many rows" is not answered by 6項目.
 */
const COUNTERS_OF: Readonly<Record<string, readonly string[]>> = {
  item: ['項目'],
  line: ['行'],
  row: ['行'],
  shop: ['店', '店舗', '軒'],
  store: ['店', '店舗'],
  book: ['冊'],
  // Copies of a book or a magazine sold or printed (5000部).
  copy: ['部'],
  point: ['点'],
  // Work in person-days or person-months (4人日, 3人月).
  'person-day': ['人日'],
  'man-day': ['人日'],
  'person-month': ['人月'],
  'man-month': ['人月'],
  // Things that happen, counted in times (1日75万回): an attack, a request, a deploy. Not 度,
  // a temperature or an angle as often.
  ...Object.fromEntries(
    [
      'attack',
      'request',
      'access',
      'call',
      'visit',
      'view',
      'play',
      'deploy',
      'deployment',
      'run',
      'retry',
      'login',
      'download',
      'restart',
      'reboot',
    ].map((event) => [event, ['回']]),
  ),
};
/**
 * What follows a counter's character when it is a word of its own instead: 3部署 (departments),
 * 3部構成 (in three parts), 2部制.
 */
const NOT_THE_COUNTER: Readonly<Record<string, RegExp>> = {
  部: /^(?:署|長|門|屋|構成|制|作|分|品|材|位|活|隊|族)/,
  // 1点目 (the first point made), 一点集中, 3点張り: no score.
  点: /^(?:目|集中|物|張|検|滴|灯)/,
  // キロバイト, キロワット, キロカロリー: another kilo- unit.
  キロ: /^[\u30a1-\u30fa]/,
};
/** Counters that notes also write in another form after the number (1.2M lines, 12個 for 何種類). */
const COUNTER_IN_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  行: ['行', 'lines', 'line', 'loc'],
  点: SCORE,
  種類: THINGS,
  ...Object.fromEntries(PLACES.slice(0, 5).map((place) => [place, PLACES])),
};
/**
 * "How many" and the words after it up to the question's verb, a preposition or an article: the
 * thing counted is the last plural among them ("how many raspberry pis were", "how many lines
 * of"), else the first.
 */
const HOW_MANY = /(?<![a-z])how many ([a-z][\w-]*(?: [a-z][\w-]*){0,2})/;
const NOT_A_THING =
  /^(?:are|is|was|were|do|does|did|have|has|had|can|could|will|would|should|in|on|at|of|for|per|from|to|with|by|there|they|we|you|it|the|a|an|that|this|these|those|more|and|or)$/;

/** The numbers a normalized question gives itself, but a meetup's own (#3, 第3回). */
function numbersGiven(normalizedQuestion: string): string[] {
  return withoutMeetupNumbers(normalizedQuestion).match(NUMBER) ?? [];
}

/**
 * The question `asked` as if it gave only the numbers left in `rest` (the question with the words
 * that named a meetup blanked): a day that named one (the June 4 meetup) gives no number of the
 * question's own, so 4台 still answers "how many nodes". A number read otherwise (a version
 * written onto a name) stays.
 */
export function givingOnly(asked: NumberQuestion, typed: string, rest: string): NumberQuestion {
  const read = new Set(numbersGiven(typed));
  const left = new Set(numbersGiven(rest));
  return { ...asked, given: asked.given.filter((n) => !read.has(n) || left.has(n)) };
}

/**
 * What number the question asks for, if it asks for one. With `units` off, a version or a named
 * unit is asked as any amount (the ablation's switch, `answer.unitRequired`).
 */
export function numberAsked(normalizedQuestion: string, units = true): NumberQuestion | undefined {
  // Not a meetup's number (#3, 第3回), which may be the answer too (a date in April of #4); a
  // passage's 第3回 or #3 is no date of its own.
  const given = numbersGiven(normalizedQuestion);
  if (ASKS_FOR_DATE.test(normalizedQuestion) || DATE_NAMED.test(normalizedQuestion)) {
    const eras = erasGiven(normalizedQuestion);
    return eras.length > 0 ? { kind: 'date', given, eras } : { kind: 'date', given };
  }
  const version = ASKS_FOR_VERSION.test(normalizedQuestion);
  if (!version && !ASKS_FOR_AMOUNT.test(normalizedQuestion)) return undefined;
  if (!units) return { kind: 'amount', given };
  if (version) {
    return {
      kind: 'version',
      given: [...given, ...versionsIn(normalizedQuestion)],
      names: normalizedQuestion.match(NAME) ?? [],
      versionOf: [...normalizedQuestion.matchAll(VERSION_OF)].flatMap((m) =>
        m.slice(1).filter(Boolean),
      ),
    };
  }
  const named = namedUnits(normalizedQuestion);
  if (named) {
    // The thing a Japanese counter counts, in katakana before it (コンテナ何個, サーバーは何台).
    const thing = KATAKANA_BEFORE_COUNTER.exec(normalizedQuestion)?.[1];
    return { kind: 'amount', given, units: named, ...(thing && { joined: thing }) };
  }
  const counted = countedThing(normalizedQuestion);
  if (!counted) {
    const measured = MEASURE_QUESTIONS.find(([pattern]) => pattern.test(normalizedQuestion))?.[1];
    return measured ? { kind: 'amount', given, units: measured } : { kind: 'amount', given };
  }
  const own = counted.flatMap((form) => COUNTERS_OF[form] ?? []);
  const generic = countsThingsNotPeople(counted)
    ? THINGS.filter((counter) => !PERSON_COUNTERS.has(counter))
    : THINGS;
  return { kind: 'amount', given, units: [...counted, ...own, ...generic], counted };
}

/** The thing "how many" or 何 counts (pods, pod; ユーザー), if the question names one. */
function countedThing(question: string): readonly string[] | undefined {
  const katakana = ASKS_KATAKANA_COUNT.exec(question)?.[1];
  if (katakana) return [katakana];
  const words = HOW_MANY.exec(question)?.[1]?.split(' ') ?? [];
  const stop = words.findIndex((word) => NOT_A_THING.test(word));
  const named = stop < 0 ? words : words.slice(0, stop);
  const thing = named.findLast((word) => word.endsWith('s')) ?? named[0];
  if (!thing) return undefined;
  const singular = thing.endsWith('ies')
    ? [`${thing.slice(0, -3)}y`]
    : /(?:s|x|z|ch|sh)es$/.test(thing)
      ? [thing.slice(0, -2)]
      : thing.endsWith('s')
        ? [thing.slice(0, -1)]
        : [];
  return [thing, ...singular];
}

/** The units the question names for its amount (see {@link UNIT_QUESTIONS}), if it names any. */
function namedUnits(question: string): readonly string[] | undefined {
  for (const [pattern, units] of UNIT_QUESTIONS) if (pattern.test(question)) return units;
  const counter = COUNTER.exec(question)?.[1];
  return counter ? (COUNTER_IN_ENGLISH[counter] ?? [counter]) : undefined;
}

/**
 * A version: numbers joined by dots, also inside a name (Go1.13, v2.10), not a decimal with a unit
 * (1.5倍); or a major version written onto a name or a space after it (vue3, centos7, Firefox 37:
 * the name and its number in groups 1 and 2), not a count of something (node 3台, node 4 pods,
 * Firefox 40%): after a spaced one, only a word that says it is a version (and, to, is, in, with,
 * LTS, beta, release, required, only, app…) or no word, which counts only for a name the question asks about (see
 * {@link NumberQuestion.names}): day2, http2 or ipv6 is no version of the product asked.
 */
const VERSION =
  /(?<![0-9.])[0-9]+(?:\.[0-9]+)+(?![0-9.]|\s*(?:%|倍|秒|ms|x|gb|mb|時間|分))|(?<![a-z0-9])([a-z]{3,})(?: (?=[0-9]{1,3}(?![0-9.]| ?(?:%|倍|[台個本人件回つ社枚名分秒行]|クラスタ|ノード|接続|(?!(?:and|or|to|later|onwards?|up|is|was|are|were|in|on|with|lts|beta|rc|releases?|released|supports?|supported|required|only|apps?|based|series|branch)(?![a-z]))[a-z]))))?([0-9]{1,3})(?![a-z0-9.])/g;
/** A name next to a word for version: before it, after "version of", before バージョン. */
const VERSION_OF =
  /(?<![a-z0-9])(?!(?:which|what|whats|the|any|latest|newest|new|newer|old|older|this|that|current|major|minor|our|your|their|its|same|stable|previous|next|first|last|specific|exact)(?![a-z]))([a-z]{3,})(?:'s|’s)? version(?![a-z])|(?<![a-z])version of (?:the )?([a-z]{3,})(?![a-z])|(?<![a-z0-9])([a-z]{3,}) ?(?:の|って|は)?(?:何の?|なんの|どの)?バージョン/g;
/** A name in Latin letters, as a glued version's name part is written. */
const NAME = /(?<![a-z0-9])[a-z]{3,}(?![a-z])/g;

/**
 * The versions a text states ({@link VERSION}), folded, a name's joined to it (php 7 as php7): a
 * glued one only when `names` has its name (all of them when `names` is not given: the question's own are given, not answers).
 */
function versionsIn(
  text: string,
  names?: readonly string[],
  versionOf: readonly string[] = [],
): string[] {
  return [...foldWidthAndCase(text).matchAll(VERSION)]
    .filter((m) =>
      m[1] === undefined
        ? // A year, a month and a day joined by dots (2021.01.29) is a date, as notes write one.
          dateFromLine(m[0]) === undefined
        : names === undefined || (m[0].includes(' ') ? versionOf : names).includes(m[1]),
    )
    .map((m) => (m[1] === undefined ? m[0] : `${m[1]}${m[2]}`));
}

/**
 * Whether a word of the question is 何 and a counter (何台, 何個, 何人, 何日間残 of 何日間残す): it
 * asks how many or how long as a question of its own would, which the number rules read; notes
 * write the number, never this word. Not 何か, 何も, 何度も (some, none, again and again).
 */
export function asksCountWord(word: string): boolean {
  return word.startsWith('何') && !/[かも]$/.test(word) && numberAsked(word)?.kind === 'amount';
}

/** Whether the question asks for a number and `text` states one of that kind it does not give. */
export function answersNumberQuestion(
  query: { readonly numberAsked: NumberQuestion | undefined },
  text: string,
): boolean {
  const asked = query.numberAsked;
  if (!asked) return false;
  if (asked.kind === 'version') {
    return versionsIn(text, asked.names ?? [], asked.versionOf).some(
      (version) => !asked.given.includes(version),
    );
  }
  if (asked.kind === 'date' && statesEraDate(text, asked.eras ?? [])) return true;
  if (asked.units === CLOCK) {
    if (PART_OF_DAY.test(foldWidthAndCase(text))) return true;
  } else if (
    asked.kind === 'amount' &&
    asked.units &&
    asked.units !== SCORE &&
    statesInWords(asked.units, text)
  ) {
    return true;
  }
  if (asked.units === PERCENT && SHARE_IN_WORDS.test(foldWidthAndCase(text))) return true;
  for (const match of text.matchAll(NUMBER)) {
    const number = match[0].normalize('NFKC');
    if (asked.given.includes(number)) continue;
    const end = match.index + match[0].length;
    if (asked.kind === 'amount') {
      // 第2部, 第3回: an ordinal, no amount; #14, ＃3: a number that names (a meetup, an issue).
      if (NAMING_MARKS.has(text.charAt(match.index - 1))) continue;
      // 2019年 is when, not how long.
      if (asked.units === TIME && CALENDAR_YEAR.test(number) && text.charAt(end) === '年') continue;
      if (asked.units === CLOCK) {
        if (CLOCK_TIME.test(number) || CLOCK_AFTER.test(foldWidthAndCase(text.slice(end, end + 6))))
          return true;
        continue;
      }
      if (!asked.units || countedIn(asked.units, text, match.index, end)) return true;
      if (asked.counted && countsThing(asked.counted, text, match.index, end)) return true;
      if (asked.joined && joinedTo(asked.joined, text, match.index, end)) return true;
      if (asked.joined && saidToBe(asked.joined, text, match.index, end)) return true;
      continue;
    }
    const next = text.charAt(end);
    const day = YEAR_OR_DAY.test(number) && number.includes('/');
    if (DATE_COUNTER.test(next) || day || (YEAR_OR_DAY.test(number) && !NOT_A_DATE.test(next))) {
      return true;
    }
  }
  return false;
}

/**
 * A number written in words: in English (two weeks, a dozen people, half an hour) or in kanji
 * numerals (三日, 二週間, 半年, 十人). Only with a unit after it does it answer, so "one of the
 * reasons" states no amount.
 */
const NUMBER_IN_WORDS =
  /(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|a dozen|dozens of|half an?|a couple of)(?![a-z])|(?<![一二三四五六七八九十百千万半])[一二三四五六七八九十百千半]+(?=[万億]?[^一二三四五六七八九十百千万半])/g;

/** A share in words, no number: half (半数, 過半数, 大半), a third, the majority. */
const SHARE_IN_WORDS =
  /半数|半分(?=が|の|を|は|以上|以下|程度|くらい|ぐらい|ほど|近く|弱|強)|大半|[一二三四]分の[一二三]|(?<![a-z])(?:(?<!(?:first|second|latter|former|other|last) )half of|(?:the|a) majority|(?:a|one|two) (?:third|quarter)s? of)(?![a-z])/;

/** Whether `text` states an amount in `units` with its number written in words. */
function statesInWords(units: readonly string[], text: string): boolean {
  const folded = foldWidthAndCase(text);
  for (const match of folded.matchAll(NUMBER_IN_WORDS))
    if (countedIn(units, folded, match.index, match.index + match[0].length)) return true;
  return false;
}

/** A unit spelled as an English word, which an adjective may precede (not ms, h or %). */
const WORD_UNIT = /^[a-z]{3,}$/;

/**
 * Whether the number at text[start, end) has one of `units` after it (万, 千, k or M between
 * allowed), or before it who is counted (people), its counter and 数 (台数は200), or a currency
 * sign (money).
 */
function countedIn(units: readonly string[], text: string, start: number, end: number): boolean {
  // A hyphen or a plus may follow (a 30-node cluster, 200+ services), and a thousand or a
  // million written in Latin letters (1.2M lines, 30k users).
  const after = foldWidthAndCase(text.slice(end, end + 16)).replace(/^[\s-]*[万千億百]?\s*/, '');
  const scaled = after.replace(/^[km]?\+?\s*/, '');
  // A word of English may stand between: 1.5M+ unique users, 30 new engineers.
  const described = scaled.replace(/^[a-z]+\s+/, '');
  // A unit is a whole word: 5 s, not the s of 5 sites, nor 部 of 3部署.
  const whole = (rest: string, unit: string) =>
    rest.startsWith(unit) &&
    !/^[a-z]/.test(rest.slice(unit.length)) &&
    !(NOT_THE_COUNTER[unit]?.test(rest.slice(unit.length)) ?? false);
  const found = units.some(
    (unit) =>
      whole(after, unit) || whole(scaled, unit) || (WORD_UNIT.test(unit) && whole(described, unit)),
  );
  if (found) return true;
  // Japanese also names who is counted before the number (参加者300, 来場者3万), or the counter
  // itself with 数 (台数は200, 回数: 3).
  const before = textBefore(text, start, 8);
  if (units === PEOPLE && PEOPLE_BEFORE.test(before)) return true;
  if (units === PEOPLE && attendanceCount(text, start, end)) return true;
  // A score after the word for it, in notes that leave 点 out (平均点は72.5, スコア: 0.91).
  if (
    units === SCORE &&
    SCORE_BEFORE.test(foldWidthAndCase(textBefore(text, start, 12))) &&
    /^\d+(?:\.\d+)?$/.test(text.slice(start, end))
  )
    return true;
  const counter = COUNT_OF_COUNTER.exec(before)?.[1] ?? '';
  if (units.includes(counter) && countOnItsOwn(text, start, end)) return true;
  if (units !== MONEY) return false;
  // A sum after a word for a price, in notes that leave the currency out (月額22万, 料金: 500).
  return (
    CURRENCY_SIGN.test(textBefore(text, start, 2)) ||
    (PRICE_BEFORE.test(textBefore(text, start, 8)) &&
      SUM_AFTER.test(after) &&
      isSum(text.slice(start, end).normalize('NFKC'), after))
  );
}
/** A word for a price or a fee just before a number, maybe with は or a colon: 月額22万, 料金は500. */
const PRICE_BEFORE =
  /(?:月額|年額|料金|価格|値段|金額|参加費|費用|利用料)\s*(?:は|が|:)?\s*(?:約|およそ)?\s*$/;
/**
 * Whether a number is a sum: digits, maybe with thousands' commas or a decimal (not a fraction
 * or a date), and not a year that something runs from or to (2024から, 2024以降; 2000 alone may be
 * 2,000 yen).
 */
function isSum(number: string, after: string): boolean {
  return (
    /^\d[\d,]*(?:\.\d+)?$/.test(number) && !(CALENDAR_YEAR.test(number) && FROM_YEAR.test(after))
  );
}
const FROM_YEAR = /^(?:から|以降|以前|まで)/;
/**
 * What may follow a sum with no currency: the end of it, a word of about so much, or a range to
 * a second sum; nothing of another unit (a percentage, a multiple, a count: 3倍, 2〜3割, 2、3回).
 */
const SUM_AFTER =
  /^(?:[〜~-]\s*\d[\d,]*[万千億百]?)?\s*(?:$|[\s。.)）]|[、,](?!\s*\d)|程度|くらい|ぐらい|ほど|前後|から|以上|以下|未満)/;

/**
 * A count named before its number by its counter of one kanji and 数 (台数は, 件数:, 回数は、約):
 * the counter is captured (see {@link countedIn}). Not 度数 or 分数 (a frequency, a fraction).
 */
const COUNT_OF_COUNTER = /([^\P{sc=Han}度分])数\s*(?:は|が|:)?[\s、,]*(?:約|およそ)?\s*$/u;

/** A katakana noun after the number (5000スキル), or before it the thing's name or 数 (Pod数: 30). */
const KATAKANA_NOUN = /^[\u30a1-\u30fa]/;
const ABOUT_SO_MANY = /^(?:くらい|ぐらい|程度|ほど|前後)/;
/** Between a number and the thing it counts: の, after a word of more or less (以上の, 近くの). */
const JOINED_BY_NO = /^(?:以上|以下|超|近く|余り|くらい|ぐらい|程度|ほど|前後)?の/;
/** Before a number, what makes it no count of its own: a name or version word, or a decimal, time or date. */
const NOT_A_COUNT_BEFORE = /(?:[a-z][ \t]?|[0-9.:/]|バージョン|ver\.?[ \t]?)$/;

/**
 * Whether the number at text[start, end) is a whole number on its own (300くらい, 1,200くらい),
 * not a year, a decimal, a time, a date, or a version after a name (Python 3くらい, バージョン1
 * 前後). Before a scale (2.5万, 2019万) a decimal or a year's digits count too (`scaled`).
 */
function countOnItsOwn(text: string, start: number, end: number, scaled = false): boolean {
  const number = text.slice(start, end).normalize('NFKC');
  const whole = scaled ? /^\d[\d,]*(?:\.\d+)?$/ : /^\d+(?:,\d{3})*$/;
  if (!whole.test(number) || (!scaled && CALENDAR_YEAR.test(number))) return false;
  return !NOT_A_COUNT_BEFORE.test(textBefore(text, start, 8));
}
const COUNT_OF = /数\s*(?:は|が|[:：])?\s*(?:約|およそ)?$/;

/** Whether the number at text[start, end) counts the thing `forms` name, in a way {@link countedIn} does not read. */
function countsThing(forms: readonly string[], text: string, start: number, end: number): boolean {
  const after = foldWidthAndCase(text.slice(end, end + 16)).replace(/^[\s-]*[万千億百]?\+?\s*/, '');
  if (KATAKANA_NOUN.test(after)) return true;
  // A thing asked in katakana may be counted in English notes (何ノード: 30 nodes), by a plural
  // that is no unit (not 200ms, nor a word after a version).
  const plural = /^[a-z]{2,}s(?![a-z])/.exec(after)?.[0];
  if (KATAKANA_NOUN.test(forms[0] ?? '') && plural && !isUnitWord(plural)) return true;
  // A bare number said to be about so many (200くらい, 50程度) counts what the line speaks of.
  if (ABOUT_SO_MANY.test(after) && countOnItsOwn(text, start, end)) return true;
  const before = textBefore(text, start, 16);
  if (COUNT_OF.test(before)) return true;
  // The thing's name just before the number, at most one Latin word or a particle between (nodes
  // total 30, Podは30): other Japanese between them (Group の更新 1回) says the number is of
  // something else.
  const words = before
    .replace(PARTICLE_BEFORE_NUMBER, '')
    .replace(LAST_JAPANESE, '')
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  return words.slice(-2).some((word) => forms.includes(word));
}
/**
 * A particle, a word of a total or a limit, or "about" between a name and its number (Podは30,
 * nodesが約 5, Podを最大30, nodes合計5, Groupには25).
 */
const PARTICLE_BEFORE_NUMBER =
  /(?:は|が|も|を|で|には|に)?\s*(?:合計|最大|最小|全部で|全体で|計|約|およそ)?\s*(?:約|およそ)?\s*$/;
/** Everything up to the last kana or kanji of a text. */
const LAST_JAPANESE = /^[\s\S]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * Whether the number at text[start, end) is joined by の to `thing` (40億のコンテナ, 100以上の
 * サービス): Japanese counts a thing so as well as with its counter. Only a count: a whole number,
 * commas allowed (a decimal or a year only before a scale: 2.5万, 2000万; no date or time), not a
 * name's or a version's (ポート8080の, Java 17の, #123の), and the thing itself, not a compound it
 * begins (コンテナイメージ, コンテナランタイム).
 */
function joinedTo(thing: string, text: string, start: number, end: number): boolean {
  // The longest way between: a scale, a word of more or less, の; then the thing and one more.
  const after = foldWidthAndCase(text.slice(end, end + 5 + thing.length + 1));
  const scaled = after.replace(/^[万千億百]/, '');
  const joined = scaled.replace(JOINED_BY_NO, '');
  if (joined === scaled || !joined.startsWith(thing)) return false;
  if (KATAKANA_GOES_ON.test(joined.slice(thing.length))) return false;
  return (
    countOnItsOwn(text, start, end, scaled !== after) && !NAME_BEFORE.test(text.charAt(start - 1))
  );
}
/**
 * Whether the number at text[start, end) is said of `thing` as its count: the thing, は, が or a
 * colon, then the bare number (ライブラリは120ほどある, コンテナが約40, ノード: 12). Only a count
 * of its own (no year, decimal or version), after which comes no unit or word but one of so many
 * (くらい, 程度, 以上) or the end of a clause: パッケージは3系 or コンテナは8GB say no count.
 */
function saidToBe(thing: string, text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, thing.length + 6);
  const at = before.lastIndexOf(thing);
  if (at < 0 || !THING_IS.test(before.slice(at + thing.length))) return false;
  if (KATAKANA_GOES_ON.test(before.charAt(at - 1))) return false;
  return (
    COUNT_ENDS.test(foldWidthAndCase(text.slice(end, end + 8))) && countOnItsOwn(text, start, end)
  );
}
/** Between a thing and its count: は, が or a colon, maybe 約. */
const THING_IS = /^\s*(?:は|が|:)\s*(?:約|およそ)?\s*$/;
/** After a count said of a thing: maybe a word of so many, then a verb of being or a clause's end. */
const COUNT_ENDS =
  /^\s*(?:くらい|ぐらい|程度|ほど|前後|以上|以下|超|余り|強|弱)?\s*(?:ある|あり|いる|です|だ|[、。,.;!?)]|$)/;

/** What right before a number makes it a name's (ポート8080, #123): a katakana word or a #. */
const NAME_BEFORE = /[#＃\u30a1-\u30faーｦ-ﾟ]/;
/** A katakana word going on past the thing's name (コンテナ|イメージ): a compound, another thing. */
const KATAKANA_GOES_ON = /^ー?[\u30a1-\u30fa]/;

/** The `chars` characters of `text` before `start` (fewer at its start), folded for matching. */
function textBefore(text: string, start: number, chars: number): string {
  return foldWidthAndCase(text.slice(Math.max(0, start - chars), start));
}
