// webpack config of the Office add-in: the pane (Excel, Word, standalone) and the Mac report page, each behind an ES5 loader; the help page; the manifest with the production URL.
/* global require, module, __dirname, __filename, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file that webpack loads with require */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = path.resolve(__dirname, '../../..');
const HERE = __dirname;
const DEV_URL = 'https://localhost:3000/';
const OUT = path.join(ROOT, 'dist', 'addin');
/** Where the province's shipped sets are written before the bundle takes them (outside OUT, which the loader's build cleans). */
const FORMS_OUT = path.join(ROOT, 'dist', 'addin-forms');

/**
 * `ADDIN_FORMS=dir` (or `--env forms=dir`): the province's form sets shipped with the add-in. Each file of the folder
 * (.json, or an authoring workbook .xlsx turned into JSON) is checked as `cchc forms check` does, through tsx (the
 * checker is TypeScript); a problem stops the build, named at its file and place. The pane lists the sets as choices
 * (their own chunk, loaded after the pane is up); each is also copied as forms/<id>-<version>.json.
 */
async function shippedForms(env) {
  const dir = env.forms || process.env.ADDIN_FORMS;
  if (!dir) return { plugins: [] };
  const { shipFormSets } = requireTs('../cli/ship-form-sets.ts');
  const shipped = await shipFormSets(dir);
  fs.rmSync(FORMS_OUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(FORMS_OUT, 'forms'), { recursive: true });
  const list = path.join(FORMS_OUT, 'shipped-form-sets.json');
  fs.writeFileSync(list, JSON.stringify(shipped.map((s) => s.set)));
  for (const s of shipped) fs.writeFileSync(path.join(FORMS_OUT, s.out), JSON.stringify(s.set, null, 2));
  const T = buildText();
  console.log(T.shippedForms(shipped.map((s) => T.shippedForm(s.file, s.out))));
  return {
    plugins: [new webpack.NormalModuleReplacementPlugin(/[\\/]shipped-form-sets\.json$/, list)],
    copy: [{ from: path.join(FORMS_OUT, 'forms'), to: 'forms' }],
  };
}

/** The production URL: `--env url=https://…/` or ADDIN_URL; always ends with "/". */
function productionUrl(env) {
  const url = env.url || process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(buildText().urlNotHttps(url));
  if (url === DEV_URL) {
    // A build for the tests and for sideloading from this machine; a deployment needs its own URL.
    console.warn(buildText().devUrl(DEV_URL));
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** ts-loader for the browser: ES modules so that import() splits chunks; types are checked by `npm run typecheck`. */
function tsRule(dev, target) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: dev, ...(target ? { target } : {}) } },
    },
  };
}

const isDev = (env, argv) => argv.mode === 'development' || env.WEBPACK_SERVE === true;

/**
 * `ADDIN_WEBPACK_CACHE=dir`: webpack's persistent cache in that folder, so that a build reuses what an earlier one made of
 * the same files (the end-to-end tests' build with a province's forms after the plain one: the same modules, the same
 * minified chunks, the same files out). Without it, none: a deployment's build starts from nothing. Keyed by compilation
 * and mode; webpack checks this configuration and every file a cached module was made from before it takes it.
 */
function cacheOf(name, dev) {
  const dir = process.env.ADDIN_WEBPACK_CACHE;
  if (!dir) return undefined;
  return {
    type: 'filesystem',
    cacheDirectory: path.resolve(dir),
    name: `${name}-${dev ? 'development' : 'production'}`,
    buildDependencies: { config: [__filename] },
  };
}

/**
 * A TypeScript module of the project, loaded through tsx, which the build then forgets: tsx names its modules with a
 * query (`ui.ts?namespace=…`), which webpack's persistent cache, following the configuration's modules to know what it
 * depends on, cannot resolve (it then stores nothing). A later requireTs loads its module afresh (a few hundred ms).
 */
