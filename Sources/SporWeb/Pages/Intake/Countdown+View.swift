import Foundation
import Plot
import SporDomain

/// The time left for a deadline, as every list of work shows it (the intake queue, the tray, *Mine aftaler*, the child page).
extension IntakeController {
    /// Time left, or how long overdue — in words and with a sign, never colour alone.
    static func countdown(due: Date, now: Date, _ context: PageContext) -> Node<HTML.BodyContext> {
        let seconds = Int(due.timeIntervalSince(now))
        let text = countdownText(seconds: seconds, context.language)
        if seconds < 0 { return .span(.class("countdown overdue"), .plain("⚠ " + text)) }
        return .span(.class(seconds < 4 * 3600 ? "countdown soon" : "countdown"), .plain(text))
    }

    /// "5 t 1 min tilbage", "Overskredet med 3 døgn 2 t": hours and minutes for two days, then days and hours.
    static func countdownText(seconds: Int, _ language: Language) -> String {
        let span = abs(seconds)
        let text = span < 48 * 3600
            ? Strings.durationHours(language, String(span / 3600), String(span % 3600 / 60))
            : Strings.durationDays(language, String(span / 86_400), String(span % 86_400 / 3600))
        return seconds < 0 ? Strings.overdueBy(language, text) : Strings.timeLeft(language, text)
    }
}
