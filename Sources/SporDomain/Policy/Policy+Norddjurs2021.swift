// Transcribed from Norddjurs Kommune's "Politik for børn og unge i udsatte positioner" (2021),
// seed 000. The PDF extraction had lost the "ti", "tt", "ft" and "fh" ligatures; they are restored
// here ("poli�kken" → "politikken", "oDe" → "ofte", "aIoldes" → "afholdes"); nothing else is
// changed, the document's own slips included ("deltage klubber", "en trædested").

extension PolicyContent {
    public static let policy2021: PolicyID = "politik-2021"
    public static let trackEarly: TrackID = "spor-tidlig-opsporing"
    public static let trackCoherence: TrackID = "spor-helhed-sammenhaeng"
    public static let trackHealth: TrackID = "spor-sundhed-trivsel"

    static let norddjursPolicy2021 = Policy(
        id: policy2021,
        kind: .policy,
        title: "Politik for børn og unge i udsatte positioner",
        adopted: LocalDate(year: 2021, month: 4, day: 20),
        adoptedBy: "Kommunalbestyrelsen",
        vision: [
            "Glade, sunde børn og unge med selvværd, selvindsigt og mod på livet",
            "Livsduelige, kreative og nysgerrige børn og unge, der er rustede til at lære og møde fremtidens udfordringer",
            "Børn og unge, der oplever mulighed for indflydelse og benytter den",
            "Børn og unge, der deltager i og bidrager til sociale fællesskaber",
        ],
        tracks: [earlyTrack, coherenceTrack, healthTrack]
    )

