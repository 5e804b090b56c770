// Transcribed from the draft strategy "Godt fra start – og ind i voksenlivet" for Børne- og
// Familieområdet (seed 002, marked UDKAST). The status note of 2025 (seed 003) says the strategy has
// since been approved; neither gives the day.

extension PolicyContent {
    public static let strategyGodtFraStart: PolicyID = "strategi-godt-fra-start"
    public static let trackChildsVoice: TrackID = "pejlemaerke-barnets-stemme"
    public static let trackEarlyAndQuick: TrackID = "pejlemaerke-tidlig-hurtig-indsats"
    public static let trackGeneralForAll: TrackID = "pejlemaerke-almenomraade-for-alle"

    static let strategyGodtFraStartPolicy = Policy(
        id: strategyGodtFraStart,
        kind: .strategy,
        title: "Godt fra start – og ind i voksenlivet",
        vision: [
            "Visionen for den fælles langsigtede strategi på Børne- og Familieområdet er ”Godt fra start – og ind i voksenlivet”",
        ],
        tracks: [childsVoice, earlyAndQuick, generalForAll]
    )

    private static let childsVoice = PolicyTrack(
        id: trackChildsVoice,
        number: 1,
        title: "Barnets stemme",
        statement: "Vi er fælles med barnet og den unge om det gode børne- og ungeliv, hvor deres håb og drømme for eget liv er omdrejningspunktet.",
        about: [
            "Alle børn og unge skal have mulighed for et godt liv trods forskellige forudsætninger. Dette handler først og fremmest om at styrke de personlige ressourcer hos barnet, den unge, familien og alle de nære relationer, så barnet eller den unge kan få samme muligheder for personlig udvikling, trivsel og sundhed som deres jævnaldrende.",
            "På Børne– og Familieområdet tager vi afsæt i barnets og den unges håb, drømme og ressourcer og understøtter den enkeltes vej mod et selvstændigt voksenliv. Vi har ambitioner på barnets eller den unges vegne og samarbejder med hvert enkelt barn/ung med troen på, at barnet eller den unge kan lykkes med personlige mål og opnå vedvarende og positive forandringer i sit liv.",
            "Vi har fokus på, at barnet eller den unge deltager aktivt og tager alderstilsvarende medansvar for eget liv. Barnet eller den unge skal have mulighed for at give udtryk for sine synspunkter og opleve, at der bliver lyttet til dem.",
            "Samtidig skal barnet eller den unge opleve omsorg, tryghed og nærvær i de relationer, barnet eller den unge indgår i.",
            "Med pejlemærket \"barnets stemme\" vil vi i de kommende år fokusere på at styrke samarbejdet og kommunikationen med børn, unge, deres familier og netværk. Vi vil sikre, at børn og unge føler sig inddraget i sagsbehandlingen og kender deres rettigheder.",
            "For at opnå dette, er det vigtigt, at vi har stærke kommunikations- og samtalekompetencer og kendskab til metoder og redskaber, der fremmer hyppig og god dialog med børn og unge.",
            "Vi vil også gentænke vores sagsbehandling, så udsatte børn og unge oplever kontinuitet og ikke skal forholde sig til mange forskellige myndighedspersoner. Dette vil sikre, at de føler sig trygge og støttet gennem hele processen.",
        ],
        keywords: [
            "Barnet/den unge før systemet",
            "Barnet/den unges rettigheder",
            "Barnet/den unges plan",
            "Barnet/den unge er ekspert i eget liv",
            "Selv- og medbestemmelse",
            "Forældre og netværk som medspillere",
            "Barnets behov før forældrenes behov",
            "Tidssvarende børnesyn",
        ],
        goals: [
            PolicyGoal(
                id: "1.1",
                text: "Vi etablerer et trygt og inkluderende rum til barnet/den unge, så barnet eller den unge kan udtrykke sine synspunkter, håb og drømme",
                indicators: [.childHeard, .childInNetworkMeeting]
            ),
            PolicyGoal(
                id: "1.2",
                text: "Vi giver passende information, og understøtter en proces, hvor barnet/den unge får udtrykt sine synspunkter",
                indicators: [.childHeard, .childInNetworkMeeting]
            ),
            PolicyGoal(
                id: "1.3",
                text: "Vi sørger for, at det er de rette personer, der lytter til barnets/den unges synspunkter",
                indicators: [.childHeard]
            ),
            PolicyGoal(
                id: "1.4",
                text: "Vi sørger for, at barnets/den unges synspunkter bliver taget alvorligt, og at der handles relevant på dem",
                indicators: [.childHeard]
            ),
            PolicyGoal(
                id: "1.5",
                text: "Vi har kommunikationsværktøjer og informationsmateriale, der er direkte målrettet børn og unge"
            ),
            PolicyGoal(
                id: "1.6",
                text: "Vi har fokus på at have transparente sagsbehandlingsprocesser.",
                indicators: [.caseworkerChanges]
            ),
        ]
    )

