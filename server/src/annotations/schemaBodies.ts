/**
 * The bodies of store format version 1 (schema.ts): a claim tag, and the three corrections of the automatic
 * analysis (set a quote's speaker, add a missed span, reject a wrong one). Referenced as #/definitions/<name>.
 */

export const annotationBodyDefinitions = {
  "note": {
    "type": "string"
  },
  "claimBody": {
    "type": "object",
    "required": [
      "type",
      "label"
    ],
    "additionalProperties": false,
    "properties": {
      "type": {
        "const": "ClaimTag"
      },
      "label": {
        "type": "string",
        "minLength": 1
      },
      "claimant": {
        "type": "string"
      },
      "claimType": {
        "type": "string"
      },
      "verdict": {
        "type": "string"
      },
      "note": {
        "$ref": "#/definitions/note"
      }
    }
  },
  "layer": {
    "enum": [
      "quote",
      "date",
      "boilerplate"
    ]
  },
  "correctionBody": {
    "oneOf": [
      {
        "type": "object",
        "required": [
          "type",
          "action",
          "speaker"
        ],
        "additionalProperties": false,
        "properties": {
          "type": {
            "const": "Correction"
          },
          "action": {
            "const": "set-speaker"
          },
          "speaker": {
            "type": "string",
            "minLength": 1
          },
          "speakerKind": {
            "enum": [
              "person",
              "org"
            ]
          },
          "note": {
            "$ref": "#/definitions/note"
          }
        }
      },
      {
        "type": "object",
        "required": [
          "type",
          "action",
          "layer"
        ],
        "additionalProperties": false,
        "properties": {
          "type": {
            "const": "Correction"
          },
          "action": {
            "const": "add"
          },
          "layer": {
            "$ref": "#/definitions/layer"
          },
          "kind": {
            "type": "string"
          },
          "value": {
            "type": "string"
          },
          "speaker": {
            "type": "string"
          },
          "note": {
            "$ref": "#/definitions/note"
          }
        }
      },
      {
        "type": "object",
        "required": [
          "type",
          "action",
          "layer"
        ],
        "additionalProperties": false,
        "properties": {
          "type": {
            "const": "Correction"
          },
          "action": {
            "const": "reject"
          },
          "layer": {
            "$ref": "#/definitions/layer"
          },
          "note": {
            "$ref": "#/definitions/note"
          }
        }
      }
    ]
  }
} as const;
