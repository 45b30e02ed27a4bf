/** The open-file picker: a path to type, the scenario files to pick from, and the last error. */
import { Box, Text } from 'ink';
import { fit, wrap } from '../format.js';
import { scrollWindow } from '../layout.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';

/** Props of the picker. */
export interface OpenOverlayProps {
  readonly text: string;
  readonly files: readonly string[];
  readonly selected: number;
  readonly error: string | undefined;
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** Render the picker in at most `height` lines. */
export function OpenOverlay(p: OpenOverlayProps) {
  const errLines = p.error ? wrap(p.error, p.width, 4) : [];
  const listRows = Math.max(1, p.height - 3 - errLines.length);
  const top = scrollWindow(p.selected, p.files.length, listRows);
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      <Text wrap="truncate">
        <Text bold color={p.theme.accent}>
          {msg.ui.openPrompt}
        </Text>
        <Text>{p.text}▏</Text>
      </Text>
      {p.files.slice(top, top + listRows).map((f, i) => (
        <Text key={f} inverse={top + i === p.selected} wrap="truncate">
          {fit(`  ${f}`, Math.min(p.width, 60))}
        </Text>
      ))}
      {errLines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a terminal line's position is its identity
        <Text key={`e${i}`} color={p.theme.error}>
          {l}
        </Text>
      ))}
      <Text color={p.theme.muted}>{msg.ui.openHint}</Text>
    </Box>
  );
}