    private static let earlyAndQuick = PolicyTrack(
        id: trackEarlyAndQuick,
        number: 2,
        title: "Tidlig og hurtig indsats",
        statement: "Vi sætter fokus på de tidlige, forebyggende indsatser og understøtter, at børn, unge og familier er mest muligt i eget liv",
        about: [
            "Børn og unge skal have hjælp i rette tid. Det skal være helhedsorienteret og tidligt — både i alder og problemudvikling. En tidlig og målrettet indsats er en vigtig nøgle i arbejdet med at styrke børn og unges livsduelighed. Jo før vi sætter ind, jo større er chancen for at forhindre problemer i at opstå eller udvikle sig.",
            "En tidlig og målrettet indsats handler dels om en tidligere og systematisk opsporing af børn og unge med behov for særlig støtte, og dels om hurtig iværksættelse af målrettede og effektive indsatser.",
            "Med civilsamfund mener vi en øget og mere aktiv inkludering af børn og unge i almene miljøer ved at styrke samarbejdet mellem privat og professionelt netværk, fritidsforeninger og frivillige kræfter. Vi ønsker at skabe mulighed for, at alle børn og unge har adgang til udviklende fællesskaber, der understøtter deres udvikling og trivsel.",
            "I pejlemærket \"tidlig og hurtig indsats\" vil Børne– og Familieområdet, i tæt styrket samarbejde med Skole– og Dagtilbudsområdet, effektivisere arbejdsgangene mellem myndigheder, udfører og almenområdet. Vi sikrer, at indsatser iværksættes hurtigt og løbende optimeres. Vi udvider kapaciteten af tilbud, så børn og unge modtager hurtig og kvalitetsrig hjælp i tæt samarbejde med civilsamfundet og barnets netværk.",
            "Det handler om at understøtte barnet/den unge i at udvikle kompetencer som forudsætter livsduelighed. Kontinuerlig skolegang og eller beskæftigelse er afgørende markører, ligesom det er afgørende, at barnet/den unge evner at danne og fastholde venskaber og deltage i meningsfulde fællesskaber.",
            "Samtidig vil vi have fokus på, at barnet/den unges forældre og eller netværk udvikler kompetencer til at drage omsorg for barnet/den unge. Vi ønsker et fælles samarbejdet om barnet eller den unges udfordringer med afsæt i det ”tilstrækkeligt gode forældreskab” og ”det tilstrækkeligt gode børne– og ungeliv”.",
        ],
        keywords: [
            "Vi arbejder forebyggende og med fokus på mindst indgribende indsats",
            "Tidligt—både i alder og problemudvikling",
            "Fokus på spæd– og småbørnsområdet—større investering i de formative år",
            "Færre skift og tæt opfølgning",
            "Fokus på skolegang og beskæftigelse",
            "Det tilstrækkeligt gode",
        ],
        goals: [
            PolicyGoal(
                id: "2.1",
                text: "Vi løser 70 procent af indsatserne til børn, unge og familier som ”straks-indsatser” (70/30)",
                indicators: [.immediateHelpShare]
            ),
            PolicyGoal(
                id: "2.2",
                text: "Alle indsatser iværksættes med et forebyggende sigte, uanset hvor vi møder barnet/den unge og familien"
            ),
            PolicyGoal(
                id: "2.3",
                text: "Vi identificerer og aktiverer netværket omkring barnet/den unge",
                indicators: [.networkMeetingFirst, .networkPlacements]
            ),
            PolicyGoal(
                id: "2.4",
                text: "Vores faglighed, organisering og tilbudsvifte understøtter et fokus på tidlig opsporing og ”mindst indgribende indsats”"
            ),
            PolicyGoal(
                id: "2.5",
                text: "Vi har et fælles sprog, metoder og arbejdsgange på tværs af fagområder, som understøtter systematisk opsporing og hurtig handling ved de første tegn på mistrivsel hos børn og unge.",
                indicators: [.daysToHelp]
            ),
        ]
    )