function requireTs(id) {
  const { require: tsxRequire } = require('tsx/cjs/api');
  const loaded = tsxRequire(id, __filename);
  const isTsx = (key) => key.includes('?namespace=');
  for (const key of Object.keys(require.cache)) if (isTsx(key)) delete require.cache[key];
  for (const m of Object.values(require.cache)) if (m && m.children.some((c) => isTsx(c.id))) m.children = m.children.filter((c) => !isTsx(c.id));
  return loaded;
}

/**
 * What the build says to whoever builds and deploys the pane, from the message catalogue (BUILD_TEXT), through tsx as
 * the help page's texts: TypeScript read where it is, so that a clean clone builds before anything is compiled.
 */
function buildText() {
  return requireTs('../../core/i18n/build.ts').BUILD_TEXT;
}

/** File names of the ES5 loader, set by the loader's compilation for the pages' HTML (built after it). */
const loaderFiles = { js: '' };

/**
 * The loader: the pages' only classic script, ES5 (target es5 for webpack's own code too), so
 * that Internet Explorer 11 (Trident) parses it, shows what to use instead of the pane and binds
 * the ribbon's functions to show it; elsewhere it injects the modern bundle. With <Runtimes> in
 * the manifest Office on Windows never uses EdgeHTML: where WebView2 cannot be used it is Trident
 * — volume-licensed Office 2016/2019 always; retail Office 2016/2019 without WebView2; Microsoft 365
 * without WebView2 or before build 16.0.13530.20424 (from 16.0.11629 it would otherwise be EdgeHTML)
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 */
function loaderConfig(env = {}, argv = {}) {
  const dev = isDev(env, argv);
  return {
    name: 'loader',
    mode: dev ? 'development' : 'production',
    cache: cacheOf('loader', dev),
    context: ROOT,
    // eval-free source maps only: a development build must still parse in Internet Explorer.
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es5'],
    entry: { 'pane-loader': path.join(HERE, 'pane-loader.ts') },
    output: { path: OUT, filename: dev ? '[name].js' : '[name].[contenthash:8].js', publicPath: 'auto', clean: !dev },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule(dev, 'es5')] },
    performance: { hints: false },
    plugins: [
      {
        apply(compiler) {
          compiler.hooks.done.tap('LoaderFiles', (stats) => {
            const files = [...(stats.compilation.entrypoints.get('pane-loader')?.getFiles() ?? [])];
            loaderFiles.js = files.find((f) => f.endsWith('.js')) ?? '';
          });
        },
      },
    ],
  };
}

/** The pages' HTML: office.js (pane only), then the loader, told which modern bundle to load. */
function page(filename, chunk, extra = {}) {
  return new HtmlWebpackPlugin({
    filename,
    template: path.join(HERE, filename),
    chunks: [chunk],
    inject: false,
    templateParameters: (compilation, assets) => ({
      loaderSrc: loaderFiles.js,
      // Every initial file of the entry, in order: the loader injects them all.
      bundleSrc: assets.js.join(' '),
      ...extra,
    }),
  });
}

/**
 * The help page (the manifest's SupportUrl): static HTML without script, its texts taken from the
 * message catalogue (UI_TEXT.help) when the page is built, through tsx (the catalogue is TypeScript).
 */
function helpPage() {
  return new HtmlWebpackPlugin({
    filename: 'help.html',
    template: path.join(HERE, 'help.html'),
    chunks: [],
    inject: false,
    templateParameters: () => {
      return { help: requireTs('../../core/i18n/ui.ts').UI_TEXT.help };
    },
  });
}

