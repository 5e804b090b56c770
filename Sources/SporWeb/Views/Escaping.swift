import Plot

/// Plot escapes text nodes but writes attribute values as they are. Every attribute value that holds
/// anything but a literal goes through here: `&`, `<`, `>` and both quotes escaped.
func escapeAttribute(_ text: String) -> String { escape(text, quotes: true) }

/// Text for an HTML text node: `&`, `<` and `>` escaped. Plot's own `.text` escapes character by character and was a
/// sixth of the child page's time.
func escapeText(_ text: String) -> String { escape(text, quotes: false) }

/// The one escaping of both: on UTF-8 bytes, since the five characters are ASCII and no byte of a multi-byte character
/// is one of them (scalar by scalar, the tray's links — each with "&" in its query — spent 3 % of the page here).
private func escape(_ text: String, quotes: Bool) -> String {
    func special(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
        case UInt8(ascii: "\""), UInt8(ascii: "'"): quotes
        default: false
        }
    }
    guard text.utf8.contains(where: special) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        guard special(byte) else { bytes.append(byte); continue }
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
        default: bytes.append(contentsOf: "&#39;".utf8)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

extension Node {
    /// A text node, escaped (the one way pages write text).
    static func plain(_ text: String) -> Node { .raw(escapeText(text)) }
}
