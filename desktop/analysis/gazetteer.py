"""Small name lists that correct the entity recogniser where it is weakest.

The small English model misses or mislabels names it has rarely seen: it calls "Yann Ducasse"
an organisation, "Surrey" a person, and never tags "Uefa" or "Newsweek". These lists are
general knowledge (countries, states, large cities, common given names, well-known bodies),
written for this project; they are consulted only to *type* or *confirm* a capitalised name
the grammar already marks as a proper noun, never to find names inside ordinary words.
"""
from __future__ import annotations


def _names(block: str) -> frozenset[str]:
    return frozenset(line.strip() for line in block.split(";") if line.strip())


COUNTRIES = _names("""
Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda; Argentina; Armenia;
Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium;
Belize; Benin; Bhutan; Bolivia; Bosnia and Herzegovina; Bosnia; Botswana; Brazil; Brunei;
Bulgaria; Burkina Faso; Burundi; Cabo Verde; Cape Verde; Cambodia; Cameroon; Canada;
Central African Republic; Chad; Chile; China; Colombia; Comoros; Congo; Costa Rica; Croatia;
Cuba; Cyprus; Czechia; Czech Republic; Denmark; Djibouti; Dominica; Dominican Republic;
Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea; Estonia; Eswatini; Swaziland;
Ethiopia; Fiji; Finland; France; Gabon; Gambia; Georgia; Germany; Ghana; Greece; Greenland;
Grenada; Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti; Honduras; Hong Kong; Hungary;
Iceland; India; Indonesia; Iran; Iraq; Ireland; Israel; Italy; Ivory Coast; Jamaica; Japan;
Jordan; Kazakhstan; Kenya; Kiribati; Kosovo; Kuwait; Kyrgyzstan; Laos; Latvia; Lebanon;
Lesotho; Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Macau; Madagascar; Malawi;
Malaysia; Maldives; Mali; Malta; Mauritania; Mauritius; Mexico; Micronesia; Moldova; Monaco;
Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Burma; Namibia; Nauru; Nepal;
Netherlands; Holland; New Zealand; Nicaragua; Niger; Nigeria; North Korea; North Macedonia;
Macedonia; Norway; Oman; Pakistan; Palau; Palestine; Panama; Papua New Guinea; Paraguay;
Peru; Philippines; Poland; Portugal; Puerto Rico; Qatar; Romania; Russia; Rwanda; Samoa;
San Marino; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone; Singapore; Slovakia;
Slovenia; Solomon Islands; Somalia; South Africa; South Korea; South Sudan; Spain;
Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania;
Thailand; Timor-Leste; East Timor; Togo; Tonga; Trinidad and Tobago; Tunisia; Turkey;
Türkiye; Turkmenistan; Tuvalu; Uganda; Ukraine; United Arab Emirates; United Kingdom;
United States; Uruguay; Uzbekistan; Vanuatu; Vatican; Venezuela; Vietnam; Yemen; Zambia;
Zimbabwe; England; Scotland; Wales; Northern Ireland; Britain; Great Britain
""")

