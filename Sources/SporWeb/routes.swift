import Vapor

/// Every route of the application, in one place. Each declares the permission it needs.
func routes(_ app: Application) throws {
    app.get("healthz", use: HealthController.healthz)
    app.get("static", "spor.css", use: Stylesheet.serve)
    app.get("api", "openapi.json", use: OpenAPIDocument.serve)

    app.get(use: LoginController.root)
    app.get("login", use: LoginController.show)
    app.post("login", use: LoginController.login)
    app.post("logout", use: LoginController.logout)
    app.post("language", use: LanguageController.set)

    app.grouped(Require(.viewOwnChildren)).get("children", use: ChildrenController.mine)
    app.grouped(Require(.viewTeam)).get("team", use: ChildrenController.team)
    app.grouped(Require(.searchChildren)).get("search", use: SearchController.search)
    app.grouped(Require(.outreachHome)).get("outreach", use: HomeController.outreach)
    app.grouped(Require(.professionalHome)).get("professional", use: HomeController.professional)
    app.grouped(Require(.viewPolicy)).get("policy", use: HomeController.policy)
    app.grouped(Require(.administer)).get("admin", use: HomeController.admin)

    let account = app.grouped(Require(.manageOwnAccount)).grouped("account")
    account.get(use: AccountController.show)
    account.post("tokens", use: AccountController.createToken)

    let registration = app.grouped(Require(.registerChild))
    registration.get("children", "new", use: RegistrationController.show)
    registration.post("children", use: RegistrationController.register)

    let child = app.grouped("children", ":childID")
    child.grouped(Require(.openChild)).get(use: ChildrenController.show)
    child.grouped(Require(.viewAccessLog)).get("access-log", use: AccessLogController.show)
    let write = child.grouped(Require(.writeEntry))
    write.post("concerns", use: ChildrenController.addConcern)
    write.post("notes", use: ChildrenController.addNote)
    write.post("assign", use: ChildrenController.assign)
    write.post("close", use: ChildrenController.close)
    write.post("entries", ":entryID", "correct", use: ChildrenController.correct)

    let api = app.grouped("api", "v1").grouped(ApiTokenMiddleware())
    api.grouped(Require(.openChild)).get("children", use: ApiController.children)
    api.grouped(Require(.openChild)).get("children", ":childID", use: ApiController.child)
    api.grouped(Require(.openChild)).get("children", ":childID", "entries", use: ApiController.entries)
    api.grouped(Require(.writeEntry)).post("children", ":childID", "entries", use: ApiController.addEntry)
}
