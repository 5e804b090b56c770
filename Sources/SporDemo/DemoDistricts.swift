/// The five districts (områder) of the demo municipality and the institutions in them.
struct DemoDistrict: Sendable {
    let name: String
    /// The name without "Område", for team names.
    let shortName: String
    /// Share of the municipality's children living here.
    let share: Double
    let schools: [String]
    let daycares: [String]
}

enum DemoPlaces {
    static let districts: [(name: String, shortName: String, share: Double)] = [
        ("Område Grenaa", "Grenaa", 0.40),
        ("Område Auning", "Auning", 0.18),
        ("Område Allingåbro", "Allingåbro", 0.15),
        ("Område Ørsted", "Ørsted", 0.14),
        ("Område Glesborg", "Glesborg", 0.13),
    ]

    static let schoolStems = [
        "Skovbrynets", "Engdalens", "Kildebakkens", "Møllevangens", "Lærkehøjens", "Fjordglimtets",
        "Strandengens", "Egebjergets", "Bøgelundens", "Havblikkets", "Granhøjens", "Vibeengens",
        "Kløvermarkens", "Fyrrelundens", "Lyngbakkens", "Rosenhavens", "Vestervangs", "Birkelys",
    ]

    static let daycareForms = ["Børnehuset", "Vuggestuen", "Naturbørnehaven", "Børnegården"]
    static let daycareAnimals = [
        "Mågen", "Egernet", "Mariehønen", "Myretuen", "Sommerfuglen", "Pindsvinet", "Uglen", "Spurven",
        "Bien", "Frøen", "Krabben", "Sælen", "Rådyret", "Ræven", "Musvågen", "Solsorten", "Viben",
        "Havørnen", "Hjorten", "Sneglen", "Tudsen", "Grævlingen", "Stæren", "Lærken",
    ]

    /// For 17–22-year-olds; the whole municipality shares them.
    static let youthEducations = [
        "Kystens Gymnasium", "Havnens Erhvervsskole", "Produktionsskolen Fyrtårnet",
        "HF-kurset Strandvejen", "Handelsskolen Møllen", "Landbrugsskolen Agerlyst",
    ]

    /// Unique generated school names, in order: "Skovbrynets Skole", …, then "…, afd. 2" if needed.
    static func schoolName(_ n: Int) -> String {
        let stem = schoolStems[n % schoolStems.count]
        let round = n / schoolStems.count
        return round == 0 ? "\(stem) Skole" : "\(stem) Skole, afd. \(round + 1)"
    }

    /// Unique generated daycare names: "Børnehuset Mågen", "Vuggestuen Egernet", …
    static func daycareName(_ n: Int) -> String {
        let animal = daycareAnimals[n % daycareAnimals.count]
        let form = daycareForms[(n / daycareAnimals.count + n) % daycareForms.count]
        let round = n / (daycareAnimals.count * daycareForms.count)
        return round == 0 ? "\(form) \(animal)" : "\(form) \(animal) \(round + 1)"
    }
}
