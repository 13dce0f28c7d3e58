import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGenericAlias, sentenceStarts } from '../../../utils/core/score-topic';
import { aliasesFromDataset, analysePage, analyseText, compileAliases, contentKey, quickCheck, readPage, type PageText } from '../../../utils/core/analyse-page';
import type { Analysis } from '../../../utils/core/analysis';
import { fixtureAliases, fixtureDataset, page, parse } from './helpers';

const url = 'https://www.dawn.com/news/1999999/story';
const relevant = (headline: string, ...paragraphs: string[]) => analysePage(page({ headline, paragraphs }), url, fixtureAliases).topic;

describe('topic scoring', () => {
  it.each([
    ['Pakistan, US agree to deepen counter-terrorism cooperation', 'ISLAMABAD: Pakistan and the United States agreed on Tuesday to expand intelligence sharing and border security cooperation against the TTP.', true],
    ['US, Pakistan hold talks', 'Officials from Washington and Islamabad discussed drone strikes, military aid and the Coalition Support Fund.', true],
    ['Pakistan, US sign trade deal', 'Pakistan and the United States agreed to cut tariffs on textile exports and boost investment and bilateral trade.', false],
    ['India, US sign defence pact', 'India and the United States signed a defence agreement on military cooperation and intelligence sharing. China watched closely.', false],
    ['TTP attack kills soldiers in Waziristan', 'Militants of the banned TTP attacked a military convoy; security forces killed 10 terrorists, the ISPR said.', false],
    ['Pakistan beat USA in T20 World Cup', 'Pakistan’s bowling attack restricted the USA batters; the captain praised the innings and the wicket.', false],
    ['PAF, USAF bilateral exercise concludes', 'ISLAMABAD: A bilateral exercise between the Pakistan Air Force and the US Air Force ended at an air base, with fighter jets of both air forces practising interoperability.', true],
    ['US offers $10m bounty on Hafiz Saeed; Islamabad asks for evidence', 'ISLAMABAD: Pakistan asked for evidence after Washington announced a bounty on the founder of Jamaat-ud-Dawa under its Rewards for Justice programme.', true],
    ['US firm opens bug bounty programme for Pakistani developers', 'KARACHI: An American software company launched a bug bounty programme for developers in Pakistan, paying for security flaws found in its apps; the US embassy welcomed it.', false],
    ['Pakistani and American gamers meet at war games expo', 'LAHORE: Teams from Pakistan and the United States, in navy blue kits, played war games and spy thrillers at an expo; the US consul general attended.', false],
    ['Pakistani man extradited to US over plot to attack Jewish centre', 'NEW YORK: A 20-year-old Pakistani man accused of plotting an attack inspired by ISIS was extradited from Canada to the United States, where federal prosecutors charged him with terrorism offences.', false],
    ['US citizen held in Karachi over bombing plot', 'KARACHI: Police said an American-born US citizen was arrested over a plot to bomb a market; the suspect, of Pakistani origin, was remanded in custody on terrorism charges.', false],
    ['Pakistan, US national security advisers meet in Geneva', 'GENEVA: The national security advisers of Pakistan and the United States met for the first time; both NSAs discussed Afghanistan, counter-terrorism and ways to advance cooperation.', true],
    ['Pakistan halts Nato supplies after border posts attacked', 'PESHAWAR: Pakistan closed the Nato supply routes into Afghanistan after helicopters attacked two border posts in Mohmand, killing 24 soldiers; the army called it a breach of sovereignty.', true],
    ['Pakistan, US to boost cooperation in energy sector', 'WASHINGTON: Under a cloud of anger in Islamabad over a US drone strike that killed the Tehreek-e-Taliban Pakistan chief before peace talks, Pakistan and US officials met at the Energy Working Group to discuss shale gas, liquefied natural gas, power plants and electricity for Pakistan; a dam and gas pipelines were also discussed.', false],
    ['U.S. Commerce Department adds Pakistani firms to Entity List', 'The U.S. Commerce Department added companies in Pakistan and the UAE to its Entity List for contributing to unsafeguarded nuclear and missile programs, citing risks to U.S. national security.', true],
    ['First Nato container crosses into Afghanistan', 'CHAMAN: The first Nato container crossed the border after Pakistan reopened the supply route closed since the Salala attack; Nato trucks queued at Torkham.', true],
    ['US designates BLA a Foreign Terrorist Organization', 'The militant group has claimed deadly bombings and suicide attacks on security forces in Pakistan’s Balochistan province, including a train hijacking, officials said.', true],
    ['Pakistan still gives the Haqqanis sanctuary: Pentagon report', 'ISLAMABAD: The Pentagon report to Congress on Afghanistan says Pakistan continues to tolerate safe havens for the Haqqani network, which attacks US troops across the border.', true],
    ['Pakistani doctor indicted on terrorism charge in US', 'A Pakistani doctor working in Minnesota has been indicted by a federal grand jury for pledging allegiance to the Islamic State and planning a lone-wolf terrorist attack in the United States, prosecutors said; the medical researcher from Pakistan had been arrested at an airport.', false],
    ['US restores military training programme for Pakistan', 'WASHINGTON: The State Department said the United States has restored Pakistan’s place in its International Military Education and Training programme, suspended in 2018 when Washington froze security assistance over militant safe havens, after Prime Minister Imran Khan met President Trump.', true],
    ['US pushes to put Pakistan on FATF grey list', 'WASHINGTON: The United States has moved a motion at the Financial Action Task Force to place Pakistan on its grey list of countries that fail to curb terrorist financing, diplomats said.', true],
    ['Terror plot: two brothers from Pakistan plead guilty', 'MIAMI: Two brothers from Pakistan living in Florida pleaded guilty to plotting terror attacks in New York City with a weapon of mass destruction and to assaulting two deputy U.S. marshals. The brothers, naturalized Americans from Pakistan, were charged with providing material support to terrorists, U.S. prosecutors said.', false],
    ['DEA chief calls Pakistan a partner against drug trafficking', 'ISLAMABAD: The head of the US Drug Enforcement Administration praised Pakistan’s Anti-Narcotics Force for seizures along the Afghan border, saying the DEA and Pakistani law enforcement would widen intelligence sharing against drug traffickers.', true],
    ['پاکستان اور امریکا کا کاؤنٹر ٹیرارزم ڈائیلاگ کرانے پر اتفاق', 'اسلام آباد: پاکستان اور امریکا نے جون میں کاؤنٹر ٹیرارزم ڈائیلاگ کرانے پر اتفاق کیا ہے، امریکی سفیر نے وزیر داخلہ سے ملاقات میں حالیہ حملوں کی مذمت کی۔', true],
    ['امریکی ٹرینرز فرنٹیئر کور کی تربیت کے لیے پشاور واپس', 'پشاور: امریکی حکام کے مطابق امریکی تربیت کار فرنٹیئر کور کے اہلکاروں کو تربیت دینے کے لیے دوبارہ پاکستان پہنچ گئے ہیں۔ حکام نے کہا کہ ان کی واپسی شدت پسندی کے خلاف تعاون جاری رہنے کی علامت ہے۔', true],
    ['US military trainers return to Peshawar', 'PESHAWAR: US military trainers have returned to train the paramilitary Frontier Corps, months after they were withdrawn over a border incident that strained counter-terrorism cooperation.', true],
    ['US trainers to teach Pakistani police forensics', 'ISLAMABAD: US trainers will teach Pakistani police officers forensic investigation under a United States programme, the interior ministry said. The American trainers will run workshops in Lahore and Karachi on securing crime scenes.', false],
    ['US drone strike kills Afghan Taliban commanders', 'MIRANSHAH: A US drone strike on a compound in North Waziristan killed two Afghan Taliban commanders and a local militant leader, Pakistani officials said. The Afghan Taliban fighters had been preparing attacks across the border, and Washington said the strikes target militants in Pakistan’s tribal areas.', true],
    ['Afghan and Pakistani troops trade fire at Torkham', 'TORKHAM: Afghan forces and Pakistani troops exchanged fire at the border crossing; Kabul blamed Islamabad, and the Afghan Taliban government summoned Pakistan’s envoy in Afghanistan. A US State Department spokesman urged restraint on both sides of the Afghan border.', false],
    // the frontier and a suspect's nationality are not Afghanistan taking part
    ['Suspect in attack on US troops arrested near Afghan border', 'Security forces in Pakistan arrested an Afghan national wanted over a bombing that killed US soldiers in Afghanistan, near the border with Afghanistan. Washington thanked Islamabad for its counter-terrorism cooperation, and the suspect was flown to the United States.', true],
    ['امریکا کا دہشت گردی کے خلاف پاکستان سے تعاون جاری رکھنے کا اعلان', 'واشنگٹن: امریکی محکمہ خارجہ نے کہا ہے کہ امریکا دہشت گردی کے خاتمے کے لیے پاکستان کے ساتھ تعاون جاری رکھے گا، پاکستان دہشت گردی سے بہت متاثر ہوا ہے۔', true],
    // an air base, an FBI team and a suspect handed over, in Urdu as in English
    ['بلوچستان کے ایئر بیس سے امریکی ڈرون طیارے منتقل', 'کوئٹہ: پاکستان کی حکومت کے حکم پر امریکی اہلکاروں نے بلوچستان میں واقع ایئر بیس خالی کر دیا ہے، وہاں موجود ڈرون طیارے افغانستان بھیج دیے گئے اور امریکی حکام کی رہائشی بیرکس گرا دی گئیں۔', true],
    ['Pakistan hands al-Qaeda suspect to FBI', 'ISLAMABAD: An American citizen held in Pakistan for four years, accused of plotting with al-Qaeda to attack US troops in Afghanistan, was handed over to the United States; an FBI team flew him to New York to stand trial, Pakistani officials said.', true],
    // an Urdu story that leaves out the spaces after non-joining letters (نیٹوسپلائی, سرحدپار), as pages often do
    ['چیک پوسٹوں پر حملے کے بعد نیٹوسپلائی بند', 'پشاور: مہمند ایجنسی میں پاکستانی چوکیوں پر نیٹو ہیلی کاپٹروں کے حملے کے بعد حکومت نے نیٹوسپلائی روک دی، سرحدپار کنٹینرز کی قطاریں لگ گئیں اور امریکہ سے احتجاج کیا گیا۔', true],
    ['Pakistan, China begin joint naval exercise', 'KARACHI: The navies of Pakistan and China began a joint exercise in the Arabian Sea; US officials were not invited to observe the military drills.', false],
    // one specific subject, told three ways, and in the headline
    ['Congress told of plan to sell F-16s to Pakistan', 'WASHINGTON: The administration has notified Congress that it intends to sell eight F-16 jets to Pakistan. The sale of the fighter jets now faces a 30-day review, and lawmakers were told the arms sale would improve Pakistan’s precision strike capability.', true],
    // one generic subject, however often, is not enough
    ['Pakistan military band plays in Washington', 'WASHINGTON: A Pakistan military band played at a festival in the United States capital, where American and Pakistani military families listened. The military musicians will tour three more cities.', false],
    // an army chief and a passing word about terrorism in a story about something else
    ['Pakistan bets on crypto to win friends in Washington', 'ISLAMABAD: Pakistan’s crypto adviser has met officials in Washington as the country pitches itself as a digital finance hub, hoping to shed its terrorism-linked image. Some say he rivals the Pakistan Army chief, Field Marshal Asim Munir, in influence with the United States; the ISPR and the Pakistan Army have backed his blockchain plans.', false],
    // both states' forces meeting is a subject of its own
    ['Pentagon chief hosts Pakistan army chief', 'WASHINGTON: The US defence secretary received Pakistan’s army chief at the Pentagon on Tuesday, the ISPR said; the commander of CENTCOM joined them to discuss the relationship between the United States and Pakistan.', true],
    // the coalition's supply line: Afghanistan is where the supplies go, not a party against the United States
    ['Pakistan closes Torkham crossing to Nato traffic', 'PESHAWAR: Pakistan closed the Torkham border crossing after militant attacks on trucks; the road through the Khyber Pass is Nato\'s main supply line into Afghanistan.', true, 'All Afghanistan-bound supplies for the International Security Assistance Force were stopped, officials said, and trucks heading to Afghanistan and on to Kabul waited at the border. The Taliban have attacked trucks carrying Nato supplies to Afghanistan. The closure came as the US stepped up its strikes on militants in Pakistan\'s tribal areas.'],
    // a place near the border, seen from Afghanistan, is not Pakistan
    ['US airstrikes kill ISIS fighters in Nangarhar near Pak-Afghan border', 'KABUL: US forces carried out airstrikes on ISIS Khorasan militants in eastern Nangarhar province, local officials said, killing 27 insurgents.', false],
    // a person's birthplace or nationality, in English and in Urdu, is not the state
    ['New York man born in Pakistan pleads guilty to ISIS support', 'NEW YORK: A naturalized citizen born in Pakistan pleaded guilty in a US federal court to attempting to provide material support to the Islamic State, a designated terrorist organization, the Justice Department said.', false],
    ['امریکہ میں ایک پاکستانی شہری داعش کے لیے حملے کی منصوبہ بندی کے الزام میں گرفتار', 'نیویارک: امریکی محکمہ انصاف کے مطابق 20 سالہ پاکستانی شہری کو داعش کی حمایت میں دہشت گرد حملے کی منصوبہ بندی کے الزام میں گرفتار کیا گیا ہے۔', false],
    // military ties are defence relations: one specific subject, in the headline and told three times
    ['پاکستان سے فوجی تعلقات برقرار ہیں: پینٹاگون', 'واشنگٹن: پینٹاگون کے ترجمان نے کہا ہے کہ امریکا اور پاکستان کے فوجی تعلقات میں کوئی تبدیلی نہیں آئی۔', true, 'ترجمان کے مطابق دونوں ملکوں کے فوجی تعلقات جاری رہیں گے اور پاکستان خطے میں امریکا کا اہم اتحادی ہے۔'],
    // forces that hand over flood relief: against the relief, the forces that act in it count for nothing
    ['سیلاب متاثرین کے لیے امریکی امدادی سامان پاک فوج کے حوالے', 'راولپنڈی: امریکا نے اپنی سینٹرل کمانڈ کے ذریعے پاکستان میں سیلاب متاثرین کے لیے امدادی سامان بھیجا ہے جس میں خیمے اور پمپ شامل ہیں۔', false, 'آئی ایس پی آر کے مطابق امریکی سینٹرل کمانڈ کے کمانڈر نے امدادی سامان پاک فوج کے حوالے کیا، جو سیکیورٹی کے ساتھ فلڈ ریلیف کیمپوں کے ذریعے سیلاب سے متاثرہ افراد میں تقسیم کیا جائے گا۔'],
    // Urdu: the army chief meets the US Central Command's commander (both states' forces, and militancy)
    ['آرمی چیف کی امریکی سینٹرل کمانڈ کے کمانڈر سے ملاقات', 'واشنگٹن: آرمی چیف نے امریکی دورے میں سینٹرل کمانڈ کے کمانڈر سے ملاقات کی، جس میں شدت پسندوں کے خلاف کارروائیوں پر بات ہوئی۔', true],
    // a named affair, like Shakil Afridi's and Raymond Davis's: one subject, in the headline and told three times
    ['Islamabad vows to bring Aafia home after US sentence', 'ISLAMABAD: The Foreign Office said Pakistan would keep working for the return of Aafia Siddiqui after a court in New York sentenced her to 86 years.', true, 'Siddiqui was convicted of trying to kill US officers in Afghanistan. Her family in Karachi called on the government to press Washington, and a spokesman said Aafia could serve part of her term in Pakistan under an agreement with the United States.'],
    // fighter variants are the F-16, and the man who sold nuclear secrets is proliferation
    ['Lawmakers question jet sale to Pakistan', 'WASHINGTON: Members of Congress asked for safeguards before approving the sale of 18 F-16C/D fighters to Pakistan that the Pentagon notified last month.', true, 'One lawmaker said the United States was dealing with the country of A.Q. Khan, the scientist who admitted selling nuclear technology, and wanted security conditions in place first.'],
    // a Pakistani arms sale to another state names the United States only in passing
    ['Pakistan to sell fighter jets to Azerbaijan', 'ISLAMABAD: Pakistan signed a contract to sell fighter jets to Azerbaijan, its military said, as defence cooperation with Baku grows while ties with the United States have cooled.', false, 'Azerbaijan\'s president visited Pakistan in July, and the two countries agreed to deepen defence cooperation; Azerbaijani pilots will train in Pakistan.'],
    // "Jordan" alone is a name as often as the state
    ['Jordan: not one more dollar of military aid for Pakistan', 'WASHINGTON: Congressman Jim Jordan said the United States should stop military aid to Pakistan until it acts against the Haqqani network.', true, 'Jordan said the security assistance had not bought cooperation against terrorism. Jordan has long opposed the aid.'],
    // the headline pairs them, the body only once: a third state weighing twice as much still outweighs them
    ['US urges Pakistan, India to de-escalate after Pahalgam attack', 'WASHINGTON: The United States urged Pakistan to cooperate in the investigation of the attack on tourists in Indian Kashmir.', false, 'India blamed militants it says are backed from across the border; New Delhi expelled diplomats and closed a border crossing, and Indian troops were put on alert.'],
    // a travel ban is immigration, not sanctions (پابندیاں is both words in Urdu)
    ['امریکی سفری پابندیاں: پاکستانی شہریوں کے لیے ویزا کا حصول مشکل', 'واشنگٹن: امریکا نے قومی سلامتی کا حوالہ دے کر افغانستان اور پاکستان کے شہریوں پر نئی سفری پابندیاں لگانے کا فیصلہ کیا ہے، جس سے امریکی افواج کے ساتھ کام کرنے والے افغان شہری طالبان کے خطرے میں رہیں گے۔', false, 'ماہرین کے مطابق نئی سفری پابندیوں کے بعد پاکستانی شہریوں کو امریکا کا ویزا ملنا مزید مشکل ہو جائے گا۔'],
    // both states in the headline, paired in its sentences: the place of the attack (Afghanistan) does not outweigh them twice over
    ['Trump thanks Pakistan for arrest of Kabul airport bomber', 'WASHINGTON: President Trump thanked Pakistan for helping capture the Islamic State militant behind the 2021 bombing at Kabul airport, in Afghanistan, that killed 13 US troops during the withdrawal from Afghanistan.', true, 'The suspect, arrested in Pakistan, is being flown to the United States to stand trial. Trump told Congress the attack in Afghanistan had been a disgrace, and that the man who killed Americans in Afghanistan would face justice, after Kabul had fallen to the Taliban and Afghanistan was abandoned.'],
    ['حقانی نیٹ ورک کے خلاف کارروائی کے لیے پاکستان پر دباؤ بڑھائیں گے: امریکا', 'واشنگٹن: امریکی وزیر خارجہ نے کہا ہے کہ امریکا حقانی نیٹ ورک کے خلاف کارروائی کے لیے پاکستان پر دباؤ بڑھائے گا، کیونکہ حقانی نیٹ ورک کابل میں حملوں میں ملوث ہے۔', true],
  ] as Array<[string, string, boolean, string?]>)('%s -> %s', (headline, lede, want, body) => {
    const t = relevant(headline, lede, body ?? 'More details followed in a statement later in the day.');
    expect(t.relevant, t.reasons.join('; ')).toBe(want);
    expect(t.reasons.length).toBeGreaterThan(0);
  });

  /** The reasons of a story judged as `want`. */
  const reasonsOf = (want: boolean, headline: string, ...paragraphs: string[]) => {
    const t = relevant(headline, ...paragraphs);
    expect(t.relevant, t.reasons.join('; ')).toBe(want);
    return t.reasons;
  };

  it('counts a militant group named for Pakistan or its province as naming Pakistan', () => {
    // Pakistan and the United States share a sentence only through the group's name; the cities come in sentences without the United States
    const reasons = reasonsOf(
      true,
      'US lists BLA wing as terrorist group',
      'The United States has designated a suicide unit of the Balochistan Liberation Army as a Foreign Terrorist Organization, the State Department said.',
      'The group has claimed bombings near Karachi airport and a train hijacking near Quetta. Washington said the step would curb support for terrorism.',
    );
    expect(reasons[0]).toBe('Pakistan named in the opening (as Balochistan Liberation Army, Karachi, Quetta), the United States in the headline');
  });

  it('still counts Afghanistan\'s own forces as Afghanistan ("Afghan National Army" holds no nationality look-alike)', () => {
    const reasons = reasonsOf(
      false,
      'US general praises Afghan National Army',
      'WASHINGTON: The US commander told Congress that the Afghan National Army and the Afghan National Police held the line against Taliban attacks, with US military aid and intelligence sharing.',
      'He said Pakistan and the United States had discussed militant sanctuaries on the border, and that the Afghan National Security Forces would need years of support.',
    );
    expect(reasons.join('; ')).toMatch(/mainly about the United States and Afghanistan \(4 mentions of Afghanistan,/);
  });

  it('explains itself in plain words', () => {
    const t = relevant('Pakistan, US agree to deepen counter-terrorism cooperation', 'Pakistan and the United States agreed to expand intelligence sharing against the TTP, with CIA support.');
    expect(t.reasons[0]).toBe('headline names Pakistan and the United States');
    expect(t.reasons.join(' ')).toMatch(/security terms .*names .*TTP/);
  });

  it('says which words named a state when they are not its own name', () => {
    const t = relevant('The long shadow of Abbottabad', 'The raid began a crisis of trust between the CIA and the ISI; Rawalpindi saw a breach of sovereignty, American officials saw duplicity.', 'Intelligence sharing and counterterrorism cooperation resumed against militant groups.');
    expect(t.reasons[0]).toBe('Pakistan named in the headline (as Abbottabad), the United States in the opening');
    const head = relevant('CENTCOM chief calls on army chief at GHQ', 'RAWALPINDI: Pakistan and the United States discussed border security and counter-terrorism cooperation.');
    expect(head.reasons[0]).toMatch(/^headline names Pakistan \(as .*GHQ.*\) and the United States \(as CENTCOM\)$/);
  });

  it('counts a place in Pakistan as Pakistan, in English and Urdu', () => {
    const t = relevant('Suspected US drone kills three in North Waziristan', 'MIRANSHAH: A US drone fired missiles at a compound in North Waziristan, killing three suspected militants near the Afghan border.', 'Washington calls the strikes a tool against al-Qaeda.');
    expect(t.relevant, t.reasons.join('; ')).toBe(true);
    expect(t.reasons[0]).toBe('headline names Pakistan (as North Waziristan) and the United States');
    const ur = analysePage(page({ headline: 'شمالی وزیرستان میں مشتبہ امریکی ڈرون حملہ، تین عسکریت پسند ہلاک', paragraphs: ['قبائلی علاقے شمالی وزیرستان میں امریکی ڈرون طیارے سے داغے گئے میزائلوں نے شدت پسندوں کے ایک مکان کو نشانہ بنایا۔'], lang: 'ur' }), url, fixtureAliases).topic;
    expect(ur.relevant, ur.reasons.join('; ')).toBe(true);
    // a place is not a party on its own: a TTP attack in Khyber Pakhtunkhwa with no US role stays out
    expect(relevant('Militants attack police post in Bannu', 'PESHAWAR: Militants attacked a police post in Bannu, Khyber Pakhtunkhwa, killing two policemen; the TTP claimed the attack.').relevant).toBe(false);
  });

  it('takes a suspect handed over to the United States for extradition, and "with regard to the United States" for nothing', () => {
    const handed = relevant('القاعدہ کا مشتبہ رکن امریکہ کے حوالے کر دیا گیا', 'اسلام آباد: حکام کے مطابق ملزم کو گزشتہ ماہ امریکہ بھیجا گیا۔');
    expect(handed.reasons.join('; ')).toContain('extradition');
    const regarding = relevant('پاکستان کی امریکہ کے حوالے سے پالیسی پر سیمینار', 'اسلام آباد: سیمینار میں پاکستان کی خارجہ پالیسی پر بات ہوئی۔');
    expect(regarding.reasons.join('; ')).not.toContain('extradition');
    for (const headline of ['امریکی حکام کے حوالے سے پاکستان کی پالیسی پر سیمینار', 'اقتدار کی حوالگی پر پاکستان میں سیمینار', 'پاکستان کا امریکہ کے حوالے کردار پر سیمینار'])
      expect(relevant(headline, 'اسلام آباد: سیمینار میں بات ہوئی۔').reasons.join('; '), headline).not.toContain('extradition');
    const fbi = relevant('Pakistan extradites al-Qaeda suspect to US', 'ISLAMABAD: The suspect was flown to New York by the FBI.');
    expect(fbi.reasons.join('; ')).toMatch(/extradition.*US security agencies|US security agencies.*extradition/);
  });

  it('reads Urdu', () => {
    const t = analysePage(page({ headline: 'پاکستان اور امریکہ کا انسداد دہشت گردی تعاون بڑھانے پر اتفاق', paragraphs: ['اسلام آباد: دونوں ممالک نے کالعدم تحریک طالبان پاکستان کے خلاف انٹیلی جنس شیئرنگ اور سرحدی سیکیورٹی پر بات کی۔'], lang: 'ur' }), url, fixtureAliases).topic;
    expect(t.relevant, t.reasons.join('; ')).toBe(true);
    // words run together (انسداددہشت گردی) and safe havens (محفوظ پناہ گاہوں)
    const joined = analysePage(page({ headline: 'امریکی صدر کے بیان پر پاکستان کا ردعمل', paragraphs: ['ترجمان دفتر خارجہ نے کہا کہ پاکستان میں دہشت گردوں کی محفوظ پناہ گاہوں کا امریکی الزام بے بنیاد ہے اور امریکہ کو انسداددہشت گردی میں پاکستان کی قربانیوں کو تسلیم کرنا چاہیے۔'], lang: 'ur' }), url, fixtureAliases).topic;
    expect(joined.relevant, joined.reasons.join('; ')).toBe(true);
  });

  it('extracts figures only on relevant pages by default', () => {
    const doc = () => page({ headline: 'Pakistan, US agree to deepen counter-terrorism cooperation', paragraphs: ['Pakistan and the United States agreed to expand intelligence sharing; US security aid from 2002 to 2023 totaled over $8 billion.'] });
    expect(analysePage(doc(), url, fixtureAliases).figures[0]).toMatchObject({ value: 8e9, unit: 'usd' });
    expect(analysePage(doc(), url, fixtureAliases, { figures: 'never' }).figures).toEqual([]);
  });
});

describe('readPage and analyseText', () => {
  const story = () =>
    page({
      headline: 'Pakistan, US agree to deepen counter-terrorism cooperation',
      paragraphs: ['ISLAMABAD: Pakistan and the United States agreed to expand intelligence sharing against the TTP; the US has given $1.5 billion since 2020.', 'More details followed later in the day.'],
    });
  const same = (a: Analysis, b: Analysis) => expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 });

  it('give what analysePage gives, from plain data that survives messaging', () => {
    const read = JSON.parse(JSON.stringify(readPage(story(), url))) as PageText;
    const analysis = analyseText(read, fixtureAliases);
    expect(analysis.topic.relevant).toBe(true);
    expect(analysis.figures.length).toBeGreaterThan(0);
    same(analysis, analysePage(story(), url, fixtureAliases));
    const other = page({ headline: 'Pakistan beat USA in T20 World Cup', paragraphs: ['The bowling attack restricted the USA batters.'] });
    same(analyseText(readPage(other, url), fixtureAliases), analysePage(other, url, fixtureAliases));
  });

  it('analyseText counts the reading time and needs no document', () => {
    const read = readPage(story(), url);
    const analysis = analyseText({ ...read, ms: 5 }, fixtureAliases);
    expect(analysis.ms).toBeGreaterThanOrEqual(5);
  });

  it('analyseText never throws: a malformed page text is no article, with the reason', () => {
    for (const bad of [undefined, null, {}, { text: 3 }, { article: {}, text: 'x', zones: null }]) {
      const a = analyseText(bad as never, fixtureAliases);
      expect(a.topic.relevant).toBe(false);
      expect(a.topic.reasons[0]).toMatch(/^analysis failed: /);
    }
  });
});

