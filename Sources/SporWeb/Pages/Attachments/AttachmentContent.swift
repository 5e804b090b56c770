import Foundation

/// The kinds of file an attachment may be, found from the file's first bytes (and for DOCX its ZIP directory) — never
/// from its name or the type the browser claims, which anyone can set.
enum AttachmentContent: String, Sendable, CaseIterable {
    case pdf, jpeg, png, docx

    /// Up to 25 MB (a scanned report); the route takes a little more, for the form around the file.
    static let maximumSize = 25 * 1024 * 1024

    var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
    }

    /// The extension a downloaded file is given, whatever it was called.
    var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        case .docx: "docx"
        }
    }

    /// A folder separator in a file name a browser sends (Windows' too): a name is the part after the last.
    static func isFolderSeparator(_ character: Character) -> Bool { "\\/".contains(character) }

    init?(mediaType: String) {
        guard let kind = AttachmentContent.allCases.first(where: { $0.mediaType == mediaType }) else { return nil }
        self = kind
    }

    /// The kind `bytes` are, or nil for anything else (an executable named `x.pdf`, a ZIP that is no Word document).
    static func detect(_ bytes: [UInt8]) -> AttachmentContent? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), let names = zipEntryNames(bytes),
           names.contains("[Content_Types].xml"), names.contains("word/document.xml") {
            return .docx
        }
        return nil
    }

    /// The names in a ZIP archive's central directory (PKWARE APPNOTE 4.3.12–4.3.16), or nil when it cannot be read.
    static func zipEntryNames(_ bytes: [UInt8]) -> Set<String>? {
        let endRecordSize = 22
        guard bytes.count >= endRecordSize else { return nil }
        // The end record is last, followed only by a comment of at most 65,535 bytes.
        let lowest = max(0, bytes.count - endRecordSize - 65_535)
        var end: Int?
        var index = bytes.count - endRecordSize
        while index >= lowest {
            if read32(bytes, index) == 0x0605_4B50 { end = index; break }
            index -= 1
        }
        guard let end else { return nil }
        let count = Int(read16(bytes, end + 10))
        var offset = Int(read32(bytes, end + 16))
        var names = Set<String>()
        for _ in 0..<count {
            guard offset >= 0, offset + 46 <= bytes.count, read32(bytes, offset) == 0x0201_4B50 else { return nil }
            let nameLength = Int(read16(bytes, offset + 28))
            let extraLength = Int(read16(bytes, offset + 30))
            let commentLength = Int(read16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { return nil }
            names.insert(String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return names
    }

    private static func read16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    /// A name safe in a `Content-Disposition` header and on any disk: ASCII letters, digits, `-` and `_` (others become
    /// `_`, Danish letters their usual spelling), at most 80 characters, and the extension of the kind found.
    func downloadName(_ name: String) -> String {
        var stem = (name as NSString).deletingPathExtension
        if let slash = stem.lastIndex(where: AttachmentContent.isFolderSeparator) { stem = String(stem[stem.index(after: slash)...]) }
        let spelled = stem.replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe").replacingOccurrences(of: "å", with: "aa")
            .replacingOccurrences(of: "Æ", with: "Ae").replacingOccurrences(of: "Ø", with: "Oe").replacingOccurrences(of: "Å", with: "Aa")
        var safe = ""
        for scalar in spelled.unicodeScalars {
            let ok = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
            let next: Character = ok ? Character(scalar) : "_"
            if next == "_" && safe.hasSuffix("_") { continue }
            safe.append(next)
        }
        safe = String(safe.trimmingCharacters(in: CharacterSet(charactersIn: "_")).prefix(80))
        return (safe.isEmpty ? "bilag" : safe) + "." + fileExtension
    }
}
