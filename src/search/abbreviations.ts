import { normalize } from './normalize.js';

/**
 * Abbreviations that engineers' notes use for words a question spells out, and the other way
 * round: notes say "LBをL7に切り替え" where the question asks about the load balancer, "DB" where
 * it asks about the database. The general dictionaries have none of them: sudachi's Latin
 * headwords under three letters are left out (see synonym-dictionary.ts), EDICT has few. Each
 * line is one group: the abbreviation, its spelled-out English, and the katakana the notes may
 * write instead; words that are everyday Japanese (環境, 設定) are left out, since they would tie a
 * question to every passage about anything, and so are abbreviations with a second common
 * meaning in meetup notes (PR is as often a sponsor's pitch as a pull request, FW a framework
 * as a firewall, QA a question time, ML a mailing list, Mr. and Dr. titles). GW stays, though
 * it is also Golden Week: notes on infrastructure use it for gateway. Loaded with the language resources as one more
 * dictionary (see language-resources.ts), weighed as the general dictionary is.
 */
const GROUPS = `
db | database | databases | データベース
lb | load balancer | load balancers | ロードバランサ | ロードバランサー
gw | gateway | gateways | ゲートウェイ
env | environment | environments
vm | virtual machine | virtual machines | 仮想マシン
k8s | kubernetes | クバネティス | クーバネティス | クーベネティス
repo | repository | repositories | リポジトリ | レポジトリ
stg | staging | ステージング
prod | production
infra | infrastructure | インフラ
auth | authentication | 認証
perf | performance | パフォーマンス
ci | continuous integration
iac | infrastructure as code
sre | site reliability engineering
ai | artificial intelligence | 人工知能
cdn | content delivery network
ha | high availability | 高可用性
ui | user interface
ux | user experience
oss | open source software | オープンソース
poc | proof of concept | 概念実証
e2e | end to end | end-to-end
cli | command line
sdk | software development kit
ide | integrated development environment
saas | software as a service
paas | platform as a service
iaas | infrastructure as a service
faas | function as a service | functions as a service
nw | network | networks | ネットワーク
os | operating system | operating systems
dwh | data warehouse | データウェアハウス
mq | message queue | message queues | メッセージキュー
`;

/** The groups, each word normalized as the index's text is. */
export const ABBREVIATIONS: readonly (readonly string[])[] = GROUPS.trim()
  .split('\n')
  // Normalizing can make two spellings one (ロードバランサー and ロードバランサ): kept once.
  .map((line) => [...new Set(line.split('|').map((word) => normalize(word.trim())))]);
