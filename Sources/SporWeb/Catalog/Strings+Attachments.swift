import SporDomain

/// Attachments (bilag): documents that came in, attached to a child's journal, listed on the timeline and downloaded.
extension Strings {
    static let attachmentAdd = T(da: "Tilføj bilag", en: "Add an attachment")
    static let attachmentTitle = T(da: "Tilføj bilag til {0}", en: "Add an attachment to {0}")
    static let attachmentIntro = T(da: "Et dokument, der er kommet ind: en udtalelse fra skolen, et lægebrev, en psykolograpport. Filen gemmes krypteret og kan hentes af dem, der må læse sagen.",
                                   en: "A document that came in: a statement from the school, a doctor's letter, a psychologist's report. The file is stored encrypted and can be downloaded by those who may read the case.")
    static let attachmentTitleLabel = T(da: "Titel", en: "Title")
    static let attachmentDatedLabel = T(da: "Dateret", en: "Dated")
    static let attachmentSenderLabel = T(da: "Afsender", en: "Sender")
    static let attachmentFileLabel = T(da: "Fil (PDF, JPEG, PNG eller DOCX, højst 25 MB)", en: "File (PDF, JPEG, PNG or DOCX, at most 25 MB)")
    static let attachmentSubmit = T(da: "Gem bilaget", en: "Save the attachment")
    static let attachmentSaved = T(da: "Bilaget er gemt i journalen.", en: "The attachment is saved in the journal.")
    static let attachmentDownload = T(da: "Hent {0}", en: "Download {0}")
    static let attachmentFileMissing = T(da: "Vælg filen, der skal vedhæftes.", en: "Choose the file to attach.")
    static let attachmentFileTooLarge = T(da: "Filen er for stor: et bilag må højst fylde 25 MB. Intet blev gemt.",
                                          en: "The file is too large: an attachment may be at most 25 MB. Nothing was saved.")
    static let attachmentFileType = T(da: "Filen er ikke en PDF, JPEG, PNG eller DOCX (typen læses af filens indhold, ikke dens navn). Intet blev gemt.",
                                      en: "The file is not a PDF, JPEG, PNG or DOCX (the type is read from the file's content, not its name). Nothing was saved.")
    static let attachmentFileUnreadable = T(da: "Filen kunne ikke læses. Intet blev gemt.", en: "The file could not be read. Nothing was saved.")
    static let attachmentExportFiles = T(da: "Indsigt med filer (ZIP): journalen som JSON og hvert brev og bilag som fil",
                                         en: "Access with files (ZIP): the journal as JSON and every letter and attachment as a file")

    /// A file's kind as found from its content.
    static func fileKind(_ mediaType: String) -> T {
        switch mediaType {
        case AttachmentContent.pdf.mediaType: T(da: "PDF", en: "PDF")
        case AttachmentContent.jpeg.mediaType: T(da: "JPEG-billede", en: "JPEG image")
        case AttachmentContent.png.mediaType: T(da: "PNG-billede", en: "PNG image")
        case AttachmentContent.docx.mediaType: T(da: "Word-dokument (DOCX)", en: "Word document (DOCX)")
        default: T(da: "Fil", en: "File")
        }
    }
}
