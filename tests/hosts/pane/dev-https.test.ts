// The dev server's certificates: served even when office-addin-dev-certs cannot trust its CA (root without sudo), with one line on trusting it.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BUILD_TEXT } from '../../../src/core/i18n/build';
import { tempDir } from '../../helpers/temp-dir';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const devCerts = require('office-addin-dev-certs') as {
  generateCertificates: (ca: string, cert: string, key: string) => Promise<void>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devHttpsOptions, certificateFiles, trustCommand } = require('../../../src/hosts/pane/dev-https.cjs') as {
  devHttpsOptions: (o: object) => Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
  certificateFiles: (home: string) => { dir: string; ca: string; cert: string; key: string };
  trustCommand: (ca: string, platform: string, text: typeof BUILD_TEXT.devServer) => string;
};

jest.setTimeout(60_000);

/** office-addin-dev-certs on Linux as root without sudo: its install step runs `sudo sh install_linux.sh` and throws. */
function failingInstall(generated: { count: number }) {
  return {
    getHttpsServerOptions: async () => {
      throw new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found\nmore detail');
    },
    generateCertificates: async (ca: string, cert: string, key: string) => {
      generated.count++;
      await devCerts.generateCertificates(ca, cert, key);
    },
  };
}

const text = BUILD_TEXT.devServer;

describe('devHttpsOptions', () => {
  it('returns the trusted options when office-addin-dev-certs succeeds, and says nothing', async () => {
    const warn = jest.fn();
    const options = { ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key'), extra: 1 };
    const r = await devHttpsOptions({ text, devCerts: { getHttpsServerOptions: async () => options }, warn });
    expect(r).toEqual({ ca: options.ca, cert: options.cert, key: options.key });
    expect(warn).not.toHaveBeenCalled();
  });

  it('generates the certificates where trusting failed, serves them, and says in one line how to trust the CA', async () => {
    const files = certificateFiles(tempDir('cchc-certs-'));
    const generated = { count: 0 };
    const lines: string[] = [];
    const r = await devHttpsOptions({ text, devCerts: failingInstall(generated), files, warn: (l: string) => lines.push(l), platform: 'linux' });

    expect(generated.count).toBe(1);
    const x509 = new X509Certificate(r.cert);
    expect(x509.subjectAltName).toContain('DNS:localhost');
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(Date.now());
    expect(r.key.equals(readFileSync(files.key))).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toContain('sudo: not found');
    expect(lines[0]).toContain(files.cert);
    expect(lines[0]).toContain(`cp '${files.ca}' /usr/local/share/ca-certificates/office-addin-dev-certs/`);
    // The catalogue's Vietnamese line, word for word.
    expect(lines[0]).toBe(text.untrusted('Unable to install the CA certificate. /bin/sh: 1: sudo: not found', files.cert, trustCommand(files.ca, 'linux', text)));
    expect(lines[0]).toMatch(/^Chứng chỉ https:\/\/localhost chưa được tin cậy tự động \(.*\); máy chủ vẫn chạy với .* tin cậy CA: .*update-ca-certificates \(với quyền root\)$/);

    // A second start reuses the valid files instead of generating new ones (a CA trusted by hand stays the one in use).
    const again = await devHttpsOptions({ text, devCerts: failingInstall(generated), files, warn: () => undefined, platform: 'linux' });
    expect(generated.count).toBe(1);
    expect(again.cert.equals(r.cert)).toBe(true);
  });

  it('names the trust command of each platform', () => {
    expect(trustCommand('C:\\u\\ca.crt', 'win32', text)).toBe('certutil -user -addstore Root "C:\\u\\ca.crt"');
    expect(trustCommand('/Users/u/ca.crt', 'darwin', text)).toContain("add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db '/Users/u/ca.crt'");
  });
});
