/// Writes a ZIP archive of stored (uncompressed) entries: a local header and the data for each entry,
/// then the central directory and the end record (PKWARE APPNOTE 4.3). Enough for office documents,
/// which any reader opens whether or not their parts are compressed. No ZIP64: an archive is limited
/// to 65,535 entries and 4 GiB.
public struct ZIPWriter: Sendable {
    public struct Entry: Sendable, Hashable {
        /// A relative path with "/" between folders, e.g. "word/document.xml".
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        public init(path: String, text: String) {
            self.init(path: path, bytes: Array(text.utf8))
        }
    }

    public enum Failure: Error, Sendable, Hashable {
        case pathInvalid(String)
        case duplicatePath(String)
        /// Past what ZIP without ZIP64 can hold.
        case tooLarge
    }

    /// The time stamp of every entry, as MS-DOS date and time (local time, two-second steps).
    /// Fixed rather than read from the clock, so the same entries give the same bytes.
    public struct Timestamp: Sendable, Hashable {
        public let date: UInt16
        public let time: UInt16

        /// Years 1980–2107; seconds are rounded down to even.
        public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
            let y = min(max(year, 1980), 2107) - 1980
            date = UInt16(y << 9 | min(max(month, 1), 12) << 5 | min(max(day, 1), 31))
            time = UInt16(min(max(hour, 0), 23) << 11 | min(max(minute, 0), 59) << 5 | min(max(second, 0), 59) / 2)
        }

        /// 1 January 1980, 00:00: the earliest time ZIP can tell.
        public static let epoch = Timestamp(year: 1980, month: 1, day: 1)
    }

    public var timestamp: Timestamp

    public init(timestamp: Timestamp = .epoch) {
        self.timestamp = timestamp
    }

    public func archive(_ entries: [Entry]) throws(Failure) -> [UInt8] {
        guard entries.count <= Int(UInt16.max) else { throw .tooLarge }
        var seen = Set<String>()
        for entry in entries {
            guard !entry.path.isEmpty, !entry.path.hasPrefix("/"), !entry.path.contains("\\"),
                  !entry.path.split(separator: "/").contains("..") else { throw .pathInvalid(entry.path) }
            guard seen.insert(entry.path).inserted else { throw .duplicatePath(entry.path) }
        }

        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = CRC32.checksum(entry.bytes)
            guard let size = UInt32(exactly: entry.bytes.count), name.count <= Int(UInt16.max),
                  let offset = UInt32(exactly: out.count) else { throw .tooLarge }

            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)                // version needed to extract: 2.0
            out.append(le16: Self.utf8Names)
            out.append(le16: 0)                 // method: stored
            out.append(le16: timestamp.time)
            out.append(le16: timestamp.date)
            out.append(le32: crc)
            out.append(le32: size)              // compressed size
            out.append(le32: size)              // uncompressed size
            out.append(le16: UInt16(name.count))
            out.append(le16: 0)                 // extra field length
            out += name
            out += entry.bytes

            central.append(le32: 0x0201_4B50)
            central.append(le16: 20)            // version made by: 2.0, MS-DOS attributes
            central.append(le16: 20)
            central.append(le16: Self.utf8Names)
            central.append(le16: 0)
            central.append(le16: timestamp.time)
            central.append(le16: timestamp.date)
            central.append(le32: crc)
            central.append(le32: size)
            central.append(le32: size)
            central.append(le16: UInt16(name.count))
            central.append(le16: 0)             // extra field length
            central.append(le16: 0)             // comment length
            central.append(le16: 0)             // disk number start
            central.append(le16: 0)             // internal attributes
            central.append(le32: 0)             // external attributes
            central.append(le32: offset)
            central += name
        }
        guard let centralOffset = UInt32(exactly: out.count), let centralSize = UInt32(exactly: central.count),
              out.count + central.count + 22 <= Int(UInt32.max) else { throw .tooLarge }
        out += central
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)                     // this disk
        out.append(le16: 0)                     // disk with the central directory
        out.append(le16: UInt16(entries.count))
        out.append(le16: UInt16(entries.count))
        out.append(le32: centralSize)
        out.append(le32: centralOffset)
        out.append(le16: 0)                     // comment length
        return out
    }

    /// General purpose flag bit 11: names are UTF-8.
    private static let utf8Names: UInt16 = 0x0800
}

extension [UInt8] {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
