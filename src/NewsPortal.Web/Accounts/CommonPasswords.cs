using System.Collections.Frozen;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// The words behind the passwords most often found in leaked lists, and the newsroom's own, in lower case and letters
/// only: GuessablePasswords compares them with what is left of a password once digits and symbols are taken out, so
/// "password1234", "2024Password!" and "p@ssw0rd" all meet "password" here.
/// </summary>
internal static class CommonPasswords
{
    public static readonly FrozenSet<string> Words = new[]
    {
        // Passwords and what sites ask for
        "password", "passwd", "passw", "pass", "passwort", "motdepasse", "contrasena", "senha", "parola", "parol", "haslo",
        "wachtwoord", "salasana", "losenord", "пароль", "secret", "private", "letmein", "welcome", "changeme", "default",
        "login", "logon", "signin", "access", "admin", "administrator", "root", "user", "username", "guest", "test",
        "testing", "temp", "master", "trustno", "iloveyou", "whatever", "nothing", "unknown", "hello", "hellothere", "abc",
        "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "aaa", "qwe", "asd", "zxc", "qwerty", "qwertz", "azerty", "qwertyu",
        "qwertyui", "qwertyuiop", "asdf", "asdfg", "asdfgh", "asdfghjkl", "zxcv", "zxcvb", "zxcvbn", "zxcvbnm", "qazwsx",
        "zaqwsx", "zaqxsw", "qweasd", "qweasdzxc", "йцукен", "йцукенг", "фывапро", "фівапро",
        // The newsroom's own
        "news", "newsroom", "newspaper", "newsdesk", "journalist", "journalism", "reporter", "editor", "editorial", "press",
        "media", "headline", "headlines", "deadline", "breaking", "breakingnews", "story", "article", "publish", "publisher",
        "column", "columnist", "office", "company", "manager", "marketing", "business", "service", "support", "server",
        "system", "network", "security", "database", "computer", "internet", "website", "online", "google", "facebook",
        "microsoft", "windows", "linux", "apple", "samsung", "iphone", "android",
        // Places and calendar
        "kyiv", "kiev", "ukraine", "slavaukraini", "london", "paris", "berlin", "newyork", "america", "england", "canada",
        "australia", "germany", "france", "poland", "europe", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter", "christmas", "birthday",
        // Long-standing favourites of leaked lists
        "monkey", "dragon", "football", "baseball", "soccer", "hockey", "basketball", "golf", "tennis", "sunshine",
        "princess", "shadow", "superman", "batman", "spiderman", "starwars", "pokemon", "michael", "jennifer", "jordan",
        "hunter", "ranger", "buster", "thomas", "robert", "charlie", "daniel", "jessica", "ashley", "michelle", "andrew",
        "joshua", "matthew", "nicole", "anthony", "william", "george", "freedom", "liberty", "justice", "love", "lovely",
        "lover", "loveme", "iloveu", "baby", "babygirl", "angel", "angels", "sweety", "sweetheart", "honey", "darling",
        "family", "friends", "forever", "together", "flower", "cheese", "chocolate", "cookie", "banana", "orange", "pepper",
        "ginger", "maggie", "tigger", "purple", "yellow", "silver", "golden", "diamond", "killer", "mustang", "harley",
        "corvette", "ferrari", "porsche", "mercedes", "liverpool", "chelsea", "arsenal", "barcelona", "juventus",
        "metallica", "nirvana", "matrix", "merlin", "wizard", "pirate", "ninja", "phoenix", "alpha", "omega",
        "blink", "money", "rockyou", "zaq", "qaz",
    }.ToFrozenSet(StringComparer.Ordinal);
}
