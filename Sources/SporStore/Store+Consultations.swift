import Foundation
import SQLKit
import SporDomain

/// A consultation held before the child was named.
public struct AnonymousConsultation: Sendable, Hashable, Identifiable {
    public let id: UUID
    public let heldAt: Date
    public let author: UUID
    public let askedBy: ConcernSource
    public let question: String
    public let advice: String
    /// Set once the consultation is linked to a child's course.
    public let linkedChild: UUID?
    public let linkedEntry: UUID?
}

extension Store {
    /// Records a consultation without a child. The same rules as an entry: question and advice are needed,
    /// and it cannot have happened in the future.
    public func recordAnonymousConsultation(_ consultation: Consultation, heldAt: Date, author: UUID, now: Date) async throws -> UUID {
        try JournalRules.requirePlausible(heldAt, now: now)
        try JournalRules.requireText(consultation.question, field: "question")
        try JournalRules.requireText(consultation.advice, field: "advice")
        let id = UUID()
        let municipality = self.municipality
        try await write { sql in
            try await sql.insert(into: "anonymous_consultations")
                .columns("id", "municipality", "held_at", "author", "asked_by", "question", "advice")
                .values(SQLBind(id), SQLBind(municipality), SQLBind(heldAt.epochMilliseconds), SQLBind(author),
                        SQLBind(consultation.askedBy.rawValue), SQLBind(consultation.question), SQLBind(consultation.advice))
                .run()
        }
        return id
    }

    /// The counsellor's own anonymous consultations, newest first.
    public func anonymousConsultations(author: UUID, limit: Int = 200) async throws -> [AnonymousConsultation] {
        try await sql.select().columns("id", "held_at", "author", "asked_by", "question", "advice", "linked_child", "linked_entry")
            .from("anonymous_consultations")
            .where("municipality", .equal, municipality).where("author", .equal, author)
            .orderBy("held_at", .descending).limit(limit)
            .all().map(Store.decodeAnonymousConsultation)
    }

    public func anonymousConsultation(id: UUID) async throws -> AnonymousConsultation? {
        try await sql.select().columns("id", "held_at", "author", "asked_by", "question", "advice", "linked_child", "linked_entry")
            .from("anonymous_consultations")
            .where("municipality", .equal, municipality).where("id", .equal, id)
            .first().map(Store.decodeAnonymousConsultation)
    }

    /// Links an anonymous consultation to a child: its content becomes an entry in the child's course, dated
    /// when it was held, and the record remembers where it went. Once only.
    public func linkConsultation(_ id: UUID, child: UUID, by user: UUID, now: Date) async throws -> Entry {
        let municipality = self.municipality
        return try await write { sql in
            guard let record = try await sql.select()
                .columns("id", "held_at", "author", "asked_by", "question", "advice", "linked_child", "linked_entry")
                .from("anonymous_consultations").where("municipality", .equal, municipality).where("id", .equal, id)
                .first().map(Store.decodeAnonymousConsultation)
            else { throw DomainError(.consultationMissing) }
            guard record.linkedChild == nil else { throw DomainError(.alreadyDone) }
            let entry = Entry(municipality: municipality, child: child,
                              payload: .consultation(Consultation(askedBy: record.askedBy, question: record.question,
                                                                  advice: record.advice, anonymousRecord: record.id)),
                              occurredAt: record.heldAt, recordedAt: now, author: user)
            try await Store.append(entry, municipality: municipality, now: now, on: sql)
            try await sql.update("anonymous_consultations")
                .set("linked_child", to: SQLBind(child)).set("linked_entry", to: SQLBind(entry.id))
                .where("id", .equal, id).run()
            return entry
        }
    }

    static func decodeAnonymousConsultation(_ row: any SQLRow) throws -> AnonymousConsultation {
        AnonymousConsultation(
            id: try row.decode(column: "id", as: UUID.self),
            heldAt: Date(epochMilliseconds: try row.decode(column: "held_at", as: Int64.self)),
            author: try row.decode(column: "author", as: UUID.self),
            askedBy: ConcernSource(rawValue: try row.decode(column: "asked_by", as: String.self)) ?? .other,
            question: try row.decode(column: "question", as: String.self),
            advice: try row.decode(column: "advice", as: String.self),
            linkedChild: try row.decode(column: "linked_child", as: UUID?.self),
            linkedEntry: try row.decode(column: "linked_entry", as: UUID?.self))
    }
}