describe('quickCheck', () => {
  it.each([
    ['<title>Pakistan, US agree - Dawn</title>', url, true],
    ['<title>News</title><h1>Islamabad talks</h1>', url, true],
    ['<title>News</title><p>پاکستان اور امریکہ</p>', url, true],
    ['<title>Weather</title><p>Sunny today.</p>', url, false],
    ['<title>Pakistan</title>', 'https://www.dawn.com/pakistan', false],
    ['<title>Story</title>', 'https://www.dawn.com/news/1/pakistan-us-talks', true],
  ])('%s', (html, u, want) => expect(quickCheck(parse(`<html><head>${html.includes('<title>') ? html.split('</title>')[0] + '</title>' : ''}</head><body>${html.split('</title>')[1] ?? ''}</body></html>`), u)).toBe(want));

  it('reads only the opening of a long page (its speed is measured by npm run bench)', () => {
    const doc = parse(`<html><head><title>Weather</title></head><body>${'<div><p>Sunny and warm.</p></div>'.repeat(5000)}<p>Pakistan</p></body></html>`);
    expect(quickCheck(doc, url)).toBe(false);
  });
});

describe('contentKey', () => {
  it('changes with the content, not with the fragment', () => {
    const a = page({ headline: 'One headline here', paragraphs: ['First paragraph.'] });
    const b = page({ headline: 'Another headline', paragraphs: ['First paragraph.'] });
    expect(contentKey(a, url)).toBe(contentKey(a, url + '#comments'));
    expect(contentKey(a, url)).not.toBe(contentKey(b, url));
    expect(contentKey(a, url)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('records that stand for a state', () => {
  const data = {
    actors: [
      { id: 'united-states', name: 'United States', type: 'state', country: 'US', aliases: ['US'] },
      { id: 'pakistan', name: 'Pakistan', type: 'state', country: 'PK', aliases: [] },
      { id: 'natalie-baker', name: 'Natalie Baker', type: 'person', country: 'US', aliases: [] },
      { id: 'mohsin-naqvi', name: 'Mohsin Naqvi', type: 'person', country: 'PK', aliases: ['Naqvi'] },
      { id: 'ttp', name: 'TTP', type: 'militant-group', country: 'PK', aliases: [] },
      { id: 'nato-isaf', name: 'ISAF', type: 'organisation', country: 'INTL', aliases: [] },
      { id: 'cia', name: 'Central Intelligence Agency', type: 'agency', country: 'US', aliases: ['CIA'] },
      { id: 'lockheed-martin', name: 'Lockheed Martin', type: 'organisation', country: 'US', aliases: [] },
      { id: 'hakimullah-mehsud', name: 'Hakimullah Mehsud', type: 'person', country: 'PK', roles: [{ title: 'Leader', organisation: 'ttp' }], aliases: [] },
    ],
    agreements: [
      { id: 'csf', name: 'Coalition Support Fund', parties: ['united-states', 'pakistan'], aliases: [] },
      { id: 'fto-ttp', name: 'TTP designation', parties: ['united-states', 'ttp'], aliases: [] },
      { id: 'ct-dialogue', name: 'Pakistan–US Counterterrorism Dialogue', parties: ['united-states', 'pakistan'], aliases: ['CT Dialogue', 'counter-terrorism dialogue'] },
    ],
    events: [
      { id: 'talks', name: 'Naqvi–Baker talks', participants: ['mohsin-naqvi', 'natalie-baker'], aliases: [] },
      { id: 'salala', name: 'Salala incident', participants: ['nato-isaf'], aliases: [] },
      { id: 'abbottabad-raid', name: 'Abbottabad raid', participants: ['cia', 'united-states'], aliases: [] },
    ],
  };
  const list = aliasesFromDataset(data);
  const sideOf = (id: string) => list.find((a) => a.id === id)?.side;

  it('gives officials and agencies their country, agreements their parties, events their participants', () => {
    expect(sideOf('natalie-baker')).toBe('us');
    expect(sideOf('mohsin-naqvi')).toBe('pk');
    expect(sideOf('csf')).toBe('pair');
    expect(sideOf('fto-ttp')).toBe('us');
    expect(sideOf('talks')).toBe('pair');
    // the states' own names are the topic vocabulary's; a militant group is no party; ISAF is neither state
    // a company, a militant group and its leader stand for neither
    for (const id of ['united-states', 'pakistan', 'ttp', 'nato-isaf', 'salala', 'lockheed-martin', 'hakimullah-mehsud']) expect(sideOf(id), id).toBeUndefined();
    expect(sideOf('abbottabad-raid')).toBe('us');
  });

  it('counts such a record as its state where no state word covers it, in the list and compiled alike', () => {
    const doc = () => page({ headline: 'Naqvi meets Natalie Baker on counter-terrorism cooperation', paragraphs: ['The interior minister and the chargé d’affaires discussed intelligence sharing against the TTP and border security.', 'Officials said the two sides agreed to meet again next month to review progress on the training of police counter-terrorism units and on the security of the border crossings.', 'The minister said the threat from militant groups operating from across the border had grown, and asked for more equipment for the forces that guard the crossings.'] });
    for (const dict of [list, compileAliases(list), JSON.parse(JSON.stringify(compileAliases(list)))]) {
      const t = analysePage(doc(), url, dict).topic;
      expect(t.relevant, t.reasons.join('; ')).toBe(true);
      expect(t.reasons[0]).toBe('headline names Pakistan (as Naqvi) and the United States (as Natalie Baker)');
    }
    // "Abbottabad raid" holds a place in Pakistan and stands for the United States: both count
    const raid = analysePage(page({ headline: 'Ten years after the Abbottabad raid', paragraphs: ['The operation still shapes intelligence cooperation and the fight against militant groups.'] }), url, list).topic;
    expect(raid.reasons[0]).toBe('headline names Pakistan (as Abbottabad) and the United States (as Abbottabad raid)');
    // a name the topic vocabulary counts already ("CIA") is not counted twice
    const once = analysePage(page({ headline: 'Police arrest bombing suspects in Karachi', paragraphs: ['Police in Karachi arrested three suspects in the market bombing, officials said on Monday.', 'The suspects were produced before a court, which remanded them in custody for two weeks.', 'Traders in the market reopened their shops on Tuesday after the debris had been cleared away by the city’s workers.', 'One of them had once worked as a driver for a contractor of the CIA, a police officer said, without giving details of the investigation into the attack.'] }), url, list).topic;
    expect(once.reasons).toContain('the United States is named only in passing (1 mention)');
    // a generic alias finds its record but names no state: other pairs hold counter-terrorism dialogues too
    const uk = page({ headline: 'Pakistan, UK hold counter-terrorism dialogue', paragraphs: ['Pakistan and the United Kingdom held the second round of their Counter-Terrorism Dialogue in London, reaffirming their commitment to counter-terrorism cooperation and intelligence sharing against militant groups.', 'The two sides discussed the terrorist threat from across the Afghan border and agreed to hold the next round of the counter-terrorism dialogue in Islamabad.'] });
    for (const dict of [list, compileAliases(list)]) {
      const a = analysePage(uk, url, dict);
      expect(a.entities.map((e) => e.id)).toContain('ct-dialogue');
      expect(a.topic.relevant, a.topic.reasons.join('; ')).toBe(false);
      expect(a.topic.reasons).toContain('the United States is not named');
    }
    // the record's name does
    const named = analysePage(page({ headline: 'Pakistan hosts CT Dialogue', paragraphs: ['Officials met in Islamabad for the CT Dialogue on counter-terrorism cooperation and intelligence sharing against militant groups.', 'The two sides discussed the terrorist threat from across the border and the designation of the TTP.'] }), url, list).topic;
    expect(named.reasons[0]).toBe('headline names Pakistan and the United States (as CT Dialogue)');
    // without the sides, the same story names neither state
    const bare = list.map(({ alias, id, kind }) => ({ alias, id, kind }));
    expect(analysePage(doc(), url, bare).topic.reasons).toContain('Pakistan is not named');
  });
});

describe('state words and their look-alikes', () => {
  it('keeps the state in a word that only starts like a look-alike ("American manufacturer", not "American man")', () => {
    const t = relevant('Pakistan to buy F-16 parts from American manufacturer', 'ISLAMABAD: The air force will buy spare parts for its F-16 fighter jets under a military sales programme, officials said.');
    expect(t.reasons[0]).toBe('headline names Pakistan and the United States');
  });
  it('reads پاکستانی شہری as Pakistani civilians: Pakistan named', () => {
    const t = analysePage(page({ headline: 'امریکی ڈرون حملوں میں پاکستانی شہریوں کی ہلاکتیں', paragraphs: ['قبائلی علاقے میں امریکی ڈرون حملے سے چار افراد جاں بحق ہو گئے اور ایک مکان تباہ ہو گیا۔'], lang: 'ur' }), url, fixtureAliases).topic;
    expect(t.reasons[0]).toBe('headline names Pakistan and the United States');
  });
  it.each([
    ['counterterrorism dialogue', true],
    ['1998 nuclear sanctions', true],
    ['CT Dialogue', false],
    ['@usembislamabad', false],
    ['ریمنڈ ڈیوس', false],
  ])('isGenericAlias(%s) is %s', (alias, want) => expect(isGenericAlias(alias)).toBe(want));
});

describe('sentences', () => {
  it('do not end at the full stop of a one-letter capital', () => {
    expect(sentenceStarts('The U.S. Commerce Department named firms in Pakistan. Lloyd J. Austin spoke.')).toEqual([0, 53, 76]);
    expect(sentenceStarts('Talks ended in the US. Then a brief followed.\nNext')).toEqual([0, 22, 45, 46]);
  });
});

describe('with the bundled dataset', () => {
  const bundled = aliasesFromDataset(JSON.parse(readFileSync(path.join(__dirname, '../../../public/dataset.json'), 'utf8')));

  it('takes Raymond Davis for both states, in Urdu too', () => {
    const t = analysePage(page({ headline: 'ریمنڈ ڈیوس کو رہا کیا جائے: امریکہ', paragraphs: ['واشنگٹن: امریکی محکمہ خارجہ نے کہا ہے کہ لاہور میں دو افراد کے قتل کے مقدمے میں گرفتار ریمنڈ ڈیوس کو سفارتی استثنیٰ حاصل ہے اور اسے فوری رہا کیا جائے۔'], lang: 'ur' }), url, bundled).topic;
    expect(t.relevant, t.reasons.join('; ')).toBe(true);
    expect(t.reasons[0]).toBe('headline names Pakistan (as ریمنڈ ڈیوس) and the United States');
  });

  it('finds Raymond Davis under the Urdu spelling ریمونڈ ڈیوس as well (as DW Urdu writes it)', () => {
    const a = analysePage(page({ headline: 'ریمونڈ ڈیوس کو رہا کیا جائے: امریکہ', paragraphs: ['واشنگٹن: امریکی محکمہ خارجہ نے کہا ہے کہ لاہور میں دو افراد کے قتل کے مقدمے میں گرفتار ریمونڈ ڈیوس کو سفارتی استثنیٰ حاصل ہے اور اسے فوری رہا کیا جائے۔'], lang: 'ur' }), url, bundled);
    expect(a.entities.map((e) => e.id)).toContain('raymond-davis-affair-2011');
    expect(a.topic.reasons[0]).toBe('headline names Pakistan (as ریمونڈ ڈیوس) and the United States');
    expect(a.topic.relevant, a.topic.reasons.join('; ')).toBe(true);
  });

  it('finds the capture of the Abbey Gate suspect, and takes it as naming both states', () => {
    const en = analysePage(page({ headline: 'ISIS-K suspect flown to Virginia to face charges', paragraphs: ['Mohammad Sharifullah, captured near the Afghan border, was handed over and flown to Virginia, where he faces a charge of material support to a terrorist organisation over the 2021 suicide bombing.', 'Prosecutors said he had scouted the route for the bomber.'] }), url, bundled);
    expect(en.entities.map((e) => e.id)).toContain('sharifullah-arrest-2025');
    expect(en.topic.reasons[0]).toBe('Pakistan named in the opening (as Mohammad Sharifullah), the United States in the opening (as Mohammad Sharifullah)');
    expect(en.topic.relevant, en.topic.reasons.join('; ')).toBe(true);
    // the name as Urdu papers write it is a common one: a local story about someone else so named is not the record
    const local = analysePage(page({ headline: 'پشاور میں پولیس کی کارروائی، اسلحہ برآمد', paragraphs: ['پشاور: پولیس نے محمد شریف اللہ نامی شخص کے گھر سے اسلحہ اور گولہ بارود برآمد کر لیا، ملزم کے خلاف دہشت گردی کا مقدمہ درج کر لیا گیا۔'], lang: 'ur' }), url, bundled);
    expect(local.entities.map((e) => e.id)).not.toContain('sharifullah-arrest-2025');
    expect(local.topic.relevant, local.topic.reasons.join('; ')).toBe(false);
  });

  it('finds the Aafia Siddiqui and Shakil Afridi cases; Siddiqui\'s, a US prosecution, names the United States only', () => {
    // a US court's ruling that never names Pakistan: her name does not stand for it
    const appeal = analysePage(page({ headline: 'امریکی عدالت نے عافیہ صدیقی کی اپیل مسترد کر دی', paragraphs: ['نیویارک: امریکی عدالت نے عافیہ صدیقی کی اپیل مسترد کرتے ہوئے 86 برس قید کی سزا برقرار رکھی، ان پر امریکی فوجیوں پر حملے کا الزام تھا۔'], lang: 'ur' }), url, bundled);
    expect(appeal.entities.map((e) => e.id)).toContain('aafia-siddiqui-case');
    expect(appeal.topic.relevant, appeal.topic.reasons.join('; ')).toBe(false);
    expect(appeal.topic.reasons).toContain('Pakistan is not named');
    const afridi = analysePage(page({ headline: 'Senators cut aid over jailed doctor Shakil Afridi', paragraphs: ['WASHINGTON: A Senate panel voted to cut $33 million in military aid after the doctor who ran a vaccination campaign for the CIA was sentenced to 33 years.'] }), url, bundled);
    expect(afridi.entities.map((e) => e.id)).toContain('shakil-afridi-case');
    expect(afridi.topic.relevant, afridi.topic.reasons.join('; ')).toBe(true);
  });

  it('takes the US secretaries and chiefs of staff it records for the United States', () => {
    const t = analysePage(page({ headline: 'Admiral Mullen calls Haqqani network an arm of the ISI', paragraphs: ['Mike Mullen told senators the Haqqani network, which attacked the embassy in Kabul, acts with the support of Pakistan\'s intelligence agency and has safe havens in North Waziristan.', 'Islamabad rejected the charge as baseless.'] }), url, bundled);
    expect(t.entities.map((e) => e.id)).toContain('mike-mullen');
    expect(t.topic.relevant, t.topic.reasons.join('; ')).toBe(true);
  });

  it('takes a dataset name inside a look-alike for no state ("a Pakistani doctor")', () => {
    const t = analysePage(page({ headline: 'Pakistani doctor indicted on terrorism charge in US', paragraphs: ['MINNEAPOLIS: A Pakistani doctor working at a clinic was indicted by a federal grand jury on charges of trying to join the Islamic State and of plotting a terrorist attack in the United States.', 'He was arrested at the airport in March, prosecutors said.'] }), url, bundled).topic;
    expect(t.relevant, t.reasons.join('; ')).toBe(false);
    expect(t.reasons.join('; ')).toContain('Pakistan is not named');
  });

  it('finds the US chargé d\'affaires under both Urdu spellings of her name', () => {
    for (const name of ['نٹالی بیکر', 'نیٹلی بیکر']) {
      const a = analysePage(page({ headline: 'وزیر داخلہ سے امریکی ناظم الامور کی ملاقات', paragraphs: [`اسلام آباد: وفاقی وزیر داخلہ محسن نقوی سے ${name} نے ملاقات کی، دونوں نے انسداد دہشت گردی میں تعاون بڑھانے پر اتفاق کیا۔`], lang: 'ur' }), url, bundled);
      expect(a.entities.map((e) => e.id), name).toContain('natalie-baker');
    }
  });

  it('finds the US drone campaign in Pakistan by its names, and takes a strike story naming it as relevant', () => {
    const a = analysePage(page({
      headline: 'Drone strike kills militants in North Waziristan',
      paragraphs: [
        'MIRAMSHAH: Missiles fired from a drone hit a compound near Miramshah on Tuesday, killing four suspected militants, officials said.',
        'The strike was the third this month under the CIA drone programme, which Pakistan’s Foreign Office again called a violation of the country’s sovereignty.',
      ],
    }), url, bundled);
    expect(a.entities.map((e) => e.id)).toContain('us-drone-campaign-pakistan');
    expect(a.topic.relevant, a.topic.reasons.join('; ')).toBe(true);
  });

  it('does not take a drone strike by Pakistan\'s own forces for the US drone campaign', () => {
    const a = analysePage(page({
      headline: 'Security forces\' drone strike kills militants in North Waziristan',
      paragraphs: ['RAWALPINDI: Security forces struck a militant hideout with a drone in North Waziristan on Monday, killing five terrorists, the ISPR said.', 'The drone campaign against the TTP in the district has intensified since the start of the operation.'],
    }), url, bundled);
    expect(a.entities.map((e) => e.id)).not.toContain('us-drone-campaign-pakistan');
    expect(a.topic.relevant).toBe(false);
    expect(a.topic.reasons).toContain('the United States is not named');
  });

  it('takes the Salala attack as a US strike', () => {
    const t = analysePage(page({ headline: 'A year after the Salala attack', paragraphs: ['PESHAWAR: Soldiers who survived the Salala attack recalled the night helicopters fired on their border posts in Mohmand for almost two hours.', 'The army buried 24 soldiers; the closure of the supply routes that followed lasted seven months.'] }), url, bundled).topic;
    expect(t.relevant, t.reasons.join('; ')).toBe(true);
    expect(t.reasons[0]).toBe('headline names Pakistan (as Salala attack) and the United States (as Salala attack)');
  });
});

describe('aliasesFromDataset', () => {
  it('lists names and aliases of actors, agreements and events, deduplicated', () => {
    const got = aliasesFromDataset(fixtureDataset);
    expect(got).toContainEqual({ alias: 'TTP', id: 'ttp', kind: 'actors' });
    expect(got).toContainEqual({ alias: 'Coalition Support Fund', id: 'coalition-support-fund', kind: 'agreements' });
    expect(got).toContainEqual({ alias: 'counterterrorism dialogue', id: 'ct-dialogue-2025', kind: 'events' });
    expect(new Set(got.map((a) => a.kind + a.id + a.alias)).size).toBe(got.length);
  });
  it.each([null, undefined, 5, 'x', {}, { actors: 'no' }, { actors: [null, { id: 1 }, { id: 'a', name: 7, aliases: [null, 'A1'] }] }])('tolerates %j', (d) => {
    expect(() => aliasesFromDataset(d)).not.toThrow();
  });
  it('feeds the analysis', () => {
    expect(fixtureAliases.length).toBeGreaterThan(10);
  });
});
