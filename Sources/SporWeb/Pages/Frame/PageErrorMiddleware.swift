import Vapor
import SporDomain

/// Turns every error into a page (or, under `/api/`, JSON) in the user's language.
/// Only the error's kind is logged: never a name, a CPR number or free text.
struct PageErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return try await response(for: error, request)
        }
    }

    func response(for error: any Error, _ request: Request) async throws -> Response {
        let (status, message): (HTTPStatus, LocalizedText) = switch error {
        case is LoginRequired, is FamilyLoginRequired: (.unauthorized, Strings.errorLoginRequired)
        case is CSRFError: (.forbidden, Strings.errorCSRF)
        case is ChildOutOfScope: (.forbidden, Strings.errorChildOutOfScope)
        case is StatedReasonDoesNotReach: (.forbidden, Strings.errorStatedReasonDoesNotReach)
        case is PeriodInvalid: (.badRequest, Strings.errorPeriodInvalid)
        case let refused as InputTextRefused: (.badRequest, Strings.errorInputText(refused.reason))
        case let domain as DomainError: (.unprocessableEntity, Strings.error(domain.code))
        case is DecodingError: (.badRequest, Strings.errorBadRequest)
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: (.notFound, Strings.errorNotFound)
            case .forbidden: (.forbidden, Strings.errorForbidden)
            // A route that takes a file says its own limit.
            case .payloadTooLarge: (.payloadTooLarge, request.route?.maxBody == nil ? Strings.errorTooLarge : Strings.attachmentFileTooLarge)
            case .unauthorized: (.unauthorized, Strings.errorLoginRequired)
            case let status where status.code < 500: (status, Strings.errorBadRequest)
            default: (.internalServerError, Strings.errorServer)
            }
        default: (.internalServerError, Strings.errorServer)
        }
        if status == .forbidden, let user = request.currentUser {
            // Every refusal is logged: who, when, which child (if any) — ids only.
            let child = request.parameters.get("childID").flatMap(UUID.init(uuidString:))
            try? await request.store.audit(.accessDenied, user: user.id, child: child, now: request.now)
        }
        if status == .internalServerError {
            request.logger.error("request failed", metadata: ["error": .string(String(reflecting: type(of: error)))])
        }
        if request.url.path.hasPrefix(SiteURL.apiPrefix) {
            return try await ApiController.ErrorDTO(error: status.reasonPhrase, message: message(request.language), field: nil)
                .encodeResponse(status: status, for: request)
        }
        if error is LoginRequired {
            request.session.data["notice"] = message(request.language)
            return request.redirect(to: SiteURL.login)
        }
        if error is FamilyLoginRequired {
            request.session.data["notice"] = message(request.language)
            return request.redirect(to: SiteURL.portalLogin)
        }
        if let outOfScope = error as? ChildOutOfScope, outOfScope.mayBreakGlass {
            return BreakGlassController.offer(request, child: outOfScope.child, error: nil)
        }
        return Page.render(request, title: Strings.errorTitle(request.language), status: status) { context in
            ErrorPageView.body(ErrorPageModel(message: message), context)
        }
    }
}
