import Foundation
import SporDomain

/// Hand-written readers for every kind of payload but corrections: the nine commonest here (three entries in four of a
/// municipality's journal), the course's in `readCourseDirectly`. A full recompute of the indicators then does not take
/// each member of each payload through Codable's containers.
///
/// A reader only reads what it expects. Anything else — a member missing, a value of another type, a text that is not
/// a UUID, a date or a known case — makes it give up (`PayloadObject.Unexpected`), and the payload is read through
/// Codable as before, which gives the same value or the error it always gave. Members a reader does not know are
/// ignored, as Codable ignores them. A test holds every reader to Codable's result on every payload of a demo.
extension EntryPayload {
    static func readDirectly(kind: EntryKind, _ value: JSONValue) throws(PayloadObject.Unexpected) -> EntryPayload? {
        switch kind {
        case .journalNote:
            let note = try PayloadObject(value)
            return .journalNote(JournalNote(text: try note.string("text"), earlyHelp: try note.boolIfPresent("earlyHelp") ?? false))
        case .followUp:
            let followUp = try PayloadObject(value)
            return .followUp(FollowUp(
                measures: try followUp.uuids("measures"),
                ratings: try followUp.objects("ratings") { rating throws(PayloadObject.Unexpected) in
                    FollowUp.Rating(goal: try rating.uuid("goal"), rating: try rating.case("rating"), note: try rating.stringIfPresent("note"))
                },
                assessment: try followUp.string("assessment"), outcome: try followUp.case("outcome"),
                nextFollowUp: try followUp.dateIfPresent("nextFollowUp"), nextFollowUpReason: try followUp.stringIfPresent("nextFollowUpReason"),
                leisure: try followUp.leisureIfPresent("leisure")))
        case .concern:
            let concern = try PayloadObject(value)
            // A school's absence report: the share and the period.
            var absence: SchoolAbsence?
            if let value = concern.valueIfPresent("absence") {
                let object = try PayloadObject(value)
                guard case .number(let digits) = try object.value("share"), let share = Int(digits),
                      let from = try object.dateIfPresent("from"), let to = try object.dateIfPresent("to") else { throw PayloadObject.Unexpected() }
                absence = SchoolAbsence(share: share, from: from, to: to)
            }
            return .concern(Concern(level: try concern.case("level"), source: try concern.case("source"), description: try concern.string("description"),
                                    absence: absence))
        case .notification:
            let notification = try PayloadObject(value)
            return .notification(Notification(
                notifierKind: try notification.case("notifierKind"), notifierUser: try notification.uuidIfPresent("notifierUser"),
                profession: try notification.caseIfPresent("profession"), description: try notification.string("description"),
                dialogBased: try notification.bool("dialogBased"), concernsAbuse: try notification.bool("concernsAbuse"),
                channel: try notification.caseIfPresent("channel") ?? .spor, notifierName: try notification.stringIfPresent("notifierName"),
                notifierContact: try notification.stringIfPresent("notifierContact")))
        case .urgencyAssessment:
            let assessment = try PayloadObject(value)
            return .urgencyAssessment(UrgencyAssessment(
                notification: try assessment.uuid("notification"), inDanger: try assessment.bool("inDanger"),
                acuteMeasures: try assessment.bool("acuteMeasures"), nextStep: try assessment.case("nextStep"),
                reasoning: try assessment.string("reasoning")))
        case .caseClosed:
            return .caseClosed(CaseClosure(reason: try PayloadObject(value).string("reason")))
        case .receiptSent:
            let receipt = try PayloadObject(value)
            return .receiptSent(Receipt(notification: try receipt.uuid("notification"), text: try receipt.string("text")))
        case .notifierFeedback:
            let feedback = try PayloadObject(value)
            return .notifierFeedback(NotifierFeedback(notification: try feedback.uuid("notification"),
                                                      ledToInvestigation: try feedback.bool("ledToInvestigation"), text: try feedback.string("text")))
        case .caseworkerAssigned:
            return .caseworkerAssigned(CaseworkerAssignment(caseworker: try PayloadObject(value).uuid("caseworker")))
        default:
            return try readCourseDirectly(kind: kind, value)
        }
    }
}

