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

    /// Fills `{0}`, `{1}` … with `values`.
    public func callAsFunction(_ language: Language, _ values: String...) -> String {
        var text = self(language)
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: value)
        }
        return text
    }
}