REGIONS = _names("""
American Samoa; Anguilla; Aruba; Bermuda; Cayman Islands; Cook Islands; Curaçao; Falkland Islands;
Faroe Islands; French Guiana; French Polynesia; Gibraltar; Guadeloupe; Guam; Guernsey; Isle of Man;
Macau; Macao; Martinique; Montserrat; New Caledonia; Northern Mariana Islands; Réunion; Saint Kitts and Nevis;
Saint Lucia; Saint Vincent and the Grenadines; Sao Tome and Principe; Turks and Caicos Islands;
British Virgin Islands; US Virgin Islands; Western Sahara; Vatican City; Democratic Republic of Congo;
Republic of Ireland; Somaliland; Transnistria; Abkhazia; Zanzibar;
Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida;
Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland;
Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada;
New Hampshire; New Jersey; New Mexico; New York; North Carolina; North Dakota; Ohio;
Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee;
Texas; Utah; Vermont; Virginia; Washington; West Virginia; Wisconsin; Wyoming;
British Columbia; New Brunswick; Nova Scotia; Nunavut; Prince Edward Island; Saskatchewan;
Alberta; Newfoundland; Labrador; Manitoba; Ontario; Quebec; Yukon;
New South Wales; Queensland; Tasmania; Western Australia; South Australia; Northern Territory;
Bavaria; Saxony; Catalonia; Andalusia; Basque Country; Galicia; Lombardy; Sicily; Sardinia;
Tuscany; Brittany; Normandy; Provence; Corsica; Flanders; Wallonia; Siberia; Chechnya;
Crimea; Donbas; Kashmir; Punjab; Bengal; Tibet; Xinjiang; Kurdistan; Darfur; Gaza; West Bank;
Golan Heights; Sinai; Patagonia; Sahara; Sahel; Balkans; Caucasus; Scandinavia;
Ulster; Connacht; Cornwall; Devon; Dorset; Somerset; Wiltshire; Hampshire; Surrey; Sussex; Kent; Essex; Suffolk;
Norfolk; Cambridgeshire; Oxfordshire; Berkshire; Buckinghamshire; Hertfordshire; Bedfordshire;
Northamptonshire; Leicestershire; Lincolnshire; Nottinghamshire; Derbyshire; Staffordshire;
Warwickshire; Worcestershire; Herefordshire; Gloucestershire; Shropshire; Cheshire;
Lancashire; Yorkshire; Cumbria; Northumberland; Durham; Merseyside; Teesside; Tyneside;
Greater Manchester; West Midlands; East Anglia; Home Counties; Highlands; Fife; Lothian;
Ayrshire; Aberdeenshire; Argyll; Anglesey; Gwynedd; Powys; Pembrokeshire; Ceredigion;
Europe; Asia; Africa; North America; South America; Latin America; Oceania; Antarctica;
Arctic; Middle East; Far East; Mediterranean; Caribbean; Pacific; Atlantic; Baltic;
Silicon Valley; Wall Street; Westminster; Whitehall; Downing Street; Capitol Hill
""")

