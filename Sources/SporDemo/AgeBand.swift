import SporDomain

/// Age bands that decide how often a child gives rise to a concern and who raises it.
enum AgeBand: Int, CaseIterable, Sendable {
    case infant      // under 1
    case preschool   // 1–5
    case school      // 6–12
    case teen        // 13–17
    case youngAdult  // 18–22

    static func of(ageInDays days: Int) -> AgeBand {
        let years = Double(days) / 365.25
        switch years {
        case ..<1: return .infant
        case ..<6: return .preschool
        case ..<13: return .school
        case ..<18: return .teen
        default: return .youngAdult
        }
    }

    /// Relative concern rate: concerns peak in the teens and are rare once a young person is adult.
    var concernWeight: Double {
        switch self {
        case .infant: 0.5
        case .preschool: 0.7
        case .school: 1.0
        case .teen: 1.3
        case .youngAdult: 0.15
        }
    }

    /// Who raises a concern about a child of this age, with weights.
    var sources: [(source: ConcernSource, weight: Double)] {
        switch self {
        case .infant: [(.healthVisitor, 55), (.doctor, 15), (.pedagogue, 10), (.parent, 20)]
        case .preschool: [(.pedagogue, 55), (.healthVisitor, 15), (.doctor, 10), (.ppr, 5), (.parent, 15)]
        case .school: [(.teacher, 45), (.ppr, 15), (.pedagogue, 10), (.doctor, 8), (.ssp, 5), (.parent, 17)]
        case .teen: [(.teacher, 35), (.ssp, 25), (.ppr, 8), (.doctor, 12), (.parent, 20)]
        case .youngAdult: [(.ssp, 30), (.doctor, 25), (.teacher, 20), (.parent, 25)]
        }
    }
}

/// A family's risk group: most families rarely meet the services, a few often.
/// The multipliers average 1 over families, so the municipality's total rate is kept.
enum RiskGroup: Int, CaseIterable, Sendable {
    case low, middle, high

    static let shares: [Double] = [0.70, 0.22, 0.08]

    var multiplier: Double {
        switch self {
        case .low: 0.3
        case .middle: 1.8
        case .high: 5.0
        }
    }

    /// Weights of the first concern's level, for levels 2, 3, 4, 5.
    var initialLevelWeights: [Double] {
        switch self {
        case .low: [0.65, 0.28, 0.06, 0.01]
        case .middle: [0.40, 0.40, 0.15, 0.05]
        case .high: [0.30, 0.42, 0.21, 0.07]
        }
    }
}
