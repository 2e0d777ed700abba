// The source of this schema: edit it here. Definitions several schemas share live in
// SharedSchemaDefinitions.swift.

extension JSONSchemas {
  /// The JSON Schema of ladder files.
  static let ladder = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://frontline.invalid/schemas/ladder.schema.json",
      "title": "Frontline career ladder",
      "description": "The career levels in order, with what it takes to reach each (rubrics/ladder.json).",
      "type": "object",
      "required": [
        "format",
        "levels"
      ],
      "properties": {
        "$schema": {
          "title": "JSON Schema",
          "description": "The schema your editor checks this file with; frontline ignores it.",
          "type": "string"
        },
        "format": {
          "title": "Format version",
          "description": "The version of the file format: always 1.",
          "type": "integer",
          "const": 1,
          "default": 1
        },
        "levels": {
          "title": "Levels",
          "description": "The levels in order; the first is the starting level and has no requirements.",
          "type": "array",
          "minItems": 1,
          "prefixItems": [
            {
              "allOf": [
                {
                  "$ref": "#/$defs/level"
                },
                {
                  "properties": {
                    "requirements": {
                      "maxItems": 0
                    }
                  }
                }
              ]
            }
          ],
          "items": {
            "$ref": "#/$defs/level"
          }
        }
      },
      "additionalProperties": false,
      "$defs": {
        "$include": "common",
        "level": {
          "title": "Level",
          "description": "One rung of the ladder and what it takes to reach it.",
          "type": "object",
          "required": [
            "id",
            "title"
          ],
          "properties": {
            "id": {
              "title": "Level id",
              "description": "Unique in the ladder, e.g. senior-agent.",
              "$ref": "#/$defs/id"
            },
            "title": {
              "title": "Title",
              "description": "A string (English), or titles by language with \"en\" required.",
              "anyOf": [
                {
                  "type": "string"
                },
                {
                  "type": "object",
                  "required": [
                    "en"
                  ],
                  "properties": {
                    "en": {
                      "title": "English",
                      "description": "The English title (required).",
                      "type": "string"
                    },
                    "ja": {
                      "title": "Japanese",
                      "description": "The Japanese title.",
                      "type": "string"
                    }
                  },
                  "additionalProperties": {
                    "title": "Title",
                    "description": "The title in this language (BCP 47 tag).",
                    "type": "string"
                  }
                }
              ]
            },
            "description": {
              "title": "Description",
              "description": "What a person at this level does: a string (English), or descriptions by language with \"en\" required.",
              "anyOf": [
                {
                  "$ref": "#/$defs/text"
                },
                {
                  "type": "object",
                  "required": [
                    "en"
                  ],
                  "properties": {
                    "en": {
                      "title": "English",
                      "description": "The English description (required).",
                      "$ref": "#/$defs/text"
                    },
                    "ja": {
                      "title": "Japanese",
                      "description": "The Japanese description.",
                      "$ref": "#/$defs/text"
                    }
                  },
                  "additionalProperties": {
                    "title": "Description",
                    "description": "The description in this language (BCP 47 tag).",
                    "$ref": "#/$defs/text"
                  }
                }
              ]
            },
            "approval": {
              "title": "Needs approval",
              "description": "Whether a team leader must approve the promotion. Default false.",
              "type": "boolean",
              "default": false
            },
            "requirements": {
              "title": "Requirements",
              "description": "All must be met to reach the level; the first level has none.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/requirement"
              }
            }
          },
          "additionalProperties": false
        },
        "requirement": {
          "title": "Requirement",
          "description": "Either {\"passed\": N, ...} or {\"average\": CATEGORY, \"atLeast\": X, \"last\": N}.",
          "oneOf": [
            {
              "$ref": "#/$defs/passedRequirement"
            },
            {
              "$ref": "#/$defs/averageRequirement"
            }
          ]
        },
        "passedRequirement": {
          "title": "Passed attempts",
          "description": "At least this many passed attempts, optionally of a kind, difficulty or mode.",
          "type": "object",
          "required": [
            "passed"
          ],
          "properties": {
            "passed": {
              "title": "Passed",
              "description": "How many passed attempts (1-10000).",
              "type": "integer",
              "minimum": 1,
              "maximum": 10000
            },
            "kind": {
              "title": "Kind",
              "description": "Only scenarios of this kind count. Default: any kind.",
              "type": "string",
              "enum": [
                "complaint",
                "escalation",
                "upsell",
                "inquiry"
              ]
            },
            "distinct": {
              "title": "Distinct scenarios",
              "description": "true: each scenario counts once, however often it is passed. false: repeats of a scenario count too. Default true.",
              "type": "boolean",
              "default": true
            },
            "minDifficulty": {
              "title": "Minimum difficulty",
              "description": "Only scenarios of at least this difficulty (1-5). Default 1.",
              "type": "integer",
              "minimum": 1,
              "maximum": 5,
              "default": 1
            },
            "mode": {
              "title": "Mode",
              "description": "Only attempts in this mode count. Default: both.",
              "type": "string",
              "enum": [
                "practice",
                "exam"
              ],
              "enumDescriptions": [
                "Practice attempts",
                "Exam attempts"
              ]
            }
          },
          "additionalProperties": false
        },
        "averageRequirement": {
          "title": "Average score",
          "description": "The average of a category over the last N finished attempts is at least a score.",
          "type": "object",
          "required": [
            "average",
            "atLeast",
            "last"
          ],
          "properties": {
            "average": {
              "title": "Category",
              "description": "The category averaged, e.g. empathy (some rubric must declare it).",
              "$ref": "#/$defs/id",
              "examples": [
                "empathy",
                "accuracy",
                "routing"
              ]
            },
            "atLeast": {
              "title": "At least",
              "description": "The minimum average score (0-100).",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "last": {
              "title": "Last attempts",
              "description": "How many of the latest finished attempts are averaged (1-10000).",
              "type": "integer",
              "minimum": 1,
              "maximum": 10000
            }
          },
          "additionalProperties": false
        }
      }
    }
    """#
}
