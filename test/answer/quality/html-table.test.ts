import { describe, expect, it } from 'vitest';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A conference page as a site generator's Markdown writes it: the programme an HTML table, with
// a blank line between two rows (the row after it indented as an indented code block would be)
// and a speaker's company over their name in one cell.
const PROGRAMME = `# Harbor Tech Day 2024

## Programme

<table><thead>
  <tr>
    <th>Time</th>
    <th>Speaker</th>
    <th>Talk</th>
  </tr>
</thead>
<tbody>
  <tr>
    <td>10:00</td>
    <td>Northwind Inc.<br>CTO<br>Mika Sato</td>
    <td>Keeping build farms warm</td>
  </tr>

    <tr>
      <td>11:00</td>
      <td>Ren Ota</td>
      <td>Tracing queues with OpenTelemetry</td>
    </tr>
</tbody>
</table>
`;

const first = (question: string) => {
  const answer = buildEngine(notesFrom(PROGRAMME)).ask(question);
  return answer.kind === 'found' ? answer.results[0] : undefined;
};

describe('an HTML programme table', () => {
  it('answers from a row after a blank line, as the row reads, never as markup', () => {
    const snippet = first('Who talked about tracing queues with OpenTelemetry?')?.snippet ?? '';
    expect(snippet).toContain('11:00 | Ren Ota | Tracing queues with OpenTelemetry');
    expect(snippet).not.toMatch(/<\/?t[dr]>/);
  });

  it('keeps a cell with line breaks on its row', () => {
    expect(first('Who gave the build farms talk?')?.snippet).toContain(
      '10:00 | Northwind Inc. CTO Mika Sato | Keeping build farms warm',
    );
  });
});
