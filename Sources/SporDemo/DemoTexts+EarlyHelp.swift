import SporDomain

/// Texts for consultations, early-help notes and network meetings. They name no one.
extension DemoTexts {
    static let consultationQuestions = [
        "@ virker trist og har svært ved at være i fællesskabet. Skal vi gøre mere, end vi gør?",
        "Vi er bekymrede for fraværet. Hvordan tager vi samtalen med forældrene?",
        "@ har fortalt om mange konflikter derhjemme. Er det nok til en underretning?",
        "Forælderen virker meget presset. Hvilke tilbud kan vi pege på uden en sag?",
        "@ er ofte sulten og træt. Hvad er næste skridt?",
    ]
    static let consultationAdvice = [
        "Tal med forældrene om bekymringen og tilbyd et netværksmøde.",
        "Brug bekymringsskalaen sammen med forældrene, og følg op om to uger.",
        "Ikke grundlag for underretning endnu; indkald til netværksmøde med § og forældrene.",
        "Henvis til Familiehusets åbne rådgivning; ring igen, hvis bekymringen vokser.",
        "Underret, hvis bekymringen består efter mødet – helst dialogbaseret.",
    ]
    static let earlyHelpNotes = [
        "Samtale med forælderen om døgnrytme og skolegang; aftalt at tale igen om tre uger.",
        "Forælderen er henvist til forældregruppe i Familiehuset.",
        "@ har fået en fast voksen i skolen at gå til; opfølgning med læreren aftalt.",
        "Kort forløb med familierådgivning uden sag; familien oplever fremgang.",
        "Telefonsamtale med forælderen; bekymringen er aftaget, vi følger op ved næste møde.",
    ]
    static let meetingWorries = [
        "Fraværet er steget, og § trækker sig fra kammeraterne.",
        "Der er mange konflikter i hjemmet, og § bærer meget af det.",
        "@ kommer ofte træt og uden mad og har svært ved at koncentrere sig.",
        "Forælderen er presset og har svært ved at få hverdagen til at hænge sammen.",
    ]
    static let meetingWorkingWell = [
        "@ har en god relation til sin kontaktlærer og en fast ven.",
        "Forældrene er åbne og vil gerne samarbejde.",
        "Bedsteforældrene hjælper gerne med hente og bringe.",
        "@ er glad for sin fritidsaktivitet og kommer der fast.",
    ]
    static let meetingNeeds = [
        "En plan for fremmøde og en fast voksen i skolen.",
        "Støtte til forældrene i at skabe faste rammer.",
        "Netværket tager en større del af hverdagen de næste uger.",
        "Et nyt møde om fire uger for at se, om det virker.",
    ]
    static let agreedActions = [
        "Ringe hjem ved fravær samme dag",
        "Tale med § om, hvordan det går i klassen",
        "Undersøge plads i en gruppe i Familiehuset",
        "Indkalde til opfølgende netværksmøde",
        "Aftale en fast morgenrutine med forælderen",
        "Give tilbagemelding til forældrene om trivslen",
    ]
    static let houseWorries = ["At mor og far skændes.", "At jeg ikke har nogen at være sammen med.", "Når jeg kommer for sent."]
    static let houseGood = ["Min ven i klassen.", "Fodbold om tirsdagen.", "Når mormor henter mig."]
    static let houseDreams = ["At der er ro derhjemme.", "At blive bedre til at læse.", "At få en kammerat at lege med."]
}
