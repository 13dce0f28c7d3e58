/**
 * The vocabulary topic scoring counts, in English and Urdu: names of the two
 * states (and of the pair), other states that would make a story about
 * someone else, security terms with weights, vocabulary of off-topic beats
 * (trade, sport, disasters, economy, visas) and phrases that only look like
 * a term ("Washington Post", "food security", "bowling attack").
 * Hyphens and spaces are the same to the matcher; terms ending in `*` also
 * match longer words. Plain data.
 */

import { isArabicLetter, NON_JOINING_URDU } from './joined-name';

export type TermGroup = 'pk' | 'us' | 'pair' | 'other' | 'ally' | 'sec' | 'off' | 'none';

export interface TopicTerm {
  group: TermGroup;
  /** Canonical label used in reasons and for counting distinct terms. */
  label: string;
  weight: number;
  /** For 'other': the state; for 'off': the beat (trade, sport...). */
  topic?: string;
  /** A security term that also names one of the states ("CIA", "ISPR"). */
  state?: 'pk' | 'us';
}

export interface TermSpec extends TopicTerm {
  term: string;
  prefix: boolean;
}

const specs: TermSpec[] = [];

/** Adds terms: each "a|b|c*" list shares group, label and weight. */
function add(group: TermGroup, weight: number, list: string, label?: string, extra: Partial<TopicTerm> = {}): void {
  for (const raw of list.split('|')) {
    const t = raw.trim();
    if (!t) continue;
    const prefix = t.endsWith('*');
    const term = prefix ? t.slice(0, -1) : t;
    specs.push({ group, weight, label: label ?? term, term, prefix, ...extra });
  }
}

// ── The two states ────────────────────────────────────────────────────────
// "Pakistani national security" stays Pakistan where "a Pakistani national" (below) would take it
add('pk', 1, 'Pakistani national security|Pakistan|Pakistani|Pakistanis|Islamabad|Rawalpindi|Pak-Afghan|Pak-Iran', 'Pakistan');
add('pk', 1, 'پاکستان|پاکستانی|پاکستانیوں|اسلام آباد|اسلام‌آباد|راولپنڈی|پاک افغان', 'Pakistan');
// Places in Pakistan: a strike in North Waziristan or a raid in Abbottabad happens in Pakistan, named or not.
add('pk', 1, 'Waziristan|North Waziristan|South Waziristan|FATA|Federally Administered Tribal Areas|Khyber Pakhtunkhwa|Balochistan|Baluchistan|Peshawar|Quetta|Karachi|Lahore|Abbottabad|Bannu|Kurram|Bajaur|Mohmand|Khyber Agency|Torkham|Chaman', 'Pakistan');
add('pk', 1, 'وزیرستان|شمالی وزیرستان|جنوبی وزیرستان|فاٹا|قبائلی علاقہ جات|خیبر پختونخوا|خیبرپختونخوا|بلوچستان|پشاور|کوئٹہ|کراچی|لاہور|ایبٹ آباد|ایبٹآباد|باجوڑ|مہمند|طورخم|کرم ایجنسی|ضلع کرم|خیبر ایجنسی', 'Pakistan');
add('us', 1, 'United States|U.S.|US|USA|U.S.A.|America|American|Americans|Washington|White House|State Department|Department of State|Trump administration|Biden administration|Trump|USAID|US Embassy|U.S. Embassy|Capitol Hill|Congress', 'the United States');
add('us', 1, 'امریکہ|امریکا|امریکی|امریکیوں|واشنگٹن|وائٹ ہاؤس|ٹرمپ|یو ایس|ریاستہائے متحدہ|ریاست ہائے متحدہ|امریکی محکمہ خارجہ', 'the United States');
add(
  'pair',
  2,
  'Pakistan-US|US-Pakistan|Pak-US|US-Pak|Pakistan-U.S.|U.S.-Pakistan|Pakistan-United States|United States-Pakistan|Pakistan-America|Pak-America|' +
    'Pakistan and the United States|Pakistan and the US|Pakistan and the U.S.|Pakistan and US|Pakistan and America|' +
    'the United States and Pakistan|US and Pakistan|U.S. and Pakistan|America and Pakistan|Washington and Islamabad|Islamabad and Washington|' +
    'Pakistani and American|Pakistani and US|Pakistani and U.S.|American and Pakistani|US and Pakistani|U.S. and Pakistani|US-Pakistani|U.S.-Pakistani',
  'Pakistan and the United States',
);
add('pair', 2, 'پاک امریکہ|پاک امریکا|پاکستان امریکہ|پاکستان امریکا|پاکستان اور امریکہ|پاکستان اور امریکا|امریکہ اور پاکستان|امریکا اور پاکستان|اسلام آباد اور واشنگٹن|واشنگٹن اور اسلام آباد', 'Pakistan and the United States');

