/** The screen shown when the terminal is smaller than the explorer needs. */
import { Box, Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS } from '../layout.js';
import { msg } from '../../text/i18n.js';

/** Props of the too-small screen. */
export interface TooSmallProps {
  readonly columns: number;
  readonly rows: number;
}

/** Ask for a bigger terminal, naming the size needed and the current one. */
export function TooSmall(p: TooSmallProps) {
  return (
    <Box flexDirection="column">
      <Text wrap="wrap">{msg.ui.tooSmall(MIN_COLUMNS, MIN_ROWS, p.columns, p.rows)}</Text>
      <Text wrap="wrap">
        {msg.common.appName}: {msg.common.notForecastShort}. {msg.ui.tooSmallHint}
      </Text>
    </Box>
  );
}
