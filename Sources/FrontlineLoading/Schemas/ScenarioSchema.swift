// The source of this schema: edit it here. Definitions several schemas share live in
// SharedSchemaDefinitions.swift.

extension JSONSchemas {
  /// The JSON Schema of scenario files.
  static let scenario = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://frontline.invalid/schemas/scenario.schema.json",
      "title": "Frontline scenario",
      "description": "A scripted customer conversation (scenarios/ID.json, format 1).",
      "type": "object",
      "required": [
        "format",
        "id",
        "title",
        "kind",
        "difficulty",
        "channel",
        "language",
        "customer",
        "briefing",
        "steps",
        "endings"
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
          "title": "Scenario id",
          "description": "Kebab-case; the file name without .json.",
          "$ref": "#/$defs/id"
        },
        "title": {
          "title": "Title",
          "description": "The scenario's name in lists.",
          "$ref": "#/$defs/text"
        },
        "kind": {
          "title": "Kind",
          "description": "What the scenario trains.",
          "type": "string",
          "enum": [
            "complaint",
            "escalation",
            "upsell",
            "inquiry"
          ],
          "enumDescriptions": [
            "An unhappy customer with a problem",
            "A case the trainee must hand over well",
            "A chance to sell something suitable",
            "A question to answer"
          ]
        },
        "difficulty": {
          "title": "Difficulty",
          "description": "1 (first week) to 5 (expert).",
          "type": "integer",
          "minimum": 1,
          "maximum": 5
        },
        "channel": {
          "title": "Channel",
          "description": "The channel of the conversation.",
          "$ref": "#/$defs/channel"
        },
        "language": {
          "title": "Language",
          "description": "BCP 47 language tag of the conversation, e.g. en, en-GB, ja.",
          "type": "string",
          "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
          "patternErrorMessage": "Use a BCP 47 language tag, e.g. en, en-GB, ja.",
          "examples": [
            "en",
            "en-GB",
            "en-US",
            "ja"
          ]
        },
        "summary": {
          "title": "Summary",
          "description": "One line shown in lists.",
          "$ref": "#/$defs/text"
        },
        "customer": {
          "title": "Customer",
          "description": "Who the trainee talks to.",
          "type": "object",
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "title": "Name",
              "description": "Full name. Japanese: family name first, no 様 (\"佐藤 花子\").",
              "$ref": "#/$defs/text"
            },
            "givenName": {
              "title": "Given name",
              "description": "Overrides the given name split from name at the first space.",
              "$ref": "#/$defs/text"
            },
            "familyName": {
              "title": "Family name",
              "description": "Overrides the family name split from name at the first space.",
              "$ref": "#/$defs/text"
            },
            "persona": {
              "title": "Persona",
              "description": "Who the customer is and how they behave.",
              "$ref": "#/$defs/text"
            },
            "mood": {
              "title": "Starting mood",
              "description": "The mood at the start. Default neutral.",
              "$ref": "#/$defs/mood",
              "default": "neutral"
            }
          },
          "additionalProperties": false
        },
        "variables": {
          "title": "Template variables",
          "description": "Extra template variables: {\"order\": \"A1042\"} is used as {order}.",
          "type": "object",
          "propertyNames": {
            "type": "string",
            "pattern": "^[^\\s\\u0000-\\u002C/\\u003A-\\u0040\\u005B-\\u005E`\\u007B-\\u007F]+$",
            "not": {
              "enum": [
                "customer.name",
                "customer.givenName",
                "customer.familyName",
                "agent.name"
              ]
            }
          },
          "additionalProperties": {
            "type": "string"
          }
        },
        "briefing": {
          "title": "Briefing",
          "description": "What the trainee is told before the conversation starts.",
          "$ref": "#/$defs/text"
        },
        "knowledge": {
          "title": "Knowledge base",
          "description": "Entries the trainee can look up with /kb.",
          "type": "array",
          "items": {
            "title": "Knowledge entry",
            "description": "One article of the knowledge base.",
            "type": "object",
            "required": [
              "topic",
              "text"
            ],
            "properties": {
              "topic": {
                "title": "Topic",
                "description": "The entry's heading.",
                "$ref": "#/$defs/text"
              },
              "keywords": {
                "title": "Keywords",
                "description": "Words that find this entry.",
                "type": "array",
                "items": {
                  "$ref": "#/$defs/text"
                }
              },
              "text": {
                "title": "Text",
                "description": "The entry: policies, prices, deadlines.",
                "$ref": "#/$defs/text"
              },
              "facts": {
                "title": "Facts",
                "description": "The facts the text states, for the grader: a quantity with its cue words, something free, or what the front line may not offer.",
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["id"],
                  "properties": {
                    "id": {"title": "Fact id", "description": "Unique in the scenario, e.g. refund-window.", "$ref": "#/$defs/id"},
                    "about": {"title": "About", "description": "Words a sentence about the fact contains; a quantity is judged only in such a sentence.", "$ref": "#/$defs/phrases"},
                    "value": {"title": "Value", "description": "One quantity with its unit: 3-5 business days, $89, ¥980/month, 30 GB, 2営業日.", "type": "string", "pattern": "\\S"},
                    "estimate": {"title": "Estimate", "description": "The value is an estimate: guaranteeing it over-promises. Default false.", "type": "boolean", "default": false},
                    "free": {"title": "Free", "description": "It costs the customer nothing: stating a charge for it invents one. Default false.", "type": "boolean", "default": false},
                    "notOffered": {"title": "Not offered", "description": "What the front line may not offer here: offering one invents an entitlement.", "$ref": "#/$defs/phrases"}
                  },
                  "additionalProperties": false
                }
              }
            },
            "additionalProperties": false
          }
        },
        "house": {
          "title": "House rubrics",
          "description": "false: no house criterion (sincerity, security, reply quality) scores these steps. Default true.",
          "type": "boolean",
          "const": false
        },
        "houseExcept": {
          "title": "House criteria left out",
          "description": "Ids of house criteria that do not score these steps.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "variants": {
          "title": "Variants",
          "description": "Other customers and facts for the same conversation; practice and exams draw one version at random ('main' is the scenario as written).",
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "title": "Variant id",
                "description": "Unique among the scenario's variants; not 'main'.",
                "$ref": "#/$defs/id"
              },
              "customer": {
                "title": "Customer",
                "description": "The customer instead of the scenario's.",
                "$ref": "#/properties/customer"
              },
              "variables": {
                "title": "Template variables",
                "description": "Values instead of the scenario's, for variables the scenario defines; facts whose value uses them follow.",
                "$ref": "#/properties/variables"
              }
            },
            "additionalProperties": false
          }
        },
        "rubrics": {
          "title": "Rubrics",
          "description": "Rubric ids that score every step that does not list its own.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "steps": {
          "title": "Steps",
          "description": "The conversation's steps; the first one opens the conversation.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/step"
          }
        },
        "endings": {
          "title": "Endings",
          "description": "The ways the conversation can end.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/ending"
          }
        }
      },
      "additionalProperties": false,
      "if": {
        "not": {
          "required": [
            "rubrics"
          ],
          "properties": {
            "rubrics": {
              "minItems": 1
            }
          }
        }
      },
      "then": {
        "properties": {
          "steps": {
            "items": {
              "anyOf": [
                {
                  "required": [
                    "rubrics"
                  ]
                },
                {
                  "required": [
                    "criteria"
                  ]
                }
              ]
            }
          }
        }
      },
      "$defs": {
        "$include": "common",
        "$include": "scoring",
        "mood": {
          "title": "Mood",
          "description": "A mood, worst to best: furious, angry, annoyed, neutral, satisfied, delighted.",
          "type": "string",
          "enum": [
            "furious",
            "angry",
            "annoyed",
            "neutral",
            "satisfied",
            "delighted"
          ],
          "enumDescriptions": [
            "-3",
            "-2",
            "-1",
            "0",
            "+1",
            "+2"
          ]
        },
        "messages": {
          "title": "Messages",
          "description": "One message or a list of bubbles; template variables such as {order} allowed.",
          "oneOf": [
            {
              "$ref": "#/$defs/text"
            },
            {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/text"
              }
            }
          ]
        },
        "department": {
          "title": "Department id",
          "description": "A department id from rubrics/departments.json.",
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
        "conditionRoute": {
          "title": "Route name",
          "description": "A department id, or \"none\" for no transfer.",
          "allOf": [
            {
              "$ref": "#/$defs/id"
            },
            {
              "not": {
                "const": "any"
              }
            }
          ],
          "examples": [
            "none",
            "billing",
            "tech-support",
            "sales",
            "returns",
            "account-security",
            "supervisor"
          ]
        },
        "step": {
          "title": "Step",
          "description": "One turn: the customer's messages, then the trainee's reply, scored and routed.",
          "type": "object",
          "required": [
            "id",
            "messages",
            "exemplar",
            "next"
          ],
          "properties": {
            "id": {
              "title": "Step id",
              "description": "Unique among the scenario's steps and endings.",
              "$ref": "#/$defs/id"
            },
            "messages": {
              "title": "Customer messages",
              "description": "What the customer says: one message or a list of bubbles.",
              "$ref": "#/$defs/messages"
            },
            "rubrics": {
              "title": "Rubrics",
              "description": "Rubric ids for this step, replacing the scenario's; [] = inline criteria only.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/id"
              }
            },
            "criteria": {
              "title": "Inline criteria",
              "description": "Criteria for this step only, added to its rubrics' criteria.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/criterion"
              }
            },
            "route": {
              "title": "Expected route",
              "description": "Transfer to this department; absent/\"none\": resolve it; \"any\": not judged.",
              "$ref": "#/$defs/id",
              "examples": [
                "none",
                "any",
                "billing",
                "tech-support",
                "sales",
                "returns",
                "account-security",
                "supervisor"
              ]
            },
            "acceptableRoutes": {
              "title": "Acceptable routes",
              "description": "Other transfers that earn partial routing credit.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/department"
              }
            },
            "passMark": {
              "title": "Pass mark",
              "description": "Overrides the rubric's pass mark for this step (0-100).",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "exemplar": {
              "title": "Exemplar",
              "description": "A model reply, shown after the attempt; it should score full marks.",
              "type": "string",
              "pattern": "\\S",
              "patternErrorMessage": "Must not be empty."
            },
            "hint": {
              "title": "Hint",
              "description": "A nudge shown on /hint.",
              "type": "string",
              "pattern": "\\S",
              "patternErrorMessage": "Must not be empty."
            },
            "timeLimit": {
              "title": "Time limit",
              "description": "A time limit for the reply; exceeding it costs points.",
              "type": "object",
              "required": [
                "seconds"
              ],
              "properties": {
                "seconds": {
                  "title": "Seconds",
                  "description": "Seconds allowed (more than 0, at most 86400).",
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 86400
                },
                "penalty": {
                  "title": "Penalty",
                  "description": "Points off the overall score when exceeded (0-100). Default 10.",
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100,
                  "default": 10
                }
              },
              "additionalProperties": false
            },
            "next": {
              "title": "Next",
              "description": "Transitions, tried in order; the last one must have no \"when\" (the fallback).",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/transition"
              },
              "contains": {
                "not": {
                  "required": [
                    "when"
                  ]
                }
              }
            },
            "optional": {
              "title": "Optional step",
              "description": "true: the trainee may close the conversation (/end) before this step without failing, when every step still ahead is optional too. Default false: closing early records the attempt as ended early, and it fails.",
              "type": "boolean",
              "default": false
            },
            "messageVariants": {
              "title": "Message variants",
              "description": "What the customer says instead of 'messages', given the turns so far: the first variant whose condition holds is said.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/messageVariant"
              }
            },
            "house": {
              "title": "House rubrics",
              "description": "false: no house criterion (sincerity, security, reply quality) scores this step. Default true.",
              "type": "boolean",
              "const": false
            },
            "houseExcept": {
              "title": "House criteria left out",
              "description": "Ids of house criteria that do not score this step.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/id"
              }
            },
            "examples": {
              "title": "Examples",
              "description": "Sample replies scored against this step's full scorecard.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/example"
              }
            }
          },
          "additionalProperties": false,
          "if": {
            "required": [
              "rubrics"
            ],
            "properties": {
              "rubrics": {
                "maxItems": 0
              }
            }
          },
          "then": {
            "required": [
              "criteria"
            ]
          }
        },
        "condition": {
          "title": "Condition",
          "description": "Every field given must hold.",
          "type": "object",
          "properties": {
            "passed": {
              "title": "Passed",
              "description": "The reply passed (true) or failed (false) the step's scorecard.",
              "type": "boolean"
            },
            "critical": {
              "title": "Critical failure",
              "description": "A critical criterion failed (true) or none did (false).",
              "type": "boolean"
            },
            "scoreAtLeast": {
              "title": "Score at least",
              "description": "The overall score is at least this (0-100).",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "scoreBelow": {
              "title": "Score below",
              "description": "The overall score is below this (0-100).",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "met": {
              "title": "Met criteria",
              "description": "Criterion ids of the step's scorecard that were all met.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/id"
              }
            },
            "missed": {
              "title": "Missed criteria",
              "description": "Criterion ids of the step's scorecard that were all missed.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/id"
              }
            },
            "route": {
              "title": "Transfer taken",
              "description": "A department id or \"none\" (no transfer), or a list of those.",
              "oneOf": [
                {
                  "$ref": "#/$defs/conditionRoute"
                },
                {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/conditionRoute"
                  }
                }
              ]
            },
            "moodAtLeast": {
              "title": "Mood at least",
              "description": "The customer's mood when the reply was given is at least this.",
              "$ref": "#/$defs/mood"
            },
            "moodAtMost": {
              "title": "Mood at most",
              "description": "The customer's mood when the reply was given is at most this.",
              "$ref": "#/$defs/mood"
            },
            "timedOut": {
              "title": "Timed out",
              "description": "The reply came after (true) or within (false) the time limit.",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "messageVariant": {
          "title": "Message variant",
          "description": "Messages said when every condition given holds of the turns before this step.",
          "type": "object",
          "required": [
            "messages"
          ],
          "properties": {
            "met": {
              "title": "Met earlier",
              "description": "Criterion ids (of any step's scorecard) each met in at least one earlier turn.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/id"
              }
            },
            "missed": {
              "title": "Never met earlier",
              "description": "Criterion ids (of any step's scorecard) met in no earlier turn.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/id"
              }
            },
            "route": {
              "title": "Transferred earlier",
              "description": "An earlier turn transferred to this department (or \"none\": an earlier turn transferred nowhere), or to one of a list.",
              "$ref": "#/$defs/condition/properties/route"
            },
            "moodAtLeast": {
              "title": "Mood at least",
              "description": "The customer's mood now is at least this.",
              "$ref": "#/$defs/mood"
            },
            "moodAtMost": {
              "title": "Mood at most",
              "description": "The customer's mood now is at most this.",
              "$ref": "#/$defs/mood"
            },
            "messages": {
              "title": "Customer messages",
              "description": "What the customer says instead: one message or a list of bubbles.",
              "$ref": "#/$defs/messages"
            }
          },
          "additionalProperties": false
        },
        "transition": {
          "title": "Transition",
          "description": "Where the conversation goes; the first transition whose condition holds is taken.",
          "type": "object",
          "required": [
            "goto"
          ],
          "properties": {
            "when": {
              "title": "When",
              "description": "The condition; leave it out on the last transition (the fallback).",
              "$ref": "#/$defs/condition"
            },
            "goto": {
              "title": "Go to",
              "description": "A step id or an ending id.",
              "$ref": "#/$defs/id"
            },
            "mood": {
              "title": "Mood change",
              "description": "Mood steps to move when taken (-5 to 5; negative = angrier). Default 0.",
              "type": "integer",
              "minimum": -5,
              "maximum": 5,
              "default": 0
            }
          },
          "additionalProperties": false
        },
        "ending": {
          "title": "Ending",
          "description": "A way the conversation ends, with the customer's last words.",
          "type": "object",
          "required": [
            "id",
            "outcome",
            "messages"
          ],
          "properties": {
            "id": {
              "title": "Ending id",
              "description": "Unique among steps and endings, e.g. resolved, walked-out.",
              "$ref": "#/$defs/id"
            },
            "outcome": {
              "title": "Outcome",
              "description": "How the conversation ended.",
              "type": "string",
              "enum": [
                "resolved",
                "escalated",
                "lost",
                "ended-early"
              ],
              "enumDescriptions": [
                "The trainee solved the problem",
                "Handed to another department",
                "The customer gave up or left",
                "What the customer says when the trainee closes the conversation too soon (/end); no goto may lead here"
              ]
            },
            "messages": {
              "title": "Closing messages",
              "description": "What the customer says last.",
              "$ref": "#/$defs/messages"
            }
          },
          "additionalProperties": false
        }
      }
    }
    """#
}