CITIES = _names("""
London; Paris; Berlin; Madrid; Rome; Lisbon; Dublin; Brussels; Amsterdam; The Hague;
Rotterdam; Vienna; Prague; Budapest; Warsaw; Krakow; Bucharest; Sofia; Athens; Belgrade;
Zagreb; Ljubljana; Bratislava; Kyiv; Kiev; Minsk; Moscow; St Petersburg; Riga; Tallinn;
Vilnius; Helsinki; Stockholm; Oslo; Copenhagen; Reykjavik; Bern; Geneva; Zurich; Basel;
Munich; Hamburg; Frankfurt; Cologne; Stuttgart; Dusseldorf; Leipzig; Dresden; Milan; Naples;
Turin; Florence; Venice; Genoa; Bologna; Barcelona; Valencia; Seville; Bilbao; Porto; Lyon;
Marseille; Toulouse; Nice; Bordeaux; Lille; Strasbourg; Nantes; Monte Carlo; Istanbul; Ankara;
Izmir; Tbilisi; Yerevan; Baku; Tehran; Baghdad; Basra; Mosul; Damascus; Aleppo; Beirut;
Amman; Jerusalem; Tel Aviv; Riyadh; Jeddah; Mecca; Medina; Dubai; Abu Dhabi; Doha; Kuwait City;
Muscat; Sanaa; Aden; Cairo; Alexandria; Tripoli; Benghazi; Tunis; Algiers; Rabat; Casablanca;
Marrakesh; Khartoum; Addis Ababa; Nairobi; Mombasa; Kampala; Kigali; Dar es Salaam; Lagos;
Abuja; Accra; Dakar; Bamako; Kinshasa; Luanda; Harare; Lusaka; Johannesburg; Pretoria;
Cape Town; Durban; Mogadishu; Kabul; Kandahar; Islamabad; Karachi; Lahore; Delhi; New Delhi;
Mumbai; Kolkata; Chennai; Bangalore; Bengaluru; Hyderabad; Dhaka; Colombo; Kathmandu;
Beijing; Shanghai; Guangzhou; Shenzhen; Wuhan; Chengdu; Hong Kong; Taipei; Seoul; Pyongyang;
Tokyo; Osaka; Kyoto; Hiroshima; Manila; Jakarta; Bali; Singapore; Kuala Lumpur; Bangkok;
Hanoi; Ho Chi Minh City; Phnom Penh; Yangon; Sydney; Melbourne; Brisbane; Perth; Adelaide;
Canberra; Darwin; Hobart; Auckland; Wellington; Christchurch; Ottawa; Toronto; Montreal;
Vancouver; Calgary; Edmonton; Winnipeg; Halifax; Quebec City; New York City; Los Angeles;
Chicago; Houston; Phoenix; Philadelphia; San Antonio; San Diego; Dallas; San Francisco;
Seattle; Boston; Miami; Atlanta; Denver; Detroit; Las Vegas; Baltimore; Pittsburgh;
Cleveland; Minneapolis; St Louis; New Orleans; Nashville; Austin; Portland; Sacramento;
Honolulu; Anchorage; Boulder; Mexico City; Havana; Bogota; Caracas; Lima; Quito; Santiago;
Buenos Aires; Montevideo; Asuncion; La Paz; Brasilia; Rio de Janeiro; Sao Paulo;
Manchester; Birmingham; Liverpool; Leeds; Sheffield; Bristol; Newcastle; Nottingham;
Leicester; Coventry; Bradford; Southampton; Portsmouth; Plymouth; Brighton; Oxford;
Cambridge; Reading; Bath; Exeter; Gloucester; Worcester; Hereford; Derby; Stoke; Wolverhampton;
Sunderland; Middlesbrough; Hull; York; Lincoln; Norwich; Ipswich; Northampton; Luton;
Milton Keynes; Swindon; Cheltenham; Canterbury; Dover; Blackpool; Bolton; Wigan; Preston;
Blackburn; Carlisle; Chester; Crewe; Huddersfield; Twickenham; Wimbledon; Wembley;
Edinburgh; Glasgow; Aberdeen; Dundee; Inverness; Stirling; Perth; Cardiff; Swansea; Newport;
Wrexham; Belfast; Londonderry; Derry; Cork; Galway; Limerick
""")

# Towns that make national news in Britain and Ireland beyond the large cities above; towns
# that are also common surnames or words (Preston, Lincoln, Reading, Paisley) are left out, as
# a lone surname would otherwise become a place.
TOWNS = _names("""
Basingstoke; Shrewsbury; Cheltenham; Swindon; Slough; Guildford; Woking; Horsham; Maidstone;
Canterbury; Folkestone; Margate; Eastbourne; Bournemouth; Weymouth; Torquay; Torbay; Truro;
Penzance; Barnstaple; Yeovil; Chelmsford; Colchester; Basildon; Southend; Stevenage; Watford;
St Albans; Hemel Hempstead; Aylesbury; High Wycombe; Northampton; Peterborough; Bury St Edmunds;
Lowestoft; Great Yarmouth; King's Lynn; Doncaster; Rotherham; Barnsley; Huddersfield; Harrogate;
Hartlepool; Middlesbrough; Blackpool; Burnley; Wigan; Warrington; Stockport; Rochdale;
Macclesfield; Walsall; Wolverhampton; Solihull; Coventry; Leamington Spa; Stratford-upon-Avon;
Bicester; Henley-on-Thames; Maidenhead; Balmoral; Dumfries; Kilmarnock; Falkirk; Kirkcaldy;
Dunfermline; St Andrews; Fort William; Lerwick; Stornoway; Aberystwyth; Llandudno; Merthyr Tydfil;
Bridgend; Llanelli; Carmarthen; Armagh; Omagh; Enniskillen; Newry; Lisburn; Ballymena; Dundalk;
Drogheda; Kilkenny; Waterford; Wexford; Sligo; Killarney
""")

