/** The help overlay: every key and what it does. */
import { Box, Text } from 'ink';
import { msg } from '../../text/i18n.js';
import { fit, wrap } from '../format.js';
import type { Theme } from '../theme.js';

/** Props of the help overlay. */
export interface HelpOverlayProps {
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** Columns of the keys column. */
const KEY_WIDTH = 13;

/**
 * The help's lines: each key beside what it does, wrapped under itself when it does not fit on one line,
 * at most `rows` lines (whole entries only).
 */
export function helpLines(width: number, rows: number): { key: string; text: string }[] {
  const lines: { key: string; text: string }[] = [];
  for (const [key, what] of msg.ui.help) {
    const wrapped = wrap(what, Math.max(1, width - KEY_WIDTH));
    if (lines.length + wrapped.length > rows) break;
    wrapped.forEach((text, i) => {
      lines.push({ key: i === 0 ? key : '', text });
    });
  }
  return lines;
}

/** List every key in `height` lines. */
export function HelpOverlay(p: HelpOverlayProps) {
  const lines = helpLines(p.width, Math.max(0, p.height - 3));
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      <Text bold color={p.theme.accent}>
        {msg.ui.helpTitle}
      </Text>
      <Text> </Text>
      {lines.map((l) => (
        <Text key={`${l.key}|${l.text}`} wrap="truncate">
          <Text bold>{fit(l.key, KEY_WIDTH)}</Text>
          <Text>{l.text}</Text>
        </Text>
      ))}
      <Text color={p.theme.muted}>{msg.ui.helpClose}</Text>
    </Box>
  );
}