// ── Other states: a story about them is not about Pakistan and the US ─────
const others: Record<string, string> = {
  India: 'India|Indian|Indians|New Delhi|Delhi|Modi|بھارت|بھارتی|ہندوستان|نئی دہلی|مودی',
  China: 'China|Chinese|Beijing|CPEC|PLA|چین|چینی|بیجنگ|سی پیک',
  'Saudi Arabia': 'Saudi Arabia|Saudi|Saudis|Riyadh|Kingdom of Saudi Arabia|KSA|سعودی عرب|سعودی|ریاض',
  // Afghanistan's own forces and bodies, longer than the look-alikes inside them ("Afghan National Army", "Afghan Border Police")
  Afghanistan: 'Afghanistan|Afghan|Afghans|Kabul|Afghan National Army|Afghan National Police|Afghan National Security Forces|Afghan National Defense and Security Forces|Afghan National Defence and Security Forces|Afghan Border Police|افغانستان|افغان|کابل',
  Iran: 'Iran|Iranian|Tehran|ایران|ایرانی|تہران',
  Russia: 'Russia|Russian|Moscow|Kremlin|روس|روسی|ماسکو',
  Israel: 'Israel|Israeli|اسرائیل|اسرائیلی',
  Qatar: 'Qatar|Qatari|Doha|قطر',
  'the UAE': 'UAE|United Arab Emirates|Emirati|Abu Dhabi|متحدہ عرب امارات',
  Turkey: 'Turkey|Turkish|Türkiye|Ankara|ترکی|ترکیہ',
  Bangladesh: 'Bangladesh|Bangladeshi|Dhaka|بنگلہ دیش',
  'the United Kingdom': 'United Kingdom|Britain|British|UK|برطانیہ',
  Ukraine: 'Ukraine|Ukrainian|Kyiv|یوکرین',
  Japan: 'Japan|Japanese|Tokyo|جاپان',
  // buyers and partners of Pakistan's arms industry and forces ("Pakistan to sell JF-17s to Azerbaijan")
  Azerbaijan: 'Azerbaijan|Azerbaijani|Azeri|Baku|آذربائیجان|آذربائیجانی|باکو',
  Nigeria: 'Nigeria|Nigerian|Abuja|نائجیریا',
  Myanmar: 'Myanmar|Burma|Burmese|میانمار',
  Indonesia: 'Indonesia|Indonesian|Jakarta|انڈونیشیا',
  Malaysia: 'Malaysia|Malaysian|Kuala Lumpur|ملائیشیا',
  'Sri Lanka': 'Sri Lanka|Sri Lankan|Colombo|سری لنکا',
  Bahrain: 'Bahrain|Bahraini|Manama|بحرین',
  Kuwait: 'Kuwait|Kuwaiti|کویت',
  // not "Jordan" alone, a name as well (Jim Jordan, Michael Jordan)
  Jordan: 'Jordanian|Jordanians|Amman|Kingdom of Jordan',
};
for (const [state, list] of Object.entries(others)) add('other', 1, list, state, { topic: state });
// The US-led coalition in Afghanistan: in a story that names both states, its Afghanistan is the coalition's war
// (a supply line to NATO troops in Afghanistan), so it weighs for the United States' side against other states
// (it does not name the United States)
add('ally', 1, 'Nato|ISAF|International Security Assistance Force|Resolute Support Mission|نیٹو|ایساف', 'NATO');

