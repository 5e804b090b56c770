import Foundation
import Plot
import SporDomain
import SporStore

/// Adds or edits a policy (name, period), a track (heading, statement) or a goal (number, text, indicators). Each save
/// is a new version of the policy content.
enum ContentEditView {
    static func title(_ model: ContentEditModel, _ language: Language) -> String {
        switch model.subject {
        case .newPolicy: Strings.newPolicy(language)
        case .policy(let policy): "\(Strings.editPolicy(language)): \(policy.title)"
        case .newTrack(let policy): "\(Strings.newTrack(language)): \(policy.title)"
        case .track(let track): "\(Strings.editTrack(language)): \(track.number). \(track.title)"
        case .newGoal(let track): "\(Strings.newGoal(language)): \(track.number). \(track.title)"
        case .goal(let goal): "\(Strings.editGoal(language)): \(goal.id.rawValue)"
        }
    }

    static func action(_ model: ContentEditModel) -> SiteURL {
        switch model.subject {
        case .newPolicy: .policyNew
        case .policy(let policy): .policyEdit(.value(policy.id.rawValue))
        case .newTrack(let policy): .trackNew(.value(policy.id.rawValue))
        case .track(let track): .trackEdit(.value(track.id.rawValue))
        case .newGoal(let track): .goalNew(.value(track.id.rawValue))
        case .goal(let goal): .goalEdit(.value(goal.id.rawValue))
        }
    }

    static func body(_ model: ContentEditModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "content", refusal: refusal, initial: model.initial)
        let controls: Node<HTML.FormContext> = switch model.subject {
        case .newPolicy:
            .group(fields.text("title", Strings.policyTitleLabel, required: true),
                   fields.choice("kind", Strings.policyKindLabel, Policy.Kind.allCases.map { ($0.rawValue, context.t(Strings.policyKindName($0))) }),
                   fields.date("start", Strings.policyStartLabel, required: true),
                   fields.date("end", Strings.policyEndLabel, required: true))
        case .policy:
            .group(fields.text("title", Strings.policyTitleLabel, required: true),
                   fields.date("start", Strings.policyStartLabel),
                   fields.date("end", Strings.policyEndLabel))
        case .newTrack, .track:
            .group(fields.text("title", Strings.trackTitleLabel, required: true),
                   fields.area("statement", Strings.trackStatementLabel))
        case .newGoal(let track):
            .group(fields.text("number", Strings.goalNumberLabel, required: true, fallback: ContentEditModel.nextGoalNumber(track)),
                   fields.area("text", Strings.goalTextLabel, required: true),
                   fields.checkList(Strings.goalIndicatorsLabel, model.indicators.map { ("indicator-\($0.id)", $0.title) }))
        case .goal:
            .group(fields.area("text", Strings.goalTextLabel, required: true),
                   fields.checkList(Strings.goalIndicatorsLabel, model.indicators.map { ("indicator-\($0.id)", $0.title) }))
        }
        return .group(
            .p(.a(.href(SiteURL.tracker.path), .plain("← \(context.t(Strings.trackerTitle))"))),
            .h1(.plain(title(model, context.language))),
            .p(.plain(context.t(Strings.contentEditIntro))),
            .p(.class("meta"), .plain(model.version == 0 ? context.t(Strings.policyContentSeeds) : context.t(Strings.policyContentVersion, String(model.version)))),
            fields.summary(Strings.notSaved),
            .form(.id("content-form"), .class("entry-form narrow"), .action(action(model).path), .method(.post),
                csrfField(context),
                controls,
                .button(.id("content-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }
}
