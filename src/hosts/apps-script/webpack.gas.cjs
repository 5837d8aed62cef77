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
  target: ['web', 'es2019'],
  output: {
    path: env.outDir ? path.resolve(env.outDir) : path.join(STATIC_DIR, 'dist'),
    filename: 'Code.js',
    clean: true,
    globalObject: 'this',
    environment: { arrowFunction: true, const: true, destructuring: true, forOf: true, optionalChaining: true },
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
            compilerOptions: { target: 'ES2019', module: 'commonjs', sourceMap: false },
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