# Rivers, seas, mountains and regions of the world: places the model often leaves untagged.
FEATURES = _names("""
Rio Grande; Urals; Ural Mountains; Thames; River Thames; Severn; Nile; Danube; Rhine; Seine;
Volga; Yangtze; Ganges; Mekong; Euphrates; Tigris; Zambezi; Congo River; Alps; Himalayas; Andes;
Rockies; Rocky Mountains; Pyrenees; Appalachians; Sahara; Gobi; Mediterranean; Atlantic; Pacific;
Arctic; Antarctic; Antarctica; Gulf of Mexico; Persian Gulf; Red Sea; Black Sea; Caspian Sea;
Baltic; Baltic Sea; North Sea; Irish Sea; English Channel; Caribbean; South China Sea;
Mount Everest; Everest; Kilimanjaro; Lake Victoria; Great Barrier Reef; Grand Canyon; Siberia;
Patagonia; Balkans; Caucasus; Scandinavia; Middle East; Horn of Africa; Sahel
""")

PLACES = COUNTRIES | REGIONS | CITIES | TOWNS | FEATURES

# Bodies and outlets the small model rarely tags ("Uefa said", "told Newsweek").
KNOWN_ORGANISATIONS = _names("""
Twitter; Facebook; Instagram; YouTube; TikTok; WhatsApp; Telegram; LinkedIn; Reddit; Snapchat;
Google; Apple; Microsoft; Amazon; Netflix; Wikipedia; Wikinews; Meta; Tesla; SpaceX; Nasa;
Uefa; Fifa; Nato; Opec; Unesco; Unicef; Interpol; Europol; Ofcom; Ofsted; Ofgem; Ofwat; Acas;
Reuters; Bloomberg; Newsweek; Politico; Axios; Sky News; Al Jazeera; CNN; BBC; ITV; NPR;
Associated Press; Agence France-Presse; AFP; Xinhua; Tass; Interfax; Yonhap; Kyodo;
Symantec; Oracle; IBM; Intel; Samsung; Sony; Nokia; Ericsson; Huawei; Alibaba; Tencent;
Boeing; Airbus; Toyota; Volkswagen; Siemens; Shell; BP; Exxon; Gazprom; Rosneft; Aramco;
BBC One; BBC Two; BBC1; BBC2; BBC Radio 4; Radio 4; Radio 5 Live; Five Live; BBC News 24;
BBC Radio Five Live; BBC Radio 5 Live; BBC Radio 2; BBC Radio Scotland; BBC Radio Wales; BBC World Service;
ITN; Channel 4; Channel 5; Sky Sports; ABC; NBC; CBS; Fox News; MSNBC; PBS; CNBC; C-SPAN;
Deutsche Welle; France 24; Euronews; NHK; CBC; RTE; SABC; Press Association;
The Lancet; Lancet; PLOS One; BMJ; JAMA; New England Journal of Medicine;
Rio Tinto; BHP Billiton; BHP; Saudi Aramco; Glencore; Petrobras; ArcelorMittal; Arcelor;
Time Warner; AOL; Yahoo; Ask Jeeves; Vodafone; BT; Tesco; Sainsbury's; Marks & Spencer;
Unilever; Nestle; Pfizer; GlaxoSmithKline; AstraZeneca; Novartis; Lockheed Martin;
Nissan; General Motors; Chrysler; Renault; Peugeot; Fiat; BMW; Daimler; Walmart;
Goldman Sachs; Morgan Stanley; JP Morgan; Barclays; HSBC; Lloyds; NatWest; Deutsche Bank;
Jehovah's Witnesses;
House of Commons; House of Lords;
Premier League; Premiership; Zurich Premiership; Football League; Scottish Premier League; SPL; La Liga;
Serie A; Bundesliga; Ligue 1; Eredivisie; Celtic League; Super League; NBA; NFL; NHL; MLB; MLS
""")