async function paneConfig(env = {}, argv = {}) {
  const dev = isDev(env, argv);
  const url = dev ? DEV_URL : productionUrl(env);
  const devServer = dev && env.WEBPACK_SERVE ? await httpsOptions() : undefined;
  const forms = await shippedForms(env);
  return {
    name: 'pane',
    // The pages name the loader's file, known once its compilation is done.
    dependencies: ['loader'],
    mode: dev ? 'development' : 'production',
    cache: cacheOf('pane', dev),
    context: ROOT,
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      taskpane: path.join(HERE, 'taskpane.ts'),
      report: path.join(HERE, 'report-page.ts'),
    },
    output: {
      path: OUT,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      // The loader's compilation, which runs first, cleans the folder.
      clean: false,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule(dev)] },
    performance: { hints: false },
    plugins: [
      new LeaveShippedMinified(),
      ...forms.plugins,
      page('taskpane.html', 'taskpane'),
      page('report.html', 'report'),
      helpPage(),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: path.join(ROOT, 'node_modules/office-ui-fabric-core/dist/css/fabric.min.css'),
            to: 'assets/fabric.min.css',
            // Its @font-face rules fetch web fonts from Microsoft's CDN, which the pages' CSP (font-src 'self') refuses:
            // dropped, so that the pane asks nothing of another origin and uses the system's Segoe UI, as Office does.
            transform: (content) => content.toString().replace(/@font-face\{[^}]*\}/g, ''),
          },
          { from: path.join(HERE, 'assets/taskpane.css'), to: 'assets/taskpane.css' },
          ...(forms.copy ?? []),
          { from: path.join(ROOT, 'manifest/assets/*.png'), to: 'assets/[name][ext]' },
          {
            from: path.join(ROOT, 'manifest/manifest.xml'),
            // Beside the static files' folder: the manifest is sideloaded, not served.
            to: path.join(ROOT, 'dist', 'manifest.xml'),
            transform: (content) => (dev ? content : swapUrl(content.toString(), url)),
          },
        ],
      }),
    ],
    devServer: devServer && {
      port: 3000,
      server: { type: 'https', options: devServer },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: false,
      // No injected client: its WebSocket would be refused by the pages' connect-src 'none'.
      client: false,
    },
  };
}

/**
 * ExcelJS's browser build (exceljs/dist/exceljs.min.js, the "browser" file of its package, 925 KiB) comes minified, and
 * terser minifying it again was over a third of a production build's CPU for 1 KiB less gzipped (issue 23: 35 s of CPU
 * → 20 s; on an idle two-core machine 27–31 s → 12–13 s). A chunk whose every module is such a file (*.min.js in
 * node_modules: the "xlsx" chunk) is marked minimized before webpack's minimizer runs, and the minimizer leaves an asset
 * so marked alone (minimizer-webpack-plugin's README, `minify`: "an asset already marked with every name a function
 * writes is declined"); every other chunk, and the pages' HTML, are minified as before, byte for byte. The file's line
 * naming its source map, which is not shipped, is dropped, as terser dropped it. A development build minifies nothing.
 * webpack's `module.noParse` for the file was tried too: no measurable gain.
 */
class LeaveShippedMinified {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const shippedMinified = (m) => typeof m.resource === 'string' && /[\\/]node_modules[\\/].+\.min\.js$/.test(m.resource);
    compiler.hooks.thisCompilation.tap('LeaveShippedMinified', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LeaveShippedMinified', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        for (const chunk of compilation.chunks) {
          const modules = compilation.chunkGraph.getChunkModules(chunk);
          if (modules.length === 0 || !modules.every(shippedMinified)) continue;
          for (const file of chunk.files) {
            if (!file.endsWith('.js')) continue;
            compilation.updateAsset(
              file,
              (source) => new sources.RawSource(source.source().toString().replace(/^\/\/# sourceMappingURL=\S*$/gm, '')),
              (info) => ({ ...info, minimized: true }),
            );
          }
        }
      });
    });
  }
}

/** The pane's configuration (its manifest, pages, modern bundle); the loader is in `withLoader`. */
module.exports = paneConfig;
/** What webpack builds: the pane (first: the dev server reads its options) and the ES5 loader it depends on. */
module.exports.withLoader = async (env = {}, argv = {}) => [await paneConfig(env, argv), loaderConfig(env, argv)];

/** The development URL → the production URL (the manifest has no AppDomain: the add-in's own origin needs none). */
function swapUrl(manifest, url) {
  return manifest.split(DEV_URL).join(url);
}

/** Localhost certificates from office-addin-dev-certs; untrusted ones still serve, with a line on trusting them (dev-https.cjs). */
async function httpsOptions() {
  return require('./dev-https.cjs').devHttpsOptions({ text: buildText().devServer });
}