// ── Security vocabulary ───────────────────────────────────────────────────
add('sec', 1, 'terror*|counter-terror*|counterterror*|anti-terror*', 'terrorism');
// working against terrorism, not terrorism itself: cooperation, a campaign, a fight
add('sec', 1.5, 'counter-terrorism cooperation|counterterrorism cooperation|anti-terrorism cooperation|cooperation against terrorism|cooperation on counter-terrorism|cooperation on counterterrorism|cooperation in counter-terrorism|cooperation in counterterrorism|fight against terrorism|war against terrorism|war on terror|war on terrorism', 'counter-terrorism');
add('sec', 1, 'militan*|insurgen*|counterinsurgency|counter-insurgency', 'militancy');
add('sec', 0.8, 'extremis*|jihad*|radicalis*|radicaliz*', 'extremism');
add('sec', 1, 'military|militaries|militarily|armed forces|troops|defence|defense|defence ministry|defense ministry|air base|air bases|airbase|airbases|military base|military bases', 'military');
add('sec', 0.7, 'army|soldier|soldiers|security personnel|paramilitary|Frontier Corps|Frontier Constabulary|air force|air forces|navy|combat troops|combat operations|combat aircraft', 'forces');
add('sec', 1.2, 'joint exercise|joint exercises|bilateral exercise|bilateral exercises|military exercise|military exercises|air exercise|air exercises|naval exercise|naval exercises|military drills|joint military drills', 'military exercises');
add('sec', 0.4, 'interoperability|war games|wargames', 'exercises');
// the supply routes through Pakistan to the US-led forces in Afghanistan: a story about them concerns the United States
// ("Nato" in any case: British papers write it so; an all-capitals term would match only NATO)
add('sec', 1.2, 'Nato supply|Nato supplies|Nato supply route|Nato supply routes|Nato supply line|Nato supply lines|Nato convoy|Nato convoys|Nato container|Nato containers|Nato truck|Nato trucks|Nato tanker|Nato tankers|ground lines of communication|GLOC|GLOCs', 'NATO supply routes', { state: 'us' });
add('sec', 0.6, 'bounty|bounties|head money', 'bounties');
add('sec', 1.5, 'security cooperation|security assistance|security aid|security dialogue|security partnership|security ties|security relations|defence cooperation|defense cooperation|defence agreement|defense agreement|defence pact|defense pact|security agreement|security pact|military ties|military relations|military relationship|military-to-military|defence ties|defense ties|defence relations|defense relations|defence relationship|defense relationship', 'security cooperation');
add('sec', 0.4, 'security', 'security');
add('sec', 1.2, 'border management|border security|border control|border fencing|cross-border infiltration|infiltration', 'border security');
// Pakistan's frontier with Afghanistan, as it is written: a place on the border, not Afghanistan taking part in the story
// ("arrested near the Afghan border"); a story about Afghanistan names it otherwise too (Kabul, Afghan forces)
add('sec', 0.6, 'Afghan border|Afghan borders|Afghanistan border|border with Afghanistan|Afghan frontier|Afghanistan frontier', 'border');
// and, from the other side, a place near the border is no more Pakistan than the Afghan border is Afghanistan
// ("airstrikes in Nangarhar, near the Pak-Afghan border"); a strike in Pakistan names a place in Pakistan
add('sec', 0.6, 'near Pak-Afghan border|near the Pak-Afghan border|near the Pakistan-Afghanistan border|near the Afghanistan-Pakistan border|near the Afghan-Pakistan border|near the Pakistan border|near the Pakistani border|near the border with Pakistan', 'border');
add('sec', 0.4, 'border|borders|frontier|frontiers|cross-border', 'border');
add('sec', 1.5, 'intelligence sharing|intelligence cooperation|share intelligence|sharing intelligence', 'intelligence sharing');
add('sec', 0.6, 'intelligence', 'intelligence');
add('sec', 1.5, 'drone strike|drone strikes|drone attack|drone attacks|airstrike|airstrikes|air strike|air strikes|missile strike|targeted killing', 'drone strikes');
add('sec', 0.5, 'drone|drones', 'drones');
add('sec', 1.2, 'F-16|F-16s|F-16A|F-16B|F-16C|F-16D|F-16A/B|F-16C/D|fighter jet|fighter jets|arms sale|arms sales|arms deal|military hardware|military equipment|weapons systems', 'arms sales');
add('sec', 0.8, 'weapon*|arms|missile|missiles|ammunition|nuclear|warhead*', 'weapons');
add('sec', 1.5, 'military aid|military assistance|military financing|Foreign Military Financing|Foreign Military Sales|Coalition Support Fund|Coalition Support Funds|security-related assistance|military reimbursements', 'military aid');
add('sec', 1.2, 'military training|military training programme|military training program|International Military Education and Training|IMET|military trainers', 'military training');
add('sec', 1.2, 'US military trainers|U.S. military trainers|American military trainers', 'military training', { state: 'us' });
// terror financing, and the lists that name and shame it (the FATF's grey list)
add('sec', 1.2, 'terror financing|terrorist financing|terror funding|financing of terrorism|terrorism financing', 'terror financing');
add('sec', 1, 'FATF|Financial Action Task Force|grey list|gray list|greylist|graylist', 'sanctions');
add('sec', 1.5, 'Foreign Terrorist Organization|Foreign Terrorist Organisation|Specially Designated Global Terrorist|terrorist designation|designated terrorist|Rewards for Justice', 'terrorist designation');
add('sec', 0.6, 'sanction|sanctions|sanctioned|blacklist*', 'sanctions');
add('sec', 1.2, 'Entity List|proliferation|non-proliferation|nonproliferation|weapons of mass destruction|WMD|WMDs|missile programme|missile program|missile programmes|missile programs', 'proliferation and export controls');
// the Pakistani nuclear scientist whose network sold nuclear technology abroad
add('sec', 1.2, 'A.Q. Khan|A. Q. Khan|AQ Khan|Abdul Qadeer Khan|عبدالقدیر خان|ڈاکٹر عبدالقدیر', 'proliferation and export controls');
add('sec', 0.8, 'bomb|bombs|bombing|bombings|bomber|bombers|blast|blasts|explosion|IED|IEDs', 'bombings');
add('sec', 1.2, 'suicide attack|suicide attacks|suicide bomb*|suicide bomber|terror attack|terror attacks|terrorist attack|terrorist attacks', 'terrorist attacks');
add('sec', 0.5, 'attack|attacks|attacked|violence|killed|killing|killings|gas attack|gas attacks', 'attacks');
add('sec', 1, 'special forces|commandos|Navy SEALs|SEAL team|covert operation|covert operations|espionage', 'covert operations');
// the doctor who ran a vaccination ruse for the CIA before the Abbottabad raid; the CIA contractor who shot two men in Lahore
add('sec', 1.2, 'Shakil Afridi|Shakeel Afridi|شکیل آفریدی', 'Shakil Afridi');
add('sec', 1.2, 'Raymond Allen Davis|Raymond Davis|ریمنڈ ڈیوس|ریمونڈ ڈیوس', 'covert operations');
// the Pakistani scientist convicted in New York of trying to kill US soldiers in Afghanistan, whose return Pakistan seeks
add('sec', 1.2, 'Aafia Siddiqui|Aafia|عافیہ صدیقی|ڈاکٹر عافیہ', 'Aafia Siddiqui');
add('sec', 0.4, 'spy|spies|spying', 'spies');
// a suspect handed from one state to the other ("extradited to the US", "امریکہ کے حوالے کیا"), not "with regard to the
// US" or "citing US officials" (امریکہ کے حوالے سے, امریکی حکام کے حوالے سے), nor a handover of power (اقتدار کی حوالگی)
add('sec', 0.8, 'extradite|extradites|extradited|extraditing|extradition|extraditions|handed over to the US|handed over to the U.S.|handed over to the United States|handed over to US authorities|handed over to American authorities', 'extradition');
add('sec', 0.8, 'ملزم کی حوالگی|ملزمان کی حوالگی|مجرموں کی حوالگی|امریکہ کے حوالے کر دیا|امریکہ کے حوالے کر دیے|امریکہ کے حوالے کر دی|امریکہ کے حوالے کردیا|امریکہ کے حوالے کردیے|امریکہ کے حوالے کردی|امریکہ کے حوالے کرنے|امریکہ کے حوالے کیا|امریکہ کے حوالے کیے|امریکا کے حوالے کر دیا|امریکا کے حوالے کر دیے|امریکا کے حوالے کر دی|امریکا کے حوالے کردیا|امریکا کے حوالے کردیے|امریکا کے حوالے کردی|امریکا کے حوالے کرنے|امریکا کے حوالے کیا|امریکا کے حوالے کیے|امریکی حکام کے حوالے کر دیا|امریکی حکام کے حوالے کر دیے|امریکی حکام کے حوالے کر دی|امریکی حکام کے حوالے کردیا|امریکی حکام کے حوالے کردیے|امریکی حکام کے حوالے کردی|امریکی حکام کے حوالے کرنے|امریکی حکام کے حوالے کیا|امریکی حکام کے حوالے کیے', 'extradition');
// the war the US fought in Afghanistan, in which Pakistan was the supply line and the frontier (not "Afghan war", which is
// also the tail of "Pak-Afghan war", Pakistan's clashes with Afghanistan)
add('sec', 1.2, 'war in Afghanistan|افغانستان کی جنگ', 'war in Afghanistan');
add('sec', 1, 'safe haven|safe havens|sanctuary|sanctuaries|hideout|hideouts|operatives|ceasefire|military operation|military operations', 'operations');
add('sec', 1, 'counter-narcotics|counternarcotics|anti-narcotics|anti-drug|drug trafficking|drug traffickers|drug trade|narcotics trafficking|Anti-Narcotics Force', 'counter-narcotics');
add('sec', 1, 'Drug Enforcement Administration|Drug Enforcement Agency|DEA', 'counter-narcotics', { state: 'us' });
// "Afghan Taliban" names the armed movement, not Afghanistan's state: a US strike on Afghan Taliban commanders in
// North Waziristan is not mainly about Afghanistan
add('sec', 1.2, 'Taliban|Afghan Taliban|Tehreek-e-Taliban|Tehreek-i-Taliban|Tehrik-i-Taliban|Tehrik-e-Taliban|TTP|al-Qaeda|al-Qaida|alQaeda|Osama bin Laden|bin Laden|Ayman al-Zawahiri|Zawahiri|Hafiz Saeed|Hafiz Muhammad Saeed|Jamaat-ud-Dawa|Jamaatud Dawa|Jamaat-ud-Dawah|JuD|Masood Azhar|Baitullah Mehsud|Hakimullah Mehsud|Mullah Omar|Mullah Akhtar Mansour|Khalid Sheikh Mohammed|Omar Saeed Sheikh|Ahmed Omar Saeed Sheikh|Ahmed Omar Sheikh|Omar Sheikh|Sirajuddin Haqqani|Islamic State|ISIS|ISIL|ISKP|ISIS-K|IS-K|ISIS-Khorasan|Daesh|Haqqani|Lashkar-e-Taiba|Lashkar-e-Tayyiba|Jaish-e-Mohammed|Jaish-e-Muhammad|BLA|Majeed Brigade|Fitna al-Khawarij|khawarij', 'militant groups');
// groups named for Pakistan or one of its provinces: the name inside still names Pakistan ("the United States designated
// the Balochistan Liberation Army")
add('sec', 1.2, 'Tehreek-e-Taliban Pakistan|Tehreek-i-Taliban Pakistan|Tehrik-i-Taliban Pakistan|Tehrik-e-Taliban Pakistan|Balochistan Liberation Army|Baluchistan Liberation Army', 'militant groups', { state: 'pk' });
add('sec', 1.2, 'Zarb-e-Azb|Azm-e-Istehkam|Radd-ul-Fasaad|Raddul Fasaad', 'military operations');
add('sec', 1.2, 'CIA|Central Intelligence Agency|FBI|Federal Bureau of Investigation|Pentagon|CENTCOM|USAF|US Air Force|U.S. Air Force|United States Air Force|US Navy|U.S. Navy|US Army|U.S. Army|US Marines|U.S. Marines|Central Command|Department of Defense|Defense Department|Department of War|War Department|Secretary of Defense|Secretary of War|US military|U.S. military|US forces|U.S. forces|American forces', 'US security agencies', { state: 'us' });
add('sec', 1, 'national security adviser|national security advisers|national security advisor|national security advisors|NSA|NSAs|National Security Council|National Security Committee', 'national security officials');
add('sec', 0.6, 'national security', 'national security');
add('sec', 1.2, 'ISI|Inter-Services Intelligence|ISPR|Inter-Services Public Relations|GHQ|Pakistan Army|Pakistani army|Pakistani military|Pakistani forces|Pakistan Air Force|PAF|Pakistan Navy|army chief|Field Marshal', 'Pakistani security agencies', { state: 'pk' });

