// Generated from package.json by scripts/write-version.ts (npm run build, npm version): do not edit.
// The package's version, for the User-Agent product token; a constant rather than a read of
// package.json so the root entry stays free of Node-only modules.
export const PACKAGE_VERSION = "0.1.0";
