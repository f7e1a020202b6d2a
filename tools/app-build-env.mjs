// The environment of a production build of the add-in (`npm run build`, the size bench).
//
// NG_BUILD_OPTIMIZE_CHUNKS=1 turns on the Angular CLI's chunk optimizer: after esbuild, Rollup
// merges the small chunks esbuild splits by file (every module shared by the first screen and a
// lazily loaded view becomes a chunk of its own) into fewer files. The first screen then loads 2
// files instead of 14 and about 4 KB less (gzip), because each file is compressed on its own.
// Angular 22 turns it on by default for applications with 3 or more lazy chunks; on Angular 21
// (what Node 20 runs) it is this variable. `NG_BUILD_OPTIMIZE_CHUNKS=0 npm run build` turns it
// off, to compare or if it ever misbehaves.

/** `process.env` with the chunk optimizer on, unless the caller set the variable. */
export function appBuildEnv(env = process.env) {
  return { ...env, NG_BUILD_OPTIMIZE_CHUNKS: env.NG_BUILD_OPTIMIZE_CHUNKS ?? '1' };
}