# Sports clubs whose names are not simply a place ("Everton" tagged PERSON, "Hearts" PERSON).
CLUBS = _names("""
Arsenal; Chelsea; Everton; Tottenham; Tottenham Hotspur; Spurs; Aston Villa; Manchester United;
Manchester City; Man Utd; Man City; Newcastle United; West Ham; West Ham United; Leeds United;
Blackburn Rovers; Bolton Wanderers; Wolves; Sheffield Wednesday; Sheffield United; Crystal Palace;
Fulham; Charlton; Charlton Athletic; West Brom; West Bromwich Albion; Queens Park Rangers; QPR;
Nottingham Forest; Derby County; Leicester City; Norwich City; Ipswich Town; Birmingham City;
Celtic; Rangers; Hearts; Hibernian; Hibs; Aberdeen FC; Dundee United; Kilmarnock; Motherwell;
Real Madrid; Atletico Madrid; Athletic Bilbao; Deportivo; Espanyol; Villarreal; Sevilla; Real Betis;
Real Sociedad; Bayern Munich; Borussia Dortmund; Schalke; Werder Bremen; Bayer Leverkusen;
Juventus; Inter Milan; AC Milan; Lazio; Napoli; Fiorentina; Sampdoria; Ajax; PSV; PSV Eindhoven;
Feyenoord; Benfica; Sporting Lisbon; Galatasaray; Fenerbahce; Besiktas; Olympiakos;
Panathinaikos; Dynamo Kiev; Spartak Moscow; CSKA Moscow; Paris St-Germain; Paris Saint-Germain;
Wasps; Saracens; Harlequins; Leicester Tigers; Sale Sharks; Bath Rugby; Northampton Saints;
Munster; Leinster; Ospreys; Scarlets; Llanelli Scarlets; All Blacks; Wallabies; Springboks;
Team GB; New York Yankees; Boston Red Sox; Los Angeles Lakers; Chicago Bulls; Dallas Cowboys
""")
KNOWN_ORGANISATIONS = KNOWN_ORGANISATIONS | CLUBS

# Nicknames sports reports give clubs, and the names they stand for ("Spurs" for Tottenham): a
# nickname joins a club only in a sports report that names exactly one of its clubs.
CLUB_NICKNAMES: dict[str, tuple[str, ...]] = {
    nickname: tuple(clubs.split("; "))
    for nickname, clubs in {
        "spurs": "Tottenham; Tottenham Hotspur", "saints": "Southampton; Northampton Saints; St Mirren; St Johnstone",
        "gunners": "Arsenal", "hammers": "West Ham; West Ham United", "toffees": "Everton",
        "magpies": "Newcastle; Newcastle United", "toon": "Newcastle; Newcastle United",
        "red devils": "Manchester United; Man Utd", "villans": "Aston Villa", "foxes": "Leicester; Leicester City",
        "canaries": "Norwich; Norwich City", "baggies": "West Brom; West Bromwich Albion", "black cats": "Sunderland",
        "owls": "Sheffield Wednesday", "blades": "Sheffield United", "cottagers": "Fulham",
        "addicks": "Charlton; Charlton Athletic", "trotters": "Bolton; Bolton Wanderers", "gers": "Rangers",
        "bhoys": "Celtic", "hoops": "Celtic; Queens Park Rangers; QPR", "jambos": "Hearts", "hibees": "Hibernian; Hibs",
        "dons": "Aberdeen; Wimbledon", "blues": "Chelsea; Birmingham; Birmingham City; Everton",
        "reds": "Liverpool; Nottingham Forest; Aberdeen", "citizens": "Manchester City; Man City",
        "eagles": "Crystal Palace", "rams": "Derby; Derby County", "potters": "Stoke; Stoke City",
        "seagulls": "Brighton", "pompey": "Portsmouth", "boro": "Middlesbrough", "rovers": "Blackburn; Blackburn Rovers",
        "wolves": "Wolverhampton; Wolverhampton Wanderers", "tigers": "Hull; Hull City; Leicester Tigers",
        "bees": "Brentford", "hatters": "Luton; Luton Town", "clarets": "Burnley",
    }.items()
}

