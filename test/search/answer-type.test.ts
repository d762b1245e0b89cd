import { describe, expect, it } from 'vitest';
import {
  answersNumberQuestion,
  asksCountWord,
  givingOnly,
  isUnitWord,
  type NumberQuestion,
  numberAsked,
} from '../../src/search/answer-type.js';
import { normalize } from '../../src/search/normalize.js';

const asked = (question: string) => numberAsked(normalize(question));

describe('questions that ask for a number', () => {
  it.each(['金額の計算にfloatを使わない理由は?', '金額はどう保持している?'])(
    'knows that "%s" asks for no sum of money',
    (question) => {
      expect(asked(question)).toBeUndefined();
    },
  );

  it.each([
    'When did the new array go live?',
    'what year did the meetup start?',
    'When will the next release ship?',
    '移行はいつ終わった?',
    'いつ出たの?',
    'この機能っていつから使えるの?',
    '何年にリリースされた?',
    "what's the release date?",
    'What is the exact GA date of the new array?',
    'whats the launch date for it',
    'Has a date been announced for the next release?',
    'is there a release date set?',
    'リリース日は?',
    '公開日って?',
    'リリース日は決まった?',
    '発売日はもう発表されてる?',
    '公開日って出たの?',
    'リリース日は決まりましたか?',
    '発売日は発表されましたか?',
  ])('knows that "%s" asks for a date', (question) => {
    expect(asked(question)).toEqual({ kind: 'date', given: [] });
  });

  it.each([
    "what's the date format?",
    'what is the date field called?',
    'リリース日程の決め方は?',
    '公開日時の形式は?',
    "What's the format of the date?",
    'what is the type for a date?',
    '公開日はどうやって決めた?',
    'リリース日はどこで確認できる?',
    'リリース日は決まったら教えて',
    '発売日は発表されたのと同じ?',
  ])('knows that "%s" names a date without asking for one', (question) => {
    expect(asked(question)?.kind).not.toBe('date');
  });

  it.each([
    'How long did the migration take?',
    'how many nodes does the cluster need?',
    'How much faster did the build get?',
    '移行に何時間かかった?',
    'どのくらい速くなった?',
    'どれぐらい使われてる?',
    'リリースの間隔ってどんくらい?',
    '費用はいくら?',
    'ノードはいくつ必要?',
    '参加者は何人?',
    'what do they pay per month for the hosting?',
    'What per-node price did the vendor quote?',
    'what does the free tier cost?',
    'what will the upgrade cost us?',
    'イメージは何MBになった?',
    'how many megabytes is the image?',
    "what's the free tier limit on the image API?",
    "what's the limit?",
    'what was the maximum payload size?',
    'アップロードの上限は?',
    '同時接続の上限っていくつ?',
  ])('knows that "%s" asks for an amount', (question) => {
    expect(asked(question)?.kind).toBe('amount');
  });

  it.each([
    'which version added the feature?',
    'What version of the operator do I need?',
    '何バージョンから使える?',
    'どのバージョンで入った?',
    'Terraformは何のバージョンで入れた?',
    'which Node.js version do you need?',
    "what's the k8s version of the demo cluster?",
    'デモで使ったクラスタのバージョンは?',
    'operatorのバージョンってどれ?',
  ])('knows that "%s" asks for a version', (question) => {
    expect(asked(question)).toMatchObject({ kind: 'version', given: [] });
  });

  it.each([
    'which vendor was the most accurate?',
    'どこが精度よかった?',
    'how did they improve the accuracy?',
    '精度を上げるには?',
  ])('knows that "%s" asks for no amount of accuracy', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it.each([
    'what did they say about rate limits?',
    'how do they handle the quota per team?',
    '上限設定の話ってどんな内容?',
    'what is the limitation of the free tier?',
    'what are the limits of serverless?',
    "what's the point of the limit?",
    'what was the minimum viable product?',
    'what is the maximum likelihood estimator?',
    '上限は何で決まる?',
    '上限はどのように決めた?',
    'Lambdaの上限って何のこと?',
  ])('knows that "%s" speaks of a limit without asking its value', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it.each([
    'バージョン指定ってどうやる?',
    '何msgが来た?',
    '何usecaseが出た?',
    'what changed in the new version of the operator?',
    'is there a version for windows?',
  ])('knows that "%s" asks for no version', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it.each([
    ['移行に何時間かかった?', '時間'],
    ['応答は何秒になった?', 'ms'],
    ['レイテンシって何msだった?', 'ms'],
    ['p99は何ミリ秒?', '秒'],
    ['GCの停止は何μs?', 'ms'],
    ['How long did the migration take?', 'weeks'],
    ['how often do they release?', '回'],
    ['何%のリクエストが失敗した?', '割'],
    // パー alone is chat for a percent (何パーツ is parts).
    ['サポート料金って利用額の何パーくらい?', '%'],
    ['what percentage of the tests are flaky?', '%'],
    ['so what percent of users churned?', '%'],
    // Asked by what it measures: a share is a percentage, a delay a time.
    ['失敗するリクエストはどれくらいの割合?', '%'],
    ['読み書きの比率はどのくらい?', '%'],
    ['how much did the error rate drop?', '%'],
    ['how much is the cache miss ratio now?', '%'],
    ['レイテンシはどのくらいになった?', 'ms'],
    ['how much delay did the proxy add?', 'ms'],
    ['how much latency did the cache save?', 'ms'],
    ['応答時間はどのくらい縮んだ?', 'ms'],
    // A time of day, not a number of hours.
    ['バッチは毎日何時に動く?', '時'],
    ['what time does the nightly build start?', 'pm'],
    ['What time do the backups finish?', 'am'],
    // A cost asked with no unit is money.
    ['サポート契約の費用はどのくらい?', '円'],
    ['クラウドのコストはどれくらい増えた?', 'ドル'],
    // A cost that fell or rose: a share or a multiple of it answers too.
    ['クラウドのコストはどれくらい増えた?', '%'],
    ['移行で料金はどのくらい安くなった?', '倍'],
    ['how much did the hosting cost go up?', 'usd'],
    ['how much did the hosting cost go down after the move?', '%'],
    ['how many yrs has the cluster been in production?', '年'],
    ['how many hrs did the restore take?', '時間'],
    ['参加者は何人?', '名'],
    ['how many engineers are on the team?', '人'],
    ['how many ppl are on call?', '名'],
    ['何回リトライする?', '回'],
    ['何倍速くなった?', '倍'],
    ['ライセンスはいくら?', '円'],
    ['人気OSSになったら料金いくらかかるの?', '円'],
    ['ライセンスっていくらかな?', '円'],
    ['プランはいくらからある?', '円'],
    ['ライセンスの金額は?', 'ドル'],
    ['広告にいくらかけた?', '円'],
    ['how much does the support plan cost?', 'ドル'],
    ['how much does the managed cloud enterprise edition cost per month?', '円'],
    ['how much is the monthly fee?', 'usd'],
    ['how expensive is the enterprise plan?', 'dollars'],
    ['how much was a ticket for the conference?', 'yen'],
    ['how much were the tickets?', '円'],
    ['how much is admission for students?', 'usd'],
    ['how much was an early-bird ticket?', 'ドル'],
    ['what price did they quote?', 'yen'],
    ['how big is the plan, and what is the monthly fee?', 'yen'],
    ['what do they pay per month for the hosting?', '円'],
    ['What per-node price did the vendor quote?', 'dollars'],
    ['what did the team pay for the licences?', 'usd'],
    ['what will the support contract charge per seat?', 'yen'],
    ['what costs does the managed plan add per month?', 'ドル'],
    ['イメージは何MBになった?', 'gb'],
    ['ログは1日何ギガバイト?', 'kb'],
    ['ログは1日何ギガ?', 'megabytes'],
    ['how many megabytes is the image?', 'kb'],
    ['how many petabytes does the archive hold?', 'tb'],
    // A later "what … cost" does not turn a question of time into one of money.
    ['how long did the migration take, and what was the effect on cost?', 'weeks'],
    ['how fast did the build get?', '倍'],
    // Faster or longer by how much: the same units as how fast and how long.
    ['How much faster did the build get?', '倍'],
    ['how much quicker is the new runner?', '%'],
    ['how much longer did the scan take?', 'minutes'],
    ['how much shorter did the queue get?', '秒'],
    ['how much shorter did the build time get?', '%'],
    ['how much longer is the new timeout?', '倍'],
    ['how much time did the cache save?', 'sec'],
    ['how long-lived are the tokens?', 'days'],
    // An accuracy asked as an amount is a share.
    ['what accuracy did the classifier end up with?', '%'],
    ['what top-1 accuracy did they get?', '割'],
    ['what precision does the model reach?', 'パーセント'],
    ['画像検索の精度ってどのくらい?', '%'],
    ['認識率は何%?', '割'],
    ['ノードは何個?', 'こ'],
    ['サーバは何台?', '台'],
    ['how many android engineers work on it?', '人'],
    ['how many milliseconds does a frame take?', 'ms'],
    ['how many times faster did it get?', '倍'],
    ['how many times did they retry?', '回'],
    // A ticket in another sense: the unit is the question's other words'.
    ['how much time did triage of tickets take?', '分'],
    ['How much faster did auto-routing close tickets?', '%'],
    ['避難所は何か所見つかった?', 'ヶ所'],
    ['プラグインは何種類ある?', '個'],
  ])('knows the unit "%s" asks its amount in', (question, unit) => {
    expect(asked(question)?.units).toContain(unit);
  });

  it.each([
    'how many of them are there?',
    'どのくらい速くなった?',
    'ノードはいくつ必要?',
    'How much bigger did the image get?',
    'how much time-series data do they keep?',
    'how much memory does each cluster node need at peak?',
    // Not a cost asked for itself: what it is worth, a cost saving, a team.
    '費用対効果はどのくらい?',
    'how big was the cost saving?',
    'how large is the pricing team?',
    // Tickets counted, not priced.
    'how much ticket volume did the support team handle?',
  ])('knows that "%s" names no unit', (question) => {
    const q = asked(question);
    expect(q?.kind).toBe('amount');
    expect(q?.units).toBeUndefined();
  });

  it('reads 何パー as a percent only before no katakana (何パーツ counts parts)', () => {
    expect(asked('利用額の何パー?')?.units).toContain('%');
    expect(asked('部品は何パーツ?')?.units ?? []).not.toContain('%');
  });

  it.each([
    'what time zone does the scheduler run in?',
    'what time-series database do they use?',
    'What time frame did they give for the migration?',
    'what time complexity does the merge have?',
    '何時代の技術の話?',
    '研修は何時限目?',
  ])('knows that "%s" asks for no time of day', (question) => {
    expect(asked(question)?.units ?? []).not.toContain('am');
  });

  it('takes a rate limit or a frame rate for no share, and a count before a delay', () => {
    expect(asked('APIのrate limitはどのくらい?')).toEqual({ kind: 'amount', given: [] });
    // A cost asked without a change is money alone.
    expect(asked('サポート契約の費用はどのくらい?')?.units).not.toContain('%');
    expect(asked('how much did the frame rate drop?')).toEqual({ kind: 'amount', given: [] });
    expect(asked('遅延したジョブは何件?')?.units).toContain('件');
    expect(asked('how many jobs were hit by the delay?')?.counted).toEqual(['jobs', 'job']);
  });

  it('asks a version or a unit as any amount when units are switched off', () => {
    expect(numberAsked(normalize('which version added it?'), false)).toEqual({
      kind: 'amount',
      given: [],
    });
    expect(numberAsked(normalize('応答は何秒?'), false)).toEqual({ kind: 'amount', given: [] });
  });

  it.each([
    'What is the storage cluster?',
    'What happens when the node fails?',
    'how to migrate the cluster',
    'ストレージ移行の手順は?',
    'Who gave the talk about volumes?',
    // "when" for a situation, a number in a name, words that only start like the question words
    'When do I use NSX-T?',
    'When is vMotion used in the cluster?',
    'What Day 2 operations does the team automate?',
    'How high availability is set up in the cluster',
    'いつも使っているツールは?',
    'いつか試したい機能は?',
    'ログを使いつつ調べる方法',
    '思いついたアイデアの話',
    'いくつかの事例を教えて',
    'いくらでも増やせるの?',
    'いくらか速くなった?',
    // How hard or how much it mattered, more often than an amount.
    'どんだけ大変だった?',
    'どれほど効果があった?',
    // 何 before a katakana word asks what, not how many, without a word of quantity after it.
    '何インストールした?',
    '何ユーザーが対象?',
    // A price word heading a compound names a kind of thing, not an amount.
    'what is the cost model of the service?',
    'what cost models did they compare?',
    'what cost savings did they report?',
    'what are the price plans?',
    'what price plan did they pick?',
    'what is the fee structure?',
    'what cost reduction came first?',
    'what price tiers exist?',
    'what cost optimizations did they apply?',
    'what cost management tool do they use?',
    'what cost centers does finance track?',
    'what cost-saving measures worked?',
    // What a fee is: notes may say it in words (free, usage-based, half of before).
    'What is the fee for the managed DB?',
    "what's the price of the support plan?",
    'whats the monthly fee?',
    'what’s the monthly fee?',
    'what are the fees?',
    // A cost weighed in something else than money.
    'what did it cost them in terms of latency?',
    // Paying in an idiom, or paying for a thing the question asks about.
    'what did they pay attention to first?',
    'what did the rewrite pay off in the end?',
    'what tools did they pay for?',
    'what paying customers asked for',
    // Money words too far from "what" to be what it asks.
    'what tools did they try to keep the cloud bill and the cost down?',
    'what was the first thing they changed to cut cost?',
    // A rate is not a size.
    '回線は何Mbps出る?',
  ])('knows that "%s" asks for neither', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it('keeps the numbers the question gives, as the notes would write them', () => {
    expect(asked('When did Ansible 2.10 go GA?')?.given).toEqual(['2.10']);
    expect(asked('Ｇｏ　１．１３はいつ出た?')?.given).toEqual(['1.13']);
    // Digits inside a name are not a number the question gives.
    expect(asked('How long did the k8s upgrade take?')?.given).toEqual([]);
  });

  it("answers a date question from a month the meetup's number names too", () => {
    // #4 names the meetup; April (4月) is still a date the notes may give.
    const when = query('date', [...(asked('Night #4で、試験はいつ頃始まるって?')?.given ?? [])]);
    expect(when.numberAsked.given).toEqual([]);
    expect(answersNumberQuestion(when, '4月くらいに最初の試験')).toBe(true);
    // A passage's own meetup number is no date.
    expect(answersNumberQuestion(when, 'Night #4 の振り返り')).toBe(false);
    expect(answersNumberQuestion(when, '第4回の振り返り')).toBe(false);
    // A number the question gives beside its meetup's is still given.
    expect(asked('第3回で話した Ansible 2.10 はいつ出た?')?.given).toEqual(['2.10']);
  });
});

const query = (kind: NumberQuestion['kind'], given: string[] = []) => ({
  numberAsked: { kind, given },
});
const inUnitsOf = (question: string) => ({ numberAsked: asked(question) });

describe('passages that answer them', () => {
  it('state an amount of their own', () => {
    const amount = query('amount');
    expect(answersNumberQuestion(amount, 'The migration finished after 14 hours')).toBe(true);
    expect(answersNumberQuestion(amount, '移行は１４時間で終わった')).toBe(true);
    expect(answersNumberQuestion(amount, '7.3 -> 0.6 sec')).toBe(true);
    expect(answersNumberQuestion(amount, 'each node has 16GB')).toBe(true);
    expect(answersNumberQuestion(amount, 'The migration was planned by the team')).toBe(false);
  });

  it('state a time of day when one is asked: in 時, am or pm, or with a colon', () => {
    const clock = inUnitsOf('夜のバックアップは何時ごろ終わる?');
    for (const text of [
      'バックアップは23時に終わる',
      'the backup is done by 7pm',
      '完了は04:30',
      '毎朝と夕方に1回ずつ',
      '夕方に1回',
      '午後に走る',
      '夜間に回す',
      'it runs every night',
      'done in the evening',
    ]) {
      expect(answersNumberQuestion(clock, text), text).toBe(true);
    }
    for (const text of [
      'バックアップに10時間かかる',
      '一時的に止める',
      'Storage Nightで話した',
      '朝会で共有',
      '夜景がきれい',
      'the fuse takes 5 amps',
      '担当は12名',
      'ratio 3:2:1',
    ]) {
      expect(answersNumberQuestion(clock, text), text).toBe(false);
    }
  });

  it('state a date when a date is asked: a year, a day, or a date counter', () => {
    const date = query('date');
    for (const text of ['went live in 2019', 'リリースは2017/06/12', '公開は6/12', '３月に公開']) {
      expect(answersNumberQuestion(date, text)).toBe(true);
    }
    expect(answersNumberQuestion(date, 'announced in 2019 at the conference')).toBe(true);
    for (const text of [
      'took 14 hours',
      '1pxずつ判定する',
      '3台で動かす',
      'about 2500 users',
      'a 1920x1080 screen',
      '2000台のサーバ',
    ]) {
      expect(answersNumberQuestion(date, text)).toBe(false);
    }
  });

  it('state a date in a year of a Japanese era, maybe with its month', () => {
    const date = query('date');
    for (const text of [
      '平成30年に公開',
      '令和元年から運用',
      '昭和 63 年の資料',
      'H30.6に作成',
      'H27.11.3に公開',
      'Ｈ３０．６に作成',
      'R元年に始めた',
      'R2年にリリース',
      'H31年度の予算',
    ]) {
      expect(answersNumberQuestion(date, text), text).toBe(true);
    }
    for (const text of [
      'S3.1に置いた',
      'PH3.5の基板',
      'H2 headings',
      'R2.1.3で直った',
      'R2.1で直った',
      'R2/4にリリース',
      'Fixed in H2.1',
      'HTTP/1.1 to H2/3',
      'H30.13の値',
      'H30か',
      '平成の話',
    ]) {
      expect(answersNumberQuestion(date, text), text).toBe(false);
    }
    // A year the question gives itself is no answer to it.
    const month = asked('平成30年の何月にリリースされた?');
    expect(month?.kind).toBe('date');
    if (month) {
      expect(answersNumberQuestion({ numberAsked: month }, '平成30年に開発を始めた')).toBe(false);
      expect(answersNumberQuestion({ numberAsked: month }, 'H30.6にリリース')).toBe(true);
      expect(answersNumberQuestion({ numberAsked: month }, '平成31年にリリース')).toBe(true);
    }
    expect(answersNumberQuestion(query('amount', ['30']), 'H30.6に作成')).toBe(false);
    // A year given for another thing is no era year.
    const people = asked('30人規模の勉強会はいつ始まった?');
    expect(people?.given).toEqual(['30']);
    if (people) {
      expect(answersNumberQuestion({ numberAsked: people }, '平成30年に始まった')).toBe(true);
    }
    const written = asked('h30年の何月?');
    expect(written?.eras).toEqual(['30']);
    if (written) {
      expect(answersNumberQuestion({ numberAsked: written }, 'H30年に始めた')).toBe(false);
    }
  });

  it('are given by the question only where the words naming a meetup left them', () => {
    const typed = 'how many nodes at the june 4 meetup with ansible 2.10?';
    const question = asked(typed);
    expect(question?.given).toEqual(['4', '2.10']);
    if (question) {
      const rest = 'how many nodes at the        meetup with ansible 2.10?';
      expect(givingOnly(question, typed, rest).given).toEqual(['2.10']);
      expect(givingOnly(question, typed, typed).given).toEqual(['4', '2.10']);
      // A number read otherwise (a version written onto a name) stays.
      expect(givingOnly({ ...question, given: ['1.13'] }, typed, rest).given).toEqual(['1.13']);
    }
  });

  it('are not numbers that name a meetup or an issue (#14, ＃3) when an amount is asked', () => {
    const amount = query('amount');
    for (const text of ['Night #14 に参加した', 'issue ＃3 を直した', '第2回の話'])
      expect(answersNumberQuestion(amount, text), text).toBe(false);
    expect(answersNumberQuestion(amount, 'Night #14 に100人来た')).toBe(true);
    expect(answersNumberQuestion(amount, 'Night 14 に参加した')).toBe(true);
  });

  it('are not those whose only digits belong to a name', () => {
    for (const text of ['Dagger2 and RxJava2', 'ver1.0 の画面', 'k8s clusters', 'Ｇｏ２の話']) {
      expect(answersNumberQuestion(query('amount'), text)).toBe(false);
    }
  });

  it('are not those repeating only the question’s own number', () => {
    const howMuch = query('amount', ['2.10']);
    expect(answersNumberQuestion(howMuch, 'Ansible 2.10 was the topic')).toBe(false);
    expect(answersNumberQuestion(howMuch, 'Ansible ２.１０ was the topic')).toBe(false);
    expect(answersNumberQuestion(howMuch, 'Ansible 2.10 took 3 weeks')).toBe(true);
    const ga = query('date', ['2.10']);
    expect(answersNumberQuestion(ga, 'Ansible 2.10 went GA on 2020/09/22')).toBe(true);
  });

  it('state the amount in the unit the question names', () => {
    const seconds = inUnitsOf('応答は何秒になった?');
    expect(answersNumberQuestion(seconds, '応答は0.6秒になった')).toBe(true);
    expect(answersNumberQuestion(seconds, 'p99 went down to 120 ms')).toBe(true);
    expect(answersNumberQuestion(seconds, 'the API serves 3 regions')).toBe(false);
    const people = inUnitsOf('how many engineers are on the team?');
    expect(answersNumberQuestion(people, 'チームは１２人')).toBe(true);
    expect(answersNumberQuestion(people, 'about 30 engineers')).toBe(true);
    expect(answersNumberQuestion(people, '2万人が使っている')).toBe(true);
    expect(answersNumberQuestion(people, 'the team ships 40 releases')).toBe(false);
    const percent = inUnitsOf('何%速くなった?');
    expect(answersNumberQuestion(percent, '３割速くなった')).toBe(true);
    expect(answersNumberQuestion(percent, '40 % faster')).toBe(true);
    expect(answersNumberQuestion(percent, '40 runs a day')).toBe(false);
  });

  it.each(['300msec', '5 secs', '10 mins'])(
    'read the long spelling of a time unit, as in "%s"',
    (stated) => {
      expect(answersNumberQuestion(inUnitsOf('how long does a start take?'), stated)).toBe(true);
    },
  );

  it('read a Latin unit as a whole word', () => {
    const seconds = inUnitsOf('how long does a start take?');
    expect(answersNumberQuestion(seconds, 'a start takes 5 s')).toBe(true);
    expect(answersNumberQuestion(seconds, 'a start takes 5 s at worst')).toBe(true);
    expect(answersNumberQuestion(seconds, 'it runs on 5 sites')).toBe(false);
    expect(answersNumberQuestion(seconds, 'it runs on 5 hosts')).toBe(false);
  });

  it('state a price in a currency, by its word or its sign', () => {
    const price = inUnitsOf('how much does the support plan cost?');
    expect(answersNumberQuestion(price, 'the plan is 300 dollars')).toBe(true);
    expect(answersNumberQuestion(price, 'the plan is ＄300')).toBe(true);
    expect(answersNumberQuestion(price, 'プランは月5千円')).toBe(true);
    expect(answersNumberQuestion(price, 'the plan covers 300 hosts')).toBe(false);
    expect(answersNumberQuestion(price, '$300 a month')).toBe(true);
    const people = inUnitsOf('how many people use the plan?');
    expect(answersNumberQuestion(people, 'the plan is $300')).toBe(false);
  });

  it('state a price with no currency after a word for one (月額22万, 料金: 500)', () => {
    const price = inUnitsOf('プランは月いくら?');
    for (const text of [
      '最小構成は月額22万',
      '料金: 500',
      '参加費は約1000くらい',
      '利用料 3千から',
      '参加費は2000',
      '料金: 12.50',
      '月額1〜2万',
      '月額22万、年額は未定',
    ])
      expect(answersNumberQuestion(price, text), text).toBe(true);
    for (const text of [
      '費用は3倍',
      '料金は50%オフ',
      '費用 2台分',
      '価格 3 GB',
      '最小構成は22万',
      '月額は未定、3案',
      '費用は3〜5倍',
      '料金は2~3割安くなった',
      '料金は2、3回改定された',
      '料金は2024から値上げ',
      '費用 1/3',
    ])
      expect(answersNumberQuestion(price, text), text).toBe(false);
    // Only a price is asked so: a count after a price word is no count.
    expect(answersNumberQuestion(inUnitsOf('何人来た?'), '参加費は500')).toBe(false);
  });

  it('state a data size in any byte unit, not a bare number, a thousand, a billion or a rate', () => {
    const size = inUnitsOf('出来上がったイメージは何KB?');
    expect(answersNumberQuestion(size, 'イメージは300KBになった')).toBe(true);
    expect(answersNumberQuestion(size, 'the image is 1.2 MB')).toBe(true);
    expect(answersNumberQuestion(size, 'the image is 300 megabytes')).toBe(true);
    expect(answersNumberQuestion(size, 'イメージは5ギガ')).toBe(true);
    expect(answersNumberQuestion(size, '4kの画像を処理する')).toBe(false);
    expect(answersNumberQuestion(size, 'the image has 300 layers')).toBe(false);
    expect(answersNumberQuestion(size, 'we ran the 7B model')).toBe(false);
    expect(answersNumberQuestion(size, '回線は100Mbps出る')).toBe(false);
  });

  it('state a price asked after "what" in a currency, not a count', () => {
    const paid = inUnitsOf('what do they pay per month for the hosting?');
    expect(answersNumberQuestion(paid, 'hosting is 20 dollars a month')).toBe(true);
    expect(answersNumberQuestion(paid, 'hosting serves 20 sites a month')).toBe(false);
  });

  it('state a count with a thousand or a million written in Latin letters before its unit', () => {
    const people = inUnitsOf('how many users does the app have?');
    expect(answersNumberQuestion(people, 'the app has 30k users')).toBe(true);
    expect(answersNumberQuestion(people, 'the app has 1.2 M users')).toBe(true);
    expect(answersNumberQuestion(people, 'the app has 30k stars')).toBe(false);
    const seconds = inUnitsOf('起動は何秒?');
    expect(answersNumberQuestion(seconds, '起動は5m')).toBe(false);
    expect(answersNumberQuestion(seconds, 'a start takes 120 ms')).toBe(true);
  });

  it('state lines of code in Japanese or English when 何行 is asked', () => {
    const lines = inUnitsOf('コードは何行ある?');
    expect(lines.numberAsked?.units).toEqual(['行', 'lines', 'line', 'loc']);
    expect(answersNumberQuestion(lines, 'コードは2万行')).toBe(true);
    expect(answersNumberQuestion(lines, 'total 1.2Mline')).toBe(true);
    expect(answersNumberQuestion(lines, 'about 800 lines in all')).toBe(true);
    expect(answersNumberQuestion(lines, 'about 800 links in all')).toBe(false);
    expect(inUnitsOf('サーバは何台?').numberAsked?.units).toEqual(['台']);
  });

  it.each([
    ['how many nodes does the cluster need?', ['nodes', 'node']],
    ['how many raspberry pis were given away?', ['pis', 'pi']],
    ['how many lines of css were left?', ['lines', 'line']],
    ['how many config items did it need?', ['items', 'item']],
    ['how many shop classes are there?', ['classes', 'class']],
    ['how many replicas are running?', ['replicas', 'replica']],
    ['how many proxies sit in front?', ['proxies', 'proxy']],
    ['how many sheep?', ['sheep']],
    ['無料で何ユーザーまで使える?', ['ユーザ']],
    ['1台で何リクエストくらい捌ける?', ['リクエスト']],
  ])('knows the thing "%s" counts', (question, forms) => {
    const q = asked(question);
    expect(q?.counted).toEqual(forms);
    expect(q?.units).toEqual(expect.arrayContaining([...forms, '個', '台', 'つ']));
  });

  it('state a count of the thing "how many" names, not any number', () => {
    const nodes = inUnitsOf('how many nodes does the cluster need?');
    for (const text of [
      'the cluster runs on 5 nodes',
      'ノードを3台用意した',
      'ノードは3つ',
      'サーバ30個にスケール',
      '5000ノードある',
      'nodes: 12',
      'ノード数は 12',
      'node 3 and 4',
    ]) {
      expect(answersNumberQuestion(nodes, text), text).toBe(true);
    }
    for (const text of [
      '480k+ hits/second',
      'the cluster was set up in 2 steps',
      '1系から2系へ',
      'Latest 2.1.5',
      'the cluster runs on 5 hosts',
    ]) {
      expect(answersNumberQuestion(nodes, text), text).toBe(false);
    }
  });

  it('state a count of people only when the thing counted is people', () => {
    const downloads = inUnitsOf('how many downloads did the plugin get?');
    expect(answersNumberQuestion(downloads, 'プラグインは2万ダウンロード')).toBe(true);
    expect(answersNumberQuestion(downloads, '合計で3万件')).toBe(true);
    expect(answersNumberQuestion(downloads, '会員は12万人')).toBe(false);
    expect(answersNumberQuestion(downloads, 'チームは12名')).toBe(false);
    for (const question of ['how many speakers were there?', 'how many staff helped out?']) {
      expect(answersNumberQuestion(inUnitsOf(question), '当日は12名'), question).toBe(true);
    }
    expect(answersNumberQuestion(inUnitsOf('無料で何ユーザーまで使える?'), '50人まで')).toBe(true);
    // "How many came" counts no noun: people answer it.
    const came = inUnitsOf('how many came to the community meetup?');
    expect(answersNumberQuestion(came, '参加者は120人でした')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('how many women spoke?'), '登壇は3名')).toBe(true);
  });

  it('state a count by a bare number said to be about so many, not by a year', () => {
    const extensions = inUnitsOf('how many extensions are there?');
    expect(answersNumberQuestion(extensions, '公開済みは300くらい')).toBe(true);
    expect(answersNumberQuestion(extensions, '全部で40程度')).toBe(true);
    // Thousands are written with their separators.
    expect(answersNumberQuestion(extensions, '公開済みは1,200くらい')).toBe(true);
    expect(answersNumberQuestion(extensions, '公開は2019くらい')).toBe(false);
    expect(answersNumberQuestion(extensions, '公開済みは1,20くらい')).toBe(false);
    expect(answersNumberQuestion(extensions, '公開済みは300')).toBe(false);
    // A line may begin with the number after a line that ends in a name.
    expect(answersNumberQuestion(extensions, 'the plugin catalog\n300くらい公開')).toBe(true);
    // A version, a decimal, a time or a date said to be about so much counts nothing.
    for (const text of [
      'Python 3くらいから',
      'Java 8程度',
      '18:30前後',
      '5/20くらい',
      'バージョン1前後',
      '0.5くらい',
    ]) {
      expect(answersNumberQuestion(extensions, text), text).toBe(false);
    }
  });

  it('state a score in points for 何点, or after the word for a score, and no year or other number', () => {
    const score = inUnitsOf('試験の平均点って何点だった?');
    expect(score.numberAsked).toMatchObject({
      kind: 'amount',
      units: ['点', 'pt', 'pts', 'points', 'ポイント'],
    });
    expect(answersNumberQuestion(score, '平均は 62.5点 だった')).toBe(true);
    expect(answersNumberQuestion(score, 'an average of 71 points')).toBe(true);
    // Notes that leave 点 out write the score after its word.
    expect(answersNumberQuestion(score, '平均点は72.5でした')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('最終スコアは何点?'), '最終スコアは 0.912')).toBe(true);
    expect(answersNumberQuestion(score, 'スコアは 85 で 2位')).toBe(true);
    // A date or a time after the word is no score.
    expect(answersNumberQuestion(score, 'スコアは 2024/05/01 に発表')).toBe(false);
    expect(answersNumberQuestion(score, 'スコア 10:30 更新')).toBe(false);
    expect(answersNumberQuestion(score, 'a final score of 71')).toBe(true);
    // A score's word before a number answers a score only: not a share asked.
    expect(answersNumberQuestion(inUnitsOf('正解率は何%?'), 'スコアは 85 だった')).toBe(false);
    expect(answersNumberQuestion(score, '2023年度の試験の話')).toBe(false);
    expect(answersNumberQuestion(score, '受験者は 5万人')).toBe(false);
    expect(answersNumberQuestion(score, '受験者は 2023 人')).toBe(false);
    // The first point made, a point of focus, one more point: no score.
    for (const text of ['1点目は設計', '3点張りの構成', 'もう一点質問ですが'])
      expect(answersNumberQuestion(score, text), text).toBe(false);
    // 何点か asks for some points, not how many.
    expect(asked('注意点を何点か教えて')).toBeUndefined();
  });

  it('state kilometres or kilograms for 何キロ, not years, another kilo- unit or a size', () => {
    const speed = inUnitsOf('時速何キロくらい出るの?');
    expect(answersNumberQuestion(speed, '時速 80km に達する')).toBe(true);
    expect(answersNumberQuestion(speed, '最高で 90キロ')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('何キロ走った?'), 'ran 10 kilometers')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('何キロ痩せた?'), '3か月で 5kg 落ちた')).toBe(true);
    expect(answersNumberQuestion(speed, '研究から10年以上たった')).toBe(false);
    expect(answersNumberQuestion(speed, '5回の実験で測った')).toBe(false);
    expect(answersNumberQuestion(speed, '上限は 64キロバイト')).toBe(false);
    // Another kilo- unit is asked as before (any amount), and 何キロバイト asks a size.
    expect(asked('何キロワット?')?.units).toBeUndefined();
    expect(answersNumberQuestion(inUnitsOf('何キロバイトまで?'), '上限は 64KB')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('何キロバイトまで?'), '上限は 64km')).toBe(false);
  });

  it('state a share in words for a share asked: half of it, the majority, a third of it', () => {
    const share = inUnitsOf('what share of the developers use Kotlin?');
    for (const text of [
      '開発者の半数が Kotlin を使う',
      '過半数が採用',
      '半分以上が移行済み',
      'the majority use it',
      'half of the app is Kotlin',
      'a third of the team',
      '三分の一が移行済み',
    ])
      expect(answersNumberQuestion(share, text), text).toBe(true);
    for (const text of [
      'Kotlin を使う開発者が増えた',
      'a third-party library',
      'the first half of the talk',
      'a half-day workshop',
      '半分冗談ですが',
      'within a quarter',
    ])
      expect(answersNumberQuestion(share, text), text).toBe(false);
    // Only for a share: half of a count asked states no count, nor how much faster it got.
    expect(answersNumberQuestion(inUnitsOf('何人が使ってる?'), '開発者の半数が使う')).toBe(false);
    expect(
      answersNumberQuestion(inUnitsOf('how much faster did it get?'), 'half of the time'),
    ).toBe(false);
  });

  it('state a count of the katakana noun 何 asks for, in it or in a counter', () => {
    const users = inUnitsOf('無料で何ユーザーまで使える?');
    expect(answersNumberQuestion(users, '無料枠は5万ユーザーまで')).toBe(true);
    expect(answersNumberQuestion(users, '無料枠は50人まで')).toBe(true);
    expect(answersNumberQuestion(users, '2019年に無料化された')).toBe(false);
  });

  it('state a count of the katakana noun before a counter, joined to it by の', () => {
    const containers = inUnitsOf('毎週コンテナ何個デプロイしてる?');
    expect(answersNumberQuestion(containers, '毎週20億以上のコンテナをデプロイ')).toBe(true);
    expect(answersNumberQuestion(containers, '300のコンテナが動く')).toBe(true);
    expect(answersNumberQuestion(containers, 'コンテナは30個')).toBe(true);
    // Joined to another thing, or to the thing by no の, the number counts something else.
    expect(answersNumberQuestion(containers, '毎週20億以上のリクエストを受ける')).toBe(false);
    expect(answersNumberQuestion(containers, '2019年コンテナを導入')).toBe(false);
    // The noun is the counter's own: a particle may stand between (ノードは何台).
    const nodes = inUnitsOf('ノードは何台あった?');
    expect(answersNumberQuestion(nodes, '100以上のノードで動かした')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('何個作った?'), '100以上のノードで動かした')).toBe(
      false,
    );
    // Each word of more or less may stand before の; full-width digits and a scale count too.
    for (const passage of [
      '100以下のコンテナ',
      '100超のコンテナ',
      '100近くのコンテナ',
      '100余りのコンテナ',
      '100くらいのコンテナ',
      '100ほどのコンテナ',
      '100前後のコンテナ',
      '１００程度のコンテナ',
      '2019万のコンテナ',
      '1,000のコンテナ',
      '2.5万のコンテナ',
      '10万くらいのコンテナ',
    ])
      expect(answersNumberQuestion(containers, passage), passage).toBe(true);
    // A name's or a version's number, a year, a compound the thing begins: no count of it.
    for (const passage of [
      'ポート8080のコンテナ',
      'Java 17のコンテナ',
      'Ubuntu 22.04のコンテナ',
      'PR #123のコンテナ',
      '2024のコンテナ',
      '10以上のコンテナイメージ',
      '3のコンテナーランタイム',
      '10万くらいのコンテナイメージ',
      '6/12のコンテナ',
      '3.5のコンテナ',
    ])
      expect(answersNumberQuestion(containers, passage), passage).toBe(false);
    // The thing is two katakana or more before the counter.
    expect(inUnitsOf('ノは何台?').numberAsked).not.toHaveProperty('joined');
  });

  it('state work asked in person-days or person-months in 人日 or 人月', () => {
    const days = inUnitsOf('how many person-days did the manual QA take?');
    expect(answersNumberQuestion(days, 'QAは毎回4人日かかっていた')).toBe(true);
    expect(answersNumberQuestion(days, 'QAは毎回4日かかっていた')).toBe(false);
    const months = inUnitsOf('how many man-months did the rewrite cost?');
    expect(answersNumberQuestion(months, '書き直しに6人月')).toBe(true);
    expect(answersNumberQuestion(months, '書き直しに6か月')).toBe(false);
  });

  it('state an amount with its number in words, English or kanji, only before its unit', () => {
    const long = inUnitsOf('How long did the migration take?');
    expect(answersNumberQuestion(long, 'the migration took about two weeks')).toBe(true);
    expect(answersNumberQuestion(long, '移行は半年かかった')).toBe(true);
    expect(answersNumberQuestion(long, '移行は二週間で終わった')).toBe(true);
    expect(answersNumberQuestion(long, 'one of the reasons was the schema')).toBe(false);
    expect(answersNumberQuestion(long, '一部の機能だけ移した')).toBe(false);
    const people = inUnitsOf('how many people came?');
    expect(answersNumberQuestion(people, 'a dozen people came')).toBe(true);
    expect(answersNumberQuestion(people, 'チームは十人')).toBe(true);
    expect(answersNumberQuestion(people, 'tenants came in')).toBe(false);
  });

  it('read 何年分 as how many years, where a year of the calendar is no answer', () => {
    const years = inUnitsOf('データは何年分入れてた?');
    expect(years.numberAsked?.kind).toBe('amount');
    expect(answersNumberQuestion(years, '過去5年分のデータ')).toBe(true);
    expect(answersNumberQuestion(years, '2019年のデータ')).toBe(false);
    // 何月分 asks which month (何月分の請求), as a date.
    expect(asked('ログは何月分から保存?')?.kind).toBe('date');
    expect(answersNumberQuestion(inUnitsOf('how long does a start take?'), 'about 2000 ms')).toBe(
      true,
    );
  });

  it('read 何対何 as a ratio: two numbers with 対 between them', () => {
    const ratio = inUnitsOf('比率は何対何にした?');
    expect(answersNumberQuestion(ratio, '正例と負例を1対10にした')).toBe(true);
    // A colon may be a time of day.
    expect(answersNumberQuestion(ratio, '読み書きは19:00以降に増える')).toBe(false);
    expect(answersNumberQuestion(ratio, '1万件のデータ')).toBe(false);
  });

  it('state a count with a hyphen or a plus after the number (a 30-node cluster, 200+ services)', () => {
    const nodes = inUnitsOf('how many nodes does the cluster have?');
    expect(answersNumberQuestion(nodes, 'onto a 30-node cluster')).toBe(true);
    const services = inUnitsOf('how many services was the monolith split into?');
    expect(answersNumberQuestion(services, 'split into 200+ services')).toBe(true);
    expect(answersNumberQuestion(services, 'split in 2019')).toBe(false);
  });

  it('read a count of the thing named just before the number, not one Japanese words come between', () => {
    const groups = inUnitsOf('how many entity groups can one transaction touch?');
    expect(answersNumberQuestion(groups, 'entity groups: 25 at most')).toBe(true);
    expect(answersNumberQuestion(groups, 'Entity Groupは25まで')).toBe(true);
    expect(answersNumberQuestion(groups, 'Entity Group が約 25')).toBe(true);
    expect(answersNumberQuestion(groups, 'Entity Group total 25')).toBe(true);
    for (const text of ['Entity Groupは最大25', 'Entity Groupには25まで', 'Entity Groupsを合計25'])
      expect(answersNumberQuestion(groups, text), text).toBe(true);
    expect(answersNumberQuestion(groups, 'Entity Group の更新は毎秒 1 回まで')).toBe(false);
    expect(answersNumberQuestion(groups, 'Entity Group を使うと 3 倍遅い')).toBe(false);
  });

  it('read a thing asked in katakana as counted by the English word after the number', () => {
    const nodes = inUnitsOf('クラスタは何ノードくらい?');
    expect(answersNumberQuestion(nodes, 'a cluster of 30 nodes')).toBe(true);
    expect(answersNumberQuestion(nodes, 'クラスタは2019年から')).toBe(false);
    expect(answersNumberQuestion(nodes, 'クラスタは Kubernetes 1.28 on bare metal')).toBe(false);
    expect(answersNumberQuestion(inUnitsOf('何ユーザーくらい使ってる?'), 'p99は200ms')).toBe(false);
  });

  it('take 何 before a unit in katakana as that unit, not a thing counted', () => {
    expect(asked('GPUノードの費用は何ドルくらい?')?.units).toContain('dollars');
    expect(asked('距離は何キロくらい?')?.units).toContain('km');
    expect(asked('how many percent faster did the build get?')?.units).toContain('%');
  });

  it('read "how many X do people do" as counting X, not people', () => {
    expect(asked('how many deploys do developers do a day?')?.counted).toEqual([
      'deploys',
      'deploy',
    ]);
    expect(asked('how many requests do users send?')?.counted).toEqual(['requests', 'request']);
  });

  it('state a count in the counter of the thing counted, when it has one of its own', () => {
    const items = inUnitsOf('how many config items did it need?');
    expect(answersNumberQuestion(items, '設定項目は6項目')).toBe(true);
    const rows = inUnitsOf('how many rows did the table have?');
    expect(answersNumberQuestion(rows, '設定項目は6項目')).toBe(false);
    expect(answersNumberQuestion(rows, 'テーブルは1万行')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('how many shops were in it?'), '40店舗')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('how many nodes run?'), '40店舗')).toBe(false);
    // Each counter of one kind of thing answers a question counting it, and a count of people
    // answers none of them.
    const ownCounters = [
      ['how many config items were there?', '設定は6項目'],
      ['how many lines of code were there?', 'コードは1万行'],
      ['how many rows did the table have?', 'テーブルは1万行'],
      ['how many shops joined?', '40軒が参加'],
      ['how many stores opened?', '40店舗が開店'],
      ['how many books did they read?', '3冊読んだ'],
      ['how many copies did it sell?', '5000部売れた'],
      ['how many points did it list?', '5点挙げた'],
    ] as const;
    for (const [question, passage] of ownCounters) {
      expect(answersNumberQuestion(inUnitsOf(question), passage), question).toBe(true);
      expect(answersNumberQuestion(inUnitsOf(question), '3000人が来た'), question).toBe(false);
    }
    // Things that happen are counted in times (回, 度); things that exist are not.
    for (const [question, passage] of [
      ['how many attacks per day were mentioned?', '1日75万回攻撃された'],
      ['how many requests did it take?', '3回リクエストした'],
      ['how many deploys a day?', '1日20回デプロイ'],
    ] as const)
      expect(answersNumberQuestion(inUnitsOf(question), passage), question).toBe(true);
    expect(
      answersNumberQuestion(inUnitsOf('how many servers did they run?'), '3回再起動した'),
    ).toBe(false);
    // Not a temperature.
    for (const passage of ['30度まで上がった'])
      expect(
        answersNumberQuestion(inUnitsOf('how many requests per second?'), passage),
        passage,
      ).toBe(false);
    // 部 of a department, a part or an ordinal counts no copies.
    for (const passage of ['第2部で話した', '3部構成の本でした', '3部署に展開した'])
      expect(
        answersNumberQuestion(inUnitsOf('how many copies did it sell?'), passage),
        passage,
      ).toBe(false);
    // Copies of a book are counted in 部.
    const copies = inUnitsOf('how many copies did the book sell?');
    expect(answersNumberQuestion(copies, '入門書は3000部売れた')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('how many nodes run?'), '入門書は3000部売れた')).toBe(
      false,
    );
  });

  it('state people counted with a word of English between the number and who', () => {
    const users = inUnitsOf('how many unique users does it handle?');
    expect(answersNumberQuestion(users, '1.5M+ unique users')).toBe(true);
    expect(answersNumberQuestion(users, '30 new users')).toBe(true);
    expect(answersNumberQuestion(users, '30 new regions')).toBe(false);
    // A short unit takes no word between: 5 big ms is no time.
    const time = inUnitsOf('how many ms does it take?');
    expect(answersNumberQuestion(time, 'takes 5 ms')).toBe(true);
    expect(answersNumberQuestion(time, 'takes 5 big ms')).toBe(false);
  });

  it('state a number of places in any of its spellings when 何か所 is asked', () => {
    const places = inUnitsOf('避難所は何か所見つかった?');
    expect(answersNumberQuestion(places, '避難所が12箇所見つかった')).toBe(true);
    expect(answersNumberQuestion(places, '12ヶ所')).toBe(true);
    expect(answersNumberQuestion(places, '12 sites were found')).toBe(true);
    expect(answersNumberQuestion(places, '2016年の地震')).toBe(false);
  });

  it('state who is counted before the number, as Japanese often writes it', () => {
    const people = inUnitsOf('何人来た?');
    expect(answersNumberQuestion(people, '来場者3000+')).toBe(true);
    expect(answersNumberQuestion(people, '参加者: 約120')).toBe(true);
    expect(answersNumberQuestion(people, '会場の席は120')).toBe(false);
    const times = inUnitsOf('何回開催した?');
    expect(answersNumberQuestion(times, '参加者120')).toBe(false);
  });

  it('state people counted after a word of coming or signing up and a particle, the number alone', () => {
    const people = inUnitsOf('実際には何人来たの?');
    expect(answersNumberQuestion(people, '申込ベースで900超、来場で700以上だった')).toBe(true);
    expect(answersNumberQuestion(people, '参加は45ほどでした')).toBe(true);
    expect(answersNumberQuestion(people, '登録が 130。')).toBe(true);
    expect(answersNumberQuestion(people, '来場者数: 88')).toBe(true);
    // Another unit after the number, a year, or no particle: no headcount.
    expect(answersNumberQuestion(people, '参加は15分から')).toBe(false);
    expect(answersNumberQuestion(people, '登録で2019年から')).toBe(false);
    expect(answersNumberQuestion(people, '来場700以上')).toBe(false);
    expect(answersNumberQuestion(people, '会場で700以上')).toBe(false);
    expect(answersNumberQuestion(people, '懇親会への参加は 2 回目からは有料')).toBe(false);
    expect(answersNumberQuestion(people, '登録は 5 分で終わる')).toBe(false);
    expect(answersNumberQuestion(people, '来場で 600 以上')).toBe(true);
    // Only people are counted so: not a number of times.
    expect(answersNumberQuestion(inUnitsOf('何回やった?'), '参加は45ほどでした')).toBe(false);
  });

  it('state a count named by its counter and 数 before the number (台数は200, 回数: 3)', () => {
    const machines = inUnitsOf('サーバは何台?');
    expect(answersNumberQuestion(machines, 'サーバ台数は200')).toBe(true);
    expect(answersNumberQuestion(machines, '台数: 約40で運用')).toBe(true);
    expect(answersNumberQuestion(machines, '台数が 12')).toBe(true);
    // Another counter's count, or 数 with no counter, says nothing of machines.
    expect(answersNumberQuestion(machines, '件数は200')).toBe(false);
    expect(answersNumberQuestion(machines, 'サーバ数は200')).toBe(false);
    expect(answersNumberQuestion(machines, '台数は、約 200')).toBe(true);
    // The count must come right after: a number further on is something else's; a year is none.
    expect(answersNumberQuestion(machines, '台数は多いがCPUは8コア')).toBe(false);
    expect(answersNumberQuestion(machines, '台数は2019年から増えた')).toBe(false);
    // 度数 and 分数 are a frequency and a fraction, no count of times or minutes.
    expect(answersNumberQuestion(inUnitsOf('何回リトライした?'), '度数は5')).toBe(false);
    expect(answersNumberQuestion(inUnitsOf('何分かかった?'), '分数は3')).toBe(false);
    const times = inUnitsOf('何回リトライする?');
    expect(answersNumberQuestion(times, 'リトライ回数は5')).toBe(true);
    // A unit spelled in letters has no 数 form.
    const minutes = inUnitsOf('how many minutes did it take?');
    expect(answersNumberQuestion(minutes, 'minutes数は5')).toBe(false);
  });

  it('state a count said of the thing counted: ライブラリは120ほどある answers ライブラリ何個', () => {
    const packages = inUnitsOf('標準パッケージって何個くらいある?');
    expect(answersNumberQuestion(packages, '標準のパッケージは120ほどある')).toBe(true);
    expect(answersNumberQuestion(packages, 'パッケージが約 40、準標準は多い')).toBe(true);
    expect(answersNumberQuestion(packages, 'パッケージ: 12')).toBe(true);
    expect(answersNumberQuestion(packages, 'Goのパッケージは12ある')).toBe(true);
    expect(answersNumberQuestion(packages, 'ツールのパッケージは12ある')).toBe(true);
    // A unit, a version or a year after it, or a longer katakana word, is no count of the thing.
    expect(answersNumberQuestion(packages, 'パッケージは3系を使う')).toBe(false);
    expect(answersNumberQuestion(packages, 'パッケージは8GBある')).toBe(false);
    for (const spaced of [
      'パッケージは8 GBある',
      'パッケージは3 系',
      'パッケージは10 倍',
      'パッケージは80 %',
    ])
      expect(answersNumberQuestion(packages, spaced), spaced).toBe(false);
    expect(answersNumberQuestion(packages, 'パッケージは120 ほどある')).toBe(true);
    expect(answersNumberQuestion(packages, 'パッケージは2019年に出た')).toBe(false);
    expect(answersNumberQuestion(packages, 'パッケージは1.2くらい')).toBe(false);
    expect(answersNumberQuestion(packages, 'サブパッケージは12ある')).toBe(false);
    // Another thing's count, or the thing far before the number, says nothing.
    expect(answersNumberQuestion(packages, 'モジュールは120ほどある')).toBe(false);
    expect(answersNumberQuestion(packages, 'パッケージの話は長かったが 120')).toBe(false);
  });

  it('read 何分の1 as a fraction, which any number answers, and 何分 alone as minutes', () => {
    const fraction = inUnitsOf('実物の何分の1の模型?');
    expect(fraction.numberAsked).toEqual({ kind: 'amount', given: ['1'] });
    expect(answersNumberQuestion(fraction, '1/10の模型')).toBe(true);
    expect(answersNumberQuestion(inUnitsOf('何分の一?'), '10分の1')).toBe(true);
    const minutes = inUnitsOf('何分の発表だった?');
    expect(answersNumberQuestion(minutes, '1/10の模型')).toBe(false);
    expect(answersNumberQuestion(minutes, '20分の発表')).toBe(true);
  });

  it('state a counter the question names after 何', () => {
    const hosts = inUnitsOf('サーバは何台?');
    expect(answersNumberQuestion(hosts, 'サーバは３台')).toBe(true);
    expect(answersNumberQuestion(hosts, 'サーバは３つ')).toBe(false);
    const items = inUnitsOf('モジュールは何個ある?');
    expect(answersNumberQuestion(items, 'モジュールは100こくらい')).toBe(true);
    expect(answersNumberQuestion(items, 'モジュールは100%')).toBe(false);
  });

  it('state a version: numbers joined by dots, also in a name, not a decimal with a unit', () => {
    const version = query('version', ['2.10']);
    expect(answersNumberQuestion(version, 'works from Go1.13')).toBe(true);
    expect(answersNumberQuestion(version, 'needs ２．９ or later')).toBe(true);
    expect(answersNumberQuestion(version, 'Ansible 2.10 is the topic')).toBe(false);
    expect(answersNumberQuestion(version, 'about 1.5倍 faster')).toBe(false);
    expect(answersNumberQuestion(version, 'about 100 modules')).toBe(false);
    // A year, a month and a day joined by dots is a date; a year with one more part a version.
    expect(answersNumberQuestion(version, '2022.11.05 の夜に開催')).toBe(false);
    expect(answersNumberQuestion(version, 'held on 1999.12.31')).toBe(false);
    expect(answersNumberQuestion(version, 'IntelliJ 2023.1 で')).toBe(true);
    expect(answersNumberQuestion(version, 'tag 2021.13.29')).toBe(true);
    expect(answersNumberQuestion(version, 'tag 2021.01.32')).toBe(true);
  });

  it('state a version: a major version written onto the name asked about', () => {
    const vue = { numberAsked: asked('which vue version does the widget need?') };
    expect(answersNumberQuestion(vue, 'the widget moved to vue3 last spring')).toBe(true);
    expect(answersNumberQuestion(vue, 'ＶＵＥ３で書き直した')).toBe(true);
    // A number on another name is no version of this one (a second day, a protocol).
    expect(answersNumberQuestion(vue, 'day2 of the migration went over http2')).toBe(false);
    // Names of two letters or fewer with a number (S3, EC2), four digits, a digit inside a word.
    expect(answersNumberQuestion(vue, 'logs go to S3 from EC2')).toBe(false);
    expect(answersNumberQuestion(vue, 'targets vue2020')).toBe(false);
    expect(answersNumberQuestion(vue, 'uses vue3x and k8s')).toBe(false);
    expect(answersNumberQuestion(vue, 'the job2vue3 step ran')).toBe(false);
    // The version the question names is no answer to it.
    const after = asked('which version came after php7?');
    expect(after?.given).toContain('php7');
    expect(answersNumberQuestion({ numberAsked: after }, 'PHP7で動かす')).toBe(false);
    expect(answersNumberQuestion({ numberAsked: after }, 'PHP8で動かす')).toBe(true);
    expect(answersNumberQuestion({ numberAsked: after }, 'PHP 7で動かす')).toBe(false);
  });

  it('state a version: a major version one space after the name asked about', () => {
    const browser = { numberAsked: asked('from which firefox version does it work?') };
    expect(answersNumberQuestion(browser, 'Firefox 37から')).toBe(true);
    expect(answersNumberQuestion(browser, 'Firefox 128 から既定')).toBe(true);
    expect(answersNumberQuestion(browser, 'Chromeのみ、Firefoxは未対応')).toBe(false);
    expect(answersNumberQuestion(browser, 'day 2 of the release, chrome 80')).toBe(false);
    expect(answersNumberQuestion(browser, 'firefox  37')).toBe(false);
    for (const question of [
      'what version of node did they use?',
      "what's node's version?",
      'nodeのバージョンは?',
      'Nodeって何バージョン?',
      'node どのバージョン?',
    ]) {
      const numberAsked = asked(question);
      expect(numberAsked?.versionOf, question).toEqual(['node']);
      expect(answersNumberQuestion({ numberAsked }, 'Node 18で動かす'), question).toBe(true);
    }
    // Only the name next to the word for version: "runs 40" is a count, not a version of "runs".
    const farm = { numberAsked: asked('which version of the build farm runs the jobs?') };
    expect(farm.numberAsked?.versionOf).toEqual(['build']);
    expect(answersNumberQuestion(farm, 'the build farm runs 40 hosts')).toBe(false);
    expect(answersNumberQuestion(farm, 'the jobs run on build 2')).toBe(true);
    // A count after the name is no version of it: a share, a multiple, a counter, a noun.
    for (const text of [
      'Firefox 40% of users',
      'Firefox 2倍',
      'node 3台で運用',
      'node 4 pods at most',
      'Kubernetes 3クラスタ',
    ])
      expect(
        answersNumberQuestion(
          { numberAsked: asked('which firefox, node or kubernetes version?') },
          text,
        ),
        text,
      ).toBe(false);
    expect(answersNumberQuestion(browser, 'Firefox 40 and later')).toBe(true);
    // Words after the version that count nothing leave it a version.
    const node = { numberAsked: asked('which node version do they run?') };
    for (const text of [
      'Node 1 pod',
      'node 2 pods',
      'node 1 user',
      'node 3 gb',
      'node 5 times',
      'node 100 requests per second',
      'node 30 lines of code',
      'node 100 milliseconds',
      'node 100接続',
      'node 30行',
    ])
      expect(answersNumberQuestion(node, text), text).toBe(false);
    for (const text of ['They run Node 20 in production', 'Node 20 is required', 'Node 20 LTS'])
      expect(answersNumberQuestion(node, text), text).toBe(true);
    for (const question of [
      'what is the current version of node?',
      "what's the major version of node?",
    ])
      expect(asked(question)?.versionOf, question).toEqual(['node']);
    expect(asked('Redisはどのバージョン?')?.versionOf).toEqual(['redis']);
    expect(asked('APIの redisのバージョンは?')?.versionOf).toEqual(['redis']);
    expect(asked('what’s node’s version?')?.versionOf).toEqual(['node']);
    expect(asked('what is the latest version?')?.versionOf).toEqual([]);
  });

  it("are not the meetup's number the question names: the answer may be that number", () => {
    for (const question of [
      'at meetup #3, how long did the migration take?',
      '第3回で移行に何日間かかった?',
      '3回目の勉強会で移行に何日間かかった?',
      'vol.3 - how long did the migration take?',
    ]) {
      const numberAsked = asked(question);
      expect(numberAsked?.given, question).toEqual([]);
      expect(answersNumberQuestion({ numberAsked }, 'the migration took 3 days'), question).toBe(
        true,
      );
    }
    expect(asked('how long did the 3 builds take?')?.given).toEqual(['3']);
  });

  it('do not exist for a question that asks for no number', () => {
    expect(
      answersNumberQuestion({ numberAsked: undefined }, 'The migration finished after 14 hours'),
    ).toBe(false);
  });
});

describe('isUnitWord', () => {
  it('knows the units amounts are counted in and the counters of dates', () => {
    for (const word of ['分', '人', '円', '%', 'minutes', '回', '倍', '年', '月', '日'])
      expect(isUnitWord(word), word).toBe(true);
  });

  it('leaves other words, and longer words with a date counter in them, alone', () => {
    for (const word of ['本', '書籍', '月額', '日本', 'book'])
      expect(isUnitWord(word), word).toBe(false);
  });
});

describe('asksCountWord', () => {
  it('takes 何 and a counter at the start of a word, not 何か, 何も or 何度も', () => {
    for (const word of [
      '何台',
      '何個',
      '何人',
      '何ヶ月',
      '何日間残',
      '何種類',
      '何件',
      '何回',
      '何分',
    ])
      expect(asksCountWord(word), word).toBe(true);
    for (const word of ['何', '何故', '何処', 'サーバ', '台数', '何人か', '何回も', '何度も'])
      expect(asksCountWord(word), word).toBe(false);
  });
});
