// The source of this schema: edit it here. Definitions several schemas share live in
// SharedSchemaDefinitions.swift.

extension JSONSchemas {
  /// The JSON Schema of rubric files.
  static let rubric = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://frontline.invalid/schemas/rubric.schema.json",
      "title": "Frontline rubric",
      "description": "Weighted categories, criteria and example replies (rubrics/ID.json, format 1).",
      "type": "object",
      "required": [
        "format",
        "id",
        "title",
        "criteria"
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
        "id": {
          "title": "Rubric id",
          "description": "Kebab-case; the file name without .json.",
          "$ref": "#/$defs/id"
        },
        "title": {
          "title": "Title",
          "description": "The rubric's name.",
          "$ref": "#/$defs/text"
        },
        "description": {
          "title": "Description",
          "description": "What the rubric scores.",
          "$ref": "#/$defs/text"
        },
        "categories": {
          "title": "Categories",
          "description": "Category weights (> 0). Default {\"empathy\": 1, \"accuracy\": 1, \"routing\": 1}.",
          "type": "object",
          "minProperties": 1,
          "propertyNames": {
            "$ref": "#/$defs/id"
          },
          "additionalProperties": {
            "title": "Weight",
            "description": "The category's weight in the overall score (> 0).",
            "type": "number",
            "exclusiveMinimum": 0
          },
          "default": {
            "empathy": 1,
            "accuracy": 1,
            "routing": 1
          }
        },
        "passMark": {
          "title": "Pass mark",
          "description": "The overall score a reply needs to pass (0-100). Default 70.",
          "type": "number",
          "minimum": 0,
          "maximum": 100,
          "default": 70
        },
        "scenario": {
          "title": "Scenario",
          "description": "Context for the examples: variables, customer name, route of the first step.",
          "$ref": "#/$defs/id"
        },
        "criteria": {
          "title": "Criteria",
          "description": "What a reply is scored on; ids unique in the rubric.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/criterion"
          }
        },
        "house": {
          "title": "House rubric",
          "description": "true: the rubric's criteria score every step of every scenario unless it opts out. Default false.",
          "type": "boolean",
          "default": false
        },
        "examples": {
          "title": "Examples",
          "description": "Sample replies with their expected outcome, for `frontline rubric test`.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/example"
          }
        }
      },
      "additionalProperties": false,
      "if": {
        "not": {
          "required": [
            "scenario"
          ]
        }
      },
      "then": {
        "properties": {
          "examples": {
            "items": {
              "dependentRequired": {
                "step": [
                  "scenario"
                ]
              }
            }
          }
        }
      },
      "$defs": {
        "$include": "common",
        "$include": "scoring"
      }
    }
    """#
}