# Given names common in news across the English-speaking world, Europe, Africa, the Middle East
# and South Asia. A two- or three-word name that starts with one of these is a person, whatever
# label the model gave it ("Yann Ducasse" ORG, "Pepito Arrieta" GPE).
GIVEN_NAMES = frozenset("""
Aaron Abdul Abdullah Abigail Abraham Adam Adrian Agnes Ahmad Ahmed Aidan Aisha Alan Alastair
Albert Alberto Alejandro Aleksandr Alex Alexander Alexandra Alexandre Alexei Alexis Alfred Ali
Alice Alicia Alison Amanda Amber Amelia Amir Amit Amy Ana Anders Andrea Andreas Andrei Andrew
Andrzej Andy Angela Angelo Angus Anita Ann Anna Anne Annie Anthony Antoine Antoni Antonio Anwar
Arjun Arnaud Arnold Arthur Ashley Ashok Aubrey Audrey Axel Ayesha Barack Barbara Barry Bashar
Beatrice Ben Benjamin Benoit Bernard Bernie Beth Betty Bill Billy Bob Bobby Boris Brad Bradley
Brandon Brendan Brian Bridget Bruce Bruno Bryan Caitlin Callum Calvin Cameron Carl Carla Carlo
Carlos Carmen Carol Caroline Carolyn Catherine Cecilia Cesar Charles Charlie Charlotte Chloe
Chris Christian Christina Christine Christophe Christopher Chuck Ciaran Claire Clara Claude
Claudia Clive Colin Connor Conor Craig Cristina Cyril Daisy Dale Damian Damien Dan Daniel
Daniela Danielle Danny Darius Darren Darrell Dave David Dean Deborah Declan Denis Dennis Derek
Diana Diane Diego Dimitri Dmitry Dominic Dominique Don Donald Donna Doris Dorothy Douglas
Duncan Dylan Ed Eddie Edgar Edith Edward Edwin Eileen Elaine Eleanor Elena Eli Elias Elijah
Elizabeth Ella Ellen Elliot Elon Emily Emma Emmanuel Enrique Eric Erik Erin Ethan Eugene Eva
Evan Eve Fabian Faisal Fatima Felix Fernando Fiona Florence Francesca Francesco Francis
Francisco Franco Frank Frankie Franz Fred Frederick Gabriel Gabriela Gareth Garry Gary Gavin
Gemma Geoff Geoffrey George Georgia Gerald Gerard Gerhard Gianni Gillian Giorgio Giovanni
Giuseppe Glen Glenn Gordon Grace Graham Grant Greg Gregory Guillaume Gustav Guy Hamid Hannah
Hans Harold Harriet Harry Hassan Heather Hector Heidi Helen Helena Henri Henrik Henry Herbert
Hillary Holly Howard Hugh Hugo Hussein Ian Ibrahim Igor Imran Ingrid Irene Isaac Isabel
Isabella Ivan Jack Jackie Jacob Jacqueline Jacques Jake James Jamie Jan Jane Janet Janice Jason
Javier Jay Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jesus Jill Jim
Jimmy Joan Joanna Joanne Joe Joel Johan Johann Johannes John Johnny Jon Jonathan Jordan Jorge
Jose Josef Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian Julie Julien Juliet Justin
Karen Karim Karl Kate Katherine Kathleen Kathryn Katie Katrina Kay Keith Kelly Ken Kenneth
Kevin Khalid Kieran Kim Kirsty Klaus Kristen Kurt Kyle Lars Laura Lauren Laurence Laurent
Lawrence Lee Leigh Leo Leon Leonard Leslie Lewis Liam Lily Linda Lisa Liz Lloyd Lorenzo Louis
Louise Luc Luca Lucas Lucy Luis Luke Lynn Magnus Mahmoud Malcolm Manuel Marc Marco Marcus
Margaret Maria Marie Mario Marion Mark Marta Martha Martin Martina Mary Matt Matteo Matthew
Maurice Maurizio Max Maxim Maxime Megan Mehmet Melanie Melissa Mia Michael Michel Michelle
Miguel Mike Mikhail Miles Milos Mira Mitch Mohamed Mohammad Mohammed Molly Monica Morgan Muhammad
Mustafa Nadia Nancy Naomi Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas Nicole
Nigel Nikita Nikolai Nina Noah Noel Nora Norman Oleg Oliver Olivia Olly Omar Oscar Owen Pablo
Pamela Paolo Pascal Patricia Patrick Paul Paula Pavel Pedro Penny Pepito Peter Petra Phil
Philip Philippe Phillip Pierre Piers Piotr Priti Rachel Rafael Rahul Raj Ralph Ramon Randy
Raul Ravi Ray Raymond Rebecca Reza Ricardo Richard Rick Rishi Rita Rob Robert Roberto Robin
Rod Roger Roland Ron Ronald Rory Rosa Rose Ross Roy Ruben Rupert Russell Ruth Ryan Sadiq
Sally Sam Samantha Samir Samuel Sandra Sanjay Sara Sarah Scott Sean Sebastian Sebastien
Sergei Sergey Sergio Seth Shane Shannon Sharon Shaun Sheila Shirley Sian Simon Simone Sofia
Sophie Stanley Stefan Stefano Steph Stephanie Stephen Steve Steven Stewart Stuart Susan
Suzanne Sven Sylvain Sylvia Tamara Tanya Tara Ted Teresa Terry Theo Theresa Thierry Thomas
Tim Timothy Tina Toby Todd Tom Tommy Tony Tracy Trevor Tyler Valentina Valerie Vanessa Victor
Victoria Vijay Vincent Viktor Vince Vivian Vladimir Walter Wayne Wendy Wesley William Willie
Xavier Yann Yasmin Yusuf Yves Zach Zachary Zoe Zoltan
""".split())