// Urdu
add('sec', 1, 'دہشت گرد*|دہشتگرد*', 'terrorism');
add('sec', 1.5, 'کاؤنٹر ٹیرارزم|کاؤنٹر ٹیررازم|کاؤنٹر ٹیررزم|انسداد دہشت گردی|انسداد دہشتگردی|انسداددہشت گردی|انسداددہشتگردی|دہشت گردی کے خلاف جنگ|دہشتگردی کے خلاف جنگ|دہشت گردی کے خلاف|دہشتگردی کے خلاف|دہشت گردی کے خاتمے|دہشت گردی کے خاتمہ|دہشتگردی کے خاتمے|دہشتگردی کے خاتمہ|دہشت گردی کا خاتمہ|دہشتگردی کا خاتمہ', 'counter-terrorism');
add('sec', 1, 'محفوظ پناہ گاہ|محفوظ پناہ گاہیں|محفوظ پناہ گاہوں|محفوظ ٹھکانے|محفوظ ٹھکانوں', 'operations');
add('sec', 0.6, 'قومی سلامتی', 'national security');
add('sec', 1, 'قومی سلامتی کے مشیر|قومی سلامتی کمیٹی', 'national security officials');
add('sec', 1, 'عسکریت پسند*|شدت پسند*|انتہا پسند*|عسکریت', 'militancy');
add('sec', 0.7, 'فوج|فوجی|فوجیوں|افواج|مسلح افواج|سیکیورٹی فورسز|سکیورٹی فورسز|ملٹری', 'military');
add('sec', 0.7, 'فرنٹیئر کور|فرنٹیئرکور|فرنٹیر کور|ایف سی اہلکار|ایف سی اہلکاروں', 'forces');
add('sec', 1, 'ایئر بیس|ایئربیس|ایئر بیسز|فضائی اڈہ|فضائی اڈے|فضائی اڈوں|فوجی اڈہ|فوجی اڈے|فوجی اڈوں', 'military');
add('sec', 0.4, 'سیکیورٹی|سکیورٹی|سیکورٹی|سیکوریٹی|سلامتی', 'security');
add('sec', 1.5, 'سیکیورٹی تعاون|سکیورٹی تعاون|دفاعی تعاون|سلامتی کے شعبے|فوجی امداد|فوجی تعاون|کولیشن سپورٹ فنڈ|ملٹری امداد|ملٹری تعاون|سیکیورٹی امداد|سکیورٹی امداد|سیکوریٹی امداد|دفاعی امداد|فوجی تعلقات|دفاعی تعلقات|عسکری تعلقات', 'security cooperation');
// "under the security head": aid so filed, but also domestic budgets for event security
add('sec', 1, 'سیکیورٹی مد میں|سکیورٹی مد میں|سیکورٹی مد میں', 'security cooperation');
add('sec', 1, 'دفاع|دفاعی|وزارت دفاع', 'defence');
add('sec', 0.8, 'انٹیلی جنس|انٹیلیجنس|خفیہ معلومات|خفیہ اداروں|انٹیلی جنس شیئرنگ', 'intelligence');
add('sec', 0.4, 'سرحد|سرحدی|سرحدوں|بارڈر', 'border');
add('sec', 1.2, 'بارڈر مینجمنٹ|سرحدی نظم|سرحدی سیکیورٹی|سرحدی سکیورٹی|سرحد پار', 'border security');
add('sec', 0.6, 'افغان سرحد|افغان بارڈر|افغانستان کی سرحد|افغانستان سے ملحقہ سرحد|افغانستان کے ساتھ سرحد', 'border');
add('sec', 1.5, 'ڈرون حملہ|ڈرون حملے|ڈرون حملوں|فضائی حملے|فضائی حملہ', 'drone strikes');
add('sec', 0.5, 'ڈرون|حملہ|حملے|حملوں|تشدد|قتل|قاتل|ہلاک|ہلاکت|ہلاکتیں|جاں بحق', 'attacks');
add('sec', 1, 'کالعدم|طالبان|افغان طالبان|تحریک طالبان|ٹی ٹی پی|داعش|القاعدہ|اسامہ بن لادن|بن لادن|حافظ سعید|جماعت الدعوۃ|مسعود اظہر|عمر سعید شیخ|احمد عمر سعید شیخ|عمر شیخ|بیت اللہ محسود|حکیم اللہ محسود|ملا عمر|بی ایل اے|فتنہ الخوارج|خوارج|حقانی نیٹ ورک|حقانی نیٹورک', 'militant groups');
add('sec', 1, 'تحریک طالبان پاکستان|بلوچستان لبریشن آرمی', 'militant groups', { state: 'pk' });
add('sec', 0.8, 'اسلحہ|ہتھیار|ہتھیاروں|میزائل|جوہری', 'weapons');
add('sec', 1.2, 'ایف 16|ایف سولہ|جنگی طیارے|جنگی طیاروں|لڑاکا طیارے|لڑاکا طیاروں|اسلحے کی فروخت|اسلحہ کی فروخت|ہتھیاروں کی فروخت|دفاعی سازوسامان|فوجی سازوسامان|دفاعی ساز و سامان|فوجی ساز و سامان|دفاعی آلات|فوجی آلات', 'arms sales');
add('sec', 0.8, 'دھماکہ|دھماکے|دھماکوں|بم|خودکش', 'bombings');
add('sec', 0.6, 'پابندی|پابندیاں|پابندیوں', 'sanctions');
// in Urdu news the watch list is the FATF's (English "watch list" is more often the religious-freedom one)
add('sec', 1, 'ایف اے ٹی ایف|فنانشل ایکشن ٹاسک فورس|گرے لسٹ|واچ لسٹ', 'sanctions');
add('sec', 1.2, 'دہشت گردی کی مالی معاونت|دہشتگردی کی مالی معاونت|دہشت گردوں کی مالی معاونت|ٹیرر فنانسنگ', 'terror financing');
add('sec', 1.2, 'فوجی تربیت|ملٹری ٹریننگ|فوجی تربیتی|فوجی ٹرینرز', 'military training');
// in Urdu news, American trainers are the military ones sent to train Pakistani forces
add('sec', 1.2, 'امریکی ٹرینرز|امریکی تربیت کار|امریکی تربیت کاروں|امریکی فوجی ٹرینرز', 'military training', { state: 'us' });
add('sec', 1.2, 'نیٹو سپلائی|نیٹو سپلائیز|نیٹو رسد|نیٹو کنٹینرز|نیٹو کو سپلائی|نیٹوکو سپلائی|نیٹوکوسپلائی|نیٹو کو رسد', 'NATO supply routes', { state: 'us' });
add('sec', 1.2, 'مشترکہ مشقیں|مشترکہ فوجی مشقیں|فوجی مشقیں|فضائی مشقیں|بحری مشقیں', 'military exercises');
add('sec', 1.2, 'سی آئی اے|ایف بی آئی|پینٹاگون|پنٹگان|پنٹاگون|امریکی فوج|امریکی افواج|امریکی فوجی|امریکی فوجیوں|سینٹ کام|سینٹکوم|سینٹ کوم|سینٹرل کمانڈ|امریکی محکمہ دفاع|امریکی وزیر دفاع', 'US security agencies', { state: 'us' });
add('sec', 1.2, 'آئی ایس آئی|آئی ایس پی آر|پاک فوج|پاکستانی فوج|آرمی چیف|فیلڈ مارشل', 'Pakistani security agencies', { state: 'pk' });

