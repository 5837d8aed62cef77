// ESLint (flat config): typed TypeScript rules, no import cycle, and src/core kept free of Office, Google and node:* imports.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const hostImports = {
  patterns: [
    { group: ['node:*'], message: 'src/core là lõi thuần: không dùng module của Node.' },
    { group: ['fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'buffer', 'util', 'url', 'zlib'], message: 'src/core là lõi thuần: không dùng module của Node.' },
    { group: ['@microsoft/office-js', 'office-js', 'office-addin-*', '@types/office-js'], message: 'src/core không được phụ thuộc Office.' },
    { group: ['@types/google-apps-script', 'google-apps-script', '@google/*'], message: 'src/core không được phụ thuộc Google.' },
    { group: ['exceljs', 'docx', '**/hosts/**', '**/render/**'], message: 'src/core không được phụ thuộc thư viện tệp hay máy chủ.' },
  ],
};

/** The one core file that may import the message-format library (ARCHITECTURE.md 6): every other reaches it through that file. */
const TEMPLATE_FORMATTER = 'src/core/report/template/format-template.ts';
const coreImports = {
  patterns: [
    ...hostImports.patterns,
    { group: ['intl-messageformat', '@formatjs/*'], message: `Chỉ ${TEMPLATE_FORMATTER} dùng thư viện mẫu câu.` },
  ],
};

/**
 * What each host folder may not import (ARCHITECTURE.md: a host never imports another host's folder; shared/ is for all).
 * The pane is the Office add-in's page: it composes the Excel and Word adapters, so it alone may import them.
 */
const HOSTS = ['pane', 'excel', 'word', 'cli', 'apps-script'];
const FORBIDDEN = {
  pane: ['cli', 'apps-script'],
  excel: ['pane', 'word', 'cli', 'apps-script'],
  word: ['pane', 'excel', 'cli', 'apps-script'],
  cli: ['pane', 'excel', 'word', 'apps-script'],
  'apps-script': ['pane', 'excel', 'word', 'cli'],
  shared: HOSTS,
};
const hostFolderRules = Object.entries(FORBIDDEN).map(([host, others]) => ({
  files: [`src/hosts/${host}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${others.join('|')})(/|$)`,
            message: `src/hosts/${host} không được dùng mã của máy chủ khác (${others.join(', ')}); phần dùng chung đặt ở src/hosts/shared.`,
          },
        ],
      },
    ],
  },
}));

const NO_EXPORT_DEFAULT = { selector: 'ExportDefaultDeclaration', message: 'Không dùng export default.' };
const TEMP_DIR_MESSAGE = 'Thư mục tạm trong test: dùng tempDir (tests/helpers/temp-dir.ts), thư mục được xoá sau mỗi tệp test.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'apps-script/dist/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_EXPORT_DEFAULT],
    },
  },
  {
    // A cycle makes load order matter and hides which module owns a job (ARCHITECTURE.md: no import cycles).
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      // Without these import-x parses only .js dependencies and sees no cycle through .ts files.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...hostFolderRules,
  {
    files: ['src/render/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)hosts/', message: 'src/render không được phụ thuộc máy chủ.' }] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreImports],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'Word', 'SpreadsheetApp', 'DocumentApp', 'process', 'require', 'console'],
    },
  },
  { files: [TEMPLATE_FORMATTER], rules: { 'no-restricted-imports': ['error', hostImports] } },
  {
    // A test's temp folder comes from tempDir, removed after its file however the tests ended (README, Tests).
    // lint-rules.test.ts makes its probes inside the repository; the golden capture removes its folder itself.
    files: ['tests/**/*.ts'],
    ignores: ['tests/helpers/temp-dir.ts', 'tests/lint-rules.test.ts', 'tests/fixtures/golden-before/cli-capture.ts'],
    rules: {
      'no-restricted-syntax': ['error', NO_EXPORT_DEFAULT, { selector: 'ImportSpecifier[imported.name=/^mkdtemp(Sync)?$/]', message: TEMP_DIR_MESSAGE }],
      'no-restricted-properties': ['error', { property: 'mkdtempSync', message: TEMP_DIR_MESSAGE }, { property: 'mkdtemp', message: TEMP_DIR_MESSAGE }],
    },
  },
);
