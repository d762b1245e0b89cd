import { describe, expect, it } from 'vitest';
import { commandDefinition } from '../../../adapters/discord/command-definition.js';

describe('the slash command Discord registers', () => {
  it('is named by the identity and described in English and Japanese with its name', () => {
    const command = commandDefinition({ command: 'meetup', displayName: 'Go Bot' });
    expect(command.name).toBe('meetup');
    expect(command.description).toBe('Ask Go Bot about the meetup talks');
    expect(command.description_localizations).toEqual({
      ja: 'Go Botにミートアップのトークについて質問する',
    });
    const options = (command.options ?? []) as {
      name: string;
      description: string;
      description_localizations: Record<string, string>;
      options?: { name: string; description: string; required?: boolean; max_length?: number }[];
    }[];
    expect(options.map((o) => o.name)).toEqual(['ask', 'help', 'talks']);
    expect(options.map((o) => o.description)).toEqual([
      'Ask a question about the meetup talks',
      'How to ask me things',
      'List the meetups and talks, with slide links',
    ]);
    expect(options.map((o) => o.description_localizations.ja)).toEqual([
      'ミートアップのトークについて質問する',
      '質問のしかた',
      'ミートアップとトークをスライドへのリンク付きで一覧する',
    ]);
    expect(options[0]?.options?.[0]).toMatchObject({
      name: 'question',
      description: 'Your question about the talks, in English or Japanese',
      required: true,
      max_length: 1000,
    });
  });

  it('cuts descriptions to Discord’s 100 characters', () => {
    const command = commandDefinition({ command: 'x', displayName: 'B'.repeat(120) });
    expect(command.description).toHaveLength(100);
    expect(command.description_localizations?.ja).toHaveLength(100);
  });
});