// ── Off-topic beats ───────────────────────────────────────────────────────
add('off', 1.2, 'tariff|tariffs|trade deal|trade agreement|trade talks|trade deficit|trade surplus|market access|reciprocal tariff|duty-free|textile*|exporters|importers|bilateral trade', 'trade terms', { topic: 'trade' });
add('off', 0.7, 'trade|export|exports|import|imports|investment|investments|investor|investors|critical minerals|minerals|crypto|cryptocurrency|oil|business|businesses|commerce', 'trade terms', { topic: 'trade' });
add('off', 1, 'IMF|International Monetary Fund|bailout|inflation|GDP|stock market|stock exchange|remittance*|budget deficit|fiscal deficit|interest rate|central bank|loan programme|loan program|extended fund facility', 'economy terms', { topic: 'the economy' });
add('off', 1.5, 'cricket|T20|T20I|ODI|Test match|wicket*|innings|bowler*|bowling|batter|batters|batting|batsman|batsmen|super over|run chase|PCB|ICC|World Cup|Champions Trophy|sixes|boundaries|all-rounder|PSL|Pakistan Super League', 'sports terms', { topic: 'sport' });
add('off', 0.8, 'match|matches|tournament|squad|captain|coach|fans|stadium|football|hockey|olympic*|medal|medals|tennis|squash|javelin|athlete*|scored|victory', 'sports terms', { topic: 'sport' });
add('off', 1.2, 'energy sector|energy cooperation|energy dialogue|energy needs|energy crisis|energy projects|Energy Working Group|shale gas|natural gas|liquefied natural gas|LNG|gas pipeline|pipeline projects|power plant|power plants|power generation|power sector|electricity|megawatt|megawatts|hydropower|hydroelectric|renewable energy|solar power|wind power|load-shedding|loadshedding', 'energy terms', { topic: 'energy' });
add('off', 0.7, 'energy|gas|coal|petroleum|dam|dams|pipeline|pipelines', 'energy terms', { topic: 'energy' });
add('off', 1.2, 'flood|floods|flooding|floodwaters|monsoon|earthquake|cyclone|landslide*|heatwave|drought|humanitarian|relief|disaster|disasters|displaced|evacuat*|rescue|food aid|aid workers|NDMA|polio|vaccine*|vaccination|malnutrition|health care|healthcare|hospitals|climate', 'relief terms', { topic: 'disaster relief' });
add('off', 1.2, 'visa|visas|travel ban|travel bans|student|students|scholarship*|Fulbright|universit*|immigration|immigrants|green card|diaspora|Pakistani-American|Pakistani-Americans|election|elections|campaign|voters|music|film|concert|festival', 'culture and immigration terms', { topic: 'people and culture' });
add('off', 1.2, 'تجارت|تجارتی|ٹیرف|محصولات|برآمدات|درآمدات|سرمایہ کاری|آئی ایم ایف|مہنگائی|معدنیات', 'trade terms', { topic: 'trade' });
add('off', 1.5, 'کرکٹ|ٹی ٹوئنٹی|ورلڈ کپ|وکٹ|وکٹیں|اننگز|بولر|بولنگ|بیٹنگ|کپتان|میچ|ٹورنامنٹ', 'sports terms', { topic: 'sport' });
add('off', 1.2, 'توانائی کے شعبے|پائپ لائن|ایل این جی|لوڈشیڈنگ|لوڈ شیڈنگ', 'energy terms', { topic: 'energy' });
add('off', 0.7, 'توانائی|بجلی|گیس|ڈیم', 'energy terms', { topic: 'energy' });
add('off', 1.2, 'سیلاب|سیلابی|بارش|بارشوں|زلزلہ|امدادی|ریلیف|متاثرین|انسانی ہمدردی', 'relief terms', { topic: 'disaster relief' });
// a travel ban is no sanction (پابندی is both): "سفری پابندیاں" counts as immigration, and the word inside it as nothing else
add('off', 1.2, 'ویزا|ویزے|ویزوں|سفری پابندی|سفری پابندیاں|سفری پابندیوں|امیگریشن|تارکین وطن|گرین کارڈ|شہریت|طلبہ|طلبا|اسکالرشپ|یونیورسٹی|یونیورسٹیوں|انتخابات', 'culture and immigration terms', { topic: 'people and culture' });

