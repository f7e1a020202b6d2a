/**
 * The address without its plus tag (`alice+billing@contoso.example` → `alice@contoso.example`),
 * in lower case; `null` when the address has no plus tag.
 */
export function withoutPlusTag(address: string): string | null {
  const match = /^([^@+\s]+)\+[^@]*@(.+)$/.exec(address.trim().toLowerCase());
  return match ? `${match[1]}@${match[2]}` : null;
}
