import { generate } from 'selfsigned';

/** A TLS key and certificate (PEM). */
export interface TlsCertificate {
  readonly key: string;
  readonly cert: string;
}

/**
 * A self-signed certificate for `127.0.0.1` and `localhost` (subject alternative names IP 127.0.0.1
 * and DNS localhost), ECDSA P-256, valid for 30 days from now, generated at every start: MSAL refuses an
 * authority that is not https, and nothing is written to disk. Browsers and Node clients must be
 * told to trust it (Playwright's `ignoreHTTPSErrors`, or the certificate as a CA).
 */
export async function createSelfSignedCertificate(): Promise<TlsCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
