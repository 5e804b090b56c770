import Foundation
import Plot
import SporDomain
import SporStore

/// The caseworker's side of the portal for one child: the accounts, a code just made, the form to make one.
enum FamilyAccessView {
    static func body(_ model: FamilyAccessModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let name = { (reader: FamilyReader) in model.name(reader, context.t(Strings.accountChild)) }
        let fields = FormFields(context, idPrefix: "family", refusal: nil, ids: ["reader": "reader"])
        let choices = model.readersWithoutAccount.map { reader -> (value: String, text: String) in
            switch reader {
            case .child: ("child", name(reader))
            case .parent(let person): (person.uuidString, name(reader))
            }
        }
        return .div(
            .p(.a(.href(SiteURL.child(model.child.id).path), .plain("← \(model.child.fullName)"))),
            .h1(.plain(context.t(Strings.familyAccessTitle))),
            .p(.plain(context.t(Strings.familyAccessIntro))),
            .unwrap(model.code) { reader, code in
                .p(.class("notice code-shown"), .id("activation-code"), .attribute(named: "role", value: "status"),
                   .plain(context.t(Strings.codeShownOnce, name(reader), code.code, Format.dateTime(code.expiresAt, context.language),
                                    SiteURL.portalActivate.path)))
            },
            .unwrap(refusal) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0.message)) },
            model.accounts.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noAccounts))) :
                .table(.class("list"), .id("family-accounts"),
                    Components.columnHeaders([Strings.accountFor, Strings.username, Strings.accountState, Strings.actionsColumn], context),
                    .tbody(.forEach(model.accounts) { account in
                        .tr(
                            .td(.plain(name(account.reader))),
                            .td(.plain(account.username ?? "—")),
                            .td(.plain(state(account, context))),
                            .td(.if(account.revokedAt == nil, .group(
                                .form(.action(SiteURL.child(model.child.id, .familyCode(.value(account.id))).path), .method(.post), .class("inline"),
                                      csrfField(context), .button(.type(.submit), .plain(context.t(Strings.newCode)))),
                                .form(.action(SiteURL.child(model.child.id, .familyRevoke(.value(account.id))).path), .method(.post), .class("inline"),
                                      csrfField(context), .button(.type(.submit), .plain(context.t(Strings.revokeAccount))))))))
                    })),
            .if(model.age < model.partyAge, .p(.class("meta"), .plain(context.t(Strings.childTooYoungForAccount)))),
            .if(!choices.isEmpty, .form(.id("family-account-form"), .action(SiteURL.child(model.child.id, .family).path), .method(.post), .class("narrow"),
                csrfField(context),
                fields.choice("reader", Strings.accountFor, choices),
                .button(.id("family-account-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.createAccount))))))
    }

    static func state(_ account: FamilyAccountRecord, _ context: PageContext) -> String {
        if let revoked = account.revokedAt {
            context.t(Strings.accountRevoked, Format.dateTime(revoked, context.language))
        } else if let activated = account.activatedAt {
            context.t(Strings.accountActive, Format.dateTime(activated, context.language))
        } else if let expires = account.codeExpiresAt, expires > context.now {
            context.t(Strings.accountWaiting, Format.dateTime(expires, context.language))
        } else {
            context.t(Strings.accountCodeExpired)
        }
    }
}
