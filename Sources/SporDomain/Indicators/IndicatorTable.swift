import Foundation

/// Which children a cell counts: all, or those of one district, one age band, one sex — or a combination.
public struct IndicatorBreakdown: Sendable, Hashable, Codable {
    public var district: String?
    public var ageGroup: AgeGroup?
    public var sex: LegalSex?

    public init(district: String? = nil, ageGroup: AgeGroup? = nil, sex: LegalSex? = nil) {
        self.district = district
        self.ageGroup = ageGroup
        self.sex = sex
    }

    public static let all = IndicatorBreakdown()
    public static func age(_ group: AgeGroup) -> IndicatorBreakdown { IndicatorBreakdown(ageGroup: group) }
    public static func district(_ district: String) -> IndicatorBreakdown { IndicatorBreakdown(district: district) }
    public static func sex(_ sex: LegalSex) -> IndicatorBreakdown { IndicatorBreakdown(sex: sex) }

    /// What a table splits by.
    public struct Dimensions: OptionSet, Sendable, Hashable, Codable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let district = Dimensions(rawValue: 1)
        public static let ageGroup = Dimensions(rawValue: 2)
        public static let sex = Dimensions(rawValue: 4)

        /// The municipality as a whole, and by district, age band and sex one at a time (DOMAIN.md, "Breakdowns").
        public static let standard: [Dimensions] = [[], .district, .ageGroup, .sex]
    }
}

/// One cell of an indicator: a series of it, in a period, for a breakdown.
public struct IndicatorCell: Sendable, Hashable, Codable {
    public var indicator: String
    /// `headline` for the headline.
    public var series: String
    public var period: IndicatorPeriod
    public var breakdown: IndicatorBreakdown

    /// The series every indicator has: what its card shows. Its other series (`IndicatorDefinition.series`) are beside it.
    public static let headline = ""

    public init(indicator: String, series: String = headline, period: IndicatorPeriod, breakdown: IndicatorBreakdown = .all) {
        self.indicator = indicator
        self.series = series
        self.period = period
        self.breakdown = breakdown
    }
}

/// What a cell shows.
public enum IndicatorReadout: Sendable, Hashable {
    /// Nothing was counted.
    case noData
    /// Fewer than `Suppression.threshold` children stand behind it: shown as "<5".
    case suppressed
    /// The value in the indicator's unit; for median days, the 90th percentile beside it.
    case value(Double, ninetiethPercentile: Double?)
}

/// The sum of children's contributions, cell by cell: what a dashboard reads. Adding the contributions of every child
/// in any order gives the same table; a store keeping it up to date takes a child's old contribution away
/// (`sign` -1) and adds the new one.
public struct IndicatorTable: Sendable {
    public let dimensions: [IndicatorBreakdown.Dimensions]
    /// Cells keyed by numbers — the split, the indicator and series, the period, the age band, the district and the sex —
    /// so that summing many children hashes integers; names are kept once each.
    private var tallies: [UInt64: IndicatorTally] = [:]
    private var names: [Name] = []
    private var nameIndex: [Name: Int] = [:]
    private var districts: [String] = []
    private var districtIndex: [String: Int] = [:]

    private struct Name: Hashable, Sendable {
        let indicator: String
        let series: String
    }

    public init(dimensions: [IndicatorBreakdown.Dimensions] = IndicatorBreakdown.Dimensions.standard) {
        precondition(dimensions.count < Self.byDistrictAndSex, "at most 6 splits")
        self.dimensions = dimensions
    }

    /// Sums contributions. A row for all ages feeds the cells that do not split by age; a row for an age band feeds
    /// those that do. District and sex come from the child.
    public mutating func add(_ contributions: ChildIndicatorContributions, sign: Int = 1) {
        add(contributions, sign: sign, allAgesByDistrictAndSex: false)
    }

