// Writes the workbench's large sample email (about 4 MB: an HTML report and a 3 MB CSV of backup
// job logs), generated so the repository stays small. Deterministic: same bytes on every build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sample's file name, as listed in projects/workbench/samples/mailbox.json. */
export const LARGE_SAMPLE = 'large-backup-logs.eml';

function backupLog() {
  const servers = ['DC-FS01', 'DC-SQL02', 'DC-APP03', 'WH-NAS01'];
  const rows = ['started_utc,server,job,status,files,bytes,duration_s,message'];
  let seed = 20261101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let day = 1; day <= 31; day++) {
    for (let run = 0; run < 48 * 25; run++) {
      const server = servers[run % servers.length];
      const failed = server === 'DC-FS01' && day > 24 && next() < 0.4;
      const minute = String((run * 7) % 60).padStart(2, '0');
      const hour = String(Math.floor(run / 50) % 24).padStart(2, '0');
      rows.push(
        `2026-10-${String(day).padStart(2, '0')}T${hour}:${minute}:00Z,${server},incremental-${run % 48},${failed ? 'Failed' : 'Succeeded'},${Math.floor(next() * 90000)},${Math.floor(next() * 9e9)},${Math.floor(next() * 3600)},${failed ? 'VSS snapshot timed out (0x80042306)' : 'OK'}`,
      );
      if (rows.length > 52000) return rows.join('\r\n');
    }
  }
  return rows.join('\r\n');
}

function wrap76(text) {
  return text.match(/.{1,76}/g).join('\r\n');
}

/** Writes the large sample into `dir`; returns its path and size. */
export function writeLargeSample(dir) {
  const csv = Buffer.from(backupLog(), 'utf8');
  const failures = Array.from(
    { length: 120 },
    (_, i) =>
      `<tr><td>2026-10-${25 + (i % 7)}</td><td>DC-FS01</td><td>incremental-${i % 48}</td><td style="color:#c50f1f">Failed</td><td>VSS snapshot timed out (0x80042306)</td></tr>`,
  ).join('\r\n');
  const eml = [
    'From: Liam Ortiz <liam.ortiz@northwind.example>',
    'To: MSP Support <support@msp.example>',
    'Subject: Backup job logs for October - repeated failures on DC-FS01',
    'Date: Sun, 01 Nov 2026 22:03:00 +0000',
    'Message-ID: <backup-report-2026-10@northwind.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="=_mix_large"',
    '',
    '--=_mix_large',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><body style="font-family:Segoe UI,Arial,sans-serif"><p>Hi,</p><p>Attached is the full backup job log for October. Since the 25th the file server <b>DC-FS01</b> fails about 40% of its incremental runs with a VSS timeout. The failures are listed below; the CSV has every run.</p>',
    `<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px"><tr><th>Date</th><th>Server</th><th>Job</th><th>Status</th><th>Message</th></tr>\r\n${failures}</table>`,
    '<p>Liam Ortiz<br>Warehouse Systems, Northwind Logistics</p></body></html>',
    '',
    '--=_mix_large',
    'Content-Type: text/csv; charset=utf-8; name="backup-jobs-2026-10.csv"',
    'Content-Disposition: attachment; filename="backup-jobs-2026-10.csv"',
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(csv.toString('base64')),
    '',
    '--=_mix_large--',
    '',
  ].join('\r\n');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LARGE_SAMPLE);
  writeFileSync(path, eml);
  return { path, bytes: Buffer.byteLength(eml) };
}