    private static let generalForAll = PolicyTrack(
        id: trackGeneralForAll,
        number: 3,
        title: "Et almenområde for alle",
        statement: "Vi baner vejen for, at flere børn og unge kan indgå og trives i de positive børne- og ungefællesskaber på almenområdet",
        about: [
            "Skal vi forbedre børn og unges trivsel, skal vi først og fremmest sikre, at alle børn og unge er en del af et meningsfuldt fællesskab. Vi løfter trivslen bedst, når vi arbejder for at styrke stærke og inkluderende fællesskaber.",
            "At være en del af et meningsfuldt fællesskab kan give en følelse af tilhørsforhold og ikke mindst være et værn mod stigende mistrivsel og ensomhed.",
            "Med pejlemærket ”et almenområde for alle” vil Børne– og Familieområdet i samarbejde med Skole- og Dagtilbudsområdet i de kommende 3-5 år arbejde målrettet på, at flere børn kan indgå og trives i de positive børne- og ungefællesskaber i folkeskolen, dagtilbud og fritidstilbud. Yderligere vil vi fokusere på, hvordan børnene i specialtilbud kan opnå højere læring og trivsel.",
        ],
        keywords: [
            "Livsduelige, selvstændige mennesker",
            "Før skolegang",
            "Overgange",
            "Fokus på skolegang og beskæftigelse",
            "Deltagelse i samfund, kultur– og fritidsliv",
        ],
        themes: [
            PolicyTheme(
                title: "Tværgående samarbejde",
                about: [
                    "I arbejdet med at skabe et almenområde for alle er Børne– og Familieområdet afhængige af et tæt samarbejde med andre forvaltningsområder, civilsamfund og netværk.",
                    "Vi vil sikre, at børn, unge, familier, netværk og samarbejdspartnere oplever et Børne– og Familieområde, der betragter barnet/den unges trivsel som et fælles ansvar og går forrest i at invitere til tværgående samarbejde, når og hvor det er relevant.",
                    "Vi vil udføre modige prøvehandlinger og pilotprojekter, og gøre brug af de etablerede ungepaneler, der kan give os værdifuld indsigt og sikre, at vores indsatser er både ambitiøse og effektive.",
                ]
            ),
        ],
        goals: [
            PolicyGoal(
                id: "3.1",
                text: "Flere børn og unge skal indgå og trives i de brede børnefællesskaber på almenområdet",
                indicators: [.generalSettings]
            ),
            PolicyGoal(
                id: "3.2",
                text: "Færre børn og unge skal modtage et specialiseret tilbud",
                indicators: [.specialised]
            ),
            PolicyGoal(
                id: "3.3",
                text: "Vi har et stærkt samarbejde med almenområdet (skoler, dagtilbud, civilsamfund), som bygger på en fælles vision og et fælles børnesyn."
            ),
        ]
    )
}
