// This package's version, for the User-Agent product token. A constant rather than a read of
// package.json, so the root entry stays free of Node-only modules; test/client/options.test.ts
// fails when it drifts from package.json.
export const PACKAGE_VERSION = "0.1.0";
