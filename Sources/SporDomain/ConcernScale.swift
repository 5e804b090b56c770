import Foundation

/// The age bands the municipality reports on and gives guidance for (0–5, 6–11, 12–17, 18–22).
public enum AgeGroup: String, Sendable, Codable, CaseIterable {
    case young = "0-5"
    case school = "6-11"
    case teen = "12-17"
    case youngAdult = "18-22"

    public init(age: Int) {
        switch age {
        case ..<6: self = .young
        case ..<12: self = .school
        case ..<18: self = .teen
        default: self = .youngAdult
        }
    }

    public static func of(birthDate: LocalDate, on day: LocalDate) -> AgeGroup { AgeGroup(age: birthDate.age(on: day)) }
}

/// The shared concern scale ("børnelinealen"; KL's Trivselslinealen is the national variant): five
/// levels, green to red. The levels are fixed — every concern is graded 1–5 and the indicators count on
/// them — but their names and the guidance for each level and age band are the municipality's
/// configuration, edited by the administrator.
public struct ConcernScale: Sendable, Hashable, Codable {
    public struct Level: Sendable, Hashable, Codable {
        public var level: ConcernLevel
        public var nameDa: String
        public var nameEn: String
        /// The level's name in every language.
        public var name: LocalizedText { LocalizedText(da: nameDa, en: nameEn) }
        /// Guidance per age band, in the municipality's language: what this level looks like at that age.
        public var guidance: [AgeGroup: String]

        public init(level: ConcernLevel, nameDa: String, nameEn: String, guidance: [AgeGroup: String]) {
            self.level = level
            self.nameDa = nameDa
            self.nameEn = nameEn
            self.guidance = guidance
        }
    }

    /// One per level, in order 1–5.
    public private(set) var levels: [Level]

    public static let maximumNameLength = 60
    public static let maximumGuidanceLength = 2_000

    /// Checks that there is one level for each of 1–5 with names and guidance of sensible length.
    public init(levels: [Level]) throws(DomainError) {
        guard levels.map(\.level) == ConcernLevel.allCases else { throw DomainError(.concernLevelInvalid) }
        for level in levels {
            for (field, name) in [("nameDa-\(level.level.rawValue)", level.nameDa), ("nameEn-\(level.level.rawValue)", level.nameEn)] {
                let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { throw DomainError(.textMissing, field: field) }
                guard trimmed.count <= Self.maximumNameLength else { throw DomainError(.textTooLong, field: field) }
            }
            for (group, text) in level.guidance where text.count > Self.maximumGuidanceLength {
                throw DomainError(.textTooLong, field: "guidance-\(level.level.rawValue)-\(group.rawValue)")
            }
        }
        self.levels = levels
    }

    public func level(_ level: ConcernLevel) -> Level { levels[level.rawValue - 1] }

    public func guidance(_ level: ConcernLevel, for group: AgeGroup) -> String { self.level(level).guidance[group] ?? "" }

    private enum CodingKeys: String, CodingKey { case levels }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(levels: try container.decode([Level].self, forKey: .levels))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(levels, forKey: .levels)
    }
}

extension ConcernScale.Level {
    private enum CodingKeys: String, CodingKey { case level, nameDa, nameEn, guidance }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        level = try container.decode(ConcernLevel.self, forKey: .level)
        nameDa = try container.decode(String.self, forKey: .nameDa)
        nameEn = try container.decode(String.self, forKey: .nameEn)
        let raw = try container.decode([String: String].self, forKey: .guidance)
        guidance = Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in AgeGroup(rawValue: key).map { ($0, value) } })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(nameDa, forKey: .nameDa)
        try container.encode(nameEn, forKey: .nameEn)
        try container.encode(Dictionary(uniqueKeysWithValues: guidance.map { ($0.key.rawValue, $0.value) }), forKey: .guidance)
    }
}

extension ConcernScale {
    /// The default scale, until the municipality writes its own.
    public static let standard: ConcernScale = {
        let g: [[String]] = [
            [ // 1 trives
                "Barnet er i god udvikling, spiser og sover, knytter sig til de voksne og leger alderssvarende.",
                "Barnet trives i skole og fritid, har venner og en voksen at gå til.",
                "Den unge går i skole, har venner og fritidsliv og taler med en voksen, når noget er svært.",
                "Den unge er i uddannelse eller job, har et sted at bo og et netværk.",
            ],
            [ // 2 sårbar
                "Små tegn: uro, søvn- eller spiseproblemer, forældre der er pressede. Tal med forældrene og følg op.",
                "Barnet er tit trist, uroligt eller alene, eller fraværet stiger. Tal med barnet og forældrene; brug teamet.",
                "Den unge trækker sig, har stigende fravær eller konflikter. Tal med den unge og forældrene.",
                "Den unge mangler retning, har stigende fravær eller gæld. Tal med den unge om hjælp.",
            ],
            [ // 3 udsat
                "Tegnene holder ved trods støtte. Søg sparring hos den fremskudte rådgiver; overvej netværksmøde.",
                "Bekymringen holder ved trods tiltag. Søg sparring og indkald til netværksmøde med barnet og familien.",
                "Fravær, mistrivsel eller risikoadfærd holder ved. Sparring og netværksmøde med den unge.",
                "Den unge falder fra uddannelse eller mister bolig. Sparring med UngeIndsatsen.",
            ],
            [ // 4 i risiko
                "Barnets udvikling er i fare. Underret kommunen (skærpet underretningspligt) – helst i dialog med forældrene.",
                "Barnets udvikling er i fare. Underret – helst dialogbaseret, så familien ved det.",
                "Den unges udvikling er i fare (misbrug, kriminalitet, selvskade, skolevægring). Underret.",
                "Alvorlige problemer med misbrug, psykisk sundhed eller kriminalitet. Kontakt rådgiveren.",
            ],
            [ // 5 truet
                "Akut fare for barnets sundhed eller udvikling, fx vold eller overgreb. Underret straks; ved akut fare ring 112.",
                "Akut fare, fx vold eller overgreb. Underret straks, og tal ikke med forældrene først ved mistanke om overgreb.",
                "Akut fare, fx vold, overgreb eller selvmordstanker. Underret straks; ved akut fare ring 112.",
                "Akut fare for den unge. Kontakt straks kommunen; ved akut fare ring 112.",
            ],
        ]
        let names: [(String, String)] = [
            ("Trives", "Thriving"), ("Sårbar – begyndende mistrivsel", "Sensitive – beginning to struggle"), ("Udsat", "Vulnerable"),
            ("I risiko", "At risk"), ("Truet", "Threatened"),
        ]
        let levels = ConcernLevel.allCases.map { level in
            let index = level.rawValue - 1
            return Level(level: level, nameDa: names[index].0, nameEn: names[index].1,
                         guidance: Dictionary(uniqueKeysWithValues: zip(AgeGroup.allCases, g[index])))
        }
        // The default is valid by construction; a test keeps it so.
        return try! ConcernScale(levels: levels)
    }()
}
