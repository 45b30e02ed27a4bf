/**
 * The terminal size as React state: columns and rows of stdout, updated on 'resize'.
 */
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** Columns and rows of a terminal. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** Fallback size when stdout does not report one (pipes, some test streams). */
export const DEFAULT_SIZE: TerminalSize = { columns: 100, rows: 30 };

/** Read stdout's size, falling back to 100×30 for streams that have none. */
export function readSize(stdout: { columns?: number; rows?: number }): TerminalSize {
  return {
    columns: typeof stdout.columns === 'number' && stdout.columns > 0 ? stdout.columns : DEFAULT_SIZE.columns,
    rows: typeof stdout.rows === 'number' && stdout.rows > 0 ? stdout.rows : DEFAULT_SIZE.rows,
  };
}

/** Track the terminal size; re-renders on every 'resize' event of stdout, and removes the listener on unmount. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState<TerminalSize>(() => readSize(stdout));
  useEffect(() => {
    const onResize = (): void => setSize(readSize(stdout));
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
