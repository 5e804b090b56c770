/// The languages of the user interface. Danish is the default.
public enum Language: String, Sendable, CaseIterable {
    case da
    case en

    public static let `default` = Language.da
}

/// One user-facing string in every language: the one bilingual text type. The interface's strings live in its
/// catalog (`Strings` in SporWeb); the law's and the policy's own names (a deadline rule's title, an indicator's,
/// a concern level's) and the status report's words are these too, so pages, CSV, DOCX and Markdown read them alike.
public struct LocalizedText: Sendable, Hashable {
    public let da: String
    public let en: String

    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .da: da
        case .en: en
        }
    }

    /// Fills `{0}`, `{1}` … with `values`, in one pass over the text: a value is never read for placeholders itself (a
    /// name that reads "{1}" stays as typed), a placeholder without a value is left as it is. Not Foundation's
    /// `replacingOccurrences`, one bridged copy per placeholder: every list row fills several (issue 26, the work tray).
    public func callAsFunction(_ language: Language, _ values: String...) -> String {
        Self.fill(self(language), values)
    }

    /// `text` with `{0}`, `{1}` … filled with `values`, as above (the page context's `t` fills the same way).
    public static func fill(_ text: String, _ values: [String]) -> String {
        let utf8 = text.utf8
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
        guard !values.isEmpty, utf8.contains(open) else { return text }
        var filled = ""
        filled.reserveCapacity(utf8.count + values.reduce(0) { $0 + $1.utf8.count })
        var copied = utf8.startIndex, index = utf8.startIndex
        while index < utf8.endIndex {
            guard utf8[index] == open else { index = utf8.index(after: index); continue }
            // "{" digits "}", the digits without a leading zero ("{01}" is no placeholder, as before).
            var end = utf8.index(after: index), number = 0, digits = 0
            while end < utf8.endIndex, utf8[end] >= zero, utf8[end] <= nine, digits < 6 {
                number = number * 10 + Int(utf8[end] - zero)
                digits += 1
                end = utf8.index(after: end)
            }
            let leadingZero = digits > 1 && utf8[utf8.index(after: index)] == zero
            if digits > 0, !leadingZero, end < utf8.endIndex, utf8[end] == close, number < values.count {
                filled += text[copied..<index]
                filled += values[number]
                index = utf8.index(after: end)
                copied = index
            } else {
                index = utf8.index(after: index)
            }
        }
        filled += text[copied...]
        return filled
    }
}
