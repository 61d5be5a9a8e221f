/** Exit codes that scripts can trust. */
export const EXIT = {
  /** Everything given was read and analysed. */
  ok: 0,
  /** The run finished, but some inputs could not be read (each was named on stderr). */
  someInputsFailed: 1,
  /** Wrong usage, or nothing could be done (no input readable, database not writable). */
  usage: 2,
} as const;

export const EXIT_HELP = `Exit codes:
  0  every input was read and analysed
  1  the run finished, but some inputs failed (each is named on stderr)
  2  usage error, or nothing could be done`;