    /// As `add`, except that a row for all ages is added once, to a cell of the child's district and sex (split
    /// `byDistrictAndSex`), rather than to each split without the age band; `spreadByDistrictAndSex` adds those cells to
    /// the splits. For `IndicatorSum` only: until they are spread, the table's cells are not what they should be.
    fileprivate mutating func addLeavingSplitsForLater(_ contributions: ChildIndicatorContributions) {
        add(contributions, sign: 1, allAgesByDistrictAndSex: true)
    }

    private mutating func add(_ contributions: ChildIndicatorContributions, sign: Int, allAgesByDistrictAndSex: Bool) {
        let child = contributions.child
        let district = index(ofDistrict: child.district)
        let sex = Self.code(child.sex)
        var lastName: Name?
        var name = 0
        for row in contributions.rows {
            if lastName?.indicator != row.indicator || lastName?.series != row.series {
                let current = Name(indicator: row.indicator, series: row.series)
                name = index(of: current)
                lastName = current
            }
            let period = Self.code(row.period)
            if allAgesByDistrictAndSex, row.ageGroup == nil {
                add(row.tally, sign: sign, at: Self.key(split: Self.byDistrictAndSex, name: name, period: period, band: 0, district: district, sex: sex))
                continue
            }
            let band = row.ageGroup.map(Self.code) ?? 0
            for (split, dimensions) in dimensions.enumerated() where dimensions.contains(.ageGroup) == (row.ageGroup != nil) {
                add(row.tally, sign: sign, at: Self.key(split: split, splitting: dimensions, name: name, period: period, band: band,
                                                       district: district, sex: sex))
            }
        }
    }

    /// Adds each cell of split `byDistrictAndSex` to the cells of the splits without the age band, and removes it.
    fileprivate mutating func spreadByDistrictAndSex() {
        let splits = dimensions.enumerated().filter { !$0.element.contains(.ageGroup) }
        let deferred = tallies.filter { $0.key >> 58 == UInt64(Self.byDistrictAndSex) }
        for (key, tally) in deferred {
            tallies.removeValue(forKey: key)
            let district = Int(key >> 2 & 0x3FFFF), sex = Int(key & 0x3)
            for (split, dimensions) in splits {
                add(tally, sign: 1, at: Self.key(split: split, splitting: dimensions, name: Int(key >> 42 & 0xFFFF), period: Int(key >> 23 & 0x7FFFF),
                                                 band: 0, district: district, sex: sex))
            }
        }
    }

    public mutating func add(_ contributions: [ChildIndicatorContributions]) {
        for child in contributions { add(child) }
    }

    /// Adds another table that splits alike (the sum of other children): cell by cell, its names and districts
    /// renumbered into this table's.
    public mutating func add(_ other: IndicatorTable) {
        add(other, share: 0, of: 1)
    }

    /// Adds the cells of another table that fall in share `share` of `shares`. A cell falls in a share by its indicator
    /// series and period, so that all the cells of a group (`IndicatorCellGroup`) fall in the same share, whatever
    /// table they come from (in one process: the shares follow the names' hash values).
    fileprivate mutating func add(_ other: IndicatorTable, share: Int, of shares: Int) {
        precondition(other.dimensions == dimensions, "tables split differently")
        let names = other.names.map { index(of: $0) }
        let districts = other.districts.map { index(ofDistrict: $0) }
        let nameShares = other.names.map { UInt(bitPattern: $0.hashValue) % UInt(shares) }
        for (key, tally) in other.tallies {
            let name = Int(key >> 42 & 0xFFFF)
            guard shares == 1 || (nameShares[name] + UInt(key >> 23 & 0x7FFFF)) % UInt(shares) == UInt(share) else { continue }
            let district = Int(key >> 2 & 0x3FFFF)
            let mapped = key & ~(UInt64(0xFFFF) << 42 | UInt64(0x3FFFF) << 2)
                | UInt64(names[name]) << 42
                | UInt64(district == Self.noDistrict ? district : districts[district]) << 2
            add(tally, sign: 1, at: mapped)
        }
    }

