import Plot

/// Plot escapes text nodes but writes attribute values as they are. Every attribute value that holds
/// anything but a literal goes through here.
func escapeAttribute(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                                      || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.unicodeScalars.append(character)
        }
    }
    return escaped
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
