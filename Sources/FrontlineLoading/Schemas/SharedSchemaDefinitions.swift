/// Definitions the schemas share, written once: spliced into each schema where it says
/// `"$include": "common"` or `"$include": "scoring"` (see ``JSONSchemas/schema(for:)``).
extension JSONSchemas {
  /// `id` and `text`, used by every format.
  static let commonDefinitions = #"""
        "id": {
          "title": "Id",
          "description": "Kebab-case: lower-case letters, digits, single hyphens.",
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
          "maxLength": 80,
          "patternErrorMessage": "Use lower-case letters, digits and single hyphens, e.g. late-delivery."
        },
        "text": {
          "title": "Text",
          "description": "A non-empty string.",
          "type": "string",
          "pattern": "\\S",
          "patternErrorMessage": "Must not be empty."
        },
        "textByLanguage": {
          "title": "Text, or texts by language",
          "description": "A non-empty string for every language, or an object of them by language tag with \"en\" required: {\"en\": \"…\", \"ja\": \"…\"}.",
          "anyOf": [
            {
              "$ref": "#/$defs/text"
            },
            {
              "type": "object",
              "required": [
                "en"
              ],
              "additionalProperties": {
                "$ref": "#/$defs/text"
              }
            }
          ]
        }
    """#

  /// Criteria, phrases, examples and score bounds, used by scenarios (inline criteria) and rubrics.
  static let scoringDefinitions = #"""
        "channel": {
          "title": "Channel",
          "description": "The channel of the conversation.",
          "type": "string",
          "enum": [
            "chat",
            "email",
            "phone"
          ],
          "enumDescriptions": [
            "Web or app chat",
            "Email",
            "Phone call"
          ]
        },
        "criterion": {
          "title": "Criterion",
          "description": "Exactly one check: any, all, none, pattern, usesName, route, length, maxCount, together, sentences, acknowledges, fact or facts.",
          "type": "object",
          "required": [
            "id",
            "category",
            "description"
          ],
          "properties": {
            "id": {
              "title": "Criterion id",
              "description": "Unique in its rubric or step, e.g. acknowledges-delay.",
              "$ref": "#/$defs/id"
            },
            "category": {
              "title": "Category",
              "description": "One of the rubric's categories (no rubrics: empathy, accuracy, routing).",
              "$ref": "#/$defs/id",
              "examples": [
                "empathy",
                "accuracy",
                "routing"
              ]
            },
            "description": {
              "title": "Description",
              "description": "What a good reply does, shown on the scorecard: a string, or texts by language whose \"en\" serves every language not named.",
              "$ref": "#/$defs/textByLanguage"
            },
            "points": {
              "title": "Points",
              "description": "Points earned when met (0 to 1000; 0 counts only through critical or voids). Default 10.",
              "type": "number",
              "minimum": 0,
              "maximum": 1000,
              "default": 10
            },
            "tip": {
              "title": "Coaching tip",
              "description": "How to improve, shown when missed (a warning if missing, unless critical): a string, or texts by language.",
              "$ref": "#/$defs/textByLanguage"
            },
            "critical": {
              "title": "Critical",
              "description": "Failing it zeroes the reply and fails it (auto-fail). Default false.",
              "type": "boolean",
              "default": false
            },
            "negation": {
              "title": "Negation aware",
              "description": "Whether negated matches (\"not sorry\") are ignored. Default true.",
              "type": "boolean",
              "default": true
            },
            "appliesWhen": {
              "title": "Applies when",
              "description": "When the criterion applies; otherwise it is N/A and left out of the score.",
              "type": "object",
              "properties": {
                "transferred": {
                  "title": "Transferred",
                  "description": "Applies only if the trainee did (true) or did not (false) transfer.",
                  "type": "boolean"
                },
                "expectsTransfer": {
                  "title": "Expects transfer",
                  "description": "Applies only if the step does (true) or does not (false) expect a transfer.",
                  "type": "boolean"
                },
                "channels": {
                  "title": "Channels",
                  "description": "Applies only on these channels.",
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/channel"
                  }
                },
                "moodAtMost": {
                  "title": "Mood at most",
                  "description": "Applies only when the customer's mood is at most this (angry: angry or furious).",
                  "enum": ["furious", "angry", "annoyed", "neutral", "satisfied", "delighted"]
                }
              },
              "additionalProperties": false
            },
            "partialCredit": {
              "title": "Partial credit",
              "description": "Route check: % of points for an acceptableRoutes transfer (0-100). Default 50.",
              "type": "number",
              "minimum": 0,
              "maximum": 100,
              "default": 50
            },
            "negated": {
              "title": "Negated only",
              "description": "Only negated occurrences count (a refused apology: 'not in any way sorry'). Default false.",
              "type": "boolean",
              "default": false
            },
            "voids": {
              "title": "Voids a category",
              "description": "When missed, the reply earns nothing in this category (an insincere apology earns no empathy).",
              "$ref": "#/$defs/id"
            },
            "tone": {
              "title": "Tone criterion",
              "description": "The rubric's tone criterion: missed too when a house rule finds an insincere tone. Default false.",
              "type": "boolean",
              "default": false
            },
            "any": {
              "title": "Check: any",
              "description": "Met when any of the phrases occurs.",
              "$ref": "#/$defs/phrases"
            },
            "all": {
              "title": "Check: all",
              "description": "Met when every group has a match: a list of phrase lists.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/phrases"
              }
            },
            "none": {
              "title": "Check: none",
              "description": "Met when none of the phrases occurs (forbidden phrases; usually critical), or, given phrase lists, when no sentence has a phrase of every list.",
              "oneOf": [
                {
                  "$ref": "#/$defs/phrases"
                },
                {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/phrases"
                  }
                }
              ]
            },
            "pattern": {
              "title": "Check: pattern",
              "description": "Met when this ICU regular expression matches the normalised (lower-case) reply.",
              "type": "string",
              "pattern": "\\S",
              "patternErrorMessage": "Must not be empty."
            },
            "usesName": {
              "title": "Check: uses name",
              "description": "Met when the reply has the customer's full, given or family name. Must be true.",
              "type": "boolean",
              "const": true
            },
            "route": {
              "title": "Check: route",
              "description": "Met when the transfer is the step's route (see partialCredit). Must be true.",
              "type": "boolean",
              "const": true
            },
            "length": {
              "title": "Check: length",
              "description": "Met when the reply's length is within the bounds (give at least one).",
              "type": "object",
              "minProperties": 1,
              "properties": {
                "min": {
                  "title": "Minimum characters",
                  "description": "At least this many characters.",
                  "type": "integer",
                  "minimum": 0
                },
                "max": {
                  "title": "Maximum characters",
                  "description": "At most this many characters (not below min).",
                  "type": "integer",
                  "minimum": 0
                },
                "minWords": {
                  "title": "Minimum words",
                  "description": "At least this many words.",
                  "type": "integer",
                  "minimum": 0
                },
                "maxWords": {
                  "title": "Maximum words",
                  "description": "At most this many words (not below minWords).",
                  "type": "integer",
                  "minimum": 0
                }
              },
              "additionalProperties": false
            },
            "maxCount": {
              "title": "Check: maximum count",
              "description": "Met when the phrases occur at most max times in all (e.g. over-apologising).",
              "type": "object",
              "required": [
                "phrases",
                "max"
              ],
              "properties": {
                "phrases": {
                  "title": "Phrases",
                  "description": "The phrases to count.",
                  "$ref": "#/$defs/phrases"
                },
                "max": {
                  "title": "Maximum",
                  "description": "The most occurrences allowed (0-1000).",
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 1000
                }
              },
              "additionalProperties": false
            },
            "together": {
              "title": "Check: together",
              "description": "Met when every group has a match within one sentence: a list of phrase lists.",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/phrases"
              }
            },
            "sentences": {
              "title": "Check: sentences",
              "description": "Met when the reply reads as sentences, not a list of keywords or log lines. Must be true.",
              "type": "boolean",
              "const": true
            },
            "fact": {
              "title": "Check: fact",
              "description": "Met when the reply states this fact of the scenario's knowledge base correctly.",
              "$ref": "#/$defs/id"
            },
            "facts": {
              "title": "Check: facts",
              "description": "Met when every statement about the scenario's declared facts is right (the house rubric's check); the lexicon of charge, guarantee, arrival, free, offer and goodwill words.",
              "type": "object",
              "properties": {
                "charges": {"title": "Charge words", "type": "array", "items": {"$ref": "#/$defs/phrase"}},
                "guarantees": {"title": "Guarantee words", "type": "array", "items": {"$ref": "#/$defs/phrase"}},
                "arrivals": {"title": "Arrival words", "type": "array", "items": {"$ref": "#/$defs/phrase"}},
                "frees": {"title": "Free words", "type": "array", "items": {"$ref": "#/$defs/phrase"}},
                "offers": {"title": "Offer words", "type": "array", "items": {"$ref": "#/$defs/phrase"}},
                "goodwill": {"title": "Goodwill words", "description": "Gifts beyond policy (a free month, a coupon): offering one the knowledge base never mentions invents an entitlement.", "type": "array", "items": {"$ref": "#/$defs/phrase"}}
              },
              "additionalProperties": false
            },
            "acknowledges": {
              "title": "Check: acknowledges",
              "description": "Met when a phrase occurs or another empathy criterion that looks for words is met.",
              "$ref": "#/$defs/phrases"
            }
          },
          "additionalProperties": false,
          "oneOf": [
            {
              "title": "any check",
              "required": [
                "any"
              ]
            },
            {
              "title": "all check",
              "required": [
                "all"
              ]
            },
            {
              "title": "none check",
              "required": [
                "none"
              ]
            },
            {
              "title": "pattern check",
              "required": [
                "pattern"
              ]
            },
            {
              "title": "usesName check",
              "required": [
                "usesName"
              ]
            },
            {
              "title": "route check",
              "required": [
                "route"
              ]
            },
            {
              "title": "length check",
              "required": [
                "length"
              ]
            },
            {
              "title": "maxCount check",
              "required": [
                "maxCount"
              ]
            },
            {
              "title": "together check",
              "required": [
                "together"
              ]
            },
            {
              "title": "sentences check",
              "required": [
                "sentences"
              ]
            },
            {
              "title": "acknowledges check",
              "required": [
                "acknowledges"
              ]
            },
            {
              "title": "fact check",
              "required": [
                "fact"
              ]
            },
            {
              "title": "facts check",
              "required": [
                "facts"
              ]
            }
          ]
        },
        "phrase": {
          "title": "Phrase",
          "description": "Words to look for; a * at the end of a word matches its endings (apologi*, count* toward*).",
          "type": "string",
          "pattern": "^(?!\\*)(?!.*\\s\\*)(?!.*\\*\\S).*[^*\\s].*$",
          "patternErrorMessage": "A phrase needs text; '*' goes at the end of a word (apologi*, count* toward*)."
        },
        "phrases": {
          "title": "Phrase list",
          "description": "At least one phrase; any of them counts.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/phrase"
          }
        },
        "example": {
          "title": "Example reply",
          "description": "A sample reply and its expected outcome, checked by `frontline rubric test`.",
          "type": "object",
          "required": [
            "name",
            "response",
            "expect"
          ],
          "properties": {
            "name": {
              "title": "Name",
              "description": "A short label, e.g. \"strong: apology, both options\".",
              "type": "string",
              "pattern": "\\S",
              "patternErrorMessage": "Must not be empty."
            },
            "response": {
              "title": "Response",
              "description": "The trainee's reply; template variables allowed.",
              "type": "string"
            },
            "route": {
              "title": "Transfer taken",
              "description": "The department the reply transfers to; absent or \"none\" = no transfer.",
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
            "expect": {
              "title": "Expected result",
              "description": "Whether the reply should pass or fail.",
              "type": "string",
              "enum": [
                "pass",
                "fail"
              ],
              "enumDescriptions": [
                "The reply should pass",
                "The reply should fail"
              ]
            },
            "categories": {
              "title": "Category bounds",
              "description": "Expected score bounds per category, e.g. {\"empathy\": {\"min\": 80}}.",
              "type": "object",
              "propertyNames": {
                "$ref": "#/$defs/id"
              },
              "additionalProperties": {
                "$ref": "#/$defs/scoreBounds"
              }
            },
            "scenario": {
              "title": "Scenario",
              "description": "The scenario giving context (variables, customer, route); default: the rubric's.",
              "$ref": "#/$defs/id"
            },
            "step": {
              "title": "Step",
              "description": "The step giving context; default: the scenario's first step.",
              "$ref": "#/$defs/id"
            }
          },
          "additionalProperties": false
        },
        "scoreBounds": {
          "title": "Score bounds",
          "description": "Expected category score range (0-100); give min and/or max.",
          "type": "object",
          "minProperties": 1,
          "properties": {
            "min": {
              "title": "Minimum score",
              "description": "The category scores at least this (0-100).",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "max": {
              "title": "Maximum score",
              "description": "The category scores at most this (0-100, not below min).",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            }
          },
          "additionalProperties": false
        }
    """#
}
