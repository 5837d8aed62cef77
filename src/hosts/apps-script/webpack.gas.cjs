// webpack config of the Apps Script build: core + adapter bundled into one plain script with top-level entry functions, plus the manifest and sidebar.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file that webpack loads with require */
const fs = require('fs');
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

const ROOT = path.resolve(__dirname, '../../..');
const STATIC_DIR = path.join(ROOT, 'apps-script');
// Files clasp pushes beside the bundle: the manifest and the sidebar page.
const STATIC_FILES = ['appsscript.json', 'sidebar.html'];

/** Emits the static files into the output directory (no extra dependency for two copies). */
class CopyStaticFiles {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyStaticFiles', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyStaticFiles', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of STATIC_FILES) {
            const full = path.join(STATIC_DIR, file);
            compilation.fileDependencies.add(full);
            compilation.emitAsset(file, new compiler.webpack.sources.RawSource(fs.readFileSync(full)));
          }
        },
      );
    });
  }
}

module.exports = (env = {}) => ({
  mode: 'production',
  context: ROOT,
  entry: './src/hosts/apps-script/main.ts',
  // Apps Script evaluates files with `eval`-free V8: no source maps inlined, no eval devtool.
  devtool: false,
  // ECMAScript 2017: the newest syntax the V8 runtime page shows (async functions, beside ES2015's
  // let/const, classes, arrow functions, destructuring, template literals, default parameters;
  // https://developers.google.com/apps-script/guides/v8-runtime). Apps Script names no level, so
  // nothing newer is assumed: the project's TypeScript and the libraries (zod ships ES2020) are
  // compiled down to it, and the bundle test parses the result with acorn at ecmaVersion 2017.
  target: ['web', 'es2017'],
  output: {
    path: env.outDir ? path.resolve(env.outDir) : path.join(STATIC_DIR, 'dist'),
    filename: 'Code.js',
    clean: true,
    globalObject: 'this',
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(ROOT, 'tsconfig.json'),
            // ES modules, so webpack keeps only what is used (zod's 40-odd locales reduced to the one we load).
            compilerOptions: { target: 'ES2017', module: 'ES2020', sourceMap: false },
          },
        },
      },
      {
        test: /\.m?js$/,
        include: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(ROOT, 'tsconfig.json'),
            compilerOptions: { allowJs: true, target: 'ES2017', module: 'ES2020', sourceMap: false },
          },
        },
      },
    ],
  },
  // Readable in the Apps Script editor, where users and support look at stack traces.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: false }), new CopyStaticFiles()],
});