    /// Adds in place (a copy of the tally would copy its values too), hashing the key once for a cell already there; a
    /// cell that comes to nothing is removed.
    private mutating func add(_ tally: IndicatorTally, sign: Int, at key: UInt64) {
        if let index = tallies.index(forKey: key) {
            tallies.values[index].add(tally, sign: sign)
            if tallies.values[index].isZero { tallies.remove(at: index) }
        } else if sign == 1 {
            if !tally.isZero { tallies[key] = tally }
        } else {
            var difference = IndicatorTally.zero
            difference.add(tally, sign: sign)
            if !difference.isZero { tallies[key] = difference }
        }
    }

    public subscript(cell: IndicatorCell) -> IndicatorTally {
        let breakdown = cell.breakdown
        var wanted: IndicatorBreakdown.Dimensions = []
        if breakdown.district != nil { wanted.insert(.district) }
        if breakdown.ageGroup != nil { wanted.insert(.ageGroup) }
        if breakdown.sex != nil { wanted.insert(.sex) }
        guard let split = dimensions.firstIndex(of: wanted),
              let name = nameIndex[Name(indicator: cell.indicator, series: cell.series)] else { return .zero }
        var district: Int?
        if let named = breakdown.district {
            guard let known = districtIndex[named] else { return .zero }
            district = known
        }
        let key = Self.key(split: split, name: name, period: Self.code(cell.period), band: breakdown.ageGroup.map(Self.code) ?? 0,
                           district: district, sex: breakdown.sex.map(Self.code) ?? 0)
        return tallies[key] ?? .zero
    }

    /// Every cell with something counted.
    public var cells: [IndicatorCell: IndicatorTally] {
        var cells: [IndicatorCell: IndicatorTally] = [:]
        cells.reserveCapacity(tallies.count)
        for (key, tally) in tallies {
            let name = names[Int(key >> 42 & 0xFFFF)]
            cells[IndicatorCell(indicator: name.indicator, series: name.series, period: Self.period(Int(key >> 23 & 0x7FFFF)),
                                breakdown: breakdown(key))] = tally
        }
        return cells
    }

    /// Every cell with something counted, by indicator series and period: the groups in no particular order, nor their
    /// cells.
    public var cellGroups: [IndicatorCellGroup] {
        var groups: [IndicatorCellGroup] = []
        var index: [UInt64: Int] = [:]
        for (key, tally) in tallies {
            let group = key >> 23 & 0x7_FFFF_FFFF
            if let known = index[group] {
                groups[known].cells.append((breakdown(key), tally))
            } else {
                let name = names[Int(key >> 42 & 0xFFFF)]
                index[group] = groups.count
                groups.append(IndicatorCellGroup(indicator: name.indicator, series: name.series, period: Self.period(Int(key >> 23 & 0x7FFFF)),
                                                 cells: [(breakdown(key), tally)]))
            }
        }
        return groups
    }

    private func breakdown(_ key: UInt64) -> IndicatorBreakdown {
        let band = Int(key >> 20 & 0x7)
        let district = Int(key >> 2 & 0x3FFFF)
        let sex = Int(key & 0x3)
        return IndicatorBreakdown(district: district == Self.noDistrict ? nil : districts[district], ageGroup: band == 0 ? nil : AgeGroup.allCases[band - 1],
                                  sex: sex == 0 ? nil : LegalSex.allCases[sex - 1])
    }

    /// What the cell shows under `definition`: suppressed when fewer than 5 distinct children stand behind its
    /// denominator (DOMAIN.md).
    public func readout(_ cell: IndicatorCell, definition: IndicatorDefinition, settings: IndicatorSettings = .standard) -> IndicatorReadout {
        let tally = self[cell]
        guard tally.children > 0, let value = definition.value(of: tally, settings: settings) else { return .noData }
        guard tally.children >= Suppression.threshold else { return .suppressed }
        return .value(value, ninetiethPercentile: definition.unit == .medianDays ? tally.percentile(90) : nil)
    }

    // MARK: - Keys

    private static let noDistrict = 0x3FFFF
    /// The split number of the cells `IndicatorSum` keeps by district and sex together (beyond any table's splits).
    private static let byDistrictAndSex = 7

