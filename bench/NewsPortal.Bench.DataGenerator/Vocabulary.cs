namespace NewsPortal.Bench.DataGenerator;

/// <summary>
/// The words stories are made of. Listed roughly from most to least used, because words are drawn with a Zipf-like
/// skew: a few words fill most of the text, as in real copy, which gives search realistic posting-list sizes.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Words = Split("""
        the of and to in a said on that for is with was by it as at from has be have will are its an he
        not this which but were after also they had his their been or more than would who one two about over could up all
        government minister president country new year people officials week told last first state
        support security talks war international meeting according other under against three since into defence
        military city region national public some when forces report help energy company plan billion percent
        million price prices market economy budget law parliament court police election vote party leader leaders
        agreement sanctions attack attacks drone drones missile strike power grid water hospital school children
        families residents workers farmers students companies investment exports imports trade grain gas oil coal
        electricity nuclear plant station bridge road railway airport port border frontline front line troops
        soldiers army navy air force units brigade commander general staff ministry foreign affairs health education
        finance justice culture sport science technology research university data digital online internet
        network cyber service services system reform reforms programme project projects fund funds aid loan loans
        bank banks central inflation rate rates growth decline increase decrease record figures statistics survey
        analysts experts observers sources spokesperson statement interview conference summit visit delegation
        partners allies union european american british french german polish japanese chinese canadian
        negotiations ceasefire peace humanitarian relief shelter evacuation rescue emergency damage repair
        reconstruction rebuild restore housing homes buildings infrastructure transport logistics supply supplies
        equipment weapons ammunition shells vehicles tanks aircraft helicopters ships satellites radar systems
        production factory factories industry industrial manufacturing output harvest season weather winter summer
        spring autumn temperature heating cooling shortage shortages outage outages schedule schedules capacity
        generation renewable solar wind batteries storage transmission lines substation consumers households
        tariffs subsidies taxes revenue spending deficit debt bonds investors shares stock exchange currency
        hryvnia dollar euro exchange reserves lending mortgage property construction contract contracts tender
        procurement corruption investigation investigators prosecutor charges suspect suspects arrested detained
        sentence verdict appeal ruling judges lawyers rights freedom media journalists press broadcast television
        radio newspaper festival exhibition museum theatre film music concert book library heritage history
        monument church community volunteers donations charity hospital doctors nurses patients treatment vaccine
        disease medicine pharmacy insurance pension pensions salary wages jobs employment unemployment labour
        migration refugees displaced returning returned citizens population census village villages district
        regional local council mayor governor administration deputy head chairman director chief executive board
        committee commission agency office department authority authorities institutions institution initiative
        strategy policy decision decisions resolution document draft bill amendment amendments approval approved
        signed adopted announced confirmed reported noted stressed added explained emphasised warned expected
        planned launched opened closed completed continued started began remains remained became increased fell
        rose reached exceeded expanded reduced cut raised allocated received delivered provided transferred
        """).Distinct().ToArray();

    /// <summary>Places, people and topics the newsroom tags stories with; combined to give about 300 tags.</summary>
    public static readonly string[] Places = Split("""
        Kyiv Kharkiv Odesa Lviv Dnipro Zaporizhzhia Mykolaiv Kherson Sumy Chernihiv Poltava Vinnytsia Zhytomyr
        Rivne Lutsk Ternopil Uzhhorod Chernivtsi Cherkasy Kropyvnytskyi Donetsk Luhansk Crimea Donbas Brussels
        Warsaw Berlin Paris London Washington Vienna Prague Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen
        Rome Madrid Lisbon Ankara Bucharest Budapest Bratislava Chisinau Tbilisi Tokyo Beijing Ottawa Geneva
        """);

    public static readonly string[] People = Split("""
        Zelensky Shmyhal Sybiha Umerov Svyrydenko Kuleba Yermak Stefanchuk Klitschko Syrskyi Budanov Malyuk
        Lubinets Marchenko Pyshnyi Kubilius Kallas Rutte Costa Scholz Merz Macron Starmer Tusk Duda Sikorski
        Nauseda Stubb Kristersson Frederiksen Meloni Sanchez Erdogan Fico Orban Sandu Ishiba Trudeau Carney
        Kellogg Witkoff Rubio Blinken Guterres Grossi Georgieva Lagarde Metsola Borrell
        """);

    public static readonly string[] Topics = Split("""
        energy defence economy sanctions diplomacy agriculture grain trade finance banking budget taxes health
        education science technology cyber culture sport football tennis boxing athletics weather ecology
        transport railways aviation shipping infrastructure reconstruction housing humanitarian refugees
        prisoners exchange corruption courts elections parliament reforms NATO EU IMF UN IAEA OSCE drones
        artillery airdefence navy mobilisation veterans demining nuclear gas oil electricity heating
        investment startups industry metallurgy automotive pharmaceuticals media religion history
        """);

    public static readonly string[] Sections = ["Ukraine", "World", "Politics", "Economy", "War", "Business", "Technology", "Society", "Culture", "Sport", "Health"];

    /// <summary>How often each section is used, most used first, in the same order as <see cref="Sections"/>.</summary>
    public static readonly int[] SectionWeights = [30, 18, 14, 10, 10, 6, 4, 3, 2, 2, 1];

    public static readonly string[] Photographers = Split("""
        Olena Ivanenko, Taras Kovalenko, Maria Shevchenko, Andrii Bondarenko, Iryna Tkachenko, Oleh Kravets,
        Natalia Melnyk, Serhii Boiko, Yulia Moroz, Dmytro Lysenko
        """, ',');

    public static readonly string[] Agencies = ["Interfax-Ukraine", "Ukrinform", "Reuters", "AP", "AFP", "EPA"];

    /// <summary>A search for two content words, neither rare nor everywhere: a typical reader's query.</summary>
    public const string SampleSearch = "heating schedule";

    private static string[] Split(string text, char separator = ' ') =>
        text.Split([separator, '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