# Occupations reporters put before a name without "the" ("Businessman Don Blake",
# "Bath prop Duncan Fyfe"); not honorifics, so never part of the name.
OCCUPATIONS = frozenset("""
businessman businesswoman entrepreneur billionaire tycoon magnate comedian rapper musician
guitarist drummer bassist singer-songwriter composer producer novelist poet playwright
filmmaker film-maker presenter broadcaster host star veteran pundit philanthropist astronaut
model skier swimmer cyclist boxer golfer batsman bowler prop hooker flanker winger fly-half
scrum-half full-back centre-back right-back left-back forward keeper jockey trainer
sprinter hurdler racer driver rider explorer climber mountaineer priest monk nun pastor
comic dancer chef mogul lawmaker pollster blogger youtuber influencer spokesperson
backbencher frontbencher substitute subtitute matchwinner skipper defiant
referee umpire linesman physio physiotherapist firefighter paramedic soldier
comptroller ombudsman registrar auditor
""".split())

# Short forms of given names: "Steve Lorimer" and "Steven Lorimer" in one article are one man.
NICKNAMES: dict[str, str] = {
    short: formal
    for formal, shorts in {
        "stephen": "steve", "steven": "steve stevie", "christopher": "chris", "daniel": "dan danny",
        "robert": "rob bob bobby robbie", "michael": "mike mick mickey", "nicholas": "nick nicky",
        "thomas": "tom tommy", "william": "bill billy will willie", "james": "jim jimmy jamie",
        "joseph": "joe joey", "anthony": "tony", "andrew": "andy drew", "alexander": "alex sasha",
        "benjamin": "ben benny", "samuel": "sam sammy", "david": "dave davey", "matthew": "matt",
        "peter": "pete", "philip": "phil", "edward": "ed eddie ted ned", "elizabeth": "liz beth betty lizzie",
        "katherine": "kate katie kathy", "catherine": "cathy", "jonathan": "jon jonny jonnie johnny",
        "joshua": "josh", "frederick": "fred freddie", "kenneth": "ken kenny", "gregory": "greg",
        "jeffrey": "jeff", "timothy": "tim timmy", "richard": "rick ricky dick rich", "charles": "charlie chuck",
        "patrick": "pat paddy", "margaret": "maggie meg peggy", "rebecca": "becky", "jennifer": "jen jenny",
        "victoria": "vicky", "susan": "sue susie", "deborah": "debbie deb", "abigail": "abby",
        "vladimir": "vlad", "dmitry": "dima", "donald": "don", "ronald": "ron ronnie", "gerald": "gerry",
        "lawrence": "larry", "raymond": "ray", "douglas": "doug", "oliver": "olly ollie", "harold": "harry",
        "zachary": "zach zack", "nathaniel": "nate nat", "leonard": "leo len lenny",
    }.items()
    for short in shorts.split()
}

