/** A fake terminal for Ink: settable columns and rows, 'resize' events, and the last frame written. */
import { EventEmitter } from 'node:events';

/** A writable stand-in for process.stdout that Ink can render into. */
export class FakeStdout extends EventEmitter {
  columns: number;
  rows: number;
  readonly isTTY = true;
  readonly frames: string[] = [];

  constructor(columns = 100, rows = 30) {
    super();
    this.columns = columns;
    this.rows = rows;
  }

  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };

  /** The last frame written. */
  lastFrame(): string {
    return this.frames[this.frames.length - 1] ?? '';
  }

  /** Change the size and emit 'resize', as a terminal does. */
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

/** A stdin stand-in that is not a TTY (Ink then leaves raw mode alone). */
export class FakeStdin extends EventEmitter {
  readonly isTTY = false;
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read(): null {
    return null;
  }
}
