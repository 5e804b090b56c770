import Foundation
import SporDomain
import SporStore

/// What the policy tracker shows: the municipality's policies with their tracks and goals, and every initiative.
struct TrackerModel {
    let content: PolicyContent
    /// The year the report link opens: the last whole year.
    let reportYear: Int
    /// Who took part in each initiative per half-year, and what came of it (`Tracker+Participation.swift`).
    var participation: [InitiativeID: [InitiativeParticipation.Row]] = [:]
    /// The municipality's preparedness plan against abuse, and today for its revision's deadline (`PreparednessPlanView.trackerCard`).
    var preparednessPlan: PreparednessPlan? = nil
    var today: LocalDate? = nil

    static func query(store: Store, user: UserRecord, now: Date) async throws -> TrackerModel {
        TrackerModel(content: try await store.policyContent(), reportYear: DanishTime.localDate(of: now).year - 1,
                     participation: InitiativeParticipation.count(try await store.participation(offers: InitiativeParticipation.allOffers)),
                     preparednessPlan: try await store.preparednessPlan(), today: DanishTime.localDate(of: now))
    }
}

/// What an initiative's page shows: the initiative with its status updates, and the rounds an update can answer.
struct InitiativeModel {
    let initiative: Initiative
    let rounds: [FollowUpRound]
    /// The day a new update is dated by default.
    let today: LocalDate

    /// The initiative `id` names, or nil when there is none.
    static func query(store: Store, user: UserRecord, now: Date, id: String) async throws -> InitiativeModel? {
        guard let initiative = try await store.policyContent().initiative(InitiativeID(rawValue: id)) else { return nil }
        return InitiativeModel(initiative: initiative, rounds: try await store.followUpRounds(), today: DanishTime.localDate(of: now))
    }

    /// The status update a form sent.
    static func update(from f: FormValues) throws -> StatusUpdate {
        StatusUpdate(date: try f.date("date"), status: try f.choice("status", as: InitiativeStatus.self), text: f.text("text"),
                     nextSteps: f.text("nextSteps").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                     round: f.optionalText("round").map { FollowUpRoundID(rawValue: $0) })
    }
}

/// What the follow-up rounds' page shows: each round, newest first, with the initiatives that have not answered and
/// when their owner was last reminded.
struct RoundsModel {
    struct Missing {
        let initiative: Initiative
        let remindedOn: LocalDate?
    }

    struct Line {
        let round: FollowUpRound
        let asked: Int
        let missing: [Missing]
    }

    let rounds: [Line]
    let today: LocalDate

    static func query(store: Store, user: UserRecord, now: Date) async throws -> RoundsModel {
        let content = try await store.policyContent()
        let reminders = try await store.followUpReminders()
        return RoundsModel(rounds: try await store.followUpRounds().reversed().map { round in
            Line(round: round, asked: round.initiativesAsked(in: content).count, missing: round.initiativesMissingUpdate(in: content).map { initiative in
                Missing(initiative: initiative,
                        remindedOn: reminders.filter { $0.round == round.id && $0.initiative == initiative.id }.map(\.on).max())
            })
        }, today: DanishTime.localDate(of: now))
    }

    /// The round a form sent (`half` 1 or 2 of `year`, answered by `deadline`).
    static func round(from f: FormValues) throws -> FollowUpRound {
        guard let half = try f.optionalInt("half"), (1...2).contains(half), let year = try f.optionalInt("year") else {
            throw FormError(field: "year", text: Strings.errorNumberInvalid)
        }
        return try FollowUpRound.halfYear(half, of: year, deadline: try f.date("deadline"))
    }
}
