import Foundation
import Plot
import SporDomain

/// "Plejefamilie" on the child page of a child placed in a foster family: the carers named for the placement
/// ("Plejefamilie: NAME, NAME (netværksplejefamilie)") and the form to name them; for a network foster family each carer's
/// relation to the child is asked.
extension ChildPageView {
    /// The carer rows the form offers.
    static let fosterCarerRows = 2

    static func fosterCarersSection(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        guard let placement = model.state.activePlacement, placement.kind.hasFosterCarers else { return .empty }
        let named = model.timeline.fosterCarers[placement.entry]
        return .section(.id("foster-carers"), .class("foster-carers"), .attribute(named: "aria-labelledby", value: "foster-carers-heading"),
            .h2(.id("foster-carers-heading"), .plain(context.t(Strings.fosterHeading))),
            named.map { .p(.class("foster-carers-named"), .plain(fosterCarersText($0, kind: placement.kind, context))) }
                ?? .p(.class("empty"), .plain(context.t(Strings.fosterNone))),
            fosterCarersForm(model, placement, named ?? [], context, refusal),
            .p(.a(.href(SiteURL.fosterCarersList.path), .plain(context.t(Strings.fosterListLink)))))
    }

    /// "Plejefamilie: Anna Jensen (bedsteforælder), Ib Jensen (netværksplejefamilie)".
    static func fosterCarersText(_ carers: [FosterCarer], kind: PlacementKind?, _ context: PageContext) -> String {
        let names = carers.map { carer in
            carer.networkRelation.map { "\(carer.fullName) (\(context.t(Strings.networkRelation($0))))" } ?? carer.fullName
        }.joined(separator: ", ")
        guard let kind else { return names }
        return context.t(Strings.fosterShown, names, context.t(Strings.placementKind(kind)).lowercased())
    }

    static func fosterCarersForm(_ model: ChildPageModel, _ placement: CaseState.ActivePlacement, _ named: [FosterCarer],
                                 _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        // What the journal knows: the carers named before, offered with their relation.
        var known: [String: String] = [:]
        for (row, carer) in named.prefix(fosterCarerRows).enumerated() {
            known["person\(row)"] = carer.person.uuidString
            known["givenName\(row)"] = carer.givenName
            known["familyName\(row)"] = carer.familyName
            if let relation = carer.networkRelation { known["relation\(row)"] = relation.rawValue }
        }
        let fields = FormFields(context, idPrefix: "foster", form: "foster-carers", refusal: refusal, initial: FormValues(known))
        let network = placement.kind == .networkFosterFamily
        let relations = NetworkRelation.allCases.map { ($0.rawValue, context.t(Strings.networkRelation($0))) }
        let rows: [Node<HTML.FormContext>] = (0..<fosterCarerRows).map { row in
            fosterCarerRow(row, fields, network: network, relations: relations, context)
        }
        return .details(.class("step"), .id("foster-carers-step"), .if(named.isEmpty || fields.refusal != nil, .open(true)),
            .summary(.plain(context.t(named.isEmpty ? Strings.fosterNew : Strings.fosterChange))),
            .form(.id("foster-carers-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .fosterCarers).path), .method(.post),
                .p(.class("hint"), .plain(context.t(Strings.fosterHint))),
                csrfField(context),
                fields.hidden("placement", placement.entry.uuidString),
                .group(rows),
                .button(.id("foster-carers-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))))
    }

    /// One carer's fieldset: the names and, for a network foster family, the relation to the child. The first carer's
    /// relation is a required answer; the second's is asked when a second is named (the domain refuses it unanswered).
    static func fosterCarerRow(_ row: Int, _ fields: FormFields, network: Bool, relations: [(String, String)],
                               _ context: PageContext) -> Node<HTML.FormContext> {
        let relation: Node<HTML.FormContext> = row == 0
            ? fields.question("relation\(row)", Strings.fosterRelation, relations)
            : fields.choice("relation\(row)", Strings.fosterRelation, [("", context.t(Strings.chooseAnswer))] + relations)
        return .element(named: "fieldset", nodes: [
            .element(named: "legend", nodes: [.plain(context.t(Strings.fosterCarerLegend, String(row + 1)))]),
            fields.hidden("person\(row)", fields.value("person\(row)")),
            fields.text("givenName\(row)", Strings.fosterGivenName, required: row == 0, maxLength: FosterCarers.maximumNameLength),
            fields.text("familyName\(row)", Strings.fosterFamilyName, required: row == 0, maxLength: FosterCarers.maximumNameLength),
            .if(network, relation),
        ])
    }
}
