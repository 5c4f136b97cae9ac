/** The annotation store: format (model), anchoring, validation, merging and the file store. No vscode imports. */
export * from './model';
export * from './anchoring';
export * from './annotate';
export * from './merge';
export * from './validate';
export * from './fileStore';
export { textSha256, newAnnotationId } from './hash';
export * from './documentAnnotations';
export * from './service';