# Nationality words for one person ("the Dutchman", "Briton Tessa Brae", "Australian
# Benita Okoro"): a description, never part of a name and not an actor on its own.
DEMONYMS = frozenset("""
american americans australian australians austrian belgian brazilian briton britons british
bulgarian canadian chilean chinese colombian croatian czech dane danish dutch dutchman
dutchwoman egyptian englishman englishwoman english ethiopian finn finnish french frenchman
frenchwoman german ghanaian greek hungarian indian indonesian iranian iraqi irish irishman
irishwoman israeli italian jamaican japanese kenyan korean mexican moroccan nigerian norwegian
pakistani palestinian pole polish portuguese romanian russian saudi scot scots scotsman
scotswoman scottish serb serbian slovak south african spaniard spanish swede swedish swiss
syrian turk turkish ugandan ukrainian welsh welshman welshwoman zimbabwean argentine argentinian
""".split())

# Given names that are (almost always) women's, for "she"/"he" agreement in pronoun resolution.
# Names used for both (Jean, Robin, Kim, Leslie, Jordan, Morgan …) are in neither list.
FEMALE_NAMES = frozenset("""
Abigail Ada Agnes Aisha Alexandra Alice Alicia Alison Amanda Amber Amelia Amy Ana Angela Anita Ann
Anna Anne Annie Audrey Ayesha Barbara Beatrice Beth Betty Brenda Bridget Caitlin Carla Carmen Carol
Caroline Carolyn Catherine Cecilia Charlotte Chloe Christina Christine Claire Clara Claudia Cristina
Daisy Daniela Danielle Deborah Diana Diane Donna Dora Doris Dorothy Edith Eileen Elaine Eleanor Elena
Elizabeth Ella Ellen Emily Emma Erin Eva Eve Fatima Fiona Florence Francesca Gabriela Gemma Georgia
Gillian Grace Hannah Harriet Hazel Heather Heidi Helen Helena Hilary Hillary Holly Ines Ingrid Irene
Isabel Isabella Ivy Jacqueline Jane Janet Janice Jemima Jennifer Jenny Jessica Jessie Jill Jo Joan
Joanna Joanne Joyce Judith Judy Julia Julie Juliet Kamala Karen Kate Katherine Kathleen Kathryn Katie
Katrina Kay Kerri Kirsty Kristen Lana Laura Lauren Lily Lina Linda Lisa Liz Louise Lucy Mara Margaret
Maria Mariela Marie Marion Marta Martha Martina Mary Maya Megan Melanie Melissa Mia Michelle Mira
Molly Monica Nadia Nancy Naomi Natalia Natalie Nettie Nicole Nikki Nina Nora Olivia Pamela Patricia
Paula Penny Petra Priti Priya Rachel Rebecca Rita Rosa Rose Ruth Sally Samantha Sandra Sara Sarah
Sharon Sheila Shirley Sian Simone Sofia Sophie Steph Stephanie Susan Suzanne Sylvia Tamara Tanya Tara
Teresa Theresa Tia Tina Tracy Valentina Valerie Vanessa Victoria Vivian Wendy Yasmin Yvette Zoe
""".split())
_EITHER = frozenset("""Jean Robin Kim Leslie Jordan Morgan Ashley Alexis Jackie Leigh Sam Kelly Lynn Lee
Andrea Nicola Shannon Jan Dominique Claude Frankie Charlie Max Ray Pat Chris Alex""".split())
MALE_NAMES = GIVEN_NAMES - FEMALE_NAMES - _EITHER
