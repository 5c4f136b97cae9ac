/**
 * The JSON Schema of document metadata format version 1, as a module so the bundles carry it.
 * `schemas/byline-metadata-1.schema.json` must equal it; test/unit/metadata.store.test.ts fails when they drift.
 */

export const metadataSchemaV1 = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://byline.dev/schemas/byline-metadata-1.schema.json",
  "title": "Byline document metadata, version 1",
  "description": "What is known about one document that its text may not say: the publication date its relative dates are resolved against, and the locale its numeric dates are written in. In .byline/metadata/<relative path>.json, written by the editor (Byline: Set Publication Date\u2026) or by hand or script for a corpus.",
  "type": "object",
  "required": [
    "schemaVersion",
    "type",
    "source"
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
      "const": "BylineDocumentMetadata"
    },
    "source": {
      "description": "Workspace-folder-relative path of the document, with / separators.",
      "type": "string",
      "minLength": 1,
      "not": {
        "pattern": "(^/|^[A-Za-z]:|\\\\|(^|/)\\.\\.(/|$))"
      }
    },
    "published": {
      "description": "The publication date, given: it beats a date printed on the page and any inference.",
      "type": "object",
      "required": [
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "value": {
          "description": "YYYY-MM-DD, an ISO 8601 date-time (its calendar day is used), or YYYY-MM / YYYY when only that much is known.",
          "type": "string",
          "pattern": "^\\d{4}(-\\d{2}(-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?$"
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
        "modified": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"
        }
      }
    },
    "locale": {
      "description": "BCP 47 language tag (en-GB, en-US, fr): orders day and month in numeric dates such as 08/01/2008.",
      "type": "string",
      "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"
    }
  }
};
