// The types of esbuild.config.mjs's exports, for tests/bundle.test.ts.
import type { BuildOptions } from 'esbuild';

export declare const plugin: BuildOptions;
export declare const node: BuildOptions;
