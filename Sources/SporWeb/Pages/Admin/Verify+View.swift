import Foundation
import Plot
import SporDomain
import SporStore

/// The tamper check's page: whether the server runs it and how often, and its last result — when, intact or broken,
/// and for a broken chain the first row that does not fit (its place and id).
enum VerifyView {
    static func body(_ model: VerifyModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.admin.path), .plain("← \(context.t(Strings.adminTitle))"))),
            .h1(.plain(context.t(Strings.verifyTitle))),
            .p(.plain(context.t(Strings.verifyIntro))),
            .p(.id("verify-schedule"), .plain(model.every.map { context.t(Strings.verifyEvery, interval($0, context)) }
                                                ?? context.t(Strings.verifyOff))),
            last(model.last, context)
        )
    }

    static func last(_ result: VerifyResult?, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let result else { return .p(.id("verify-result"), .plain(context.t(Strings.verifyNotYet))) }
        let when = Format.dateTime(result.at, context.language)
        if result.failed {
            return .p(.id("verify-result"), .class("refusal"), .plain(context.t(Strings.verifyFailed, when)))
        }
        return .section(.id("verify-result"),
            .h2(.plain(context.t(result.isIntact ? Strings.verifyIntact : Strings.verifyBroken, when))),
            .table(.class("list"),
                Components.columnHeaders([Strings.verifyColumnChain, Strings.verifyColumnRows, Strings.verifyColumnState], context),
                .tbody(.forEach(result.chains) { chain in
                    .tr(.id("verify-\(chain.table)"),
                        .td(.plain(context.t(Strings.verifyChainName(chain.table)))),
                        .td(.plain(Format.integer(chain.rows, context.language))),
                        .td(state(chain.state, context)))
                })))
    }

    static func state(_ state: VerifyResult.Chain.State, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch state {
        case .intact:
            return .plain(context.t(Strings.verifyStateIntact))
        case .unanchored:
            return .strong(.plain(context.t(Strings.verifyStateUnanchored)))
        case .broken(let seq, let id):
            let place = seq > 0 ? context.t(Strings.verifyStateBrokenAt, String(seq)) : context.t(Strings.verifyStateBrokenCheckpoint)
            return .group(.strong(.plain(place)),
                          .unwrap(id) { .group(.element(named: "br"), .span(.class("meta"), .plain("id \($0.uuidString.lowercased())"))) })
        }
    }

    /// "hver time", "hver 15. minut", "hvert 30. sekund" — whole hours, else minutes, else seconds.
    static func interval(_ seconds: Int, _ context: PageContext) -> String {
        if seconds % 3_600 == 0 { return context.t(seconds == 3_600 ? Strings.verifyHourly : Strings.verifyHours, String(seconds / 3_600)) }
        if seconds % 60 == 0 { return context.t(Strings.verifyMinutes, String(seconds / 60)) }
        return context.t(Strings.verifySeconds, String(seconds))
    }
}
