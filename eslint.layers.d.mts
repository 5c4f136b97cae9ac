import type { Linter } from 'eslint';

/** See eslint.layers.mjs. */
export declare const layerRules: Linter.Config[];
