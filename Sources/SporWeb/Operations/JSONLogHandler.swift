import Foundation
import Logging
import Vapor

/// `SPOR_LOG_FORMAT=json`: every log line one JSON object — `time` (ISO 8601, UTC, milliseconds), `level`, `label`,
/// `message` and `metadata` (the logger's and the call's, as strings) — for a log collector that reads JSON (issue 26).
/// What is logged is unchanged: kinds of errors and ids, never a name, a CPR number or a path with an id in it.
public struct JSONLogHandler: LogHandler {
    public let label: String
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let write: @Sendable (String) -> Void

    public init(label: String, level: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil,
                write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardOutput) {
        self.label = label
        self.logLevel = level
        self.metadataProvider = metadataProvider
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String,
                    file: String, function: String, line: UInt) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let explicit { merged.merge(explicit) { _, new in new } }
        write(JSONLogHandler.line(time: Date(), level: level, label: label, message: message.description, metadata: merged))
    }

    /// One line of JSON, keys in a fixed order.
    static func line(time: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata) -> String {
        var object = "{\"time\":\(quoted(timestamp(time))),\"level\":\(quoted(level.rawValue)),\"label\":\(quoted(label)),"
            + "\"message\":\(quoted(message)),\"metadata\":{"
        object += metadata.sorted { $0.key < $1.key }.map { "\(quoted($0.key)):\(quoted(String(describing: $0.value)))" }
            .joined(separator: ",")
        return object + "}}"
    }

    @Sendable public static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func timestamp(_ date: Date) -> String {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
        return date.formatted(style)
    }

    /// A JSON string: quotes, backslashes and every control character escaped, so a line stays one line.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// How the server logs: Vapor's console lines, or with `SPOR_LOG_FORMAT=json` one JSON object a line. The level is
/// Vapor's (`LOG_LEVEL`, `--log`), info by default; SQL statements (with their values) are logged at debug only.
public enum LogFormat {
    public static func bootstrap(_ environment: inout Environment, format: String?) throws {
        switch format {
        case nil, "", "text":
            try LoggingSystem.bootstrap(from: &environment)
        case "json":
            try LoggingSystem.bootstrap(from: &environment) { level in { label in JSONLogHandler(label: label, level: level) } }
        case let other?:
            throw SettingInvalid(name: "SPOR_LOG_FORMAT", value: other)
        }
    }
}
