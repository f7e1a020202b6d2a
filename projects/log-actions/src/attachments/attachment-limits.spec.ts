import {
  base64Bytes,
  checkAttachmentSizes,
  DEFAULT_ATTACHMENT_LIMITS,
  formatBytes,
} from './attachment-limits';

const MB = 1024 * 1024;

describe('attachment limits', () => {
  it('says which file is too big, how big, and what to do', () => {
    expect(
      checkAttachmentSizes(
        [
          { id: 'a', name: 'scan.pdf', size: 2 * MB },
          { id: 'b', name: 'backup.zip', size: 31.4 * MB },
        ],
        DEFAULT_ATTACHMENT_LIMITS,
      ),
    ).toEqual([
      {
        id: 'b',
        message:
          '“backup.zip” is 31 MB: the add-in sends files up to 25 MB. Untick it and attach it in Halo, or share a link to it.',
      },
    ]);
  });

  it('says when the files together are too much for one email', () => {
    const files = [1, 2, 3].map((n) => ({ id: `f${n}`, name: `f${n}.pdf`, size: 20 * MB }));
    expect(checkAttachmentSizes(files, DEFAULT_ATTACHMENT_LIMITS)).toEqual([
      {
        id: null,
        message:
          'Together the files are 60 MB: the add-in sends up to 50 MB for one email. Untick some, and attach them in Halo.',
      },
    ]);
    expect(checkAttachmentSizes(files.slice(0, 2), DEFAULT_ATTACHMENT_LIMITS)).toEqual([]);
  });

  it('writes sizes as people read them', () => {
    expect([512, 48 * 1024, 3.2 * MB, 25 * MB].map(formatBytes)).toEqual([
      '512 bytes',
      '48 KB',
      '3.2 MB',
      '25 MB',
    ]);
  });

  it('measures base64 content without decoding it', () => {
    expect(base64Bytes('QUJD')).toBe(3);
    expect(base64Bytes('QUI=')).toBe(2);
    expect(base64Bytes('QQ==')).toBe(1);
    expect(base64Bytes('QUJD\r\nREVG')).toBe(6);
  });
});
