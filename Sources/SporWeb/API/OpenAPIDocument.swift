import Vapor

/// The OpenAPI 3 description of the JSON API, served at `/api/openapi.json`.
enum OpenAPIDocument {
    @Sendable static func serve(_ request: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: json))
        response.headers.contentType = .json
        return response
    }

    /// The course entries' fields, the same in an entry read and an entry written.
    static let courseProperties = #"""
                  "assessmentStart": {"type": "object", "description": "focusedAssessment, investigation: reason, dialogBased, needKnownOn (date), notification"},
              "assessmentConclusion": {"type": "object", "description": "focusedAssessmentConcluded, investigationConcluded: start, triangle {childsDevelopment, parentingCapacity, familyAndNetwork}, childsViews, parentsViews, conclusion"},
              "preliminaryAssessment": {"type": "object", "description": "investigation, assessment, reasonForDelay, expectedConclusion (date)"},
              "childConversation": {"type": "object", "description": "heldBy, place, bisidder {name, relation, age ≥ 15}, childsWords or notHeldReason"},
              "ownViews": {"type": "object", "description": "who (child, parent), text, scale [{question, value, maximum}]"},
              "decision": {"type": "object", "description": "outcome, offers (catalogue ids), legalBasis, purpose, expectedEnd (date), consent {custodyHolders, youngPerson}, childsViews {heardIn (entry id) or notHeardReason}, complaintGuidanceToChild, makesChildsPlan"},
              "measureStart": {"type": "object", "description": "offer, decision, legalBasis"},
              "measureEnd": {"type": "object", "description": "measure, reason, note"},
              "placementStart": {"type": "object", "description": "offer, kind, decision, legalBasis, nearHome, schoolKept, contactArrangements"},
              "placementEnd": {"type": "object", "description": "placement, reason, note"},
              "plan": {"type": "object", "description": "kind, supersedes, goals [{id, what, byWhen (date), howWeWillKnow}], childsHopes, madeWithChild, madeWithParents"},
              "followUp": {"type": "object", "description": "measures, ratings [{goal, rating, note}], assessment, outcome, nextFollowUp (date), nextFollowUpReason"},
              "transition": {"type": "object", "description": "from, to, note"},
              "handoverMeeting": {"type": "object", "description": "from, to, participants, childPresent, familyPresent, plan"}
    """#

    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Spor API",
        "version": "1.0.0",
        "description": "Children and their journals in Spor. Authenticate with a personal API token created under 'Min konto': Authorization: Bearer <token>. A token works for the 30, 90 or 365 days chosen when it is made, until its owner revokes it there, or until its owner is deactivated; after that it is answered 401. Every read of a child is logged."
      },
      "servers": [{"url": "/"}],
      "security": [{"bearerToken": []}],
      "paths": {
        "/api/v1/children": {
          "get": {
            "summary": "The open cases of the caller (caseworker) or of the caller's team (team lead)",
            "operationId": "listChildren",
            "responses": {
              "200": {"description": "Children", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ChildListItem"}}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/worklist": {
          "get": {
            "summary": "Open deadlines (obligations from the rules) for the caller, or for the caller's team (team lead), soonest first",
            "operationId": "worklist",
            "responses": {
              "200": {"description": "Obligations", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Obligation"}}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/rules": {
          "get": {
            "summary": "The deadline rules in force, each with its paragraph, trigger, due computation, what discharges it and whose list it lands on",
            "operationId": "rules",
            "responses": {
              "200": {"description": "Rules", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/indicators": {
          "get": {
            "summary": "Every indicator cell of a period — all children, and by district, age band and sex — with small numbers suppressed as on the dashboard (policy staff and team leads)",
            "operationId": "indicators",
            "parameters": [{"name": "period", "in": "query", "required": false, "schema": {"type": "string", "example": "2025-Q3"},
                            "description": "A year (2025), a quarter (2025-Q3) or a month (2025-08); the current year when left out or not read"}],
            "responses": {
              "200": {"description": "Cells", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/IndicatorCell"}}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/children/{childID}": {
          "parameters": [{"$ref": "#/components/parameters/childID"}],
          "get": {
            "summary": "One child and the state of the case",
            "operationId": "getChild",
            "responses": {
              "200": {"description": "The child", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Child"}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/children/{childID}/entries": {
          "parameters": [{"$ref": "#/components/parameters/childID"}],
          "get": {
            "summary": "The child's journal, newest first, corrections included",
            "operationId": "listEntries",
            "responses": {
              "200": {"description": "Entries", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          },
          "post": {
            "summary": "Append an entry (a concern, a journal note, a case closure, or a step of the course) to the child's journal",
            "operationId": "addEntry",
            "requestBody": {"required": true, "content": {"application/json": {
              "schema": {"$ref": "#/components/schemas/NewEntry"},
              "examples": {
                "note": {"value": {"kind": "journalNote", "text": "Mor ringede og fortalte, at det går bedre."}},
                "concern": {"value": {"kind": "concern", "level": 3, "source": "teacher", "description": "Stigende fravær."}},
                "conversation": {"value": {"kind": "childConversation", "childConversation": {"heldBy": "00000000-0000-0000-0000-000000000000", "place": "Skolen", "outcome": {"notHeldReason": "Barnet var syg"}}}}
              }
            }}},
            "responses": {
              "201": {"description": "Appended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entry"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/notifications": {
          "post": {
            "summary": "Register a notification (underretning) received by phone, letter, e-mail, the digital notification form or in person (caseworker, team lead). The deadlines run from receivedAt; a receipt (§ 138) is owed to notifiers with the heightened duty to notify: professional, police, healthcare, otherMunicipality",
            "operationId": "addNotification",
            "requestBody": {"required": true, "content": {"application/json": {
              "schema": {"$ref": "#/components/schemas/NewNotification"},
              "examples": {
                "anonymousCall": {"value": {"cpr": "150315-4321", "channel": "phone", "notifierKind": "anonymous", "description": "En anonym nabo ringer: barnet er alene hjemme om aftenen.", "concernsAbuse": false}},
                "police": {"value": {"name": "Alma Testesen", "birthDate": "2015-03-15", "channel": "email", "notifierKind": "police", "notifierName": "Politikreds Østjylland", "notifierContact": "87 31 14 48", "receivedAt": "2026-11-26T08:30:00Z", "description": "Politiet har været i hjemmet efter en anmeldelse om uro.", "concernsAbuse": true}}
              }
            }}},
            "responses": {
              "201": {"description": "Registered", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entry"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        }
      },
      "components": {
        "securitySchemes": {
          "bearerToken": {"type": "http", "scheme": "bearer"}
        },
        "parameters": {
          "childID": {"name": "childID", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}
        },
        "responses": {
          "Error": {"description": "An error with a message in the caller's language", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error", "message"],
            "properties": {"error": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string", "nullable": true}}
          },
          "Obligation": {
            "type": "object", "required": ["rule", "paragraph", "child", "childName", "trigger", "due", "status", "dischargedBy", "assignee"],
            "properties": {
              "rule": {"type": "string"}, "paragraph": {"type": "string"}, "child": {"type": "string", "format": "uuid"},
              "childName": {"type": "string"}, "trigger": {"type": "string", "format": "uuid"},
              "due": {"type": "string", "format": "date-time"}, "status": {"type": "string", "enum": ["open", "overdue"]},
              "dischargedBy": {"$ref": "#/components/schemas/EntryKind"}, "assignee": {"type": "string"}
            }
          },
          "ChildListItem": {
            "type": "object", "required": ["id", "name", "birthDate", "district"],
            "properties": {
              "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}, "birthDate": {"type": "string", "format": "date"},
              "district": {"type": "string"}, "concernLevel": {"type": "integer", "minimum": 1, "maximum": 5, "nullable": true},
              "caseworker": {"type": "string", "format": "uuid", "nullable": true}
            }
          },
          "Child": {
            "type": "object", "required": ["id", "givenName", "familyName", "birthDate", "maskedCpr", "district", "caseOpen", "entryCount"],
            "properties": {
              "id": {"type": "string", "format": "uuid"}, "givenName": {"type": "string"}, "familyName": {"type": "string"},
              "birthDate": {"type": "string", "format": "date"}, "maskedCpr": {"type": "string", "example": "150315-xxxx"},
              "district": {"type": "string"}, "institution": {"type": "string", "nullable": true}, "caseOpen": {"type": "boolean"},
              "caseworker": {"type": "string", "format": "uuid", "nullable": true},
              "concernLevel": {"type": "integer", "minimum": 1, "maximum": 5, "nullable": true}, "entryCount": {"type": "integer"}
            }
          },
          "EntryKind": {
            "type": "string",
            "enum": ["concern", "consultation", "networkMeeting", "notification", "urgencyAssessment", "receiptSent", "notifierFeedback",
                     "screening", "focusedAssessment", "focusedAssessmentConcluded", "investigation", "investigationConcluded",
                     "preliminaryAssessment", "childConversation", "ownViews", "decision", "measureStarted",
                     "measureEnded", "plan", "followUp", "placementStarted", "placementEnded", "transition", "handoverMeeting",
                     "caseworkerAssigned", "journalNote", "correction", "caseClosed", "taskCompleted", "deadlineNotRelevant"]
          },
          "IndicatorCell": {
            "type": "object", "required": ["indicator", "series", "period", "suppressed"],
            "properties": {
              "indicator": {"type": "string"}, "series": {"type": "string"}, "period": {"type": "string"},
              "district": {"type": "string", "nullable": true}, "ageGroup": {"type": "string", "nullable": true}, "sex": {"type": "string", "nullable": true},
              "value": {"type": "number", "nullable": true, "description": "A share between 0 and 1, a count, a rate or a median, as the indicator's definition says; absent when suppressed"},
              "suppressed": {"type": "boolean", "description": "Fewer than 5 children, or hidden so that such a cell cannot be worked out from the total"},
              "numerator": {"type": "integer", "nullable": true}, "denominator": {"type": "integer", "nullable": true}
            }
          },
          "Payload": {
            "type": "object",
            "description": "The fields that belong to the entry's kind. concern: level, source, description. consultation: askedBy, question, advice, anonymousRecord (when it was first held anonymously). networkMeeting: safetyScale, worries, workingWell, needsToHappen, childTookPart. notification: notifierKind, channel, profession, notifierName and notifierContact (only to those handling the child, never in an export), description, dialogBased, concernsAbuse. urgencyAssessment: notification, inDanger, acuteMeasures, nextStep, reason. receiptSent: notification, text. notifierFeedback: notification, ledToInvestigation, text. journalNote: text, earlyHelp. caseworkerAssigned: caseworker. caseClosed: reason. correction: reason and, unless the original is voided, replacement.",
            "properties": {
              "level": {"type": "integer", "minimum": 1, "maximum": 5}, "source": {"type": "string"}, "description": {"type": "string"},
              "text": {"type": "string"}, "caseworker": {"type": "string", "format": "uuid"}, "reason": {"type": "string"},
              "replacement": {"$ref": "#/components/schemas/Payload"},
              "notification": {"type": "string", "format": "uuid"}, "notifierKind": {"$ref": "#/components/schemas/NotifierKind"},
              "channel": {"type": "string", "enum": ["phone", "letter", "email", "digitalForm", "inPerson", "spor"]},
              "profession": {"type": "string"}, "notifierName": {"type": "string"}, "notifierContact": {"type": "string"},
              "dialogBased": {"type": "boolean"}, "concernsAbuse": {"type": "boolean"}, "inDanger": {"type": "boolean"},
              "acuteMeasures": {"type": "boolean"}, "nextStep": {"type": "string", "enum": ["noAction", "focusedAssessment", "investigation", "immediateHelp", "reassessment"]},
              "ledToInvestigation": {"type": "boolean"},
              "safetyScale": {"type": "integer", "minimum": 0, "maximum": 10}, "worries": {"type": "string"}, "workingWell": {"type": "string"},
              "needsToHappen": {"type": "string"}, "childTookPart": {"type": "boolean"}, "earlyHelp": {"type": "boolean"},
              "askedBy": {"type": "string"}, "question": {"type": "string"}, "advice": {"type": "string"},
              "anonymousRecord": {"type": "string", "format": "uuid"},\#(courseProperties)
            }
          },
          "Entry": {
            "type": "object", "required": ["id", "child", "kind", "occurredAt", "recordedAt", "author", "correctedBy", "payload"],
            "properties": {
              "id": {"type": "string", "format": "uuid"}, "child": {"type": "string", "format": "uuid"},
              "kind": {"$ref": "#/components/schemas/EntryKind"},
              "occurredAt": {"type": "string", "format": "date-time"}, "recordedAt": {"type": "string", "format": "date-time"},
              "author": {"type": "string", "format": "uuid"}, "corrects": {"type": "string", "format": "uuid", "nullable": true},
              "correctedBy": {"type": "array", "items": {"type": "string", "format": "uuid"}},
              "payload": {"$ref": "#/components/schemas/Payload"}
            }
          },
          "NotifierKind": {"type": "string", "enum": ["professional", "privatePerson", "anonymous", "child", "police", "healthcare", "otherMunicipality"]},
          "NewNotification": {
            "type": "object", "required": ["channel", "notifierKind", "description", "concernsAbuse"],
            "description": "The child by child (its id), or cpr, or name and birthDate (exactly one child must match).",
            "properties": {
              "child": {"type": "string", "format": "uuid"},
              "cpr": {"type": "string", "example": "150315-4321"},
              "name": {"type": "string", "description": "The child's full name, with birthDate"},
              "birthDate": {"type": "string", "format": "date"},
              "channel": {"type": "string", "enum": ["phone", "letter", "email", "digitalForm", "inPerson"]},
              "notifierKind": {"$ref": "#/components/schemas/NotifierKind"},
              "profession": {"type": "string", "enum": ["teacher", "pedagogue", "healthVisitor", "ppr", "ssp", "doctor", "other"], "description": "Required for a professional notifier, refused for any other"},
              "notifierName": {"type": "string", "maxLength": 200, "description": "Where known; not for an anonymous notifier"},
              "notifierContact": {"type": "string", "maxLength": 200, "description": "Phone, e-mail or address, where known"},
              "receivedAt": {"type": "string", "format": "date-time", "description": "When it was received; defaults to now; never in the future"},
              "description": {"type": "string", "maxLength": 20000},
              "dialogBased": {"type": "boolean"},
              "concernsAbuse": {"type": "boolean", "description": "Whether it concerns (suspected) abuse: a conversation with the child is then owed"}
            }
          },
          "NewEntry": {
            "type": "object", "required": ["kind"],
            "properties": {
              "kind": {"type": "string", "enum": ["concern", "journalNote", "caseClosed", "focusedAssessment", "investigation",
                                                  "focusedAssessmentConcluded", "investigationConcluded", "preliminaryAssessment",
                                                  "childConversation", "ownViews", "decision", "measureStarted", "measureEnded",
                                                  "placementStarted", "placementEnded", "plan", "followUp", "transition", "handoverMeeting"],
                       "description": "A course entry carries its content in the field named in Payload (e.g. kind decision → decision)."},
              "occurredAt": {"type": "string", "format": "date-time", "description": "When it happened; defaults to now; never in the future"},
              "level": {"type": "integer", "minimum": 1, "maximum": 5, "description": "concern"},
              "source": {"type": "string", "enum": ["teacher", "pedagogue", "healthVisitor", "ppr", "ssp", "doctor", "parent", "child", "caseworker", "other"], "description": "concern"},
              "description": {"type": "string", "maxLength": 20000, "description": "concern"},
              "text": {"type": "string", "maxLength": 20000, "description": "journalNote"},
              "reason": {"type": "string", "maxLength": 20000, "description": "caseClosed"},\#(courseProperties)
            }
          }
        }
      }
    }
    """#
}
