// webpack entry point: `--env gas` builds the Apps Script bundle, otherwise the Office add-in (task pane, commands, manifest, and the pages' ES5 loader).
module.exports = (env = {}, argv = {}) =>
  env.gas
    ? require('./src/hosts/apps-script/webpack.gas.cjs')(env, argv)
    : require('./src/hosts/pane/webpack.addin.cjs').withLoader(env, argv);
