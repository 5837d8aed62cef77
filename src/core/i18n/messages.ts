// The message catalogue: re-exports every area's Vietnamese texts (see README.md beside this file).
export * from './common';
export * from './sections';
export * from './cli';
export * from './report';
export * from './layout';
export * from './read';
export * from './damage';
export * from './ui';
export * from './apps-script';
export * from './rules';
export * from './aggregate';
export * from './data';
export * from './periods';
export * from './carry';
export * from './form-sets';
export * from './charts';
export * from './build';
