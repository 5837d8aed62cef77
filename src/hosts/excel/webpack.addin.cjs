// webpack config of the Office add-in: the pane (Excel, Word, standalone) and the Mac report page; the manifest with the production URL.
/* global require, module, __dirname, process, URL, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file that webpack loads with require */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = path.resolve(__dirname, '../../..');
const HERE = __dirname;
const DEV_URL = 'https://localhost:3000/';
const OUT = path.join(ROOT, 'dist', 'addin');

/** The production URL: `--env url=https://…/` or ADDIN_URL; always ends with "/". */
function productionUrl(env) {
  const url = env.url || process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be https: ${url}`);
  if (url === DEV_URL) {
    // A build for the tests and for sideloading from this machine; a deployment needs its own URL.
    console.warn(`dist/manifest.xml points to ${DEV_URL} (no ADDIN_URL): fine for sideloading here, not for deployment (ADDIN_URL=https://…/ npm run build).`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development' || env.WEBPACK_SERVE === true;
  const url = dev ? DEV_URL : productionUrl(env);
  const devServer = dev && env.WEBPACK_SERVE ? await httpsOptions() : undefined;
  return {
    mode: dev ? 'development' : 'production',
    context: ROOT,
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      taskpane: path.join(HERE, 'taskpane.ts'),
      report: path.join(HERE, 'report-page.ts'),
    },
    output: {
      path: OUT,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules so that import() splits chunks; types are checked by `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: path.join(HERE, 'taskpane.html'), chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'report.html', template: path.join(HERE, 'report.html'), chunks: ['report'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ROOT, 'node_modules/office-ui-fabric-core/dist/css/fabric.min.css'), to: 'assets/fabric.min.css' },
          { from: path.join(HERE, 'assets/taskpane.css'), to: 'assets/taskpane.css' },
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
    },
  };
};

/** The development URL → the production URL; the bare origin (AppDomain) → the production origin. */
function swapUrl(manifest, url) {
  return manifest.split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, '')).join(new URL(url).origin);
}

/** Localhost certificates from office-addin-dev-certs; untrusted ones still serve, with a line on trusting them (dev-https.cjs). */
async function httpsOptions() {
  return require('./dev-https.cjs').devHttpsOptions();
}