    private static let earlyTrack = PolicyTrack(
        id: trackEarly,
        number: 1,
        title: "Tidlig opsporing og indsats",
        statement: "Vi arbejder forebyggende og med fokus på mindst indgribende indsats.",
        about: [
            "En tidlig og målrettet indsats er en vigtig nøgle i arbejdet med at give udsatte børn og unge muligheder for et godt liv. Jo før vi sætter ind, jo større er chancen for at forhindre problemer i at opstå eller udvikle sig. Dette er en gevinst både for den enkelte, der får bedre opvækstvilkår, og for samfundet.",
            "En tidlig og målrettet indsats handler dels om en tidligere og systematisk opsporing af børn og unge med behov for særlig støtte, og dels om hurtig iværksættelse af målrettede og effektive indsatser.",
            "Norddjurs Kommune har gennem de seneste år prioriteret en større andel af de samlede ressourcer på børne– og ungeområdet til de tidlige og forebyggende indsatser. Blandt andet er der etableret en Fremskudt Indsats med fremskudt rådgiverfunktion, der varetager den tidlige opsporing og indsats i samarbejde med medarbejdere i sundhedsplejen, skoler, dagtilbud, kultur– og fritidsliv mv. Dette samarbejde skal fortsættes og videreudvikles.",
            "Norddjurs Kommune har fokus på, at flere børn og unges vanskeligheder skal afhjælpes gennem en forebyggende eller foregribende indsats.",
        ],
        promises: [
            "investere ressourcer i en tidlig og systematisk opsporing af børn og unge i mistrivsel. Forældre og fagprofessionelle skal have viden om tidlige tegn og reaktioner på mistrivsel og kende deres handleforpligtelse",
            "handle omgående og tværfagligt ved bekymring for et barn eller en ung. Der skal som udgangspunkt altid afholdes et netværksmøde, hvor familien, netværket og de forskellige fagpersoner kan bidrage med viden om barnets situation og handlemuligheder samt koordinere og skabe fælles mål for den samlede indsats",
            "sikre, at barnet eller den unges synspunkter altid inddrages. Det betyder bl.a., at børn og unge som udgangspunkt skal deltage på møder, så der tales med og ikke om dem",
            "anvende metoder og værktøjer, der understøtter et fælles sprog, fælles systematik og enighed om bekymringsgraden på tværs af faggrupper",
            "sikre, at børn og unges udfordringer søges løst gennem netværkssamarbejde, inden der underrettes.",
            "medarbejderne skal vide, hvordan og hvornår en bekymring for et barn eller en ung skal underrettes til Børne– og familieafdelingen",
            "arbejde tidligt og målrettet med udvikling af barnets eller den unges personlige ressourcer, sunde vaner og evne til at tage handling i eget liv",
            "udvikle og understøtte forældrenes kompetencer til at drage omsorg for barnets trivsel og være positive rollemodeller",
            "videreføre og videreudvikle de tidlige og forebyggende indsatser, som allerede fungerer i dag",
        ],
        themes: [
            PolicyTheme(
                lead: "Den tidlige indsats handler desuden om:",
                points: [
                    "At barnets eller den unge på et tidligt tidspunkt udvikler kompetencer, der gør dem i stand til at lære og tage handling i eget liv",
                    "At barnet eller den unge udvikler evner til at danne og fastholde venskaber",
                    "At barnet eller den unge udvikler sunde vaner, som ofte fastholdes gennem hele livet",
                    "At forældrenes kompetencer til at drage omsorg for deres barn og indgå i samarbejdet om barnets eller den unges vanskeligheder styrkes",
                    "At forældrene støttes i at være positive rollemodeller for deres barn, herunder sikres behandling for eventuelle misbrug eller psykisk lidelse, som påvirker forældreevnen",
                    "at barnet/den unge, familien og netværket inddrages i udarbejdelsen af en fælles plan for, hvad der skal forandres, for at barnets eller den unges trivsel forbedres. Herigennem understøttes det rette valg af indsats, og der skabes fælles forståelse og ejerskab for beslutningerne.",
                ]
            ),
            PolicyTheme(
                title: "Diagnoser",
                about: [
                    "En diagnose kan være en vigtig rettesnor i forhold til at støtte og rammesætte et barn korrekt.",
                    "Samtidig er det afgørende, at en diagnose ikke bliver en forudsætning for, at barnet, den unge eller familien kan få den nødvendige støtte.",
                    "Diagnosen må heller ikke per automatik udløse en bestemt indsatspakke eller afføde bestemte antagelser om og forventninger til barnet.",
                    "Enhver indsats skal tilrettelægges på baggrund af barnets eller den unges konkrete situation, herunder dets særlige ressourcer og behov. Barnet eller den unge skal mødes og anerkendes som det hele menneske, de er—med eller uden diagnoser.",
                ]
            ),
            PolicyTheme(
                title: "Sårbare og udsatte gravide og forældre",
                about: [
                    "Det klare udgangspunkt er, at barnet eller den unge skal vokse op hos sine forældre.",
                ],
                lead: "Det skal sikres, at:",
                points: [
                    "gravide og forældre sikres hjælp og støtte til at håndtere eventuelle svigt, de selv har været udsat for i barndommen, så de ikke gentager dem i relationen til deres eget barn",
                    "gravide og forældre behandles for eventuelle misbrug, psykisk lidelse eller efterfødselsreaktioner, som påvirker forældrekompetencen og barnets sundhed",
                    "forældre støttes i at skabe en sund tilknytning til barnet og udvikler omsorgsgiverkompetencer, som gør dem i stand til at tage vare på barnets behov for nærhed, kontakt og læring gennem hele opvæksten",
                ]
            ),
            PolicyTheme(
                title: "Anbringelser",
                about: [
                    "En tidlig opsporing og indsats skal sikre, at færre børn og unge får behov for indgribende foranstaltninger, for eksempel en anbringelse. Sommetider kan en anbringelse dog være nødvendig for at sikre barnets sikkerhed, tryghed og trivsel.",
                    "Anbringelsen er ikke et mål i sig selv. Den er en trædested til, at den anbragte kan opnå de samme livsmuligheder som andre børn og unge.",
                ],
                lead: "Det skal sikres, at:",
                points: [
                    "der så vidt muligt findes et tilbud i barnets eller den unges nærmiljø",
                    "barnet/ den unge støttes i at fastholde kontakten til familie og venner under anbringelsen",
                    "der arbejdes hen imod en hjemgivelse af barnet/ den unge i tæt samarbejde med barnets forældre",
                    "den anbragte får omsorg, nærhed og inddrages i beslutninger om eget liv og hverdag",
                    "der er et stærkt og gensidigt samarbejde med plejefamilierne, herunder at plejefamilier sikres supervision og kompetenceudvikling",
                    "Efterværnsindsatsen styrkes, så anbragte unge sikres en mere glidende overgang til voksenlivet",
                ]
            ),
        ],
        indicators: [
            .networkMeetingFirst, .childHeard, .childInNetworkMeeting, .daysToHelp, .immediateHelpShare,
            .networkPlacements, .homecomings, .contactVisitsHeld, .siblingsPlacedTogether, .siblingsAssessed,
            // "Sårbare og udsatte gravide og forældre", absence caught early, and the schooling of a placed child.
            .supportBeforeBirth, .helpAfterAbsence, .placedSchooling,
        ]
    )

