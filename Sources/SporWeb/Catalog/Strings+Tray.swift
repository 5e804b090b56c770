import SporDomain

/// The work tray (*Arbejdsbakke*): groups, backlog, the children without a caseworker, claiming and assigning.
extension Strings {
    static let trayTitle = T(da: "Arbejdsbakke", en: "Work tray")
    static let navTray = T(da: "Arbejdsbakke", en: "Work tray")
    static let navTrayCount = T(da: "{0} i dag eller overskredet", en: "{0} due today or overdue")
    static let trayIntro = T(da: "Alt det, der venter på dig: nye underretninger, frister efter Barnets Lov, aftalte handlinger og beskeder fra Min side. Overgreb og fare står først i hver gruppe.",
                             en: "Everything waiting for you: new notifications, deadlines under Barnets Lov, agreed actions and messages from My page. Abuse and danger come first in each group.")
    static let trayIntroLead = T(da: "Teamets arbejde: hvem har hvad, hvad er overskredet, og hvilke børn mangler en sagsbehandler. Overgreb og fare står først i hver gruppe.",
                                 en: "The team's work: who has what, what is overdue, and which children need a caseworker. Abuse and danger come first in each group.")
    static let trayRegisterNotification = T(da: "Registrér underretning", en: "Register a notification")
    static let trayNotRelevantLink = T(da: "Frister markeret ikke relevant", en: "Deadlines marked not relevant")

    static func trayGroupTitle(_ group: TrayGroup) -> T {
        switch group {
        case .overdue: T(da: "Overskredet ({0})", en: "Overdue ({0})")
        case .today: T(da: "I dag ({0})", en: "Today ({0})")
        case .thisWeek: T(da: "Denne uge ({0})", en: "This week ({0})")
        case .later: T(da: "Senere ({0})", en: "Later ({0})")
        }
    }

    static func trayGroupCount(_ group: TrayGroup) -> T {
        switch group {
        case .overdue: T(da: "{0} overskredet", en: "{0} overdue")
        case .today: T(da: "{0} i dag", en: "{0} today")
        case .thisWeek: T(da: "{0} denne uge", en: "{0} this week")
        case .later: T(da: "{0} senere", en: "{0} later")
        }
    }

    static let trayBacklogCount = T(da: "{0} i efterslæb", en: "{0} in the backlog")
    static let trayGroupEmpty = T(da: "Intet her.", en: "Nothing here.")
    static let trayBacklogTitle = T(da: "Efterslæb ({0})", en: "Backlog ({0})")
    static let trayBacklogIntro = T(da: "Frister, der var overskredet, før du fik sagen, eller for mere end {0} dage siden. De skal stadig håndteres, men står ikke over dagens arbejde.",
                                    en: "Deadlines that were overdue before you took the case, or more than {0} days ago. They still need handling, but do not stand above today's work.")
    static let trayBacklogShow = T(da: "Vis de {0} frister i efterslæb", en: "Show the {0} deadlines in the backlog")

    static func trayKind(_ kind: TrayModel.Kind) -> T {
        switch kind {
        case .notification: T(da: "Ny underretning", en: "New notification")
        case .deadline: T(da: "Frist", en: "Deadline")
        case .agreedAction: T(da: "Aftalt handling", en: "Agreed action")
        case .portalMessage: T(da: "Besked fra Min side", en: "Message from My page")
        }
    }

    static let trayPriority = T(da: "Overgreb eller fare", en: "Abuse or danger")
    static let trayNote = T(da: "Bemærkning: {0}", en: "Note: {0}")
    static let trayColumnWhat = T(da: "Hvad", en: "What")
    static let trayColumnOwner = T(da: "Hvis", en: "Whose")
    static let trayColumnDo = T(da: "Gør", en: "Do")
    static let trayColumnWhy = T(da: "Hvorfor", en: "Why")
    static let trayColumnWaiting = T(da: "Venter siden", en: "Waiting since")
    static let trayColumnOpen = T(da: "Åbne", en: "Open")
    static let trayColumnOverdue = T(da: "Overskredet", en: "Overdue")
    static let trayColumnBacklog = T(da: "Efterslæb", en: "Backlog")
    static let trayLoadsTitle = T(da: "Teamets belastning", en: "The team's load")

    static func trayDo(_ kind: EntryKind) -> T {
        T(da: "Registrér: " + entryKind(kind).da, en: "Record: " + entryKind(kind).en)
    }

    static let trayReadMessage = T(da: "Læs beskeden", en: "Read the message")
    static let trayFilter = T(da: "Afgræns", en: "Filter")
    static let trayFilterKind = T(da: "Slags", en: "Kind")
    static let trayFilterRule = T(da: "Regel", en: "Rule")
    static let trayFilterChild = T(da: "Barn", en: "Child")
    static let trayFilterMember = T(da: "Medarbejder", en: "Team member")
    static let trayFilterAll = T(da: "Alle", en: "All")
    static let trayFilterApply = T(da: "Vis", en: "Show")
    static let trayFilterClear = T(da: "Vis alt", en: "Show everything")

    static let trayUnassignedTitle = T(da: "Ufordelte ({0})", en: "Unassigned ({0})")
    static let trayUnassignedIntro = T(da: "Børn i distriktet med en åben sag uden sagsbehandler: en underretning, en bekymring på niveau 3 eller derover, eller et skridt i sagen. De står her, til en sagsbehandler har dem.",
                                       en: "Children of the district with an open case and no caseworker: a notification, a concern at level 3 or above, or a step of the case. They stay here until a caseworker has them.")
    static let trayUnassignedEmpty = T(da: "Alle børn har en sagsbehandler.", en: "Every child has a caseworker.")
    static let trayNeedCase = T(da: "Underretning eller sag", en: "Notification or case")
    static let trayNeedConcern = T(da: "Bekymring: {0}", en: "Concern: {0}")
    static let trayNewCasesTitle = T(da: "Nye sager til dig ({0})", en: "New cases for you ({0})")
    static let trayNewCaseSince = T(da: "din siden {0}", en: "yours since {0}")
    static let intakeHasCaseworker = T(da: "Barnets sagsbehandler", en: "The child's caseworker")
    static let trayClaim = T(da: "Jeg tager den", en: "I'll take it")
    static let trayClaimLabel = T(da: "Jeg tager {0}", en: "I'll take {0}")
    static let trayAssign = T(da: "Tildel", en: "Assign")
    static let trayAssignLabel = T(da: "Sagsbehandler til {0}", en: "Caseworker for {0}")
    static let trayChooseCaseworker = T(da: "Vælg sagsbehandler", en: "Choose a caseworker")
    static let trayClaimed = T(da: "Du er nu sagsbehandler for {0}.", en: "You are now the caseworker for {0}.")
    static let trayAssigned = T(da: "{1} er nu sagsbehandler for {0}.", en: "{1} is now the caseworker for {0}.")
    static let trayAssignInvalid = T(da: "Vælg en af teamets sagsbehandlere.", en: "Choose one of the team's caseworkers.")
    static let trayHasCaseworker = T(da: "Barnet har allerede en sagsbehandler. Teamlederen kan fordele sagen om.",
                                     en: "The child already has a caseworker. The team lead can reassign the case.")
    static let trayAlreadyAssigned = T(da: "Barnet har allerede den sagsbehandler.", en: "The child already has that caseworker.")
}