    /// split (3 bits) · name (16) · period (19) · age band (3) · district (18) · sex (2).
    private static func key(split: Int, name: Int, period: Int, band: Int, district: Int?, sex: Int) -> UInt64 {
        UInt64(split) << 58 | UInt64(name) << 42 | UInt64(period) << 23 | UInt64(band) << 20 | UInt64(district ?? noDistrict) << 2
            | UInt64(sex)
    }

    /// The key of a cell of `split` for a child of `district` and `sex`: those the split does not split by left out.
    private static func key(split: Int, splitting dimensions: IndicatorBreakdown.Dimensions, name: Int, period: Int, band: Int, district: Int,
                            sex: Int) -> UInt64 {
        key(split: split, name: name, period: period, band: band, district: dimensions.contains(.district) ? district : nil,
            sex: dimensions.contains(.sex) ? sex : 0)
    }

    /// kind (2 bits) · year (13) · number (4).
    private static func code(_ period: IndicatorPeriod) -> Int {
        let kind = IndicatorPeriod.Kind.allCases.firstIndex(of: period.kind)!
        return kind << 17 | (period.year & 0x1FFF) << 4 | period.number
    }

    private static func period(_ code: Int) -> IndicatorPeriod {
        IndicatorPeriod(kind: IndicatorPeriod.Kind.allCases[code >> 17], year: code >> 4 & 0x1FFF, number: code & 0xF)!
    }

    private static func code(_ group: AgeGroup) -> Int { AgeGroup.allCases.firstIndex(of: group)! + 1 }
    private static func code(_ sex: LegalSex) -> Int { LegalSex.allCases.firstIndex(of: sex)! + 1 }

    private mutating func index(of name: Name) -> Int {
        if let known = nameIndex[name] { return known }
        precondition(names.count < 0xFFFF, "too many indicator series")
        names.append(name)
        nameIndex[name] = names.count - 1
        return names.count - 1
    }

    private mutating func index(ofDistrict district: String) -> Int {
        if let known = districtIndex[district] { return known }
        precondition(districts.count < Self.noDistrict, "too many districts")
        districts.append(district)
        districtIndex[district] = districts.count - 1
        return districts.count - 1
    }
}

extension IndicatorTable: Equatable {
    /// Tables are equal when they split alike and hold the same cells, whatever order the children came in.
    public static func == (a: IndicatorTable, b: IndicatorTable) -> Bool { a.dimensions == b.dimensions && a.cells == b.cells }
}

/// The sum of many children's contributions, for a full recompute: the same table as `IndicatorTable.add` gives, for
/// fewer additions. A row for all ages is added once, by the child's district and sex together, rather than once for
/// each split (the municipality, the district, the sex); those cells are added to the splits when the table (or its
/// groups) is made.
/// Each child is in one district and of one sex, so the sum over them is the sum over the children.
public struct IndicatorSum: Sendable {
    private var partial: IndicatorTable

    public init(dimensions: [IndicatorBreakdown.Dimensions] = IndicatorBreakdown.Dimensions.standard) {
        partial = IndicatorTable(dimensions: dimensions)
    }

    public mutating func add(_ contributions: ChildIndicatorContributions) {
        partial.addLeavingSplitsForLater(contributions)
    }

    /// The table: the cells by district and sex spread over the splits.
    public var table: IndicatorTable {
        var table = partial
        table.spreadByDistrictAndSex()
        return table
    }

    /// The cell groups of several sums (of different children) added together: one share of them, so that the
    /// shares can be worked out on as many cores — summed, spread and grouped — rather than the sums added one after
    /// another first. Each group falls in one share, by its indicator series and period; together the shares hold
    /// the groups of the sums' table.
    public static func cellGroups(of sums: [IndicatorSum], share: Int, of shares: Int) -> [IndicatorCellGroup] {
        guard let first = sums.first else { return [] }
        var table = IndicatorTable(dimensions: first.partial.dimensions)
        for sum in sums { table.add(sum.partial, share: share, of: shares) }
        table.spreadByDistrictAndSex()
        return table.cellGroups
    }
}
