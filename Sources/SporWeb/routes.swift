import Vapor

/// Every route of the application, in one place. Each declares who may use it (`RouteAccess`).
func routes(_ app: Application) throws {
    app.get("healthz", access: .open, use: HealthController.healthz)
    app.get("static", "spor.css", access: .open, use: Stylesheet.serve)
    app.get("api", "openapi.json", access: .open, use: OpenAPIDocument.serve)

    app.get(access: .open, use: LoginController.root)
    app.get("login", access: .open, use: LoginController.show)
    app.post("login", access: .open, use: LoginController.login)
    app.post("logout", access: .open, use: LoginController.logout)
    app.get("login", "totp", access: .open, use: LoginController.showCode)
    app.post("login", "totp", access: .open, use: LoginController.verifyCode)
    app.post("language", access: .open, use: LanguageController.set)

    app.get("account", access: .requires(.manageOwnAccount), use: AccountController.show)
    app.post("account", "tokens", access: .requires(.manageOwnAccount), use: AccountController.createToken)
    app.get("account", "totp", access: .requires(.manageOwnAccount), use: TOTPController.show)
    app.post("account", "totp", access: .requires(.manageOwnAccount), use: TOTPController.enable)

    app.get("children", access: .requires(.viewOwnChildren), use: ChildrenController.mine)
    app.get("team", access: .requires(.viewTeam), use: ChildrenController.team)
    app.get("team", "break-glass", access: .requires(.reviewBreakGlass), use: BreakGlassController.review)
    app.get("intake", access: .requires(.intake), use: IntakeController.queue)
    app.get("search", access: .requires(.searchChildren), use: SearchController.search)
    app.get("outreach", access: .requires(.outreachHome), use: HomeController.outreach)
    app.get("professional", access: .requires(.professionalHome), use: ProfessionalController.show)
    app.post("professional", access: .requires(.professionalHome), use: ProfessionalController.submit)
    app.get("policy", access: .requires(.viewPolicy), use: HomeController.policy)
    app.get("admin", access: .requires(.administer), use: HomeController.admin)

    app.get("children", "new", access: .requires(.registerChild), use: RegistrationController.show)
    app.post("children", access: .requires(.registerChild), use: RegistrationController.register)

    let child = app.grouped("children", ":childID")
    child.get(access: .requires(.openChild), use: ChildrenController.show)
    child.get("access-log", access: .requires(.viewAccessLog), use: AccessLogController.show)
    child.get("export", access: .requires(.exportChild), use: ExportController.page)
    child.get("export.json", access: .requires(.exportChild), use: ExportController.json)
    child.post("break-glass", access: .requires(.breakGlass), use: BreakGlassController.grant)
    child.post("notifications", ":entryID", "assessment", access: .requires(.writeEntry), use: IntakeController.assess)
    child.post("notifications", ":entryID", "receipt", access: .requires(.writeEntry), use: IntakeController.sendReceipt)
    child.post("notifications", ":entryID", "feedback", access: .requires(.writeEntry), use: IntakeController.giveFeedback)
    child.post("concerns", access: .requires(.writeEntry), use: ChildrenController.addConcern)
    child.post("notes", access: .requires(.writeEntry), use: ChildrenController.addNote)
    child.post("assign", access: .requires(.writeEntry), use: ChildrenController.assign)
    child.post("close", access: .requires(.writeEntry), use: ChildrenController.close)
    child.get("entries", ":entryID", "correct", access: .requires(.writeEntry), use: ChildrenController.showCorrection)
    child.post("entries", ":entryID", "correct", access: .requires(.writeEntry), use: ChildrenController.correct)

    let api = app.grouped("api", "v1").grouped(ApiTokenMiddleware())
    api.get("children", access: .requires(.viewOwnChildrenByApi), use: ApiController.children)
    api.get("children", ":childID", access: .requires(.openChild), use: ApiController.child)
    api.get("children", ":childID", "entries", access: .requires(.openChild), use: ApiController.entries)
    api.post("children", ":childID", "entries", access: .requires(.writeEntry), use: ApiController.addEntry)
}
