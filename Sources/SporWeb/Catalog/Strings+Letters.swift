import SporDomain

/// Letters (issue 22): drafted from the journal, finalised to PDF and DOCX, handed over, opened as sent.
extension Strings {
    static let writeLetter = T(da: "Skriv brev", en: "Write letter")
    static let freeLetter = T(da: "Skriv et brev", en: "Write a letter")
    static func letterKind(_ kind: LetterKind) -> T {
        switch kind {
        case .receipt: T(da: "Kvittering til underretter", en: "Receipt to the notifier")
        case .notifierFeedback: T(da: "Tilbagemelding til underretter", en: "Feedback to the notifier")
        case .decision: T(da: "Afgørelsesbrev", en: "Decision letter")
        case .invitation: T(da: "Invitation til samtale eller møde", en: "Invitation to a conversation or meeting")
        case .plan: T(da: "Barnets plan til forældrene", en: "The child's plan for the parents")
        case .free: T(da: "Brev", en: "Letter")
        }
    }
    static func letterDraftTitle(_ kind: LetterKind) -> T {
        let name = letterKind(kind)
        return T(da: "Skriv brev: \(name.da)", en: "Write letter: \(name.en)")
    }
    static let letterDraftHint = T(da: "Brevet er udfyldt fra journalen efter skabelonens version {0}. Ret teksten til, før du færdiggør det: brevet journaliseres, som det sendes.",
                                   en: "The letter is filled in from the journal by version {0} of the template. Edit the text before you finalise it: the letter is filed as it is sent.")
    static let letterPlainVariant = T(da: "Skriv til barnet i et enkelt sprog", en: "Write to the child in plain language")
    static let letterStandardVariant = T(da: "Skriv til forældrene i stedet", en: "Write to the parents instead")
    static let letterRecipients = T(da: "Modtagere", en: "Recipients")
    static let letterNoRecipients = T(da: "Journalen kender ingen modtagere med forældremyndighed.", en: "The journal knows no recipients with custody.")
    static func letterRecipient(_ recipient: LetterRecipient) -> T {
        switch recipient.role {
        case .custodyHolder: T(da: "\(recipient.name) (forældremyndighed)", en: "\(recipient.name) (custody)")
        case .child: T(da: "\(recipient.name) (barnet, enkelt sprog)", en: "\(recipient.name) (the child, plain language)")
        case .notifier: T(da: "\(recipient.name) (underretter)", en: "\(recipient.name) (notifier)")
        case .other: T(da: recipient.name, en: recipient.name)
        }
    }
    static let letterNotifier = T(da: "Underretteren", en: "The notifier")
    static let letterSubject = T(da: "Emne", en: "Subject")
    static let letterText = T(da: "Brevets tekst", en: "The letter's text")
    static let letterFinalise = T(da: "Færdiggør og send", en: "Finalise and send")
    static let letterRecipientMissing = T(da: "Vælg mindst én modtager.", en: "Choose at least one recipient.")
    static let letterMarkLeft = T(da: "Skriv det, der mangler, i stedet for {0}. Brevet sendes ikke med tomme pladser.",
                                  en: "Write what is missing in place of {0}. The letter is not sent with blanks in it.")
    static let letterFinalisedNotice = T(da: "Brevet er færdiggjort, journaliseret og lagt til afsendelse.", en: "The letter is finalised, filed and handed over for sending.")
    static let letterPDFMissing = T(da: "Der er ingen PDF-motor på denne maskine, så brevet journaliseres som DOCX. Tilføj PDF med: apt-get install weasyprint",
                                    en: "There is no PDF engine on this machine, so the letter is filed as DOCX. Add PDF with: apt-get install weasyprint")
    static let letterSent = T(da: "Færdiggjort", en: "Finalised")
    static let letterReference = T(da: "Journalnr.", en: "Journal reference")
    static let letterHandedOverAt = T(da: "Lagt til afsendelse (Digital Post eller print) {0}", en: "Handed over for sending (Digital Post or print) {0}")
    static let letterOpen = T(da: "Åbn brevet", en: "Open the letter")
    static let letterCorrect = T(da: "Skriv et rettet brev (dette brev bliver stående)", en: "Write a corrected letter (this letter stays)")
    static let letterHandedOverTimeline = T(da: "Lagt i udbakken til Digital Post eller print", en: "Put in the outbox for Digital Post or print")
}

/// Letters on Min side.
extension Strings {
    static let portalLetters = T(da: "Breve til dig", en: "Letters to you")
    static let portalLetterPDF = T(da: "Hent brevet (PDF)", en: "Download the letter (PDF)")
    static let portalLetterDOCX = T(da: "Hent brevet (Word)", en: "Download the letter (Word)")
}

/// The administrator's letter templates.
extension Strings {
    static let letterTemplatesTitle = T(da: "Brevskabeloner", en: "Letter templates")
    static let letterTemplatesIntro = T(da: "Én skabelon for hver slags brev, med en variant i et enkelt sprog til barnet. Hver gang en skabelon gemmes, bliver den en ny version; breve, der allerede er sendt, står, som de blev sendt.",
                                        en: "One template for each kind of letter, with a plain-language variant for the child. Each save makes a new version; letters already sent stay as they were sent.")
    static let letterTemplateKind = T(da: "Brev", en: "Letter")
    static let letterTemplateVersion = T(da: "Version", en: "Version")
    static let letterTemplateHint = T(da: "Version {0} er i brug. Skabelonen er Mustache: {{felt}} indsætter et felt, {{#felt}}…{{/felt}} viser tekst, når feltet findes eller gentager den for hver indsats.",
                                      en: "Version {0} is in use. The template is Mustache: {{field}} inserts a field, {{#field}}…{{/field}} shows text when the field exists, or repeats it for each measure.")
    static let letterTemplateFields = T(da: "Felter fra journalen: {0}", en: "Fields from the journal: {0}")
    static let letterTemplatePlainSubject = T(da: "Emne i et enkelt sprog (til barnet)", en: "Subject in plain language (to the child)")
    static let letterTemplatePlainBody = T(da: "Tekst i et enkelt sprog (til barnet)", en: "Text in plain language (to the child)")
    static let letterTemplateSave = T(da: "Gem som ny version", en: "Save as a new version")
    static let letterTemplateSaved = T(da: "Skabelonen er gemt som en ny version.", en: "The template is saved as a new version.")
    static let letterTemplateInvalid = T(da: "Skabelonen kan ikke læses: {0}", en: "The template cannot be read: {0}")
    static let letterTemplatesLink = T(da: "Brevskabeloner", en: "Letter templates")
}
