import Foundation
/// Passwords and words that are tried first: the most used passwords in leaked lists, keyboard
/// walks, and Danish words and names people build passwords from. Lower case; compared with the
/// whole password and with its stem (the password without digits and signs at its ends).
enum CommonPasswords {
    static let all: [String] = [
        // The most used passwords, as typed.
        "123456789012", "1234567890123", "12345678901234", "123123123123", "111111111111", "000000000000",
        "121212121212", "123412341234", "098765432109", "147258369147", "987654321098", "112233445566",
        "password1234", "password12345", "password123456", "passw0rd1234", "p@ssw0rd1234", "password2024",
        "password2025", "password2026", "qwertyuiop12", "qwerty123456", "qwertyuiopå", "qwertyuiopasdf",
        "1qaz2wsx3edc", "1q2w3e4r5t6y", "zaq12wsxcde3", "asdfghjkl123", "asdfghjklæø", "zxcvbnm12345",
        "iloveyou1234", "letmein12345", "welcome12345", "welcome2024!", "changeme1234",
        "admin1234567", "trustno1trustno1", "abc123abc123", "1234qwerasdf", "qwer1234asdf", "qazwsxedcrfv",
        "passwordpassword", "adgangskode1", "adgangskode123", "kodeord12345", "sommer2024!!", "vinter2025!!",
        // Words that commonly make the stem of a password.
        "password", "passwort", "passord", "passw0rd", "p@ssw0rd", "p@ssword", "pass", "qwerty", "qwertz",
        "azerty", "asdf", "asdfgh", "asdfghjkl", "zxcvbnm", "qwertyuiop", "letmein", "welcome", "iloveyou",
        "admin", "administrator", "root", "login", "changeme", "secret", "master", "monkey", "dragon",
        "shadow", "sunshine", "princess", "football", "baseball", "soccer", "superman", "batman", "starwars",
        "pokemon", "computer", "internet", "michael", "jennifer", "charlie", "freedom", "whatever", "trustno",
        "hello", "hellohello", "test", "testtest", "tester", "guest", "default", "access", "mustang",
        "liverpool", "chelsea", "arsenal", "barcelona", "matrix", "summer", "winter", "spring", "autumn",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "friday", "ilovehim", "iloveher", "lovely", "loveyou", "babygirl",
        "flower", "cookie", "chocolate", "cheese", "pepper", "ginger", "butterfly", "killer", "hunter",
        "ranger", "tigger", "jordan", "harley", "thomas", "daniel", "andrew", "robert", "jessica",
        "ashley", "nicole", "hannah", "samsung", "apple", "google", "microsoft", "windows", "linux",
        "company", "office", "system", "server", "database", "security", "abcdef", "abcdefg", "abcdefgh",
        "qazwsx", "zaq1xsw2", "1qaz2wsx",
        // Danish words, places and the workplace.
        "adgangskode", "kodeord", "kode", "hemmelig", "hemmeligt", "velkommen", "sommer", "vinter", "foraar",
        "forår", "efterår", "efteraar", "januar", "februar", "marts", "maj", "juni", "juli", "oktober",
        "mandag", "fredag", "jul", "glædeligjul", "godjul", "danmark", "denmark", "dannebrog", "københavn",
        "kobenhavn", "aarhus", "århus", "odense", "aalborg", "grenaa", "grenå", "norddjurs", "djursland",
        "jylland", "kommune", "kommunen", "borger", "rådgiver", "raadgiver", "socialrådgiver", "familie",
        "børn", "born", "barn", "skole", "sagsbehandler", "medarbejder", "spor", "sporspor", "kærlighed",
        "elskerdig", "jegelskerdig", "hejmeddig", "hejsa", "hejhej", "fodbold", "håndbold", "haandbold",
        "brøndby", "brondby", "fckøbenhavn", "agf", "fcm", "kanin", "hund", "hunden", "katten", "mormor",
        "morfar", "farmor", "farfar", "mor", "far", "mette", "hanne", "susanne", "lars", "jens", "peter",
        "søren", "soren", "mikkel", "frederik", "sofie", "emma", "ida", "anders", "kasper", "rasmus",
        "lego", "carlsberg", "tuborg", "hygge", "øl", "rødgrødmedfløde",
    ]
}
