import Foundation
import SporDomain
/// What a new password must be: long, not common, not the username.
///
/// Applies wherever a password is set (today `spor user add`). The demo municipality's shared
/// password is set by the demo loader, which does not ask the policy: demo mode is marked on every page.
public enum PasswordPolicy {
    public static let minimumLength = 12

    /// Throws `passwordTooShort` or `passwordTooCommon` (field `password`) when `password` may not be used.
    public static func check(_ password: String, username: String) throws {
        guard password.count >= minimumLength else { throw DomainError(.passwordTooShort, field: "password") }
        guard !isGuessable(password, username: username) else { throw DomainError(.passwordTooCommon, field: "password") }
    }

    /// A common password, a common word or the username dressed in digits and signs ("Sommer2026!"),
    /// a short unit repeated ("abcabcabcabc") or a straight run ("abcdefghijkl").
    static func isGuessable(_ password: String, username: String) -> Bool {
        let lowered = password.lowercased()
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        if commonSet.contains(lowered) || lowered == name { return true }
        let core = stem(lowered)
        if core.isEmpty || commonSet.contains(core) || (!name.isEmpty && core == stem(name)) { return true }
        return isRepetition(lowered) || isRun(lowered) || isRepetition(core) || isRun(core)
    }

    /// The password without the digits, spaces and signs at its ends.
    static func stem(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let isLetter: (Unicode.Scalar) -> Bool = { $0.properties.isAlphabetic }
        guard let first = scalars.firstIndex(where: isLetter), let last = scalars.lastIndex(where: isLetter) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }

    private static func isRepetition(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 2 else { return false }
        for unit in 1...min(4, characters.count / 2) where characters.count % unit == 0 {
            if characters.indices.allSatisfy({ characters[$0] == characters[$0 % unit] }) { return true }
        }
        return false
    }

    /// Each character one above (or one below) the one before.
    private static func isRun(_ text: String) -> Bool {
        let values = text.unicodeScalars.map { Int($0.value) }
        guard values.count >= 4 else { return false }
        let steps = zip(values, values.dropFirst()).map { $1 - $0 }
        return steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == -1 }
    }

    private static let commonSet = Set(CommonPasswords.all)
}
