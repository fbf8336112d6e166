import { bandStyle } from './band-style';
import type { MapScenario, ScenarioMapOptions } from './map-scenario';
import { mapDescription, mapTitle } from './map-summary';
import { formatShare, loopReplies } from './scenario-dot';

/** Markdown inline code that survives any id or backtick. */
const code = (value: string) => (value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``);
/** Text as one Markdown line, with the characters that would start markup escaped. */
const plain = (value: string) =>
  value
    .replace(/\s+/g, ' ')
    .replace(/([\\*_[\]<>|#])/g, '\\$1')
    .trim();

/**
 * The map as text: every scene with the customer's words, and where each of its replies leads;
 * then every ending. Written beside each SVG (docs/maps/<id>.md) for readers who cannot see the
 * picture, and for anyone searching the text of a branch.
 */
export function scenarioMapText(
  scenario: MapScenario,
  options: ScenarioMapOptions & { svgFile?: string } = {},
): string {
  const loops = loopReplies(scenario);
  const sceneIds = new Set(scenario.scenes.map((s) => s.id));
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  const title = mapTitle(scenario, options);
  const out = [`# ${plain(title)}`, '', mapDescription(scenario, options), ''];
  if (options.svgFile) out.push(`![${plain(title)}](${options.svgFile})`, '');
  const endingTotal = Object.values(options.endingCounts ?? {}).reduce((sum, n) => sum + n, 0);
  out.push('## Scenes', '');
  for (const scene of scenario.scenes) {
    const notes = [
      scene.id === scenario.start ? 'start' : '',
      scene.id === options.highlightSceneId ? 'highlighted' : '',
    ].filter(Boolean);
    out.push(`### ${plain(scene.id)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`, '');
    for (const line of scene.customer ?? []) out.push(`> ${plain(line)}`, '>');
    if ((scene.customer ?? []).length > 0) out.pop();
    out.push('');
    const counts = options.choiceCounts?.[scene.id];
    const total = Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);
    if (scene.replies.length === 0) out.push('No replies.');
    for (const reply of scene.replies) {
      const where = sceneIds.has(reply.next)
        ? `scene ${code(reply.next)}`
        : endingIds.has(reply.next)
          ? `ending ${code(reply.next)}`
          : `${code(reply.next)}, which is not a scene or ending`;
      const share = options.choiceCounts ? `, chosen by ${formatShare(counts?.[reply.id] ?? 0, total)}` : '';
      const loop = loops.has(reply.id) ? ' (loops back)' : '';
      const said = reply.text ? `: “${plain(reply.text)}”` : '';
      out.push(`- ${code(reply.id)}, ${bandStyle(reply.band).mark}${share}${said} → ${where}${loop}`);
    }
    out.push('');
  }
  out.push('## Endings', '');
  for (const ending of scenario.endings) {
    const share = options.endingCounts
      ? `, reached by ${formatShare(options.endingCounts[ending.id] ?? 0, endingTotal)}`
      : '';
    out.push(
      `- ${code(ending.id)}, ${bandStyle(ending.band).mark}${ending.title ? `: ${plain(ending.title)}` : ''}${share}`,
    );
  }
  return `${out.join('\n')}\n`;
}
