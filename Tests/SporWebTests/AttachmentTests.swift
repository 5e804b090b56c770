import Foundation
import NIOCore
import NIOHTTP1
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporDocuments
@testable import SporStore
@testable import SporWeb

/// Attachments through the web: uploaded, listed, downloaded byte for byte, sealed at rest; the type read from the content;
/// every refusal saves nothing; only those who may read the case download, and every download is logged.
final class AttachmentTests: XCTestCase {
    var test: TestApp!
    /// A string of the generated PDF that must never be found at rest.
    static let known = "KENDT-PDF-TEKST-7f3a skolens udtalelse"
    static let pdf = Data("""
    %PDF-1.4
    1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
    2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
    3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj
    4 0 obj << /Length 60 >> stream
    BT /F1 12 Tf 72 712 Td (\(known)) Tj ET
    endstream endobj
    trailer << /Root 1 0 R >>
    %%EOF

    """.utf8)

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var childPath: String { "/children/\(test.child.id)" }
    var filesDirectory: String { test.store.files!.directory }

    /// Posts the attachment form as a browser does: multipart, with the form token.
    @discardableResult
    func upload(_ browser: Browser, child: UUID? = nil, title: String = "Skolens udtalelse", dated: String = "2026-11-20",
                sender: String = "Skolen, klasselærer", file: Data?, filename: String = "udtalelse.pdf",
                contentType: String = "application/pdf") async throws -> XCTHTTPResponse {
        let boundary = "----spor-test-\(UUID().uuidString)"
        var body = ByteBuffer()
        func field(_ name: String, _ value: String) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let csrf = browser.csrf { field("csrf", csrf) }
        field("title", title)
        field("dated", dated)
        field("sender", sender)
        if let file {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: \(contentType)\r\n\r\n")
            body.writeBytes(file)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await browser.send(.POST, "/children/\(child ?? test.child.id)/attachments",
                                      headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    func caseworker() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let page = try await browser.get("\(childPath)/attachments/new")
        XCTAssertEqual(page.status, .ok)
        return browser
    }

    /// Every byte under a folder, or of a file and its WAL.
    func bytes(under path: String) -> Data {
        var all = Data()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return all }
        if !isFolder.boolValue { return FileManager.default.contents(atPath: path) ?? all }
        for sub in FileManager.default.subpaths(atPath: path) ?? [] {
            if let data = FileManager.default.contents(atPath: "\(path)/\(sub)") { all.append(data) }
        }
        return all
    }

    func sealedFiles() -> [String] {
        (FileManager.default.subpaths(atPath: filesDirectory) ?? []).filter { $0.hasSuffix(".sealed") }.sorted()
    }

    func attachmentEntries() async throws -> [Entry] {
        try await test.store.timeline(child: test.child.id).entries.filter { $0.kind == .attachment }
    }

    // MARK: - The round trip

    func testAnAttachmentIsUploadedListedAndDownloadedByteForByteAndIsSealedAtRest() async throws {
        let browser = try await caseworker()
        let form = try await browser.get("\(childPath)/attachments/new")
        XCTAssertTrue(form.body.string.contains(#"enctype="multipart/form-data""#))
        XCTAssertTrue(form.body.string.contains(#"type="file""#))

        // The child page links to the form.
        let before = try await browser.get(childPath)
        XCTAssertTrue(before.body.string.contains("\(childPath)/attachments/new"))

        let saved = try await upload(browser, file: AttachmentTests.pdf)
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        XCTAssertEqual(saved.headers.first(name: .location), childPath)

        let entries = try await attachmentEntries()
        XCTAssertEqual(entries.count, 1)
        guard let entry = entries.first, case .attachment(let attachment) = entry.payload else { return XCTFail("no attachment entry") }
        XCTAssertEqual(attachment.title, "Skolens udtalelse")
        XCTAssertEqual(attachment.dated, LocalDate(year: 2026, month: 11, day: 20))
        XCTAssertEqual(attachment.sender, "Skolen, klasselærer")
        XCTAssertEqual(attachment.file.mediaType, "application/pdf")
        XCTAssertEqual(attachment.file.size, AttachmentTests.pdf.count)
        XCTAssertEqual(attachment.file.sha256, SealedFiles.sha256(AttachmentTests.pdf))
        XCTAssertEqual(attachment.file.name, "udtalelse.pdf")

        // Listed on the timeline: title, sender, dated, type and size, and the download.
        let page = try await browser.get(childPath).body.string
        let link = "\(childPath)/attachments/\(entry.id)/file"
        for text in ["Skolens udtalelse", "Skolen, klasselærer", "20.11.2026", "PDF", "1 kB", link] {
            XCTAssertTrue(page.contains(text), "the child page lacks \(text)")
        }

        // Downloaded byte for byte, as an attachment that is never sniffed; the download is logged with ids.
        let download = try await browser.get(link)
        XCTAssertEqual(download.status, .ok)
        XCTAssertEqual(Data(download.body.readableBytesView), AttachmentTests.pdf)
        XCTAssertEqual(download.headers.first(name: .contentType), "application/pdf")
        XCTAssertEqual(download.headers.first(name: .contentDisposition), #"attachment; filename="udtalelse.pdf""#)
        XCTAssertEqual(download.headers.first(name: "X-Content-Type-Options"), "nosniff")
        let log = try await test.store.accessLog(child: test.child.id)
        XCTAssertTrue(log.contains { $0.action == .downloadFile && $0.user == test.users[.caseworker]!.id })
        XCTAssertEqual(log.filter { $0.action == .downloadFile }.map(\.entry), [entry.id])

        // Not readable at rest: neither in the files folder nor in the database.
        XCTAssertEqual(sealedFiles().count, 1)
        let needle = Data("KENDT-PDF-TEKST-7f3a".utf8)
        XCTAssertFalse(bytes(under: filesDirectory).isEmpty)
        XCTAssertNil(bytes(under: filesDirectory).range(of: needle), "the files folder holds the plaintext")
        let database = test.directory + "/spor.sqlite"
        for suffix in ["", "-wal"] {
            XCTAssertNil(bytes(under: database + suffix).range(of: needle), "the database\(suffix) holds the plaintext")
        }
    }

    func testAVoidedAttachmentIsNoLongerServed() async throws {
        let browser = try await caseworker()
        _ = try await browser.get("\(childPath)/attachments/new")
        let saved = try await upload(browser, file: AttachmentTests.pdf)
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        let entries = try await attachmentEntries()
        let entry = try XCTUnwrap(entries.first)
        let link = "\(childPath)/attachments/\(entry.id)/file"
        let served = try await browser.get(link)
        XCTAssertEqual(served.status, .ok)
        // Filed on the wrong child, say: voided, it is no longer handed out.
        try await test.store.append(Entry(municipality: entry.municipality, child: entry.child,
                                          payload: .correction(Correction(reason: "Hører til et andet barn", replacement: nil)),
                                          occurredAt: test.clock.now, recordedAt: test.clock.now, author: test.users[.caseworker]!.id,
                                          corrects: entry.id), now: test.clock.now)
        let voided = try await browser.get(link)
        XCTAssertEqual(voided.status, .notFound)
    }

    func testAWordDocumentAndImagesAreTakenByTheirContent() async throws {
        let browser = try await caseworker()
        let docx = try ZIPWriter().archive([ZIPWriter.Entry(path: "[Content_Types].xml", text: "<Types/>"),
                                            ZIPWriter.Entry(path: "word/document.xml", text: "<w:document/>")])
        // Named and sent as something else: the content decides.
        let saved = try await upload(browser, file: Data(docx), filename: "psykolog.bin", contentType: "application/octet-stream")
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        do { let response = try await upload(browser, title: "Tegning", file: png, filename: "tegning.pdf"); XCTAssertEqual(response.status, .seeOther) }
        let types = try await attachmentEntries().compactMap { entry -> String? in
            guard case .attachment(let attachment) = entry.payload else { return nil }
            return attachment.file.mediaType
        }
        XCTAssertEqual(Set(types), [AttachmentContent.docx.mediaType, "image/png"])
        XCTAssertEqual(AttachmentContent.detect([0xFF, 0xD8, 0xFF, 0xE0]), .jpeg)
        // A ZIP that is no Word document, and an empty file, are not taken.
        let zip = try ZIPWriter().archive([ZIPWriter.Entry(path: "a.txt", text: "a")])
        XCTAssertNil(AttachmentContent.detect(zip))
        XCTAssertNil(AttachmentContent.detect([]))
    }

    // MARK: - Refusals save nothing

    func testAnExecutableNamedPdfIsRefusedNamingTheFieldAndNothingIsSaved() async throws {
        let browser = try await caseworker()
        let elf = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 120))
        let refused = try await upload(browser, file: elf, filename: "x.pdf", contentType: "application/pdf")
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.attachmentFileType(.da)))
        XCTAssertTrue(refused.body.string.contains(#"id="attachment-file-error""#))
        // What was typed comes back.
        XCTAssertTrue(refused.body.string.contains("Skolens udtalelse"))
        let journal = try await attachmentEntries()
        XCTAssertTrue(journal.isEmpty)
        XCTAssertEqual(sealedFiles(), [])
    }

    func testAFileOver25MBIsRefusedWithTheLimitAndNothingIsSaved() async throws {
        let browser = try await caseworker()
        let count = try await test.store.timeline(child: test.child.id).entries.count
        // 30 MB: past what the route takes at all.
        var big = Data(AttachmentTests.pdf)
        big.append(Data(count: 30 * 1024 * 1024))
        let tooLarge = try await upload(browser, file: big)
        XCTAssertEqual(tooLarge.status, .payloadTooLarge)
        XCTAssertTrue(tooLarge.body.string.contains(Strings.attachmentFileTooLarge(.da)), tooLarge.body.string)
        XCTAssertTrue(tooLarge.body.string.contains("25 MB"))
        // One byte over 25 MB: within what the route takes, refused on the form.
        var over = Data(AttachmentTests.pdf)
        over.append(Data(count: AttachmentContent.maximumSize + 1 - over.count))
        let refused = try await upload(browser, file: over)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.attachmentFileTooLarge(.da)))
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, count)
        XCTAssertEqual(sealedFiles(), [])
        // The server still answers.
        do { let response = try await browser.get(childPath); XCTAssertEqual(response.status, .ok) }
    }

    func testARefusedFieldStoresNoFile() async throws {
        let browser = try await caseworker()
        for (title, sender, dated, file) in [("", "Skolen", "2026-11-20", AttachmentTests.pdf as Data?),
                                               ("Udtalelse", "", "2026-11-20", AttachmentTests.pdf),
                                               ("Udtalelse", "Skolen", "2099-01-01", AttachmentTests.pdf),
                                               ("Udtalelse", "Skolen", "2026-11-20", nil)] {
            let refused = try await upload(browser, title: title, dated: dated, sender: sender, file: file)
            XCTAssertEqual(refused.status, .unprocessableEntity, "\(title)|\(sender)|\(dated)")
        }
        let journal = try await attachmentEntries()
        XCTAssertTrue(journal.isEmpty)
        XCTAssertEqual(sealedFiles(), [])
    }

    // MARK: - Hostile names

    func testAHostileFileNameIsShownEscapedAndDownloadedUnderASafeName() async throws {
        let browser = try await caseworker()
        // As a browser sends it (a quote as %22).
        let hostile = #"../../etc/%22><script>alert(1)</script> æøå.pdf"#
        let saved = try await upload(browser, title: #"<img src=x onerror=alert(1)>"#, file: AttachmentTests.pdf, filename: hostile)
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        let page = try await browser.get(childPath).body.string
        XCTAssertFalse(page.contains("<script>alert(1)"))
        XCTAssertFalse(page.contains("<img src=x"))
        XCTAssertTrue(page.contains("script&gt; æøå.pdf"))
        let attached = try await attachmentEntries()
        let entry = try XCTUnwrap(attached.first)
        let download = try await browser.get("\(childPath)/attachments/\(entry.id)/file")
        let disposition = try XCTUnwrap(download.headers.first(name: .contentDisposition))
        XCTAssertEqual(disposition, #"attachment; filename="script_aeoeaa.pdf""#)
    }

    // MARK: - Who may

    func testOnlyThoseWhoMayReadTheCaseGetTheFileAndAStatedReasonReadsButDoesNotAttach() async throws {
        let browser = try await caseworker()
        try await upload(browser, file: AttachmentTests.pdf)
        let attached = try await attachmentEntries()
        let entry = try XCTUnwrap(attached.first)
        let file = "\(childPath)/attachments/\(entry.id)/file"

        // Another team's caseworker is refused every attachment route, and is offered to state a reason.
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        try await other.get("/children")
        do { let response = try await other.get("\(childPath)/attachments/new"); XCTAssertEqual(response.status, .forbidden) }
        do { let response = try await other.get(file); XCTAssertEqual(response.status, .forbidden) }
        do { let response = try await upload(other, file: AttachmentTests.pdf); XCTAssertEqual(response.status, .forbidden) }

        // With a stated reason the file may be read (as the page may), but nothing attached (as no course step may be).
        do { let response = try await other.post("\(childPath)/break-glass", ["reason": "Akut henvendelse fra skolen"]); XCTAssertEqual(response.status, .seeOther) }
        let read = try await other.get(file)
        XCTAssertEqual(read.status, .ok)
        XCTAssertEqual(Data(read.body.readableBytesView), AttachmentTests.pdf)
        do { let response = try await upload(other, file: AttachmentTests.pdf); XCTAssertEqual(response.status, .forbidden) }
        let stillOne = try await attachmentEntries()
        XCTAssertEqual(stillOne.count, 1)

        // Another child's id with this entry: not found, nothing told.
        let wrongChild = try await browser.get("/children/\(test.otherChild.id)/attachments/\(entry.id)/file")
        XCTAssertEqual(wrongChild.status, .forbidden)
        let log = try await test.store.accessLog(child: test.child.id)
        XCTAssertEqual(log.filter { $0.action == .downloadFile }.count, 1)
    }

    // MARK: - The data-subject export

    func testTheExportWithFilesHoldsTheJournalAndEveryAttachment() async throws {
        let browser = try await caseworker()
        try await upload(browser, file: AttachmentTests.pdf)
        let export = try await browser.get("\(childPath)/export")
        XCTAssertTrue(export.body.string.contains("\(childPath)/export.zip"))
        let zip = try await browser.get("\(childPath)/export.zip")
        XCTAssertEqual(zip.status, .ok)
        XCTAssertEqual(zip.headers.first(name: .contentType), "application/zip")
        let bytes = Array(zip.body.readableBytesView)
        let names = try XCTUnwrap(AttachmentContent.zipEntryNames(bytes))
        let hash = SealedFiles.sha256(AttachmentTests.pdf)
        XCTAssertEqual(names, ["indsigt.json", "filer/\(hash.prefix(12))-udtalelse.pdf"])
        // Stored, not compressed: the file's bytes are in the archive as they were attached.
        XCTAssertNotNil(Data(bytes).range(of: AttachmentTests.pdf))
        XCTAssertNotNil(Data(bytes).range(of: Data("Skolens udtalelse".utf8)))
    }
}
