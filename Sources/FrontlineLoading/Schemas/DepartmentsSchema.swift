// The source of this schema: edit it here. Definitions several schemas share live in
// SharedSchemaDefinitions.swift.

extension JSONSchemas {
  /// The JSON Schema of departments files.
  static let departments = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://frontline.invalid/schemas/departments.schema.json",
      "title": "Frontline department catalog",
      "description": "The departments a trainee can transfer to (rubrics/departments.json).",
      "type": "object",
      "required": [
        "format",
        "departments"
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
        "departments": {
          "title": "Departments",
          "description": "The departments; ids unique.",
          "type": "array",
          "minItems": 1,
          "items": {
            "title": "Department",
            "description": "A team a case can be transferred to with /transfer ID.",
            "type": "object",
            "required": [
              "id",
              "name",
              "handles"
            ],
            "properties": {
              "id": {
                "title": "Department id",
                "description": "Used in /transfer and routes; \"none\" and \"any\" are reserved.",
                "allOf": [
                  {
                    "$ref": "#/$defs/id"
                  },
                  {
                    "not": {
                      "enum": [
                        "none",
                        "any"
                      ]
                    }
                  }
                ],
                "examples": [
                  "billing",
                  "tech-support",
                  "sales",
                  "returns",
                  "account-security",
                  "supervisor"
                ]
              },
              "name": {
                "title": "Name",
                "description": "The department's display name.",
                "$ref": "#/$defs/text"
              },
              "handles": {
                "title": "Handles",
                "description": "What it handles; trainees read this to choose where to transfer.",
                "$ref": "#/$defs/text"
              }
            },
            "additionalProperties": false
          }
        }
      },
      "additionalProperties": false,
      "$defs": {
        "$include": "common"
      }
    }
    """#
}
