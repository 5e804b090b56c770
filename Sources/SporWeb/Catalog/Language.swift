import SporDomain

/// The interface's language is the domain's (`SporDomain.Language`); Plot has a `Language` of its own (an HTML
/// document's `lang`), so within SporWeb the name means ours.
typealias Language = SporDomain.Language
