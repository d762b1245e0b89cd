import { describe, expect, it } from 'vitest';
import { asksWhetherTalked } from '../../src/search/existence-asked.js';
import { normalize } from '../../src/search/normalize.js';

const asks = (question: string) => asksWhetherTalked(normalize(question)) !== undefined;

describe('asksWhetherTalked', () => {
  it.each([
    'Was there a talk on Nomad?',
    'were there any sessions about Vault at these meetups?',
    'Did anyone present on Flutter?',
    'did anybody mention Pulumi at the last meetup?',
    'Has anyone talked about eBPF here?',
    'any talks on service meshes?',
    'Pulumiの発表ってあった？',
    'Rustの話ってどこかのミートアップでありました？',
    'eBPFのLTはある?',
    'WebAssemblyのセッションがありますか',
    'Is there a Terraform talk at the Fukuoka meetups?',
    'was there anything on Nomad?',
    'Did someone demo Nomad?',
    'Nomadの講演ってあった？',
  ])('"%s" asks whether a talk spoke of something', (question) => {
    expect(asks(question)).toBe(true);
  });

  it.each([
    'How many talks were there?',
    'Was the meetup held online?',
    'what did they present about Nomad?',
    'Where is the talk on Nomad?',
    'Nomadの発表の資料はどこ？',
    '会場はどこであった？',
    '懇親会はありました？',
    'Was there a question about gRPC health checks?',
    'were there any questions about pricing?',
    'Was there any downtime?',
    'did anyone ask about pricing?',
    'Vaultはある?',
    'defaultはありますか',
    '電話があった?',
  ])('"%s" asks something else', (question) => {
    expect(asks(question)).toBe(false);
  });

  it.each([
    ['did anybody mention Pulumi?', ['did', 'anybody', 'mention']],
    ['Was there a Terraform talk at the meetup?', ['was', 'there', 'talk']],
    ['Pulumiの発表ってあった？', ['発表']],
  ])('gives the words of the phrase that asks "%s", not the topic', (question, words) => {
    expect([...(asksWhetherTalked(normalize(question)) ?? [])]).toEqual(words);
  });
});
