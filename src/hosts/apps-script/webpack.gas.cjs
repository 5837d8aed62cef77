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

/**
 * Drops the code nothing calls (most of intl-messageformat's parser tables, unused helpers) without
 * mangling or squeezing: names and line structure stay as written, so the Apps Script editor's stack
 * traces still read. Comments go, and indentation is one space. Runs after gas-webpack-plugin has written the top-level entry
 * functions, which `toplevel: false` keeps.
 */
class DropUnusedCode {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('DropUnusedCode', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'DropUnusedCode', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          const { minify } = require('terser');
          for (const name of Object.keys(assets).filter((n) => n.endsWith('.js'))) {
            const source = assets[name].source().toString();
            const out = await minify(source, {
              ecma: 2018,
              compress: { defaults: false, unused: true, dead_code: true, toplevel: false },
              mangle: false,
              // Indented by one space, not terser's four: most of the script's growth was leading spaces; lines and names unchanged.
              format: { beautify: true, indent_level: 1, comments: false, ecma: 2018 },
            });
            compilation.updateAsset(name, new compiler.webpack.sources.RawSource(out.code ?? source));
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
  // ECMAScript 2018. Apps Script names no level; its V8 runtime page shows ES2015 syntax and async
  // functions (https://developers.google.com/apps-script/guides/v8-runtime) and says the runtime is
  // the V8 of Chrome and Node.js, rolled out from February 2020. ES2018's RegExp features
  // (lookbehind, \p{…} escapes), which the core's checks of the staff's text need and no compiler
  // lowers, have been in V8 since 6.4 (2018), before any V8 Apps Script ran. Nothing newer is
  // assumed: TypeScript and the libraries (zod ships ES2020) are compiled down to ES2018, and the
  // bundle test parses the result with acorn at ecmaVersion 2018.
  target: ['web', 'es2018'],
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
            compilerOptions: { target: 'ES2018', module: 'ES2020', sourceMap: false },
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
            compilerOptions: { allowJs: true, target: 'ES2018', module: 'ES2020', sourceMap: false },
          },
        },
      },
    ],
  },
  // Readable in the Apps Script editor, where users and support look at stack traces.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: false }), new DropUnusedCode(), new CopyStaticFiles()],
});
