/**
 * The domain of an e-mail address, in lower case (`Alice@Contoso.example` → `contoso.example`),
 * or `null` when the address has none.
 */
export function emailDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  const domain =
    at < 0
      ? ''
      : address
          .slice(at + 1)
          .trim()
          .toLowerCase();
  return domain === '' ? null : domain;
}
