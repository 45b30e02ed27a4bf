/** The help overlay: every key and what it does. */
import { Box, Text } from 'ink';
import { fit } from '../format.js';
import { MESSAGES } from '../messages.js';
import type { Theme } from '../theme.js';

/** Props of the help overlay. */
export interface HelpOverlayProps {
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** List every key in `height` lines. */
export function HelpOverlay(p: HelpOverlayProps) {
  const keyW = 13;
  const rows = MESSAGES.help.slice(0, Math.max(0, p.height - 3));
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      <Text bold color={p.theme.accent}>
        {MESSAGES.helpTitle}
      </Text>
      <Text> </Text>
      {rows.map(([k, what]) => (
        <Text key={k} wrap="truncate">
          <Text bold>{fit(k, keyW)}</Text>
          <Text>{what}</Text>
        </Text>
      ))}
      <Text color={p.theme.muted}>{MESSAGES.helpClose}</Text>
    </Box>
  );
}
