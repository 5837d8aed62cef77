// The message catalogue: re-exports every area's Vietnamese texts (see README.md beside this file).
export * from './common';
export * from './sections';
