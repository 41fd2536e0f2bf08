// Self-signed TLS certificates made at run time with the system's openssl: one
// key, one certificate per host name (so the browser opens one connection per
// host, as on the internet, instead of pooling every host onto one HTTP/2
// connection). Chromium is told to trust the key through its SPKI hash.
import { execFile } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Certificates {
  key: string;
  /** PEM certificate per host name. */
  certs: Map<string, string>;
  /** base64 SHA-256 of the key's SubjectPublicKeyInfo (for --ignore-certificate-errors-spki-list). */
  spki: string;
}

/** Throws when openssl is missing or fails (the caller falls back to plain HTTP/1.1). */
export async function makeCertificates(hosts: readonly string[]): Promise<Certificates> {
  const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-bench-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    await run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', keyFile]);
    const certs = new Map<string, string>();
    // A few at a time: the machine is small.
    for (let i = 0; i < hosts.length; i += 6) {
      await Promise.all(
        hosts.slice(i, i + 6).map(async (host, j) => {
          const out = join(dir, `cert-${i + j}.pem`);
          await run('openssl', ['req', '-x509', '-new', '-key', keyFile, '-days', '2', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-out', out]);
          certs.set(host, readFileSync(out, 'utf8'));
        }),
      );
    }
    const key = readFileSync(keyFile, 'utf8');
    const spkiDer = createPublicKey(key).export({ type: 'spki', format: 'der' });
    return { key, certs, spki: createHash('sha256').update(spkiDer).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