    private static let coherenceTrack = PolicyTrack(
        id: trackCoherence,
        number: 2,
        title: "Helhed og sammenhæng",
        statement: "Vi samarbejder på tværs for at skabe sammenhængende, individuelle og fleksible løsninger",
        about: [
            "Børn, unge og familier i udsatte positioner har ofte brug for støtte fra flere forskellige tilbud både i og uden for kommunen. Et stærkt tværfagligt og tværsektorielt samarbejde er en forudsætning for at skabe en sammenhængende og overskuelig indsats, der tager hånd om familiens samlede situation. Vi skal især have fokus på overgange i barnets liv, da der hér er særlig risiko for, at viden og relationer går tabt.",
            "I samarbejdet spiller barnet og familien en central og aktiv rolle, men det er medarbejdernes ansvar at sikre den fornødne koordinering.",
        ],
        promises: [
            "involvere barnet/ den unge, familien og netværket aktivt i planlægning og gennemførsel af indsatsen",
            "sikre, at medarbejderne har tid og kompetencer til at skabe et tillidsfuldt samarbejde med barnet, den unge og forældrene",
            "koordinere indsatser på tværs af enheder og forvaltningsområder, så der ikke opstår uhensigtsmæssige parallelforløb",
            "sikre familien vejledning og information om relevante kommunale eller andre tilbud",
            "opstille konkrete og afgrænsede mål for indsatsen og sikre systematisk opfølgning på, om indsatsen har den ønskede effekt",
            "skabe sammenhæng i overgangene for børn og unge, der skifter mellem tilbud på børne- og ungeområdet, eller går fra børne- og ungeområdet til voksenområdet. Der skal altid afholdes et overleveringsmøde, og der skal lægges en plan for overgangen i samarbejde med barnet/ den unge og familien.",
            "styrke samarbejdsrelationerne og kendskabet på tværs af faggrupper og eksterne samarbejdspartnere. Blandt andet vil vi afholde flere tværorganisatoriske temadage, søsætte relevante projektsamarbejder og invitere hinanden ind i den konkrete opgaveløsning i det daglige.",
        ],
        themes: [
            PolicyTheme(
                lead: "At skabe helhed og sammenhæng for barnet/ den unge og familien handler om:",
                points: [
                    "at barnet/den unge, familien og netværket involveres aktivt i såvel planlægning som gennemførsel af indsatsen",
                    "at der skabes en tillidsfuld relation mellem kommunens medarbejdere, barnet/den unge og familien",
                    "at der formuleres konkrete og afgrænsede mål for indsatsen, og der sker opfølgning på effekt",
                    "at medarbejderne har kompetencerne til at finde og koordinere løsninger på tværs, når og hvor opgaven kræver det",
                    "at de forskellige faggrupper har kendskab til hinandens arbejdsområde, arbejdsgange og trækker på hinandens viden",
                    "at der er et stærkt samarbejde med eksterne aktører i region og civilsamfund",
                    "at antallet af medarbejdere, som barnet og familien skal samarbejde med, begrænses",
                    "at kommunikationen med familien gennem hele forløbet er tilpas hyppig, sker på de rigtige tidspunkter og foregår i et sprog, der er til at forstå",
                ]
            ),
            PolicyTheme(
                title: "Den vigtige relation",
                about: [
                    "I arbejdet med børn og unge er en tillidsfuld relation det bærende element. Tillid fremmer tryghed og motiverer barnet eller den unge til at indgå i samarbejde.",
                ],
                lead: "At opbygge en god og tillidsfuld relation kræver en vedholdende indsats, herunder:",
                points: [
                    "At medarbejderne har tid til at lære barnet eller den unge at kende og vise, at de interesserer sig for dem.",
                    "At medarbejderne er kompetente, engagerede og har værktøjer til at samtale med barnet eller den unge på en måde, så barnet/den unge føler sig set, hørt og forstået.",
                    "At der er tydelighed om rammen og formålet med samarbejdet. Barnet eller den unge skal vide, hvor der er mulighed for indflydelse, og hvor rammen er fast, og det skal sikres, at der følges op på aftaler.",
                    "At der sikres et godt match mellem barn/ ung og medarbejder, samt at der ikke sker for mange skift i de medarbejdere, som barnet/ den unge skal samarbejde med.",
                ]
            ),
            PolicyTheme(
                title: "Sammenhæng i overgange",
                about: [
                    "Vigtig viden om udsatte børn og unge kan gå tabt i overgangen fra et system til et andet, for eksempel i overgangen mellem sundhedspleje og dagtilbud, mellem dagtilbud og skole, eller når den unge går ud af grundskolen. Det kan betyde, at barnet eller den unge skal vente unødigt længe på at få den relevante støtte.",
                    "Derfor har politikken for børn og unge i udsatte positioner et særligt fokus på at skabe sammenhæng og tryghed i overgangen til voksenområdet.",
                ],
                lead: "Det skal sikres, at:",
                points: [
                    "der på et tidligt tidspunkt lægges en plan for den unges overgang til voksenlivet",
                    "den unge og familien involveres aktivt i planlægningen, så alle ved, hvad der skal ske og hvornår",
                    "den unge og familien sikres vejledning og støtte både før, under og efter overgangen",
                ]
            ),
        ],
        indicators: [.caseworkerChanges, .handoverMeetings, .careLeaverDecision, .goalsProgress, .deadlinesMet, .inSchoolOrWork]
    )