// ── Phrases that only look like terms: they swallow what they contain ─────
add(
  'none',
  0,
  'Washington Post|Washington Times|Washington Examiner|George Washington|Washington state|University of Washington|Washington Sundar|Washington Commanders|Washington Nationals|Washington Wizards|Washington Capitals|Denzel Washington|' +
    'Latin America|South America|Central America|North America|Latin American|South American|Central American|North American|Captain America|American Express|American Airlines|Bank of America|American football|Native American|African American|Voice of America|Miss America|America\'s Cup|' +
    'US$|U.S.$|US dollar|US dollars|U.S. dollar|U.S. dollars|US Open|U.S. Open|USA Today|US Masters|' +
    'food security|energy security|economic security|social security|job security|water security|health security|financial security|' +
    'artificial intelligence|business intelligence|emotional intelligence|market intelligence|' +
    'bug bounty|bug bounties|bug bounty programme|bug bounty program|navy blue|spy thriller|spy novel|spy film|' +
    'heart attack|heart attacks|panic attack|bowling attack|pace attack|spin attack|seam attack|asthma attack|' +
    'tear gas|nerve gas|open arms|with open arms|arms length|arm\'s length|Salvation Army|defence lawyer|defense lawyer|defense attorney|defence counsel|title defence|title defense|' +
    'trade routes|Congress party|Indian National Congress|trade-off|' +
    // a person's nationality or origin, not the state ("a 20-year-old Pakistani man", "a US citizen")
    'Pakistani man|Pakistani men|Pakistani woman|Pakistani women|Pakistani boy|Pakistani girl|Pakistani teenager|Pakistani teen|Pakistani nationals|' +
    'a Pakistani national|Pakistani national arrested|Pakistani national charged|Pakistani national extradited|Pakistani national held|Pakistani national jailed|Pakistani national sentenced|Pakistani national convicted|Pakistani national detained|Pakistani national accused|' +
    'man from Pakistan|men from Pakistan|woman from Pakistan|women from Pakistan|brothers from Pakistan|brother from Pakistan|doctor from Pakistan|immigrant from Pakistan|immigrants from Pakistan|Americans from Pakistan|family from Pakistan|' +
    'Pakistani doctor|Pakistani doctors|Pakistani physician|Pakistani physicians|Pakistani engineer|Pakistani engineers|' +
    'Pakistani citizen|Pakistani citizens|Pakistani-born|Pakistan-born|Pakistani origin|Pakistani descent|Pakistani immigrant|Pakistani immigrants|' +
    'Pakistani-Canadian|Pakistani-Canadians|Pakistani-British|British-Pakistani|British-Pakistanis|' +
    'an Afghan national|Afghan nationals|Afghan citizen|Afghan citizens|افغان باشندے|افغان باشندوں|' +
    'American man|American woman|American citizen|American citizens|US citizen|US citizens|U.S. citizen|U.S. citizens|American-born|US-born|U.S.-born|' +
    'پاکستانی نژاد|پاکستانی باشندے|پاکستانی باشندوں|born in Pakistan|' +
    // "a Pakistani citizen", "a 20-year-old Pakistani citizen" (the plural is as often "Pakistani civilians", killed in a strike)
    'ایک پاکستانی شہری|سالہ پاکستانی شہری|' +
    // the energy words' look-alikes: aid "in the pipeline", the Pakistan Atomic Energy Commission
    'in the pipeline|Atomic Energy Commission',
  'none',
);

