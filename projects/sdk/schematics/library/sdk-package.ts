import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version ranges a scaffolded plugin declares, taken from the sdk that scaffolds it. */
export interface SdkRanges {
  /** `@halo-outlook/sdk` itself: `^<this sdk's version>`. */
  readonly sdk: string;
  /** `@angular/core` and `@angular/common`, as the sdk asks for them. */
  readonly angular: string;
  /** `rxjs`, as the sdk asks for it. */
  readonly rxjs: string;
  /** `tslib`, as the sdk depends on it. */
  readonly tslib: string;
}

interface SdkPackageJson {
  readonly version: string;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
}

/**
 * Reads the version ranges from the package.json of the sdk these schematics ship in (the
 * compiled schematics live in `<sdk>/schematics/library/`), so a plugin asks for the Angular, rxjs
 * and sdk versions the sdk was built for.
 */
export function sdkRanges(sdkRoot = join(__dirname, '..', '..')): SdkRanges {
  const pkg = JSON.parse(readFileSync(join(sdkRoot, 'package.json'), 'utf8')) as SdkPackageJson;
  const peer = pkg.peerDependencies ?? {};
  return {
    sdk: `^${pkg.version}`,
    angular: peer['@angular/core'] ?? '^21.2.0',
    rxjs: peer['rxjs'] ?? '^7.8.0',
    tslib: pkg.dependencies?.['tslib'] ?? '^2.8.1',
  };
}
