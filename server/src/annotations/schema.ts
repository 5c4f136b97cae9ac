/**
 * The JSON Schema of store format version 1, as a module so the bundles (client, server, CLI) carry it.
 * `schemas/byline-store-1.schema.json` (shipped in the package, usable as "$schema" by editors) must equal it;
 * test/unit/store.schema.test.ts fails when they drift. What an annotation says (its body) is in schemaBodies.ts;
 * this file holds the store, the annotation and where it points (target and selectors).
 */

import { annotationBodyDefinitions } from './schemaBodies';

export const storeSchemaV1 = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://byline.dev/schemas/byline-store-1.schema.json",
  "title": "Byline annotation store, version 1",
  "description": "The annotations of one document, in .byline/annotations/<relative path>.json. Modeled on the W3C Web Annotation data model. Offsets are Unicode code points into the document text (UTF-8, BOM removed, line endings kept).",
  "type": "object",
  "required": [
    "schemaVersion",
    "type",
    "source",
    "annotations"
  ],
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string"
    },
    "schemaVersion": {
      "const": 1
    },
    "type": {
      "const": "BylineAnnotationStore"
    },
    "source": {
      "$ref": "#/definitions/relativePath"
    },
    "annotations": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/annotation"
      }
    }
  },
  "definitions": {
    "relativePath": {
      "description": "Workspace-folder-relative path with / separators.",
      "type": "string",
      "minLength": 1,
      "not": {
        "pattern": "(^/|^[A-Za-z]:|\\\\|(^|/)\\.\\.(/|$))"
      }
    },
    "timestamp": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"
    },
    "annotation": {
      "type": "object",
      "required": [
        "id",
        "type",
        "motivation",
        "body",
        "target",
        "creator",
        "created",
        "modified"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^urn:uuid:[0-9a-fA-F-]{36}$"
        },
        "type": {
          "const": "Annotation"
        },
        "motivation": {
          "enum": [
            "classifying",
            "editing"
          ]
        },
        "body": {
          "oneOf": [
            {
              "$ref": "#/definitions/claimBody"
            },
            {
              "$ref": "#/definitions/correctionBody"
            }
          ]
        },
        "target": {
          "$ref": "#/definitions/target"
        },
        "creator": {
          "type": "object",
          "required": [
            "type",
            "name"
          ],
          "additionalProperties": false,
          "properties": {
            "type": {
              "enum": [
                "Person",
                "Software"
              ]
            },
            "name": {
              "type": "string"
            }
          }
        },
        "created": {
          "$ref": "#/definitions/timestamp"
        },
        "modified": {
          "$ref": "#/definitions/timestamp"
        }
      }
    },
    "target": {
      "type": "object",
      "required": [
        "source",
        "sha256",
        "selector"
      ],
      "additionalProperties": false,
      "properties": {
        "source": {
          "$ref": "#/definitions/relativePath"
        },
        "sha256": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        },
        "selector": {
          "type": "array",
          "minItems": 2,
          "maxItems": 2,
          "additionalItems": false,
          "items": [
            {
              "$ref": "#/definitions/textQuoteSelector"
            },
            {
              "$ref": "#/definitions/textPositionSelector"
            }
          ]
        }
      }
    },
    "textQuoteSelector": {
      "type": "object",
      "required": [
        "type",
        "exact",
        "prefix",
        "suffix"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "TextQuoteSelector"
        },
        "exact": {
          "type": "string",
          "minLength": 1
        },
        "prefix": {
          "type": "string"
        },
        "suffix": {
          "type": "string"
        }
      }
    },
    "textPositionSelector": {
      "type": "object",
      "required": [
        "type",
        "start",
        "end"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "TextPositionSelector"
        },
        "start": {
          "type": "integer",
          "minimum": 0
        },
        "end": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    ...annotationBodyDefinitions,
  }
} as const;