/**
 * The forms of an Urdu term written without one or more of its invisible
 * spaces (those after a letter that never joins the next, before another
 * letter: pages often leave them out, "نیٹوسپلائی" for "نیٹو سپلائی"); none
 * for other terms, or for a term with more than three such spaces.
 */
export function joinedUrduForms(term: string): string[] {
  const spaces: number[] = [];
  for (let i = 1; i < term.length - 1; i++) if (term[i] === ' ' && NON_JOINING_URDU.has(term[i - 1]) && isArabicLetter(term[i + 1])) spaces.push(i);
  if (spaces.length === 0 || spaces.length > 3) return [];
  const forms: string[] = [];
  for (let mask = 1; mask < 1 << spaces.length; mask++) {
    let form = '';
    let from = 0;
    for (let k = 0; k < spaces.length; k++) {
      if (!(mask & (1 << k))) continue;
      form += term.slice(from, spaces[k]);
      from = spaces[k] + 1;
    }
    forms.push(form + term.slice(from));
  }
  return forms;
}

// each Urdu term also in the forms pages write without its invisible spaces, unless listed already
const listed = new Set(specs.map((s) => s.term));
for (const spec of specs.slice()) {
  for (const form of joinedUrduForms(spec.term)) {
    if (listed.has(form)) continue;
    listed.add(form);
    specs.push({ ...spec, term: form });
  }
}

/** The whole vocabulary, for building the matcher. */
export const TOPIC_TERMS: readonly TermSpec[] = specs;
