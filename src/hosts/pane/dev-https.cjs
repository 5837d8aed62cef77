// The dev server's https options: trusted certificates from office-addin-dev-certs, or, where the CA cannot be trusted automatically, the generated ones and one line on how to trust them.
/* global require, module, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module that webpack's config loads with require */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

/** Where office-addin-dev-certs keeps its files (its lib/defaults.js: ~/.office-addin-dev-certs). */
function certificateFiles(home = os.homedir()) {
  const dir = path.join(home, '.office-addin-dev-certs');
  return { dir, ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
}

/** The files as the server needs them, or null when one is missing, expired or does not match its key. */
function readUsable(files, now = new Date()) {
  try {
    const ca = fs.readFileSync(files.ca);
    const cert = fs.readFileSync(files.cert);
    const key = fs.readFileSync(files.key);
    const x509 = new crypto.X509Certificate(cert);
    if (new Date(x509.validTo) <= now || !x509.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    return { ca, cert, key };
  } catch {
    return null;
  }
}

/** The command that trusts the CA on this platform, as office-addin-dev-certs' own install scripts run it (`text`: BUILD_TEXT.devServer). */
function trustCommand(ca, platform, text) {
  if (platform === 'win32') return `certutil -user -addstore Root "${ca}"`;
  if (platform === 'darwin') return `security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db '${ca}'`;
  return text.asRoot(`mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs && cp '${ca}' /usr/local/share/ca-certificates/office-addin-dev-certs/ && update-ca-certificates`);
}

/**
 * office-addin-dev-certs generates a CA and a localhost certificate, then trusts the CA with sudo,
 * PowerShell or the keychain; where that fails (root without sudo, no prompt, a locked-down PC) it
 * throws and the dev server never starts. The files it generated still serve https: the server
 * starts with them, and one line says how to trust the CA by hand (Office refuses an untrusted
 * certificate when it loads the pane). `text`: the catalogue's words for it (BUILD_TEXT.devServer, which the webpack
 * config reads through tsx).
 */
async function devHttpsOptions({ text, devCerts = require('office-addin-dev-certs'), files = certificateFiles(), warn = console.warn, platform = process.platform }) {
  let reason;
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  let usable = readUsable(files);
  if (!usable) {
    await devCerts.generateCertificates(files.ca, files.cert, files.key);
    usable = readUsable(files);
  }
  if (!usable) throw new Error(text.noCertificate(files.dir, reason));
  warn(text.untrusted(reason, files.cert, trustCommand(files.ca, platform, text)));
  return usable;
}

module.exports = { devHttpsOptions, certificateFiles, trustCommand };
