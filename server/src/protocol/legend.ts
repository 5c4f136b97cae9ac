/**
 * The one semantic token legend, shared by the server (encoding), the client and package.json's
 * `contributes.semanticTokenTypes / semanticTokenModifiers / semanticTokenScopes` (a unit test keeps them equal).
 * Every custom type names a standard `superType`, so themes that know nothing of Byline still colour it.
 */
import { BOILERPLATE_KINDS, type BoilerplateKind } from '../core/types';

export interface TokenTypeInfo {
  id: string;
  superType: string;
  description: string;
  /** TextMate scopes for themes without semantic colouring rules. */
  scopes: string[];
}

export const tokenTypeInfos = [
  { id: 'quote', superType: 'string', description: 'Quoted words', scopes: ['string.quoted.double.byline'] },
  {
    id: 'quoteMark',
    superType: 'operator',
    description: 'An opening or closing quotation mark',
    scopes: ['punctuation.definition.string.byline'],
  },
  { id: 'speaker', superType: 'variable', description: 'A mention of a speaker', scopes: ['entity.name.type.speaker.byline'] },
  { id: 'cue', superType: 'keyword', description: 'A speech verb introducing a quote', scopes: ['keyword.other.cue.byline'] },
  { id: 'date', superType: 'number', description: 'A date or time expression', scopes: ['keyword.control.date.byline'] },
  {
    id: 'boilerplate',
    superType: 'comment',
    description: 'Outlet boilerplate: captions, credits, links, navigation, comments',
    scopes: ['comment.block.boilerplate.byline'],
  },
  { id: 'title', superType: 'class', description: "The article's title", scopes: ['markup.heading.title.byline'] },
  { id: 'byline', superType: 'decorator', description: "The article's byline", scopes: ['entity.other.attribute-name.byline'] },
] as const satisfies readonly TokenTypeInfo[];

export type TokenType = (typeof tokenTypeInfos)[number]['id'];

export interface TokenModifierInfo {
  id: string;
  description: string;
}

// One modifier per boilerplate kind, in the core's order (modifiers are bits: at most 32 in all).
const boilerplateKinds = BOILERPLATE_KINDS;

export const tokenModifierInfos: readonly TokenModifierInfo[] = [
  { id: 'mismatched', description: 'Quotation marks that do not pair up' },
  { id: 'unclosed', description: 'A quote that is never closed' },
  { id: 'scare', description: 'Scare quotes around a word or two' },
  { id: 'title', description: 'A quoted title of a work' },
  { id: 'partial', description: 'A quoted fragment inside a paraphrase' },
  { id: 'unattributed', description: 'A direct quote with no attributable speaker' },
  { id: 'furniture', description: 'Inside boilerplate or reader comments' },
  { id: 'declaration', description: "A speaker's first mention" },
  { id: 'person', description: 'A person' },
  { id: 'org', description: 'An organisation' },
  { id: 'pronoun', description: 'A pronoun attributed to a speaker' },
  { id: 'absolute', description: 'A date that needs no anchor' },
  { id: 'relative', description: 'A date relative to the article date' },
  { id: 'unresolved', description: 'A relative date with no anchor' },
  ...boilerplateKinds.map((kind) => ({ id: kind, description: `Boilerplate: ${kind.replace('-', ' ')}` })),
];

export type TokenModifier =
  | 'mismatched'
  | 'unclosed'
  | 'scare'
  | 'title'
  | 'partial'
  | 'unattributed'
  | 'furniture'
  | 'declaration'
  | 'person'
  | 'org'
  | 'pronoun'
  | 'absolute'
  | 'relative'
  | 'unresolved'
  | BoilerplateKind;

/** The LSP `SemanticTokensLegend`: indices into these arrays are what the encoded tokens carry. */
export const legend = {
  tokenTypes: tokenTypeInfos.map((info) => info.id as string),
  tokenModifiers: tokenModifierInfos.map((info) => info.id),
};

const typeIndex = new Map<string, number>(legend.tokenTypes.map((id, index) => [id, index]));
const modifierBit = new Map<string, number>(legend.tokenModifiers.map((id, index) => [id, 1 << index]));

export function tokenTypeIndex(type: TokenType): number {
  return typeIndex.get(type) ?? 0;
}

export function modifierMask(modifiers: readonly TokenModifier[]): number {
  let mask = 0;
  for (const modifier of modifiers) {
    mask |= modifierBit.get(modifier) ?? 0;
  }
  return mask;
}

/** Decodes a modifier bit set into ids (for golden listings and the client). */
export function modifierNames(mask: number): string[] {
  return legend.tokenModifiers.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** Scopes for type.modifier selectors that deserve a different colour than their type. */
const selectorScopes: Record<string, string[]> = {
  'quote.scare': ['string.quoted.single.scare.byline'],
  'quote.title': ['string.quoted.other.title.byline'],
  'quote.unclosed': ['invalid.illegal.unclosed-quote.byline'],
  'quoteMark.mismatched': ['invalid.illegal.mismatched-quote.byline'],
  'quoteMark.unclosed': ['invalid.illegal.unclosed-quote.byline'],
  'speaker.declaration': ['entity.name.type.speaker.declaration.byline'],
  'speaker.pronoun': ['variable.language.pronoun.byline'],
  // Muted like a comment, not an error colour: nothing is wrong with the date, only its anchor is unknown.
  'date.unresolved': ['comment.unresolved-date.byline'],
};

/** The package.json `contributes` entries this legend implies (the unit test compares them). */
export function contributes(): {
  semanticTokenTypes: { id: string; superType: string; description: string }[];
  semanticTokenModifiers: TokenModifierInfo[];
  semanticTokenScopes: { scopes: Record<string, string[]> }[];
} {
  return {
    semanticTokenTypes: tokenTypeInfos.map(({ id, superType, description }) => ({ id, superType, description })),
    semanticTokenModifiers: tokenModifierInfos.map(({ id, description }) => ({ id, description })),
    semanticTokenScopes: [
      {
        scopes: {
          ...Object.fromEntries(tokenTypeInfos.map(({ id, scopes }) => [id, [...scopes]])),
          ...selectorScopes,
        },
      },
    ],
  };
}