/// A JSON object's members, read the way the synthesized `init(from:)` reads them: the first member of a name counts; a
/// `…IfPresent` member may be missing or null.
struct PayloadObject {
    /// The payload is not what the reader expects; Codable reads it instead.
    struct Unexpected: Error {}

    let members: [(key: String, value: JSONValue)]

    init(_ value: JSONValue) throws(Unexpected) {
        guard case .object(let members) = value else { throw Unexpected() }
        self.members = members
    }

    func value(_ key: String) throws(Unexpected) -> JSONValue {
        guard let value = valueIfPresent(key) else { throw Unexpected() }
        return value
    }

    /// nil when the member is missing or null.
    func valueIfPresent(_ key: String) -> JSONValue? {
        for member in members where member.key == key {
            if case .null = member.value { return nil }
            return member.value
        }
        return nil
    }

    func string(_ key: String) throws(Unexpected) -> String {
        guard case .string(let text) = try value(key) else { throw Unexpected() }
        return text
    }

    func stringIfPresent(_ key: String) throws(Unexpected) -> String? {
        guard valueIfPresent(key) != nil else { return nil }
        return try string(key)
    }

    func bool(_ key: String) throws(Unexpected) -> Bool {
        guard case .bool(let flag) = try value(key) else { throw Unexpected() }
        return flag
    }

    func boolIfPresent(_ key: String) throws(Unexpected) -> Bool? {
        guard valueIfPresent(key) != nil else { return nil }
        return try bool(key)
    }

    func uuid(_ key: String) throws(Unexpected) -> UUID {
        try Self.uuid(try value(key))
    }

    func uuidIfPresent(_ key: String) throws(Unexpected) -> UUID? {
        guard valueIfPresent(key) != nil else { return nil }
        return try uuid(key)
    }

    func uuids(_ key: String) throws(Unexpected) -> [UUID] {
        guard case .array(let elements) = try value(key) else { throw Unexpected() }
        var ids: [UUID] = []
        ids.reserveCapacity(elements.count)
        for element in elements { ids.append(try Self.uuid(element)) }
        return ids
    }

    func dateIfPresent(_ key: String) throws(Unexpected) -> LocalDate? {
        guard valueIfPresent(key) != nil else { return nil }
        guard let date = LocalDate(iso: try string(key)) else { throw Unexpected() }
        return date
    }

    /// An object whose members are cases of an enumeration written as raw text (a decision's provision per offer).
    func caseMapIfPresent<Case: RawRepresentable>(_ key: String) throws(Unexpected) -> [String: Case]? where Case.RawValue == String {
        guard let value = valueIfPresent(key) else { return nil }
        guard case .object(let members) = value else { throw Unexpected() }
        var map: [String: Case] = [:]
        for member in members {
            // Duplicate keys are ambiguous between readers: Codable reads those.
            guard case .string(let text) = member.value, let known = Case(rawValue: text), map[member.key] == nil else { throw Unexpected() }
            map[member.key] = known
        }
        return map
    }

    /// A case of an enumeration written as its raw text.
    func `case`<Case: RawRepresentable>(_ key: String) throws(Unexpected) -> Case where Case.RawValue == String {
        guard let known = Case(rawValue: try string(key)) else { throw Unexpected() }
        return known
    }

    func caseIfPresent<Case: RawRepresentable>(_ key: String) throws(Unexpected) -> Case? where Case.RawValue == String {
        guard valueIfPresent(key) != nil else { return nil }
        return try self.case(key) as Case
    }

    /// A case of an enumeration written as its raw number.
    func `case`<Case: RawRepresentable>(_ key: String) throws(Unexpected) -> Case where Case.RawValue == Int {
        guard case .number(let digits) = try value(key), let number = Int(digits), let known = Case(rawValue: number) else { throw Unexpected() }
        return known
    }

    func objects<Element>(_ key: String, _ read: (PayloadObject) throws(Unexpected) -> Element) throws(Unexpected) -> [Element] {
        guard case .array(let elements) = try value(key) else { throw Unexpected() }
        var objects: [Element] = []
        objects.reserveCapacity(elements.count)
        for element in elements { objects.append(try read(try PayloadObject(element))) }
        return objects
    }

    private static func uuid(_ value: JSONValue) throws(Unexpected) -> UUID {
        guard case .string(let text) = value, let id = UUID(text: text) else { throw Unexpected() }
        return id
    }
}
