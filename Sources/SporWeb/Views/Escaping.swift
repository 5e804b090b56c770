import Plot

/// Plot escapes text nodes but writes attribute values as they are. Every attribute value that holds
/// anything but a literal goes through here.
func escapeAttribute(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                                      || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
    // On UTF-8 bytes as `escapeText`: the five are ASCII, and no byte of a multi-byte character is (the tray's links,
    // each with "&" in its query, spent 3 % of the page here scalar by scalar).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
        default: bytes.append(byte)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Text for an HTML text node: `&`, `<` and `>` escaped. Works on UTF-8 bytes; Plot's own `.text`
/// escapes character by character and was a sixth of the child page's time.
func escapeText(_ text: String) -> String {
    var needsEscaping = false
    for byte in text.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
        needsEscaping = true
        break
    }
    guard needsEscaping else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: Array("&amp;".utf8))
        case UInt8(ascii: "<"): bytes.append(contentsOf: Array("&lt;".utf8))
        case UInt8(ascii: ">"): bytes.append(contentsOf: Array("&gt;".utf8))
        default: bytes.append(byte)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

extension Node {
    /// A text node, escaped (the one way pages write text).
    static func plain(_ text: String) -> Node { .raw(escapeText(text)) }
}