    private static let healthTrack = PolicyTrack(
        id: trackHealth,
        number: 3,
        title: "Sundhed, trivsel og fællesskaber",
        statement: "Alle børn og unge skal have mulighed for et aktivt fritidsliv og for at indgå i sunde, sociale fællesskaber",
        about: [
            "Børn og unges mentale og fysiske sundhed har stor betydning for deres trivsel, både her og nu og på længere bane. Det er særligt vigtigt at have fokus på udsatte børn og unges sundhed, da problemer med blandt andet overvægt, rygning, misbrug, psykiske lidelser og manglende social deltagelse er mere udbredt i denne målgruppe end hos andre børn og unge.",
            "I Norddjurs Kommune lægger vi vægt på, at børn og unge har et aktivt fritidsliv, hvor de indgår i sjove, lærerige og udfordrende aktiviteter. Herigennem kan de opbygge nye færdigheder, nye venskaber og indtage den plads i et positivt socialt fællesskab, som alle børn og unge har brug for. Desuden har vi fokus på, at børn og unge fra et tidligt tidspunkt udvikler sunde vaner, som ofte vil følge dem hele livet.",
        ],
        promises: [
            "motivere og ruste den enkelte til at deltage i de fællesskaber og aktiviteter, som tilbydes i klubber, kulturinstitutioner og det frivillige foreningsliv",
            "sikre gode fysiske rammer og faciliteter, hvor børn og unge frit kan udfolde deres interesser sammen med andre børn og unge",
            "sikre relevant støtte til børn og unge, som grundet fysisk funktionsnedsættelse, psykiske eller sociale vanskeligheder har svært ved at deltage i fritids– og foreningslivet",
            "understøtte foreninger og institutioner i deres arbejde med at skabe aktiviteter og tilbud, der rækker ud mod udsatte børn, unge og familier",
            "sætte tidligt fokus på betydningen af sunde vaner i samarbejde med barnet/den unge og familien",
            "understøtte en tidlig opsporing og indsats til børn og unge med dårlig mental sundhed. Herunder skal det sikres, at medarbejdere, der har jævnlig kontakt med målgruppen, har viden om fremme af mental sundhed",
            "informere forældre om vigtigheden af, at børn og unge har et aktivt fritidsliv og deltager i sociale fællesskaber. Det kan i den forbindelse være væsentligt, at forældrene inviteres med ind i det forpligtende fællesskab, der er omkring fritids– og foreningslivet.",
            "reklamere for kommunens tilbud til børn og unge via kanaler, som børnene og de unge benytter",
            "have særlig opmærksomhed på at fastholde unge mennesker i sunde fællesskaber og fritidsaktiviteter, når de nærmer sig teenageårene",
            "have fokus på betydningen af de unges online liv",
        ],
        themes: [
            PolicyTheme(
                lead: "Det skal sikres, at:",
                points: [
                    "børn og unge motiveres til at deltage klubber, foreningsliv samt andre kultur– og fritidstilbud",
                    "børn og unge med særlige behov får støtte til deltagelsen. Nogle børn har behov for specialtilbud, mens det for andre giver større værdi at blive integreret i eksisterende tilbud",
                    "børn og unge har adgang til mangfoldige fritidstilbud og gode, fysiske faciliteter, hvor de frit kan udfolde deres interesser inden for sport, kreativitet, IT eller andet.",
                    "børn og unge støttes i at opbygge og fastholde sunde vaner inden for kost, motion, tandhygiejne samt forbrug af rus– og nydelsesmidler",
                    "børn og unge sikres hjælp til rygestop samt behandling for eventuelle misbrug eller psykisk lidelse",
                    "forældre inddrages i samarbejdet om deres barns sundhed. Forældre skal informeres om vigtigheden af en sund livsstil og social deltagelse, så de kan være positive rollemodeller",
                ]
            ),
            PolicyTheme(
                title: "Mental sundhed",
                about: [
                    "Undersøgelser viser, at der er sket en markant stigning i antallet af børn og unge, der mistrives. Det er vigtigt at sætte ind overfor dårlig mental sundhed hos børn og unge, da nogle ellers er i risiko for at udvikle egentlige psykiske lidelser. Dette gælder især de børn og unge, som i forvejen er i en udsat position.",
                ],
                lead: "Sikring af mental sundhed handler desuden om:",
                points: [
                    "at der sættes ind med nyeste viden og metoder til at opspore og hjælpe børn og unge med dårlig mental sundhed",
                    "at der arbejdes med børn og unges selvbillede og realistiske kropsidealer",
                    "at der er opmærksomhed på børn og unges online liv og de sociale interaktioner, der udspiller sig her",
                    "at børn og unge har adgang til lettilgængelige, åbne tilbud, hvor de uden visitation kan modtage rådgivning og evt. tale med andre børn og unge om deres problemstillinger.",
                ]
            ),
            PolicyTheme(
                title: "Samarbejde med civilsamfundet",
                about: [
                    "Norddjurs Kommune har de seneste år haft fokus på, hvordan civilsamfundet i højere grad kan bidrage til at skabe velfærd og inkluderende fællesskaber for udsatte børn, unge og familier. I dag har vi flere velfungerende samarbejdsaftaler med virksomheder, kulturinstitutioner og lokale foreninger, som løfter vigtige og værdifulde indsats for målgruppen. Det i forvejen stærke samarbejde skal i de kommende år vedligeholdes og udfoldes yderligere.",
                ]
            ),
        ],
        indicators: [.generalSettings, .specialised, .leisureParticipation]
    )
}
