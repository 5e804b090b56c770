/// Name lists for generated people: common Danish first names and surnames, combined at random.
/// No list holds a whole name, so no generated person is meant to be anyone real.
enum DemoNames {
    static let girls = [
        "Ida", "Emma", "Alma", "Ella", "Sofia", "Freja", "Agnes", "Clara", "Karla", "Olivia",
        "Anna", "Laura", "Josefine", "Alberte", "Nora", "Lily", "Ellie", "Asta", "Frida", "Luna",
        "Mathilde", "Caroline", "Sofie", "Maja", "Isabella", "Emilie", "Signe", "Liva", "Marie", "Aya",
        "Vigga", "Esther", "Ronja", "Saga", "Selma", "Lærke", "Victoria", "Cecilie", "Nanna", "Julie",
        "Astrid", "Molly", "Filippa", "Andrea", "Thea", "Naja", "Silje", "Malou", "Rosa", "Zara",
    ]

    static let boys = [
        "William", "Noah", "Oscar", "Lucas", "Carl", "Oliver", "Malthe", "Alfred", "Emil", "Valdemar",
        "Aksel", "Elias", "Magnus", "Frederik", "Victor", "August", "Arthur", "Felix", "Anton", "Villads",
        "Theo", "Liam", "Mikkel", "Mads", "Jonas", "Rasmus", "Christian", "Mathias", "Sebastian", "Tobias",
        "Gustav", "Storm", "Hugo", "Johan", "Vincent", "Bertram", "Marius", "Otto", "Viggo", "Albert",
        "Benjamin", "Adam", "Konrad", "Sigurd", "Laurits", "Jakob", "Nohr", "Asger", "Ali", "Yusuf",
    ]

    static let women = [
        "Mette", "Anne", "Camilla", "Louise", "Maria", "Line", "Sara", "Stine", "Trine", "Pernille",
        "Rikke", "Helle", "Tina", "Heidi", "Lene", "Susanne", "Charlotte", "Christina", "Katrine", "Marianne",
        "Sanne", "Lone", "Dorthe", "Jeanette", "Gitte", "Mia", "Sandra", "Cecilie", "Janni", "Bettina",
        "Malene", "Nina", "Tanja", "Anja", "Karina", "Hanne", "Bente", "Lise", "Ditte", "Fatima",
    ]

    static let men = [
        "Anders", "Thomas", "Martin", "Søren", "Jesper", "Henrik", "Michael", "Lars", "Peter", "Jens",
        "Morten", "Kasper", "Jacob", "Niels", "Brian", "Kenneth", "Claus", "Rune", "Allan", "Steffen",
        "Kim", "Jan", "Bo", "Nicolai", "Dennis", "René", "Jimmi", "Per", "Ole", "Torben",
        "Simon", "Daniel", "Jonas", "Kristian", "Frank", "Carsten", "Jannik", "Ulrik", "Mohammed", "Tomasz",
    ]

    static let surnames = [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen",
        "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen",
        "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Vestergaard", "Mogensen",
        "Nissen", "Lauridsen", "Østergaard", "Kjær", "Jepsen", "Bach", "Dam", "Damgaard", "Skov", "Bisgaard",
        "Overgaard", "Bak", "Juhl", "Brandt", "Hedegaard", "Nørgaard", "Ali", "Nowak", "Yilmaz", "Hussein",
    ]

    static func adult(_ rng: inout SeededRandom, female: Bool) -> String {
        rng.pick(female ? women : men)
    }
}
