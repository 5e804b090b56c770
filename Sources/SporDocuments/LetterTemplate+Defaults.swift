import SporDomain

extension LetterTemplate {
    /// The templates a municipality starts with (version 1 of each kind): the municipality's voice, no personal data.
    public static let defaults: [LetterTemplate] = LetterKind.allCases.map(standard)

    public static func standard(_ kind: LetterKind) -> LetterTemplate {
        switch kind {
        case .receipt:
            LetterTemplate(kind: kind,
                subject: "Kvittering for din underretning om {{barn}}",
                body: """
                    Kære {{modtager}}

                    Tak for din underretning om {{barn}}, født {{barnFoedt}}{{#underretningModtaget}}, som vi modtog {{underretningModtaget}}{{/underretningModtaget}}.

                    Vi bekræfter hermed, at {{kommune}} har modtaget underretningen, jf. barnets lov § 138. Vi vurderer nu, hvad underretningen giver anledning til. Du hører fra os igen, hvis vi iværksætter en børnefaglig undersøgelse eller foranstaltninger, som er relevante for dit arbejde med barnet.

                    Har du spørgsmål, eller får du ny viden om barnet, er du velkommen til at kontakte mig.

                    Med venlig hilsen

                    {{sagsbehandler}}
                    {{kommune}}
                    """,
                plainSubject: "Vi har fået din besked",
                plainBody: """
                    Kære {{modtager}}

                    Tak for din besked. Vi har læst den, og vi finder ud af, hvad vi skal gøre nu.

                    Med venlig hilsen
                    {{sagsbehandler}}, {{kommune}}
                    """)
        case .notifierFeedback:
            LetterTemplate(kind: kind,
                subject: "Tilbagemelding på din underretning om {{barn}}",
                body: """
                    Kære {{modtager}}

                    Du har underrettet {{kommune}} om {{barn}}, født {{barnFoedt}}{{#underretningModtaget}}, den {{underretningModtaget}}{{/underretningModtaget}}. Efter barnets lov § 138, stk. 2, giver vi dig her en tilbagemelding.

                    {{#undersoegelse}}Underretningen har ført til, at vi har iværksat en børnefaglig undersøgelse af barnets forhold.{{/undersoegelse}}{{^undersoegelse}}Underretningen har ikke ført til en børnefaglig undersøgelse.{{/undersoegelse}}

                    Af hensyn til familiens fortrolighed kan vi ikke fortælle mere om sagen. Får du igen bekymring for barnet, skal du underrette os på ny.

                    Med venlig hilsen

                    {{sagsbehandler}}
                    {{kommune}}
                    """,
                plainSubject: "Svar på din besked",
                plainBody: """
                    Kære {{modtager}}

                    Tak for din besked. {{#undersoegelse}}Vi er gået i gang med at undersøge, hvordan vi bedst kan hjælpe.{{/undersoegelse}}{{^undersoegelse}}Vi har kigget på den, og vi går ikke videre med en undersøgelse lige nu.{{/undersoegelse}}

                    Med venlig hilsen
                    {{sagsbehandler}}, {{kommune}}
                    """)
        case .decision:
            LetterTemplate(kind: kind,
                subject: "Afgørelse om {{#afslag}}afslag på {{/afslag}}hjælp til {{barn}}",
                body: """
                    Kære {{modtager}}

                    {{kommune}} har truffet afgørelse om støtte til {{barn}}, født {{barnFoedt}}.

                    {{#bevilget}}Vi har bevilget:{{/bevilget}}{{#delvis}}Vi har delvist bevilget det, der blev søgt om. Vi har bevilget:{{/delvis}}{{#afslag}}Vi har givet afslag på:{{/afslag}}
                    {{#indsatser}}
                    - {{navn}} efter {{hjemmel}}
                    {{/indsatser}}

                    {{#formaal}}Formålet med indsatsen er: {{formaal}}{{/formaal}}
                    {{#forventetSlut}}Vi forventer, at indsatsen varer til {{forventetSlut}}.{{/forventetSlut}}

                    {{#begrundelse}}Begrundelse

                    {{begrundelse}}{{/begrundelse}}

                    Afgørelsen er truffet efter {{hjemler}}.

                    Klagevejledning

                    {{#klagevejledning}}
                    {{tekst}}
                    {{/klagevejledning}}
                    En klage kan være mundtlig eller skriftlig. Du er velkommen til at kontakte mig, hvis du vil have hjælp til at klage eller har spørgsmål til afgørelsen.

                    Med venlig hilsen

                    {{sagsbehandler}}
                    {{kommune}}
                    """,
                plainSubject: "Vores beslutning om hjælp til dig",
                plainBody: """
                    Kære {{modtager}}

                    Vi har besluttet noget om den hjælp, du kan få.

                    {{#bevilget}}Du får:{{/bevilget}}{{#delvis}}Du får noget af det, der blev spurgt om:{{/delvis}}{{#afslag}}Du får ikke:{{/afslag}}
                    {{#indsatser}}
                    - {{navn}}
                    {{/indsatser}}

                    {{#begrundelse}}Sådan har vi tænkt: {{begrundelse}}{{/begrundelse}}

                    Er du uenig, kan du klage. Du kan bare sige det til mig, så hjælper jeg dig.
                    {{#klagevejledning}}
                    {{tekst}}
                    {{/klagevejledning}}

                    Med venlig hilsen
                    {{sagsbehandler}}, {{kommune}}
                    """)
        case .invitation:
            LetterTemplate(kind: kind,
                subject: "Invitation til møde om {{barn}}",
                body: """
                    Kære {{modtager}}

                    Vi vil gerne invitere dig til et møde om {{barn}}.

                    Tid: [skriv dato og tidspunkt]
                    Sted: [skriv stedet]

                    På mødet taler vi om, hvordan det går, og hvad der kan hjælpe. Du er velkommen til at tage en bisidder med. Kan du ikke komme, så kontakt mig, så finder vi et andet tidspunkt.

                    Med venlig hilsen

                    {{sagsbehandler}}
                    {{kommune}}
                    """,
                plainSubject: "Vil du mødes med mig?",
                plainBody: """
                    Kære {{modtager}}

                    Jeg vil gerne tale med dig om, hvordan du har det.

                    Tid: [skriv dato og tidspunkt]
                    Sted: [skriv stedet]

                    Du må gerne tage en voksen med, som du er tryg ved.

                    Hilsen
                    {{sagsbehandler}}, {{kommune}}
                    """)
        case .plan:
            LetterTemplate(kind: kind,
                subject: "Barnets plan for {{barn}}",
                body: """
                    Kære {{modtager}}

                    Her er barnets plan for {{barn}}, jf. barnets lov § 91.

                    Målene er:
                    {{#maal}}
                    - {{tekst}}
                    {{/maal}}

                    {{#opfoelgning}}Vi følger op på planen senest {{opfoelgning}}.{{/opfoelgning}}

                    Har du bemærkninger til planen, er du velkommen til at kontakte mig.

                    Med venlig hilsen

                    {{sagsbehandler}}
                    {{kommune}}
                    """,
                plainSubject: "Din plan",
                plainBody: """
                    Kære {{modtager}}

                    Her er din plan. Det er det, vi arbejder hen imod sammen:
                    {{#maal}}
                    - {{tekst}}
                    {{/maal}}

                    Hilsen
                    {{sagsbehandler}}, {{kommune}}
                    """)
        case .free:
            LetterTemplate(kind: kind,
                subject: "Vedrørende {{barn}}",
                body: """
                    Kære {{modtager}}

                    [Skriv brevets tekst]

                    Med venlig hilsen

                    {{sagsbehandler}}
                    {{kommune}}
                    """,
                plainSubject: "Brev til dig",
                plainBody: """
                    Kære {{modtager}}

                    [Skriv brevets tekst]

                    Hilsen
                    {{sagsbehandler}}, {{kommune}}
                    """)
        }
    }
}
