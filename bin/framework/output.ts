/**
 * Where a command writes (输出): sentences in the chosen language or one JSON document on stdout; warnings and
 * progress on stderr, so that `--json | jq` and `| head` see only the result.
 */
import type { Lang, Text } from './text.js';

/** The two streams the command writes to. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The helpers a command writes with. */
export interface Output {
  /** One line of the result, on stdout, in the chosen language. */
  say(message: Text): void;
  /** One line on stderr (a warning or a note), in the chosen language. */
  note(message: Text): void;
  /** The result as one JSON document on stdout. */
  json(value: unknown): void;
  /**
   * Reports progress on stderr (never on stdout): `label` is what is being done, `done` of `total`. Prints at
   * most every tenth, and nothing under `threshold` items.
   */
  progress(label: Text, total: number): (done: number) => void;
}

/** Pools above this size get progress lines on stderr. */
export const PROGRESS_THRESHOLD = 100_000;

/** Builds the {@link Output} of one run. */
export function createOutput(io: Io, lang: Lang): Output {
  return {
    say: (message) => io.stdout(`${message[lang]}\n`),
    note: (message) => io.stderr(`${message[lang]}\n`),
    json: (value) => io.stdout(`${JSON.stringify(value, null, 2)}\n`),
    progress(label, total) {
      if (total <= PROGRESS_THRESHOLD) return () => {};
      let shown = -1;
      return (done) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth <= shown) return;
        shown = tenth;
        io.stderr(`${label[lang]}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}\n`);
      };
    },
  };
}
