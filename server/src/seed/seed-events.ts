/**
 * Seed data for the regional feed: about a year of realistic Danish events in the six member municipalities, dated
 * relative to the day the seed runs so the demo always shows upcoming events, and a few signups that leave one course
 * nearly full and another full with a waitlist.
 *
 * Deterministic: the same `today` always gives the same events (a fixed-seed PRNG, never `Math.random`).
 */
import type {
  AudienceId,
  CategoryId,
  EventStatus,
  MunicipalityId,
  Organizer,
  SignupField,
  SignupSettingsInput,
} from '@kulturregion/kultur/contract';
import { MUNICIPALITY_IDS } from '@kulturregion/kultur/contract';
import type { StoredEventInput } from '../events/event-store.js';
import type { NewSignup } from '../signups/signup-store.js';
import { addDays, daysBetween, regionDate, regionInstantOf, regionIso, weekdayOf } from '../time/region-clock.js';
import { slugOf } from '../publishing/slug.js';

/** A course with capacity 12 that the seed signups leave with exactly one free seat. */
export const NEARLY_FULL_EVENT_ID = 'mobilhistorie-kursus-naestved';

/** A course with capacity 10 that the seed signups fill, with people on the waitlist. */
export const FULL_EVENT_ID = 'fundraising-kursus-maribo';

/** The one seeded event that is cancelled. */
export const CANCELLED_EVENT_ID = 'sommerjazz-paa-havnen-roedvig';

/** The privacy text version the seed signups consented to. */
const PRIVACY_VERSION = '2026-01';

// ---------------------------------------------------------------------------------------------------------------
// Time in the region

/**
 * A wall-clock time (`HH:MM`) on a calendar day in the region, as the feed writes it: with the offset in force then
 * (`+01:00` in winter, `+02:00` in summer). Seed times are never inside the night hour the clocks skip or repeat.
 */
function regionInstant(isoDate: string, time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return regionIso(regionInstantOf(isoDate, hour, minute));
}

// ---------------------------------------------------------------------------------------------------------------
// Places

type PlaceKind = 'bibliotek' | 'kulturhus' | 'museum' | 'kirke' | 'hal' | 'forsamlingshus' | 'ude';

interface Place {
  municipality: MunicipalityId;
  kind: PlaceKind;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  access?: string;
}

const ACCESS = {
  level: 'Niveaufri adgang og handicaptoilet. Teleslynge i salen.',
  lift: 'Elevator til alle etager og handicaptoilet i stueetagen. Handicapparkering ved hovedindgangen.',
  church:
    'Niveaufri adgang ad rampe ved sideindgangen. Teleslynge i kirkerummet; handicaptoilet i sognegården ved siden af.',
  museum: 'Udstillingerne ligger i stueplan med niveaufri adgang. Kørestol kan lånes ved billetsalget.',
  step: 'Et trin ved indgangen; ring på klokken, så lægger personalet en rampe ud. Handicaptoilet findes.',
  outdoor:
    'Udendørs arrangement på grus og græs. Kørestolsbrugere kan komme frem ad fast sti fra parkeringspladsen, hvor der også er toiletter.',
  bunker:
    'Udstillingsbygningen har niveaufri adgang, men de underjordiske gange har mange trapper og kan ikke besøges i kørestol.',
} as const;

const PLACES: readonly Place[] = [
  // Faxe
  p('faxe', 'bibliotek', 'Faxe Bibliotek', 'Torvegade 15', '4640', 'Faxe', 55.2558, 12.1193, ACCESS.level),
  p('faxe', 'bibliotek', 'Haslev Bibliotek', 'Jernbanegade 12', '4690', 'Haslev', 55.3239, 11.9655, ACCESS.lift),
  p('faxe', 'kulturhus', 'Kulturstationen Haslev', 'Jernbanegade 2', '4690', 'Haslev', 55.3231, 11.9668, ACCESS.level),
  p('faxe', 'museum', 'Geomuseum Faxe', 'Østervej 2', '4640', 'Faxe', 55.2547, 12.1282, ACCESS.museum),
  p('faxe', 'kirke', 'Faxe Kirke', 'Kirkepladsen 1', '4640', 'Faxe', 55.2561, 12.1172, ACCESS.church),
  p('faxe', 'kirke', 'Karise Kirke', 'Kirkevej 2', '4653', 'Karise', 55.3046, 12.2157, ACCESS.church),
  p('faxe', 'forsamlingshus', 'Karise Forsamlingshus', 'Bygaden 31', '4653', 'Karise', 55.303, 12.212, ACCESS.step),
  p('faxe', 'hal', 'Haslev Hallerne', 'Frederiksgade 12', '4690', 'Haslev', 55.3262, 11.9598),
  p('faxe', 'ude', 'Faxe Ladeplads Havn', 'Havnevej 8', '4654', 'Faxe Ladeplads', 55.219, 12.166, ACCESS.outdoor),
  p('faxe', 'kulturhus', 'Faxe Ladeplads Medborgerhus', 'Hovedgaden 22', '4654', 'Faxe Ladeplads', 55.2215, 12.161),
  // Guldborgsund
  p(
    'guldborgsund',
    'bibliotek',
    'Nykøbing F. Bibliotek',
    'Rådhusgade 1',
    '4800',
    'Nykøbing F',
    54.7685,
    11.8727,
    ACCESS.lift,
  ),
  p(
    'guldborgsund',
    'kulturhus',
    'Lokomotivværkstedet',
    'Jernbanegade 6',
    '4800',
    'Nykøbing F',
    54.7672,
    11.878,
    ACCESS.level,
  ),
  p('guldborgsund', 'museum', 'Czarens Hus', 'Langgade 2', '4800', 'Nykøbing F', 54.77, 11.87, ACCESS.step),
  p('guldborgsund', 'kirke', 'Klosterkirken', 'Klosterstræde 1', '4800', 'Nykøbing F', 54.7694, 11.8712, ACCESS.church),
  p(
    'guldborgsund',
    'bibliotek',
    'Stubbekøbing Bibliotek',
    'Vestergade 4',
    '4850',
    'Stubbekøbing',
    54.889,
    12.0404,
    ACCESS.level,
  ),
  p('guldborgsund', 'bibliotek', 'Sakskøbing Bibliotek', 'Torvet 5', '4990', 'Sakskøbing', 54.7975, 11.646),
  p(
    'guldborgsund',
    'kirke',
    'Sakskøbing Kirke',
    'Kirkepladsen 1',
    '4990',
    'Sakskøbing',
    54.7983,
    11.6441,
    ACCESS.church,
  ),
  p('guldborgsund', 'kulturhus', 'Gedser Remise', 'Stationsvej 2', '4874', 'Gedser', 54.576, 11.927, ACCESS.step),
  p('guldborgsund', 'ude', 'Gedser Odde', 'Skansevej 50', '4874', 'Gedser', 54.563, 11.973, ACCESS.outdoor),
  p('guldborgsund', 'kirke', 'Nysted Kirke', 'Kirkestræde 1', '4880', 'Nysted', 54.6628, 11.739, ACCESS.church),
  p('guldborgsund', 'hal', 'Nysted Hallen', 'Skolegade 16', '4880', 'Nysted', 54.6655, 11.7338, ACCESS.level),
  // Lolland
  p('lolland', 'bibliotek', 'Maribo Bibliotek', 'Suhrsgade 2', '4930', 'Maribo', 54.7747, 11.4996, ACCESS.level),
  p(
    'lolland',
    'museum',
    'Stiftsmuseum Maribo',
    'Banegårdspladsen 11',
    '4930',
    'Maribo',
    54.7768,
    11.5023,
    ACCESS.museum,
  ),
  p('lolland', 'kirke', 'Maribo Domkirke', 'Klostergade 8', '4930', 'Maribo', 54.7752, 11.4962, ACCESS.church),
  p('lolland', 'bibliotek', 'Nakskov Bibliotek', 'Axeltorv 3', '4900', 'Nakskov', 54.831, 11.1365, ACCESS.lift),
  p('lolland', 'kulturhus', 'Kulturhuset Nakskov', 'Søndergade 9', '4900', 'Nakskov', 54.8297, 11.1378, ACCESS.level),
  p('lolland', 'kirke', 'Sankt Nikolai Kirke', 'Kirkestræde 4', '4900', 'Nakskov', 54.8316, 11.1343, ACCESS.church),
  p('lolland', 'bibliotek', 'Rødby Bibliotek', 'Østergade 9', '4970', 'Rødby', 54.6952, 11.3902),
  p('lolland', 'hal', 'Søllested Hallen', 'Skolegade 18', '4920', 'Søllested', 54.8122, 11.292, ACCESS.level),
  p('lolland', 'ude', 'Nakskov Havn', 'Havnegade 2', '4900', 'Nakskov', 54.8325, 11.133, ACCESS.outdoor),
  // Næstved
  p('naestved', 'bibliotek', 'Næstved Bibliotek', 'Kvægtorvet 2', '4700', 'Næstved', 55.2303, 11.7622, ACCESS.lift),
  p('naestved', 'kulturhus', 'Grønnegades Kaserne', 'Grønnegade 15', '4700', 'Næstved', 55.2289, 11.7565, ACCESS.lift),
  p(
    'naestved',
    'museum',
    'Næstved Museum, Helligåndshuset',
    'Ringstedgade 4',
    '4700',
    'Næstved',
    55.2315,
    11.76,
    ACCESS.step,
  ),
  p(
    'naestved',
    'kirke',
    'Sankt Mortens Kirke',
    'Skt. Mortens Kirkeplads 1',
    '4700',
    'Næstved',
    55.2296,
    11.7598,
    ACCESS.church,
  ),
  p('naestved', 'bibliotek', 'Glumsø Bibliotek', 'Parkvej 4', '4171', 'Glumsø', 55.3522, 11.695, ACCESS.level),
  p('naestved', 'hal', 'Fuglebjerghallen', 'Skolevej 10', '4250', 'Fuglebjerg', 55.304, 11.548, ACCESS.level),
  p('naestved', 'kirke', 'Fuglebjerg Kirke', 'Kirkebakken 2', '4250', 'Fuglebjerg', 55.3051, 11.5514),
  p('naestved', 'ude', 'Karrebæksminde Havn', 'Havnen 1', '4736', 'Karrebæksminde', 55.1785, 11.654, ACCESS.outdoor),
  p('naestved', 'kirke', 'Karrebæk Kirke', 'Kirkevej 1', '4736', 'Karrebæksminde', 55.2011, 11.6539, ACCESS.church),
  // Stevns
  p(
    'stevns',
    'museum',
    'Stevns Klint Experience',
    'Rådhusvej 1',
    '4660',
    'Store Heddinge',
    55.311,
    12.388,
    ACCESS.museum,
  ),
  p(
    'stevns',
    'bibliotek',
    'Store Heddinge Bibliotek',
    'Hovedgaden 16',
    '4660',
    'Store Heddinge',
    55.3095,
    12.3892,
    ACCESS.level,
  ),
  p(
    'stevns',
    'kirke',
    'Store Heddinge Kirke',
    'Kirkepladsen 3',
    '4660',
    'Store Heddinge',
    55.3099,
    12.3875,
    ACCESS.church,
  ),
  p('stevns', 'bibliotek', 'Hårlev Bibliotek', 'Bygaden 12', '4652', 'Hårlev', 55.3494, 12.2331, ACCESS.level),
  p('stevns', 'museum', 'Stevnsfortet', 'Korsnæbsvej 60', '4673', 'Rødvig Stevns', 55.2713, 12.418, ACCESS.bunker),
  p('stevns', 'ude', 'Rødvig Havn', 'Havnevej 1', '4673', 'Rødvig Stevns', 55.2538, 12.375, ACCESS.outdoor),
  p('stevns', 'kulturhus', 'Strøby Egede Medborgerhus', 'Egedevej 44', '4600', 'Køge', 55.4135, 12.247, ACCESS.level),
  p('stevns', 'hal', 'Stevnshallen', 'Stadionvej 2', '4660', 'Store Heddinge', 55.3131, 12.3801),
  p(
    'stevns',
    'forsamlingshus',
    'Hårlev Forsamlingshus',
    'Hovedgaden 40',
    '4652',
    'Hårlev',
    55.3502,
    12.2352,
    ACCESS.step,
  ),
  // Vordingborg
  p(
    'vordingborg',
    'museum',
    'Danmarks Borgcenter',
    'Slotsruinen 1',
    '4760',
    'Vordingborg',
    55.0069,
    11.91,
    ACCESS.museum,
  ),
  p(
    'vordingborg',
    'bibliotek',
    'Vordingborg Bibliotek',
    'Algade 98',
    '4760',
    'Vordingborg',
    55.0086,
    11.9116,
    ACCESS.lift,
  ),
  p('vordingborg', 'kirke', 'Vor Frue Kirke', 'Kirketorvet 1', '4760', 'Vordingborg', 55.0101, 11.9123, ACCESS.church),
  p('vordingborg', 'bibliotek', 'Stege Bibliotek', 'Storegade 26', '4780', 'Stege', 54.9871, 12.287, ACCESS.level),
  p('vordingborg', 'museum', 'Møns Museum', 'Storegade 75', '4780', 'Stege', 54.9862, 12.29, ACCESS.step),
  p('vordingborg', 'bibliotek', 'Præstø Bibliotek', 'Adelgade 38', '4720', 'Præstø', 55.1229, 12.045),
  p('vordingborg', 'kirke', 'Præstø Kirke', 'Kirkevej 2', '4720', 'Præstø', 55.1245, 12.044, ACCESS.church),
  p('vordingborg', 'kulturhus', 'Kalvehave Havnehus', 'Havnevej 1', '4771', 'Kalvehave', 54.9945, 12.166, ACCESS.level),
  p('vordingborg', 'ude', 'Stege Havn', 'Havnevej 2', '4780', 'Stege', 54.988, 12.282, ACCESS.outdoor),
];

function p(
  municipality: MunicipalityId,
  kind: PlaceKind,
  name: string,
  address: string,
  postalCode: string,
  city: string,
  lat: number,
  lng: number,
  access?: string,
): Place {
  return { municipality, kind, name, address, postalCode, city, lat, lng, ...(access ? { access } : {}) };
}

function placeNamed(name: string): Place {
  const place = PLACES.find((candidate) => candidate.name === name);
  if (!place) throw new Error(`seed: no place named ${name}`);
  return place;
}

// ---------------------------------------------------------------------------------------------------------------
// Organisers

type PerMunicipality = (municipality: MunicipalityId) => Organizer;

const REGION: Organizer = { name: 'Kulturregion Storstrøm', url: 'https://www.kulturregionstorstroem.dk' };

function table(entries: Record<MunicipalityId, [string, string]>): PerMunicipality {
  return (municipality) => ({ name: entries[municipality][0], url: entries[municipality][1] });
}

const LIBRARY = table({
  faxe: ['Faxe Bibliotekerne', 'https://www.faxebibliotek.dk'],
  guldborgsund: ['Guldborgsund Bibliotekerne', 'https://www.guldborgsundbib.dk'],
  lolland: ['Lolland Bibliotekerne', 'https://www.lollandbib.dk'],
  naestved: ['Næstved Bibliotek', 'https://www.naestvedbib.dk'],
  stevns: ['Stevns Bibliotekerne', 'https://www.stevnsbib.dk'],
  vordingborg: ['Vordingborg Bibliotekerne', 'https://www.vordingborgbib.dk'],
});

const MUSEUM = table({
  faxe: ['Østsjællands Museum', 'https://www.oestmuseum.dk'],
  guldborgsund: ['Museum Lolland-Falster', 'https://www.museumlollandfalster.dk'],
  lolland: ['Museum Lolland-Falster', 'https://www.museumlollandfalster.dk'],
  naestved: ['Museum Sydøstdanmark', 'https://www.museerne.dk'],
  stevns: ['Østsjællands Museum', 'https://www.oestmuseum.dk'],
  vordingborg: ['Museum Sydøstdanmark', 'https://www.museerne.dk'],
});

const MUSIC_SOCIETY = table({
  faxe: ['Faxe Musikforening', 'https://www.faxemusikforening.dk'],
  guldborgsund: ['Musikforeningen Falster', 'https://www.musikforeningenfalster.dk'],
  lolland: ['Lolland Musikforening', 'https://www.lollandmusikforening.dk'],
  naestved: ['Næstved Koncertforening', 'https://www.naestvedkoncertforening.dk'],
  stevns: ['Stevns Musikforening', 'https://www.stevnsmusikforening.dk'],
  vordingborg: ['Musikforeningen Vordingborg-Møn', 'https://www.musikforeningenvordingborg.dk'],
});

const MUSIC_SCHOOL = table({
  faxe: ['Faxe Musikskole', 'https://www.faxemusikskole.dk'],
  guldborgsund: ['Guldborgsund Musikskole', 'https://www.guldborgsundmusikskole.dk'],
  lolland: ['Lolland Musikskole', 'https://www.lollandmusikskole.dk'],
  naestved: ['Næstved Musikskole', 'https://www.naestvedmusikskole.dk'],
  stevns: ['Stevns Musikskole', 'https://www.stevnsmusikskole.dk'],
  vordingborg: ['Vordingborg Musikskole', 'https://www.vordingborgmusikskole.dk'],
});

const ART_SOCIETY = table({
  faxe: ['Faxe Kunstforening', 'https://www.faxekunstforening.dk'],
  guldborgsund: ['Kunstforeningen Falster', 'https://www.kunstforeningenfalster.dk'],
  lolland: ['Lollands Kunstforening', 'https://www.lollandskunstforening.dk'],
  naestved: ['Næstved Kunstforening', 'https://www.naestvedkunstforening.dk'],
  stevns: ['Stevns Kunstforening', 'https://www.stevnskunstforening.dk'],
  vordingborg: ['Møns Kunstforening', 'https://www.moenskunstforening.dk'],
});

const PARISH = table({
  faxe: ['Faxe og Karise Sogne', 'https://www.faxesogn.dk'],
  guldborgsund: ['Guldborgsund Provsti', 'https://www.guldborgsundprovsti.dk'],
  lolland: ['Maribo Domsogn', 'https://www.maribodomkirke.dk'],
  naestved: ['Næstved Provsti', 'https://www.naestvedprovsti.dk'],
  stevns: ['Stevns Provsti', 'https://www.stevnsprovsti.dk'],
  vordingborg: ['Vordingborg Provsti', 'https://www.vordingborgprovsti.dk'],
});

const YOUTH_SCHOOL = table({
  faxe: ['Faxe Ungdomsskole', 'https://www.faxeungdomsskole.dk'],
  guldborgsund: ['Guldborgsund Ungdomsskole', 'https://www.guldborgsundungdomsskole.dk'],
  lolland: ['Ungdomsskolen Lolland', 'https://www.ungdomsskolenlolland.dk'],
  naestved: ['Næstved Ungdomsskole', 'https://www.naestvedungdomsskole.dk'],
  stevns: ['Stevns Ungdomsskole', 'https://www.stevnsungdomsskole.dk'],
  vordingborg: ['Vordingborg Ungdomsskole', 'https://www.vordingborgungdomsskole.dk'],
});

const CHILDREN_THEATRE: Organizer = { name: 'Teatret Sydhavet', url: 'https://www.teatretsydhavet.dk' };
const REPAIR_CAFE: Organizer = {
  name: 'Reparationscaféerne i Storstrøm',
  url: 'https://www.reparationscafe-storstroem.dk',
};

// ---------------------------------------------------------------------------------------------------------------
// Event templates

interface InternalPlan {
  capacity: number;
  waitlist: boolean;
  maxSeatsPerSignup: number;
  fields: SignupField[];
  opensDaysBefore?: number;
  closesDaysBefore?: number;
}

type SignupPlan = null | 'external' | InternalPlan;

type Where =
  | { places: string[]; alsoOnline?: boolean }
  | { kinds: PlaceKind[]; in?: MunicipalityId[] }
  | { online: MunicipalityId[] };

interface Template {
  title: string;
  summary: string;
  body: string[];
  categories: CategoryId[];
  audience: AudienceId[];
  organizer: Organizer | PerMunicipality;
  where: Where;
  /** How many times it happens in the year, spread evenly; ignored when `dates` or `offsets` are given. */
  times?: number;
  /** Fixed calendar days (month, day) for seasonal events: the next such day after today. */
  dates?: Array<[number, number]>;
  /** Days from today, for events that must sit at a known distance (the past, the nearly full course). */
  offsets?: number[];
  /** Days of the week it may fall on (0 is Sunday); any when absent. */
  weekdays?: number[];
  /** Months (1–12) it never falls in, such as the July holiday for course days. */
  skipMonths?: number[];
  hours: [string, string];
  /** Calendar days it spans; 1 when absent. */
  days?: number;
  allDay?: boolean;
  price: number | number[];
  signup: SignupPlan;
  /** A picture in `server/assets/demo-images/`, and its alt text: what the drawing shows. */
  image?: { file: string; alt: string };
  status?: EventStatus;
  /** A fixed id, for the events tests and demos refer to by name. Only for a template that happens once. */
  id?: string;
}

const MIDWEEK = [2, 3, 4];
const EVENINGS = [1, 2, 3, 4, 5];
const FRIDAY_SATURDAY = [5, 6];
const SATURDAY_SUNDAY = [6, 0];
/** Course days and network meetings keep clear of the July holiday. */
const SUMMER_HOLIDAY = [7];
const ALL = MUNICIPALITY_IDS as readonly MunicipalityId[];

const COURSE_SIGNUP: InternalPlan = {
  capacity: 24,
  waitlist: true,
  maxSeatsPerSignup: 1,
  fields: ['phone', 'organization', 'municipality'],
  closesDaysBefore: 3,
};

const TEMPLATES: Template[] = [
  // Netværkstræf: three a year, for the region's cultural actors.
  {
    title: 'Netværkstræf: Kultur i landdistrikterne',
    summary:
      'Netværkstræf for kulturaktører i Kulturregion Storstrøm om kultur, der rykker ud til de mindre byer og landsbyerne.',
    body: [
      'Hvordan skaber man levende kulturliv, når der er langt mellem husene? Vi samler foreninger, biblioteker, museer, kunstnere og kommunale medarbejdere fra de seks kommuner til en dag med oplæg, erfaringsudveksling og god tid til at møde hinanden.',
      'Formiddagen byder på korte oplæg fra forsamlingshuse og landsbyfællesskaber, der er lykkedes med nye publikumsgrupper. Om eftermiddagen arbejder vi i grupper med jeres egne idéer, og sekretariatet fortæller om regionens puljer.',
      'Dagen er gratis, og der serveres morgenbrød, frokost og kaffe. Skriv gerne i kommentarfeltet, hvis du har hensyn til kosten.',
    ],
    categories: ['netvaerkstraef'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Grønnegades Kaserne'] },
    offsets: [45],
    weekdays: [4],
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '15:30'],
    price: 0,
    signup: {
      capacity: 90,
      waitlist: true,
      maxSeatsPerSignup: 1,
      fields: ['organization', 'municipality', 'comment'],
      opensDaysBefore: 60,
      closesDaysBefore: 7,
    },
    image: {
      file: 'netvaerkstraef-landdistrikter.svg',
      alt: 'Tegning: fire mennesker sidder ved et langt bord med kaffekopper foran en tavle med gule, lyserøde, blå og grønne sedler. Gennem vinduet ses marker og en landsbykirke.',
    },
  },
  {
    title: 'Netværkstræf: Børn og unge som medskabere',
    summary:
      'Netværkstræf om at lade børn og unge være med til at skabe kulturtilbuddene, ikke kun bruge dem. Med oplæg fra ungdomsskoler og kulturskoler i regionen.',
    body: [
      'Børn og unge vil gerne være med, når de bliver spurgt og taget alvorligt. På dette netværkstræf ser vi på konkrete eksempler fra regionen, hvor unge har planlagt festivaler, kurateret udstillinger og drevet spillesteder.',
      'Et ungepanel fra Lolland og Guldborgsund fortæller, hvad der får dem til at møde op, og hvad der får dem til at blive væk. Bagefter er der workshop, hvor I tager en plan med hjem til jeres egen forening eller institution.',
      'Deltagelse er gratis med forplejning hele dagen.',
    ],
    categories: ['netvaerkstraef'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Kulturhuset Nakskov'] },
    offsets: [165],
    weekdays: [4],
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '15:30'],
    price: 0,
    signup: {
      capacity: 80,
      waitlist: true,
      maxSeatsPerSignup: 1,
      fields: ['organization', 'municipality', 'comment'],
      opensDaysBefore: 60,
      closesDaysBefore: 7,
    },
  },
  {
    title: 'Netværkstræf: Frivillige bærer kulturlivet',
    summary:
      'Netværkstræf med fokus på de frivillige: hvordan vi finder dem, tager godt imod dem og siger ordentligt tak.',
    body: [
      'Uden frivillige ville mange koncerter, festivaler og foredrag i regionen aldrig blive til noget. Men det bliver sværere at rekruttere, og mange foreninger mærker, at de samme få bærer det hele.',
      'Vi får besøg af en forsker i frivillighed og af tre foreninger, der har fundet nye veje. Dagen slutter med en guidet tur i Danmarks Borgcenter for dem, der har lyst.',
      'Netværkstræffet er gratis og inkluderer frokost.',
    ],
    categories: ['netvaerkstraef'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Danmarks Borgcenter'] },
    offsets: [290],
    weekdays: [4],
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '16:00'],
    price: 0,
    signup: {
      capacity: 80,
      waitlist: true,
      maxSeatsPerSignup: 1,
      fields: ['organization', 'municipality', 'comment'],
      opensDaysBefore: 60,
      closesDaysBefore: 7,
    },
    image: {
      file: 'netvaerkstraef-borgcenter.svg',
      alt: 'Tegning: et højt tårn af røde mursten med grønt spir og en gylden gås på toppen, ruiner af en borgmur og små grupper af mennesker på græsset foran.',
    },
  },

  // Course days for cultural actors.
  {
    title: 'Forretningsudvikling for kulturaktører',
    summary:
      'Kursusdag om at udvikle en bæredygtig økonomi i kulturprojekter: forretningsmodeller, prissætning og samarbejde med lokale virksomheder.',
    body: [
      'Mange kulturaktører lever af projektmidler fra år til år. På denne kursusdag arbejder vi med, hvordan I kan skabe en mere stabil økonomi ved at kombinere billetindtægter, medlemskaber, salg og partnerskaber.',
      'Underviseren har mange års erfaring med rådgivning af spillesteder, festivaler og små kunstnerdrevne virksomheder. Tag gerne jeres seneste budget med; vi bruger det i øvelserne.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['kulturhus', 'bibliotek'], in: ['faxe', 'lolland', 'stevns'] },
    times: 3,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '15:30'],
    price: 0,
    signup: COURSE_SIGNUP,
  },
  {
    title: 'Fundraising: find pengene til jeres projekt',
    summary:
      'Praktisk kursusdag om fonde, puljer og sponsorater: hvor pengene findes, hvordan I vælger de rigtige, og hvordan I bygger en finansieringsplan op.',
    body: [
      'Der findes hundredvis af fonde og puljer, der støtter kultur, men det kan være svært at finde de rette. Vi gennemgår de vigtigste danske fonde, de kommunale og regionale puljer og mulighederne for lokale sponsorater.',
      'Efter frokost arbejder I med jeres eget projekt og går hjem med en finansieringsplan og en liste over fonde, der passer til netop jeres idé.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['bibliotek', 'kulturhus'], in: ['guldborgsund', 'vordingborg'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '15:00'],
    price: 0,
    signup: COURSE_SIGNUP,
  },
  {
    id: FULL_EVENT_ID,
    title: 'Fundraising for små foreninger',
    summary:
      'Kort kursus for foreninger med få eller ingen ansatte: sådan kommer I i gang med at søge fonde, og sådan holder I styr på ansøgninger og afrapportering.',
    body: [
      'Kurset er for bestyrelsesmedlemmer og frivillige i små kulturforeninger, der gerne vil søge penge, men ikke ved, hvor de skal begynde.',
      'Vi ser på, hvilke fonde der giver til små projekter, hvad en god ansøgning indeholder, og hvordan I fordeler arbejdet i bestyrelsen. Holdet er lille, så der er tid til jeres spørgsmål.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Maribo Bibliotek'] },
    offsets: [24],
    weekdays: MIDWEEK,
    hours: ['17:00', '20:30'],
    price: 0,
    signup: {
      capacity: 10,
      waitlist: true,
      maxSeatsPerSignup: 1,
      fields: ['organization', 'municipality'],
      closesDaysBefore: 2,
    },
  },
  {
    title: 'Mobilhistorie: fortæl jeres historie med telefonen',
    summary:
      'Lær at lave korte film til sociale medier med den telefon, du allerede har i lommen. Kursusdag for kulturaktører, der vil vise deres arrangementer frem.',
    body: [
      'En god video på 30 sekunder kan nå flere end en plakat i byen. På kurset lærer du at planlægge, filme og klippe en kort historie om dit arrangement, din udstilling eller din forening, helt uden dyrt udstyr.',
      'Vi arbejder med billedkomposition, lys, lyd, undertekster og de formater, der virker på Facebook og Instagram. Du filmer selv i løbet af dagen og går hjem med en færdig film.',
      'Medbring en opladet smartphone med mindst 2 GB ledig plads.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['kulturhus', 'bibliotek'], in: ['faxe', 'guldborgsund', 'vordingborg'] },
    times: 3,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '15:30'],
    price: 0,
    signup: { ...COURSE_SIGNUP, capacity: 16 },
    image: {
      file: 'mobilhistorie.svg',
      alt: 'Tegning: en mobiltelefon på et lille stativ filmer en violinist, som også ses på telefonens skærm.',
    },
  },
  {
    id: NEARLY_FULL_EVENT_ID,
    title: 'Mobilhistorie: film og klip på én dag',
    summary:
      'Intensiv kursusdag i mobilhistorie: fra idé til færdig film om jeres kulturtilbud, filmet og klippet på telefonen.',
    body: [
      'På holdet i Næstved arbejder vi i par, så I kan hjælpe hinanden med optagelserne. Kom gerne to fra samme forening eller institution; man kan tilmelde op til to personer ad gangen.',
      'Vi gennemgår gratis klippeprogrammer til telefonen, hvordan man optager tydelig lyd, og hvordan man laver undertekster, så filmen også virker uden lyd.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Grønnegades Kaserne'] },
    offsets: [17],
    weekdays: MIDWEEK,
    hours: ['09:30', '15:30'],
    price: 0,
    signup: {
      capacity: 12,
      waitlist: true,
      maxSeatsPerSignup: 2,
      fields: ['phone', 'organization', 'municipality'],
      closesDaysBefore: 3,
    },
    image: {
      file: 'mobilhistorie-klip.svg',
      alt: 'Tegning: to hænder holder en mobiltelefon på tværs; skærmen viser et landskab og en tidslinje med farvede filmklip. På bordet ligger en notesblok og står en kop kaffe.',
    },
  },
  {
    title: 'Mobilhistorie 2: lyd, klip og undertekster',
    summary:
      'Fortsætterkursus for dem, der har prøvet at filme med telefonen: bedre lyd, skarpere klipning og undertekster, der gør filmene tilgængelige.',
    body: [
      'Kurset bygger videre på grundkurset i mobilhistorie. Vi går i dybden med lydoptagelse med og uden ekstern mikrofon, med rytmen i klipningen og med at lave undertekster, der lever op til kravene om tilgængelighed.',
      'Tag gerne en film med, du selv har lavet; vi bruger deltagernes egne film som eksempler.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['kulturhus', 'bibliotek'], in: ['stevns', 'lolland'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['13:00', '17:00'],
    price: 0,
    signup: { ...COURSE_SIGNUP, capacity: 16 },
  },
  {
    title: 'Kommunikation der skaber publikum',
    summary:
      'Kursus i at skrive tekster, der får folk til at møde op: arrangementsbeskrivelser, nyhedsbreve og opslag på sociale medier.',
    body: [
      'Et godt arrangement fortjener et publikum. Vi arbejder med, hvordan I beskriver jeres arrangementer, så læseren hurtigt forstår, hvad der sker, hvem det er for, og hvorfor det er værd at komme.',
      'Kurset veksler mellem korte oplæg og skriveøvelser på jeres egne tekster. Medbring en computer eller tablet.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['bibliotek', 'kulturhus'], in: ['naestved', 'guldborgsund'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['13:00', '16:30'],
    price: 0,
    signup: COURSE_SIGNUP,
  },
  {
    title: 'Frivilligledelse: find, byd velkommen og hold fast',
    summary: 'Kursusaften for dem, der leder frivillige i kulturforeninger, på festivaler og i kulturhuse.',
    body: [
      'Hvordan skriver man et opslag, som nye frivillige reagerer på? Hvad skal der til, for at den første vagt bliver en god oplevelse? Og hvordan undgår man, at de mest aktive brænder ud?',
      'Vi ser på værktøjer til vagtplaner, introduktion og anerkendelse, og deler erfaringer på tværs af foreninger.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['kulturhus', 'forsamlingshus'], in: ['stevns', 'faxe', 'lolland'] },
    times: 3,
    weekdays: [1, 2, 3, 4],
    skipMonths: SUMMER_HOLIDAY,
    hours: ['18:00', '21:00'],
    price: 0,
    signup: { ...COURSE_SIGNUP, closesDaysBefore: 1 },
  },
  {
    title: 'Ansøgningsskrivning: fra god idé til bevilling',
    summary:
      'Lær at skrive ansøgninger, som fonde og puljer kan sige ja til: formål, målgruppe, budget og den røde tråd.',
    body: [
      'Mange gode projekter får afslag, fordi ansøgningen ikke forklarer idéen klart nok. På kurset gennemgår vi opbygningen af en stærk ansøgning og de typiske fejl, som bedømmere ser igen og igen.',
      'Send gerne et udkast til en ansøgning senest en uge før; underviseren giver udvalgte udkast feedback på dagen.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['bibliotek'], in: ['vordingborg', 'naestved', 'faxe'] },
    times: 3,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '14:30'],
    price: 0,
    signup: COURSE_SIGNUP,
  },
  {
    title: 'Tilgængelige arrangementer: plads til alle',
    summary:
      'Kursus i at planlægge arrangementer, som mennesker med handicap også kan deltage i: adgang, lyd, skilte, tekster og tilmelding.',
    body: [
      'Tilgængelighed handler om meget mere end en rampe ved døren. Vi gennemgår, hvad publikum med nedsat bevægelighed, syn eller hørelse har brug for at vide, før de beslutter sig for at komme.',
      'Kurset holdes sammen med Dansk Handicap Forbund, og en del af undervisningen foregår rundt i huset, hvor vi afprøver adgangsforholdene sammen.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Lokomotivværkstedet'] },
    times: 1,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['10:00', '15:00'],
    price: 0,
    signup: COURSE_SIGNUP,
  },
  {
    title: 'Pressearbejde for kulturforeninger',
    summary:
      'Sådan får I omtale i lokalavisen og på lokalradioen: pressemeddelelser, gode billeder og kontakten til journalisterne.',
    body: [
      'En lokaljournalist fra Sydsjælland og en kommunikationsmedarbejder fra et af regionens museer fortæller, hvad der gør en historie interessant, og hvad der havner direkte i papirkurven.',
      'Du skriver selv en pressemeddelelse i løbet af aftenen og får respons på den.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Næstved Bibliotek'] },
    times: 1,
    weekdays: [2, 3],
    skipMonths: SUMMER_HOLIDAY,
    hours: ['17:30', '20:30'],
    price: 0,
    signup: COURSE_SIGNUP,
  },
  {
    title: 'Kursus i publikumsudvikling',
    summary:
      'Hvem kommer til jeres arrangementer, og hvem kommer ikke? Kursusdag om at kende sit publikum og nå nye grupper.',
    body: [
      'Vi arbejder med enkle metoder til at lære publikum at kende: korte spørgeskemaer, samtaler i pausen og tal fra billetsalget. Derefter ser vi på, hvordan I kan invitere nye grupper indenfor uden at miste dem, der allerede kommer.',
      'Prisen dækker frokost og kaffe.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { places: ['Stiftsmuseum Maribo', 'Møns Museum'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['09:30', '15:30'],
    price: 150,
    signup: COURSE_SIGNUP,
  },
  {
    title: 'Webinar: Kom i gang med Kultur-kalenderen',
    summary:
      'Online introduktion for foreninger og institutioner: sådan får I jeres arrangementer med i den fælles kalender og på kommunernes hjemmesider.',
    body: [
      'Kultur er regionens fælles kalender. Arrangementerne vises automatisk på de seks kommuners hjemmesider og kan tilmeldes direkte.',
      'På webinaret viser sekretariatet, hvordan I sender arrangementer ind, hvilke oplysninger der er vigtige, og hvordan I får listen over tilmeldte. Der er god tid til spørgsmål i chatten.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { online: ['naestved', 'lolland'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['15:00', '16:00'],
    price: 0,
    signup: { capacity: 100, waitlist: false, maxSeatsPerSignup: 1, fields: ['organization', 'municipality'] },
  },
  {
    title: 'Webinar: GDPR og tilmeldinger i foreningen',
    summary:
      'Hvad må foreningen gemme om deltagerne, og hvor længe? Online gennemgang af persondatareglerne for frivillige kulturforeninger.',
    body: [
      'Når foreningen tager imod tilmeldinger, behandler den personoplysninger. Vi gennemgår reglerne i et sprog, som frivillige kan bruge: samtykke, oplysningspligt, sletning og hvad man gør, hvis en liste kommer på afveje.',
      'Webinaret optages, og optagelsen sendes til alle tilmeldte.',
    ],
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { online: ['guldborgsund'] },
    times: 1,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['19:00', '20:30'],
    price: 0,
    signup: { capacity: 150, waitlist: false, maxSeatsPerSignup: 1, fields: ['organization'] },
  },

  // Workshops.
  {
    title: 'Linoleumstryk for voksne',
    summary:
      'Skær dit eget motiv i linoleum og tryk det på papir og stof. Ingen forudsætninger; alle materialer er med.',
    body: [
      'Linoleumstryk er en enkel og taknemmelig grafisk teknik. Du tegner et motiv, skærer det ud og trykker det i farve. Den lokale billedkunstner viser teknikken og hjælper undervejs.',
      'Du går hjem med en lille serie tryk, som kan bruges til kort, plakater eller mulepose.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['stevns', 'guldborgsund', 'naestved'] },
    times: 3,
    weekdays: [2, 3, 6],
    hours: ['10:00', '13:00'],
    price: 75,
    signup: { capacity: 12, waitlist: true, maxSeatsPerSignup: 1, fields: ['phone'], closesDaysBefore: 1 },
    image: {
      file: 'linoleumstryk.svg',
      alt: 'Tegning: en farvevalse ruller sort farve ud over en linoleumsplade med en udskåret fugl. Ved siden af ligger et tryk af fuglen på hvidt papir og et skærejern.',
    },
  },
  {
    title: 'Drejeværksted: lav din egen skål',
    summary: 'Prøv kræfter med drejeskiven sammen med en keramiker. Skålene brændes og kan hentes tre uger senere.',
    body: [
      'Vi starter med en kort introduktion til leret og drejeskiven, og derefter får du selv hænderne i leret. Der er plads til begyndere, og keramikeren går rundt og hjælper.',
      'Tag tøj på, der gerne må blive beskidt. Prisen dækker ler, glasur og brænding.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { kinds: ['kulturhus'], in: ['naestved', 'vordingborg', 'faxe'] },
    times: 3,
    weekdays: [6],
    hours: ['10:00', '15:00'],
    price: 250,
    signup: 'external',
  },
  {
    title: 'Skriveværksted: skriv din families historie',
    summary: 'Et skriveværksted over tre timer for dig, der gerne vil skrive erindringer ned til børn og børnebørn.',
    body: [
      'Alle familier har historier, der fortjener at blive husket. Med korte skriveøvelser, gamle fotografier og gode spørgsmål hjælper forfatteren dig i gang med at skrive din egen families historie.',
      'Medbring gerne et par fotografier eller genstande, der betyder noget for dig.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'] },
    times: 4,
    weekdays: [2, 3, 4],
    hours: ['13:00', '16:00'],
    price: 0,
    signup: { capacity: 15, waitlist: true, maxSeatsPerSignup: 1, fields: ['phone'] },
  },
  {
    title: 'Fotovandring med mobilen langs Stevns Klint',
    summary: 'Gå med en fotograf langs klinten og lær at tage bedre billeder af landskab og lys med din mobiltelefon.',
    body: [
      'Vi går ca. 4 km langs Stevns Klint og stopper undervejs for at arbejde med komposition, modlys og detaljer. Turen passer til alle, der kan gå i let terræn.',
      'Tag fodtøj på efter vejret og tag en opladet telefon med.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Stevns Klint Experience'] },
    weekdays: SATURDAY_SUNDAY,
    dates: [[5, 17]],
    hours: ['10:00', '13:00'],
    price: 0,
    signup: null,
    image: {
      file: 'stevns-klint-foto.svg',
      alt: 'Tegning: en person på stranden fotograferer med sin mobil en hvid kridtklint med bånd af flint og en lille hvid kirke på toppen.',
    },
  },
  {
    title: 'Reparationscafé',
    summary:
      'Er lampen, cyklen eller yndlingstrøjen gået i stykker? Tag den med, så hjælper frivillige dig med at reparere den.',
    body: [
      'I reparationscaféen sidder frivillige med værktøj, symaskiner og loddekolber og hjælper dig med at give dine ting et længere liv. Du reparerer selv, med hjælp.',
      'Der er kaffe og kage til en tier, og ingen tilmelding.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: REPAIR_CAFE,
    where: { kinds: ['bibliotek', 'kulturhus'] },
    times: 5,
    weekdays: [6],
    hours: ['10:00', '13:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Podcastværksted for unge',
    summary: 'For 13–17-årige: lav din egen podcast med mikrofoner, klippeprogram og en rigtig radiovært som coach.',
    body: [
      'Du lærer at finde en god vinkel, interviewe og klippe lyd. Vi optager i små grupper, og til sidst lytter vi til hinandens afsnit.',
      'Værkstedet er gratis og foregår over en eftermiddag. Der er pizza undervejs; skriv i kommentarfeltet, hvis du ikke tåler noget.',
    ],
    categories: ['workshop', 'boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: YOUTH_SCHOOL,
    where: { kinds: ['bibliotek', 'kulturhus'], in: ['lolland', 'naestved', 'vordingborg'] },
    times: 3,
    weekdays: [3, 5],
    hours: ['15:00', '19:00'],
    price: 0,
    signup: { capacity: 10, waitlist: true, maxSeatsPerSignup: 1, fields: ['phone', 'comment'] },
  },
  {
    title: 'Tegneserieværksted for 8–12-årige',
    summary: 'Skab dine egne figurer og tegn en tegneserie sammen med en tegneserietegner.',
    body: [
      'Hvordan tegner man en figur, så man kan se, om den er glad, vred eller bange? Og hvordan fortæller man en historie i seks felter? Tegneserietegneren viser tricks, og så tegner vi løs.',
      'Alle materialer er med. Forældre er velkomne til at blive, men det er ikke nødvendigt.',
    ],
    categories: ['workshop', 'boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['faxe', 'guldborgsund', 'stevns'] },
    times: 3,
    weekdays: [3, 6],
    hours: ['13:00', '15:30'],
    price: 0,
    signup: { capacity: 14, waitlist: true, maxSeatsPerSignup: 2, fields: ['phone'] },
  },
  {
    title: 'Lav din egen stop motion-film',
    summary: 'Byg figurer i modellervoks og lego og lav en kort animationsfilm på en tablet. For børn fra 7 år.',
    body: [
      'Stop motion er film, der bliver til ét billede ad gangen. Børnene arbejder i små hold og laver en film på et par minutter, som de får med hjem.',
      'Børn under 10 år skal have en voksen med. Man kan tilmelde op til tre børn ad gangen.',
    ],
    categories: ['workshop', 'boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['lolland', 'vordingborg', 'naestved'] },
    times: 3,
    weekdays: [3, 6, 0],
    hours: ['10:00', '13:00'],
    price: 0,
    signup: { capacity: 12, waitlist: true, maxSeatsPerSignup: 3, fields: ['phone', 'comment'] },
    image: {
      file: 'stop-motion.svg',
      alt: 'Tegning: to lerfigurer, en grøn og en orange, og et lille lertræ på et bord foran en tablet på et stativ, hvis skærm viser de samme figurer.',
    },
  },
  {
    title: 'Kunst af strandfund ved Gedser Odde',
    summary:
      'Saml sten, tang og drivtømmer på stranden og byg skulpturer sammen med en billedkunstner. For hele familien.',
    body: [
      'Gedser Odde er Danmarks sydligste punkt, og stranden er fuld af materialer til kunst. Vi samler, sorterer og bygger, og til sidst holder vi en lille udstilling på stranden.',
      'Tag tøj på efter vejret og gerne gummistøvler.',
    ],
    categories: ['workshop', 'boern-og-unge'],
    audience: ['boern-og-unge', 'borgere'],
    organizer: ART_SOCIETY,
    where: { places: ['Gedser Odde'] },
    dates: [[7, 15]],
    hours: ['10:00', '14:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Akvarel i det fri',
    summary: 'Mal landskab og vand udendørs med akvarelfarver. En dag for begyndere og let øvede.',
    body: [
      'Vi maler udendørs ved vandet og arbejder med lys, himmel og spejlinger. Underviseren viser teknikker undervejs og giver individuel vejledning.',
      'Prisen dækker papir og lån af farver og pensler. Medbring madpakke og en lille skammel, hvis du har en.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { places: ['Karrebæksminde Havn', 'Stege Havn', 'Faxe Ladeplads Havn'] },
    weekdays: SATURDAY_SUNDAY,
    dates: [
      [6, 13],
      [8, 8],
      [8, 22],
    ],
    hours: ['10:00', '15:00'],
    price: 100,
    signup: { capacity: 15, waitlist: true, maxSeatsPerSignup: 1, fields: ['phone'] },
  },
  {
    title: 'Juleværksted: flet julehjerter og klip stjerner',
    summary: 'Hyggeligt juleværksted for børn og voksne med papir, saks, lim og æbleskiver.',
    body: [
      'Vi fletter julehjerter, klipper stjerner og laver pynt til juletræet. Der er hjælp at få, hvis man aldrig har flettet et hjerte før.',
      'Gratis og uden tilmelding; der er æbleskiver og saftevand, så længe lager haves.',
    ],
    categories: ['workshop', 'boern-og-unge'],
    audience: ['boern-og-unge', 'borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['naestved', 'lolland', 'stevns', 'faxe'] },
    dates: [
      [12, 2],
      [12, 6],
      [12, 9],
      [12, 13],
    ],
    hours: ['14:00', '16:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Strikkecafé på biblioteket',
    summary: 'Tag dit strikketøj med og mød andre, der strikker. Nybegyndere er meget velkomne.',
    body: [
      'Strikkecaféen er et uformelt fællesskab, hvor vi strikker, hækler, deler opskrifter og hjælper hinanden med de svære masker.',
      'Biblioteket sørger for kaffe og har et udvalg af strikkebøger og -blade, der kan lånes med hjem.',
    ],
    categories: ['workshop'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'] },
    times: 4,
    weekdays: [2, 4],
    hours: ['14:00', '16:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Workshop: design jeres næste arrangement sammen med publikum',
    summary:
      'Workshop for kulturaktører om at invitere publikum med ind i planlægningen. Med metoder, I kan bruge allerede næste uge.',
    body: [
      'Vi afprøver enkle metoder fra brugerinddragelse: korte interviews, idéværksteder og prototyper af arrangementer. Arbejdet foregår i grupper på tværs af foreninger og institutioner.',
      'Workshoppen er gratis og en del af regionens kompetenceprogram.',
    ],
    categories: ['workshop'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['kulturhus'], in: ['guldborgsund', 'stevns'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['13:00', '16:30'],
    price: 0,
    signup: { ...COURSE_SIGNUP, capacity: 20 },
  },

  // Concerts.
  {
    title: 'Orgelkoncert i Maribo Domkirke',
    summary: 'Domkirkens organist spiller Bach, Buxtehude og Carl Nielsen på det store orgel.',
    body: [
      'Maribo Domkirkes orgel er et af de største på Lolland-Falster. Koncerten spænder fra barokkens mestre til Carl Nielsens Commotio.',
      'Koncerten varer ca. en time. Der er gratis adgang, og kirken er varm.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: PARISH,
    where: { places: ['Maribo Domkirke'] },
    times: 2,
    weekdays: [3, 0],
    hours: ['16:00', '17:00'],
    price: 0,
    signup: null,
    image: {
      file: 'maribo-domkirke-orgel.svg',
      alt: 'Tegning: et kirkeorgel i mørkt træ med rækker af sølvfarvede piber mellem to høje, spidsbuede vinduer, hvor sollyset falder ind.',
    },
  },
  {
    title: 'Strygekvartet: Haydn og Nielsen',
    summary: 'Kammerkoncert med en ung dansk strygekvartet i Klosterkirkens smukke rum.',
    body: [
      'Kvartetten spiller Haydns Solopgangskvartet og Carl Nielsens strygekvartet i f-mol. Før koncerten fortæller kvartettens cellist om værkerne.',
      'Billetter sælges via Musikforeningen Falsters hjemmeside; medlemmer har gratis adgang.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Klosterkirken'] },
    times: 1,
    weekdays: [5, 0],
    skipMonths: [7, 8],
    hours: ['19:30', '21:30'],
    price: 150,
    signup: 'external',
  },
  {
    title: 'Jazz på havnen i Karrebæksminde',
    summary: 'Sommerjazz på kajen med lokale musikere. Tag tæppe og kurv med, eller køb en sandwich i havnekiosken.',
    body: [
      'Tre orkestre fra Næstved-egnen spiller swing og New Orleans-jazz på havnen fra eftermiddag til aften.',
      'Gratis og udendørs. Ved regn flyttes koncerten ind i havnens bådeskur.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Karrebæksminde Havn'] },
    weekdays: SATURDAY_SUNDAY,
    dates: [[7, 11]],
    hours: ['15:00', '20:00'],
    price: 0,
    signup: null,
  },
  {
    id: CANCELLED_EVENT_ID,
    title: 'Sommerjazz på havnen i Rødvig',
    summary: 'AFLYST: Sommerjazz med Stevns Big Band på havnen i Rødvig.',
    body: [
      'Koncerten er desværre aflyst på grund af sygdom i orkestret. Købte billetter refunderes automatisk til det betalingskort, de blev købt med.',
      'Stevns Big Band spiller i stedet til næste års sommerjazz; datoen kommer i kalenderen, så snart den ligger fast.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Rødvig Havn'] },
    weekdays: SATURDAY_SUNDAY,
    dates: [[7, 4]],
    hours: ['16:00', '19:00'],
    price: 120,
    signup: 'external',
    status: 'cancelled',
  },
  {
    title: 'Sankthansaften med sang og bål',
    summary: 'Fællessang, båltale og midsommervise ved vandet. Kom i god tid og tag tæppe med.',
    body: [
      'Aftenen begynder med fællessang ved et lille orkester. Klokken 21 tændes bålet, og årets båltale holdes af en lokal ildsjæl, før vi synger Midsommervisen sammen.',
      'Der er salg af pølser og kaffe. Gratis adgang.',
    ],
    categories: ['koncert'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: LIBRARY,
    where: { places: ['Faxe Ladeplads Havn', 'Nakskov Havn'] },
    dates: [
      [6, 23],
      [6, 23],
    ],
    hours: ['19:30', '22:30'],
    price: 0,
    signup: null,
    image: {
      file: 'sankthans.svg',
      alt: 'Tegning: et stort bål på stranden i skumringen med mennesker i silhuet i en rundkreds om det. Bag dem går solen ned i havet.',
    },
  },
  {
    title: 'Julekoncert med kirkekoret',
    summary: 'Kirkekoret og gæstesolister synger julen ind med kendte salmer, engelske carols og nye danske julesange.',
    body: [
      'Årets julekoncert byder på både fællessalmer og korsatser. Koret ledes af kirkens organist, og der er solistindslag af unge sangere fra musikskolen.',
      'Gratis adgang. Der bliver samlet ind til Folkekirkens Nødhjælp ved udgangen.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: PARISH,
    where: { kinds: ['kirke'], in: ['faxe', 'guldborgsund', 'naestved', 'vordingborg', 'stevns'] },
    dates: [
      [12, 7],
      [12, 11],
      [12, 14],
      [12, 17],
      [12, 20],
    ],
    hours: ['19:30', '21:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Rock i hallen: lokale bands',
    summary: 'Fem bands fra Faxe Kommune spiller i Haslev Hallerne. Med bar og madboder.',
    body: [
      'Rock i hallen er blevet en tradition, hvor unge og ældre bands fra kommunen deler scene. I år spænder programmet fra punk til country-rock.',
      'Billetter købes på nettet eller i døren. Under 18 år kun i følge med voksen efter kl. 22.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Haslev Hallerne'] },
    times: 1,
    weekdays: [6],
    skipMonths: [7],
    hours: ['18:00', '23:59'],
    price: 100,
    signup: 'external',
  },
  {
    title: 'Folkemusik i forsamlingshuset',
    summary: 'Spillemandsmusik fra Sjælland og Sverige med dans bagefter. Ingen dansekundskaber nødvendige.',
    body: [
      'Aftenen begynder med en koncert med tre spillemænd, der har samlet gamle melodier fra egnen. Efter pausen er der dans, og en danseleder viser trinene.',
      'Entré inkl. kaffe og kage.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Karise Forsamlingshus', 'Hårlev Forsamlingshus'] },
    times: 2,
    weekdays: [5, 6],
    hours: ['19:00', '22:30'],
    price: 120,
    signup: null,
  },
  {
    title: 'Musikskolens forårskoncert',
    summary: 'Musikskolens elever fra 6 til 19 år spiller solo, i sammenspil og i orkester.',
    body: [
      'Kom og hør, hvad musikskolens elever har arbejdet med i løbet af sæsonen. Der er alt fra blokfløjte og klaver til bigband og rockbands.',
      'Gratis adgang; koncerten varer halvanden time med en kort pause.',
    ],
    categories: ['koncert', 'boern-og-unge'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: MUSIC_SCHOOL,
    where: { kinds: ['kulturhus', 'hal'], in: ['lolland', 'faxe', 'guldborgsund', 'vordingborg'] },
    weekdays: [1, 2, 3, 4],
    dates: [
      [5, 6],
      [5, 13],
      [5, 20],
      [6, 3],
    ],
    hours: ['18:30', '20:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Viser og fortællinger på biblioteket',
    summary: 'En visesanger med guitar synger Benny Andersen, Kim Larsen og egne sange og fortæller historierne bag.',
    body: [
      'En hyggelig eftermiddag med kendte og ukendte viser og de historier, der hører til. Der er plads til at synge med på omkvædene.',
      'Entré inkl. kaffe. Billetter sælges ved indgangen.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'] },
    times: 3,
    weekdays: [2, 4],
    skipMonths: [7],
    hours: ['14:00', '15:30'],
    price: 50,
    signup: null,
  },
  {
    title: 'Fællessang fra Højskolesangbogen',
    summary: 'Syng med på sange fra Højskolesangbogen, akkompagneret af klaver. Sangønsker modtages.',
    body: [
      'Fællessang er for alle, uanset om man synger rent eller ej. Vi synger årstidens sange og et par af de nye fra den seneste udgave af Højskolesangbogen.',
      'Sangbøger er med. Gratis adgang.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek', 'kulturhus'] },
    times: 5,
    weekdays: [1, 2, 3, 4],
    hours: ['19:00', '20:30'],
    price: 0,
    signup: null,
  },
  {
    title: 'Blues i Gedser Remise',
    summary: 'Aften med rå Delta-blues og elektrisk Chicago-blues i den gamle remise ved færgehavnen.',
    body: [
      'Et dansk-tysk bluesband med rødder på begge sider af Østersøen spiller to sæt. Remisens bar er åben hele aftenen.',
      'Billetter købes på forhånd; der er kun 120 pladser.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Gedser Remise'] },
    times: 1,
    weekdays: [5, 6],
    hours: ['20:00', '23:00'],
    price: 150,
    signup: 'external',
  },
  {
    title: 'UngKor Storstrøm synger foråret ind',
    summary: 'Regionens ungdomskor synger danske forårssange og nordisk korpop.',
    body: [
      'UngKor Storstrøm samler unge sangere fra hele regionen. Koret øver på skift i de seks kommuner og giver i år koncert i Præstø.',
      'Gratis adgang.',
    ],
    categories: ['koncert', 'boern-og-unge'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: REGION,
    where: { places: ['Præstø Kirke'] },
    weekdays: [0],
    dates: [[4, 26]],
    hours: ['15:00', '16:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Sommerkoncert på Borgcentret',
    summary: 'Klassisk sommerkoncert i borgruinen under Gåsetårnet med sopran, klaver og blæserkvintet.',
    body: [
      'Musikken spænder fra Mozart til Poul Schierbeck, og ruinens vægge giver en helt særlig akustik en sommeraften.',
      'Tag et tæppe med. Ved regn flyttes koncerten til Vor Frue Kirke.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Danmarks Borgcenter'] },
    weekdays: FRIDAY_SATURDAY,
    dates: [[8, 2]],
    hours: ['19:00', '21:00'],
    price: 175,
    signup: 'external',
    image: {
      file: 'borgcenter-sommerkoncert.svg',
      alt: 'Tegning: tre musikere med guitar, mikrofon og kontrabas på en lille scene. Til venstre et rødt murstenstårn med grønt spir, foran sidder publikum på farvede tæpper i græsset.',
    },
  },
  {
    title: 'Nytårskoncert i Lokomotivværkstedet',
    summary: 'Wienervalse, operetter og champagne: Falsters nytårskoncert med Sydhavsøernes Kammerorkester.',
    body: [
      'Året skydes i gang med Strauss, Lehár og Lumbye. Kammerorkestret har to sangsolister med, og aftenen slutter traditionen tro med Radetzky-marchen.',
      'Prisen inkluderer et glas bobler i pausen.',
    ],
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: MUSIC_SOCIETY,
    where: { places: ['Lokomotivværkstedet'] },
    weekdays: SATURDAY_SUNDAY,
    dates: [[1, 4]],
    hours: ['16:00', '18:00'],
    price: 225,
    signup: 'external',
  },
  {
    title: 'Børnekoncert: Rytmer for de mindste',
    summary: 'Koncert med trommer, sang og bevægelse for børn fra 1 til 5 år og deres voksne.',
    body: [
      'Musikerne spiller på alt fra store trommer til små rasleæg, og børnene er med hele vejen: vi klapper, danser og synger.',
      'Koncerten varer 40 minutter. Tilmeld børn og voksne; man kan tilmelde op til fire personer ad gangen.',
    ],
    categories: ['koncert', 'boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: MUSIC_SCHOOL,
    where: { kinds: ['bibliotek', 'kulturhus'], in: ['naestved', 'stevns', 'guldborgsund'] },
    times: 3,
    weekdays: [6, 0],
    hours: ['10:30', '11:10'],
    price: 30,
    signup: { capacity: 40, waitlist: true, maxSeatsPerSignup: 4, fields: ['phone'] },
  },
  {
    title: 'Babysalmesang',
    summary: 'Salmer, sanglege og rolig musik for babyer fra 2 til 10 måneder og deres forældre. Forløb på fire gange.',
    body: [
      'Babysalmesang er sansestimulation for de mindste og en god pause for forældrene. Organisten og en kirkesanger leder forløbet.',
      'Tilmeldingen gælder alle fire gange. Der er kaffe og te bagefter.',
    ],
    categories: ['koncert', 'boern-og-unge'],
    audience: ['boern-og-unge', 'borgere'],
    organizer: PARISH,
    where: { kinds: ['kirke'], in: ['lolland', 'naestved', 'vordingborg'] },
    times: 3,
    weekdays: [2, 3],
    skipMonths: [7],
    hours: ['10:00', '11:00'],
    price: 0,
    signup: { capacity: 12, waitlist: true, maxSeatsPerSignup: 2, fields: ['phone'] },
  },

  // Exhibitions.
  {
    title: 'Sommerudstilling: Kunstnere på Møn',
    summary: 'Møns Kunstforenings store sommerudstilling med maleri, grafik, keramik og skulptur af øens kunstnere.',
    body: [
      'Over tyve kunstnere med tilknytning til Møn viser nye værker. Udstillingen er et godt sted at begynde, hvis man vil besøge atelierer på øen senere på sommeren.',
      'Der er gratis adgang i bibliotekets åbningstid. Værkerne kan købes.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { places: ['Stege Bibliotek'] },
    weekdays: [6],
    dates: [[6, 20]],
    days: 42,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 0,
    signup: null,
    image: {
      file: 'sommerudstilling-moen.svg',
      alt: 'Tegning: seks malerier i klare farver hænger på en hvid væg under spots, med en bænk foran.',
    },
  },
  {
    title: 'Fotoudstilling: Havnen før og nu',
    summary: 'Gamle og nye fotografier af havnen side om side: skibsværftet, fiskerne og nutidens havnemiljø.',
    body: [
      'Lokalhistorisk arkiv har fundet billeder frem fra 1900-tallet, og lokale fotografer har taget nye billeder fra de samme steder.',
      'Udstillingen kan ses gratis i bibliotekets åbningstid.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Nakskov Bibliotek', 'Faxe Bibliotek'] },
    times: 2,
    weekdays: [1],
    days: 28,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 0,
    signup: null,
  },
  {
    title: 'Lys over Møn: malerier fra klinten',
    summary: 'Særudstilling om guldaldermalernes og de moderne kunstneres Møns Klint.',
    body: [
      'Fra guldaldermalerne til nutidens kunstnere har Møns Klint tiltrukket malere med sit særlige lys. Udstillingen viser værker fra private samlinger, som sjældent er udstillet.',
      'Billetten giver også adgang til museets faste udstillinger.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Møns Museum'] },
    times: 1,
    weekdays: [6],
    days: 60,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 60,
    signup: null,
    image: {
      file: 'lys-over-moen.svg',
      alt: 'Tegning: et maleri på et staffeli af hvide klinter med skov på toppen over et turkisgrønt hav. Ved siden af står en palet med maling på en skammel.',
    },
  },
  {
    title: 'Børnenes kunstudstilling',
    summary: 'Kommunens 4. klasser udstiller værker om temaet "Min by". Kom og se, hvordan børnene ser deres by.',
    body: [
      'Over 300 elever har deltaget i billedkunstforløbet, og resultatet er en farverig udstilling med tegninger, collager og små modeller.',
      'Gratis adgang i bibliotekets åbningstid.',
    ],
    categories: ['udstilling', 'boern-og-unge'],
    audience: ['boern-og-unge', 'borgere'],
    organizer: LIBRARY,
    where: { places: ['Næstved Bibliotek', 'Vordingborg Bibliotek'] },
    times: 2,
    weekdays: [1],
    skipMonths: [7, 8],
    days: 14,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 0,
    signup: null,
  },
  {
    title: 'Havbund for 66 millioner år siden',
    summary: 'Udstilling om fossilerne i Stevns Klint og det lag, der fortæller om dinosaurernes endeligt.',
    body: [
      'Stevns Klint er på UNESCOs verdensarvsliste, fordi det tynde lag fiskeler viser sporene af meteornedslaget, der udryddede dinosaurerne. Udstillingen viser fossiler fundet af amatørgeologer og forskere.',
      'Børn under 18 år har gratis adgang.',
    ],
    categories: ['udstilling'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: MUSEUM,
    where: { places: ['Stevns Klint Experience'] },
    times: 1,
    weekdays: [6],
    days: 90,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 85,
    signup: null,
  },
  {
    title: 'Sukker og slid: roerne der byggede Lolland',
    summary: 'Udstilling om sukkerroedyrkningen og de polske roepiger, der kom til Lolland fra 1890erne.',
    body: [
      'Sukkerroen forandrede Lolland: sukkerfabrikker, jernbaner og tusindvis af polske sæsonarbejdere. Udstillingen fortæller historien gennem genstande, breve og fotografier.',
      'Udstillingen har tekster på dansk, engelsk og polsk.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Stiftsmuseum Maribo'] },
    times: 1,
    weekdays: [6],
    days: 120,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 50,
    signup: null,
  },
  {
    title: 'Keramik fra Sydsjælland',
    summary: 'Salgsudstilling med værker af tolv keramikere fra Sydsjælland og øerne.',
    body: [
      'Fra brugskunst til skulptur: udstillingen viser bredden i egnens keramik. Flere af keramikerne er til stede i weekenderne.',
      'Fri adgang.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { places: ['Grønnegades Kaserne', 'Kalvehave Havnehus'] },
    times: 2,
    weekdays: [5],
    days: 21,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 0,
    signup: null,
  },
  {
    title: 'Tekstilkunst: tråde gennem tiden',
    summary: 'Vandreudstilling med nutidig tekstilkunst, vævning og broderi fra kunstnere i regionen.',
    body: [
      'Udstillingen forbinder gammelt håndværk og nutidig kunst. Flere værker er lavet af genbrugstekstiler fra lokale genbrugsbutikker.',
      'Gratis adgang i åbningstiden.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { places: ['Haslev Bibliotek', 'Sakskøbing Bibliotek', 'Hårlev Bibliotek'] },
    times: 3,
    weekdays: [1],
    days: 28,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 0,
    signup: null,
  },
  {
    title: 'Fossiler fra kalkbruddet',
    summary: 'Særudstilling med de flotteste fund fra Faxe Kalkbrud: koraller, krabber og hajtænder.',
    body: [
      'Faxe Kalkbrud var engang et koralrev i et tropisk hav. Udstillingen viser fund gjort af besøgende gennem årene, og du kan få dine egne fund bestemt ved skranken.',
      'Billetten gælder hele dagen.',
    ],
    categories: ['udstilling'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: MUSEUM,
    where: { places: ['Geomuseum Faxe'] },
    times: 1,
    weekdays: [6],
    days: 60,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 60,
    signup: null,
  },
  {
    title: 'Valdemarernes rige',
    summary: 'Særudstilling om Valdemar den Store, Valdemar Sejr og Valdemar Atterdag og borgen i Vordingborg.',
    body: [
      'Vordingborg var i 1100- og 1300-tallet rigets magtcentrum. Udstillingen viser nye fund fra udgravningerne og fortæller om livet på borgen.',
      'Billetten giver også adgang til Gåsetårnet.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Danmarks Borgcenter'] },
    times: 1,
    weekdays: [6],
    days: 120,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 95,
    signup: null,
  },
  {
    title: 'Gammel jul i købstaden',
    summary: 'Julen som den blev holdt i Nykøbing omkring 1900: pyntede stuer, gammeldags legetøj og julebag.',
    body: [
      'Czarens Hus er pyntet op som et borgerhjem ved århundredeskiftet. I weekenderne er der julebag og fortælling for børn.',
      'Billet inkl. en kop gløgg.',
    ],
    categories: ['udstilling'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: MUSEUM,
    where: { places: ['Czarens Hus'] },
    dates: [[11, 29]],
    days: 24,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 40,
    signup: null,
  },
  {
    title: 'Kunstweekend på Møn: åbne atelierer',
    summary: 'Over 30 kunstnere åbner deres værksteder for publikum. Hent kortet over atelierer i Stege.',
    body: [
      'Kunstweekenden er en oplagt anledning til at se, hvor kunsten bliver til. Kortet over de åbne atelierer kan hentes på Stege Bibliotek og hos de deltagende kunstnere.',
      'Gratis adgang til alle atelierer.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { places: ['Stege Bibliotek'] },
    dates: [[9, 4]],
    weekdays: [6],
    days: 2,
    hours: ['10:00', '17:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Fernisering: nye værker af lokale kunstnere',
    summary: 'Kunstforeningen åbner sæsonens nye udstilling. Mød kunstnerne over et glas vin.',
    body: [
      'Kunstforeningens udstillingsudvalg har valgt værker af fire kunstnere fra kommunen. Formanden byder velkommen, og kunstnerne fortæller kort om deres arbejde.',
      'Alle er velkomne; man behøver ikke være medlem.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: ART_SOCIETY,
    where: { kinds: ['kulturhus', 'bibliotek'], in: ['lolland', 'naestved', 'faxe', 'guldborgsund'] },
    offsets: [-6, 70, 160, 250],
    weekdays: [5],
    hours: ['16:00', '18:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Ikoner i kirkerummet',
    summary: 'Udstilling af nymalede ikoner fra en ikonmalerskole på Lolland-Falster.',
    body: [
      'Ikonmaleri er en gammel kunstform, der i dag har mange udøvere i Danmark. Ikonmalerne fortæller om teknik og symbolik ved en omvisning på åbningsdagen.',
      'Kirken er åben alle dage mellem 9 og 16.',
    ],
    categories: ['udstilling'],
    audience: ['borgere'],
    organizer: PARISH,
    where: { places: ['Sakskøbing Kirke'] },
    times: 1,
    weekdays: [0],
    days: 30,
    allDay: true,
    hours: ['00:00', '23:59'],
    price: 0,
    signup: null,
  },

  // Talks.
  {
    title: 'Forfatteraften med Karen Vestergaard',
    summary: 'Karen Vestergaard fortæller om sin roman "Havet ved Gedser" og læser op.',
    body: [
      'Romanen følger tre generationer af en fiskerfamilie i Gedser. Karen Vestergaard fortæller om research, om at skrive om sin egen egn og om livet ved Danmarks sydspids.',
      'Billetter kan købes på bibliotekets hjemmeside.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Nykøbing F. Bibliotek'] },
    times: 1,
    weekdays: EVENINGS,
    skipMonths: [7],
    hours: ['19:00', '21:00'],
    price: 60,
    signup: 'external',
  },
  {
    title: 'Forfatteraften med Thomas Bjerre',
    summary: 'Thomas Bjerre om "Roemarkens børn", romanen om en polsk roepige, der blev på Lolland.',
    body: [
      'Thomas Bjerre har i flere år samlet erindringer fra efterkommere af de polske roearbejdere. Han fortæller om arbejdet med romanen og om de virkelige historier bag.',
      'Arrangementet holdes i samarbejde med Stiftsmuseum Maribo.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Maribo Bibliotek'] },
    times: 1,
    weekdays: EVENINGS,
    skipMonths: [7],
    hours: ['19:00', '21:00'],
    price: 60,
    signup: 'external',
  },
  {
    title: 'Krimiaften med Lise Dahl',
    summary: 'Krimiforfatter Lise Dahl om sin nye bog, der foregår i Næstveds gader og på Karrebæksminde havn.',
    body: [
      'Hvordan finder man et mordsted i sin egen by? Lise Dahl tager os med bag kulisserne i krimigenren og fortæller om samarbejdet med politiet under researchen.',
      'Prisen inkluderer kaffe og kage.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Næstved Bibliotek'] },
    times: 1,
    weekdays: EVENINGS,
    skipMonths: [7],
    hours: ['19:00', '21:00'],
    price: 75,
    signup: 'external',
  },
  {
    title: 'Digte ved vandet: oplæsning med Anna Friis',
    summary: 'Digteren Anna Friis læser fra sin nye samling om Ulvsund og Bogø.',
    body: [
      'Anna Friis skriver om kyst, vejr og de små øer syd for Sjælland. Oplæsningen veksler med samtale med en bibliotekar og spørgsmål fra publikum.',
      'Gratis adgang, ingen tilmelding.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Kalvehave Havnehus'] },
    times: 1,
    weekdays: [3, 4],
    hours: ['19:30', '21:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Stevns Klint og dinosaurernes endeligt',
    summary: 'Geolog fortæller om meteornedslaget, der efterlod sine spor i Stevns Klint for 66 millioner år siden.',
    body: [
      'Fiskeleret i Stevns Klint er et af verdens bedste spor af katastrofen, der udryddede dinosaurerne. Foredraget forklarer, hvordan forskerne fandt frem til meteoren, og hvad klinten stadig kan lære os.',
      'Entré betales ved indgangen.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Stevns Klint Experience'] },
    times: 1,
    weekdays: [2, 3],
    hours: ['19:00', '21:00'],
    price: 75,
    signup: null,
  },
  {
    title: 'Valdemar Atterdag og Gåsetårnet',
    summary: 'Museumsinspektøren fortæller om kongen, der samlede riget igen, og om tårnet, han byggede.',
    body: [
      'Valdemar Atterdag overtog et pantsat og splittet rige og samlede det igen med list og magt. Foredraget fortæller om kongen og om borgen i Vordingborg, hvor Gåsetårnet står endnu.',
      'Billetter sælges via museets hjemmeside.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Danmarks Borgcenter'] },
    times: 1,
    weekdays: [2, 3, 4],
    hours: ['19:00', '21:00'],
    price: 75,
    signup: 'external',
  },
  {
    title: 'Polakkerne på Lolland',
    summary: 'Foredrag om de polske roearbejdere og de spor, de har sat i Lollands historie.',
    body: [
      'Fra 1893 kom tusindvis af polske landarbejdere til Lolland-Falster for at luge og tage roer op. Mange blev, og deres efterkommere bor her endnu.',
      'Entré betales ved døren.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Stiftsmuseum Maribo'] },
    times: 1,
    weekdays: [2, 3],
    hours: ['19:00', '21:00'],
    price: 50,
    signup: null,
  },
  {
    title: 'Den kolde krig under Stevns',
    summary: 'Fortællingen om Stevnsfortet: atomsikre gange, kanoner og årtiers hemmeligholdelse.',
    body: [
      'Stevnsfortet skulle forsvare indsejlingen til Østersøen, hvis den kolde krig blev varm. En tidligere værnepligtig fra fortet fortæller om hverdagen 18 meter under jorden.',
      'Foredraget slutter med en kort rundvisning i gangene.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Stevnsfortet'] },
    times: 1,
    weekdays: [3, 4],
    hours: ['18:30', '21:00'],
    price: 95,
    signup: 'external',
  },
  {
    title: 'Zar Peter i Nykøbing',
    summary: 'Historien om, da den russiske zar Peter den Store boede i Nykøbing Falster i 1716.',
    body: [
      'Ifølge overleveringen boede zaren i huset, der i dag hedder Czarens Hus. Museets historiker fortæller om besøget og om datidens storpolitik i Østersøen.',
      'Entré betales ved døren.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Czarens Hus'] },
    times: 1,
    weekdays: [2, 3],
    hours: ['19:00', '20:30'],
    price: 50,
    signup: null,
  },
  {
    title: 'Slægtsforskning for begyndere',
    summary: 'Kom i gang med at finde dine aner i kirkebøger, folketællinger og online arkiver.',
    body: [
      'En erfaren slægtsforsker viser, hvordan man søger i Arkivalieronline og andre gratis kilder, og hvordan man læser den gotiske skrift i de gamle kirkebøger.',
      'Medbring gerne en bærbar computer og navne og fødselsdatoer på dine bedsteforældre.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['guldborgsund', 'stevns', 'faxe', 'lolland'] },
    times: 4,
    weekdays: [2, 3],
    skipMonths: [7],
    hours: ['17:00', '19:30'],
    price: 0,
    signup: { capacity: 20, waitlist: true, maxSeatsPerSignup: 1, fields: [] },
  },
  {
    title: 'Sydhavsøerne og det stigende hav',
    summary: 'Hvordan ser kysten ud om 50 år? Foredrag om klimatilpasning på Lolland, Falster og Møn.',
    body: [
      'Store dele af Lolland ligger under havets overflade og beskyttes af diger. En klimaforsker fortæller om prognoserne, og kommunens klimakoordinator om planerne.',
      'Gratis adgang.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Rødby Bibliotek', 'Stubbekøbing Bibliotek', 'Præstø Bibliotek'] },
    times: 3,
    weekdays: [2, 3, 4],
    hours: ['19:00', '21:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'Musikken og hjernen',
    summary: 'Hvorfor får musik os til at græde, danse og huske? Foredrag af en hjerneforsker.',
    body: [
      'Musik aktiverer flere områder i hjernen end næsten noget andet, vi gør. Foredraget fortæller om forskningen i musik og følelser og om musikterapi ved demens.',
      'Billetter købes ved indgangen.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Næstved Bibliotek'] },
    times: 1,
    weekdays: [2, 3, 4],
    hours: ['19:00', '21:00'],
    price: 60,
    signup: null,
  },
  {
    title: 'Kalken der byggede København',
    summary: 'Foredrag om Faxe Kalkbrud og kalken, der blev sejlet fra Faxe Ladeplads til hovedstadens byggepladser.',
    body: [
      'I flere hundrede år var kalken fra Faxe et eftertragtet byggemateriale. Foredraget fortæller om bruddet, arbejderne og jernbanen til havnen.',
      'Entré betales ved døren.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Geomuseum Faxe'] },
    times: 1,
    weekdays: [2, 3],
    hours: ['19:00', '20:30'],
    price: 50,
    signup: null,
  },
  {
    title: 'Møns Klint: 70 millioner års naturhistorie',
    summary: 'Naturvejleder fortæller om klinten, istidens skred og de sjældne orkideer på Høje Møn.',
    body: [
      'Møns Klint blev skubbet op af isen under sidste istid. Foredraget fortæller om klintens geologi og om de planter og dyr, der kun findes her.',
      'Entré betales ved døren.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Møns Museum'] },
    times: 1,
    weekdays: [2, 3],
    hours: ['19:00', '20:30'],
    price: 60,
    signup: null,
  },
  {
    title: 'Kultur på recept: erfaringer fra Storstrøm',
    summary:
      'Oplæg for kulturaktører og sundhedsmedarbejdere om kulturtilbud til borgere med stress, angst eller depression.',
    body: [
      'Kultur på recept har kørt i flere af regionens kommuner. Projektlederne fortæller, hvad der virkede, hvad der ikke gjorde, og hvordan man kommer i gang.',
      'Efter oplæggene er der tid til spørgsmål og netværk.',
    ],
    categories: ['foredrag'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { kinds: ['kulturhus', 'bibliotek'], in: ['vordingborg', 'faxe'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['13:00', '16:00'],
    price: 0,
    signup: { capacity: 40, waitlist: true, maxSeatsPerSignup: 1, fields: ['organization', 'municipality'] },
  },
  {
    title: 'Webinar: Søg Kulturregionens puljer',
    summary:
      'Sekretariatet gennemgår årets puljer, kriterierne og ansøgningsfristerne. Online, med spørgsmål i chatten.',
    body: [
      'Kulturregion Storstrøm støtter projekter, der samarbejder på tværs af kommunerne. På webinaret forklarer vi, hvad der kan søges til, og viser eksempler på projekter, der har fået støtte.',
      'Webinaret optages og lægges på hjemmesiden bagefter.',
    ],
    categories: ['foredrag'],
    audience: ['kulturaktoerer'],
    organizer: REGION,
    where: { online: ['vordingborg', 'faxe'] },
    times: 2,
    weekdays: MIDWEEK,
    skipMonths: SUMMER_HOLIDAY,
    hours: ['14:00', '15:00'],
    price: 0,
    signup: { capacity: 200, waitlist: false, maxSeatsPerSignup: 1, fields: ['organization', 'municipality'] },
  },
  {
    title: 'Kulturarv i klimaforandringernes tid',
    summary:
      'Hvordan passer vi på kirker, borge og fortidsminder, når havet stiger? Foredrag i museet og direkte online.',
    body: [
      'Museumsinspektøren fortæller om de fortidsminder i regionen, der er truet af oversvømmelse og erosion, og om de valg, vi står over for.',
      'Foredraget kan også følges direkte online; linket sendes til tilmeldte.',
    ],
    categories: ['foredrag'],
    audience: ['borgere', 'kulturaktoerer'],
    organizer: MUSEUM,
    where: { places: ['Næstved Museum, Helligåndshuset'], alsoOnline: true },
    times: 1,
    weekdays: [3, 4],
    hours: ['19:00', '20:30'],
    price: 0,
    signup: { capacity: 60, waitlist: true, maxSeatsPerSignup: 2, fields: [] },
  },
  {
    title: 'Nakskov Skibsværft: et århundrede i stål',
    summary: 'UDSAT: Foredrag om skibsværftet, der prægede Nakskov i næsten hundrede år. Ny dato følger.',
    body: [
      'Foredraget er udsat, fordi foredragsholderen er blevet syg. Vi finder en ny dato hurtigst muligt og skriver den her.',
      'Nakskov Skibsværft byggede over 200 skibe, og på sit højeste beskæftigede værftet over 2.000 mennesker. Foredraget fortæller om værftets storhedstid og lukning.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: MUSEUM,
    where: { places: ['Kulturhuset Nakskov'] },
    times: 1,
    weekdays: [2, 3],
    hours: ['19:00', '21:00'],
    price: 50,
    signup: null,
    status: 'postponed',
  },
  {
    title: 'Søfart og smugling i Rødvig',
    summary: 'Lokalhistorisk foredrag om fiskere, skippere og smuglere i det gamle fiskerleje.',
    body: [
      'Rødvig var et travlt fiskerleje, og ikke al trafik gik gennem tolden. Lokalhistorikeren fortæller om livet på havnen gennem 200 år.',
      'Gratis adgang.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { places: ['Store Heddinge Bibliotek'] },
    offsets: [-12],
    hours: ['19:00', '20:30'],
    price: 0,
    signup: null,
  },
  {
    title: 'Online forfattersamtale: at skrive om provinsen',
    summary:
      'Tre forfattere fra regionen i samtale om at skrive om steder, som hovedstaden sjældent ser. Direkte online.',
    body: [
      'Samtalen sendes direkte, og du kan stille spørgsmål i chatten. Ingen tilmelding: klik på linket, når samtalen begynder.',
      'Samtalen optages og kan ses bagefter på bibliotekernes hjemmeside.',
    ],
    categories: ['foredrag'],
    audience: ['borgere'],
    organizer: LIBRARY,
    where: { online: ['guldborgsund'] },
    times: 1,
    weekdays: [3],
    hours: ['19:30', '20:30'],
    price: 0,
    signup: null,
  },

  // Children.
  {
    title: 'Højtlæsning for de 3–6-årige',
    summary: 'Bibliotekaren læser billedbøger højt, og bagefter tegner vi. Hyggelig formiddag for de mindste.',
    body: [
      'Vi læser to-tre billedbøger, synger en sang og tegner til historierne. Børnehaver og dagplejere er også velkomne; giv gerne besked, hvis I kommer mange.',
      'Gratis og uden tilmelding.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'] },
    offsets: [-3, 25, 62, 96, 132, 200, 235, 270, 330],
    weekdays: [2, 3, 4],
    skipMonths: [7],
    hours: ['10:00', '10:45'],
    price: 0,
    signup: null,
  },
  {
    title: 'Børneteater: Trolden fra klinten',
    summary: 'Eventyrlig forestilling om en trold, der bor i kridtklinten og er bange for mørke. For børn fra 3 år.',
    body: [
      'Teatret Sydhavet spiller med dukker, musik og masser af humor. Forestillingen varer 35 minutter.',
      'Billetter købes på forhånd.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: CHILDREN_THEATRE,
    where: { places: ['Stevnshallen', 'Vordingborg Bibliotek'] },
    times: 2,
    weekdays: [6, 0],
    hours: ['11:00', '11:35'],
    price: 40,
    signup: 'external',
    image: {
      file: 'trolden-fra-klinten.svg',
      alt: 'Tegning: en grøn trolddukke med store ører kigger frem bag en hvid klint af pap på en lille teaterscene med røde tæpper.',
    },
  },
  {
    title: 'Børneteater: Havfruen i Nysted',
    summary: 'Musikforestilling om havfruen, der svømmer ind i Nysted havn og vil lære at cykle. For børn fra 4 år.',
    body: [
      'En skuespiller og en musiker fortæller historien med sang, harmonika og kulisser af genbrugsmaterialer.',
      'Billetter købes på forhånd.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: CHILDREN_THEATRE,
    where: { places: ['Nysted Hallen', 'Søllested Hallen'] },
    times: 2,
    weekdays: [6, 0],
    hours: ['10:30', '11:15'],
    price: 40,
    signup: 'external',
  },
  {
    title: 'Børneteater: Kaptajn Kanin til søs',
    summary: 'Sjov forestilling om en kanin, der vil være skibskaptajn. For børn fra 3 til 7 år.',
    body: [
      'Kaptajn Kanin har aldrig set havet, men han har en plan. En forestilling om mod, venskab og gulerødder.',
      'Billetter købes på forhånd.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: CHILDREN_THEATRE,
    where: { places: ['Fuglebjerghallen', 'Kulturstationen Haslev'] },
    times: 2,
    weekdays: [6, 0],
    hours: ['11:00', '11:40'],
    price: 40,
    signup: 'external',
  },
  {
    title: 'Halloween på biblioteket',
    summary: 'Uhyggelige historier i mørket, græskarudskæring og kostumekonkurrence. For børn fra 6 år.',
    body: [
      'Biblioteket slukker lyset, og bibliotekarerne fortæller gyserhistorier for de modige. Der er græskar til udskæring, så længe lager haves.',
      'Kom gerne udklædt; der er præmie til det mest uhyggelige kostume.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['guldborgsund', 'vordingborg', 'naestved'] },
    dates: [
      [10, 29],
      [10, 30],
      [10, 31],
    ],
    hours: ['16:00', '18:30'],
    price: 0,
    signup: null,
  },
  {
    title: 'Fastelavn: slå katten af tønden',
    summary: 'Tøndeslagning for børn i tre aldersgrupper, fastelavnsboller og præmier til kattekonge og kattedronning.',
    body: [
      'Kom udklædt og slå katten af tønden. Der er tønder til de 0–3-årige, de 4–7-årige og de 8–12-årige.',
      'Gratis, men tilmeld gerne børnene, så vi har boller nok.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge', 'borgere'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek', 'kulturhus'], in: ['lolland', 'faxe', 'stevns'] },
    weekdays: [0],
    dates: [
      [2, 14],
      [2, 15],
      [2, 15],
    ],
    hours: ['10:00', '12:00'],
    price: 0,
    signup: { capacity: 60, waitlist: false, maxSeatsPerSignup: 4, fields: ['comment'] },
  },
  {
    title: 'Skattejagt på museet i sommerferien',
    summary: 'Løs gåderne, find skatten og bliv udnævnt til museumsdetektiv. For børn fra 6 til 12 år.',
    body: [
      'Skattejagten går gennem hele museet, og opgaverne kan løses af børn alene eller sammen med en voksen. Alle detektiver får et diplom.',
      'Gratis for børn; voksne betaler almindelig entré.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: MUSEUM,
    where: { places: ['Danmarks Borgcenter', 'Stiftsmuseum Maribo', 'Næstved Museum, Helligåndshuset'] },
    dates: [
      [7, 1],
      [7, 8],
      [7, 22],
    ],
    days: 3,
    hours: ['10:00', '16:00'],
    price: 0,
    signup: null,
  },
  {
    title: 'LEGO-byggedag',
    summary: 'Byg en by, et rumskib eller hvad du vil med bibliotekets tusindvis af klodser. For børn fra 5 år.',
    body: [
      'Vi bygger sammen i tre timer, og til sidst udstiller vi bygningerne på biblioteket i en uge.',
      'Børn under 8 år skal have en voksen med. Man kan tilmelde op til tre børn ad gangen.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['vordingborg', 'faxe', 'guldborgsund'] },
    times: 3,
    weekdays: [6],
    hours: ['10:00', '13:00'],
    price: 0,
    signup: { capacity: 16, waitlist: true, maxSeatsPerSignup: 3, fields: ['phone'] },
  },
  {
    title: 'Minecraft-turnering for 10–14-årige',
    summary: 'Byg i hold mod uret på bibliotekets server. Dommerne er bibliotekarer med skarpe øjne.',
    body: [
      'Holdene får et tema ved starten og to timer til at bygge. Bagefter er der præmieoverrækkelse og sodavand.',
      'Du skal ikke have din egen computer med.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { places: ['Nakskov Bibliotek'] },
    times: 1,
    weekdays: [5],
    hours: ['15:00', '18:00'],
    price: 0,
    signup: { capacity: 24, waitlist: true, maxSeatsPerSignup: 1, fields: ['phone', 'comment'] },
  },
  {
    title: 'På dinosaurjagt ved klinten',
    summary:
      'Familietur langs Stevns Klint med naturvejleder: find fossiler og hør om livet for 66 millioner år siden.',
    body: [
      'Vi går ned til stranden under klinten og leder efter søpindsvin, koraller og hajtænder. Naturvejlederen hjælper med at bestemme fundene.',
      'Turen er ca. 2 km på stenstrand og egner sig ikke til barnevogn. Man kan tilmelde op til fire personer ad gangen.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge', 'borgere'],
    organizer: MUSEUM,
    where: { places: ['Stevns Klint Experience'] },
    dates: [[7, 16]],
    hours: ['10:00', '12:30'],
    price: 40,
    signup: { capacity: 25, waitlist: true, maxSeatsPerSignup: 4, fields: ['phone'] },
    image: {
      file: 'dinosaurjagt.svg',
      alt: 'Tegning: et barn på stranden under en hvid klint holder en forstening op mod himlen. Ved siden af står en rød spand.',
    },
  },
  {
    title: 'Filmklub for børn',
    summary: 'Biograf på biblioteket med popcorn. Vi viser en familiefilm, der er tilladt for alle.',
    body: [
      'Filmklubben mødes en eftermiddag, og børnene stemmer om næste gangs film. Børn under 7 år skal have en voksen med.',
      'Gratis og uden tilmelding.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['stevns', 'lolland', 'naestved'] },
    times: 3,
    weekdays: [3, 5],
    hours: ['15:30', '17:30'],
    price: 0,
    signup: null,
  },
  {
    title: 'Ungdomsskolens musical',
    summary: 'Ungdomsskolens elever opfører en musical, de selv har skrevet. Skuespil, sang, dans og et liveband.',
    body: [
      'Over 40 unge har arbejdet med forestillingen hele sæsonen: manuskript, musik, kostumer og lys er lavet af eleverne selv.',
      'Billetter købes via ungdomsskolens hjemmeside.',
    ],
    categories: ['boern-og-unge', 'koncert'],
    audience: ['borgere', 'boern-og-unge'],
    organizer: YOUTH_SCHOOL,
    where: { places: ['Lokomotivværkstedet'] },
    weekdays: [4, 5],
    dates: [[4, 10]],
    hours: ['19:00', '21:00'],
    price: 50,
    signup: 'external',
  },
  {
    title: 'Sommerlæsning: afslutningsfest',
    summary: 'Fest for alle børn, der har været med i Sommerlæsning: tryllekunstner, is og lodtrækning om præmier.',
    body: [
      'Har du læst bøger i sommerferien? Så kom og fejr det med en tryllekunstner og is til alle.',
      'Gratis og uden tilmelding.',
    ],
    categories: ['boern-og-unge'],
    audience: ['boern-og-unge'],
    organizer: LIBRARY,
    where: { kinds: ['bibliotek'], in: ['vordingborg', 'guldborgsund'] },
    dates: [
      [8, 14],
      [8, 15],
    ],
    hours: ['14:00', '16:00'],
    price: 0,
    signup: null,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Generation

/** A small fixed-seed PRNG (mulberry32): the seed must be the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The Christmas break: events spread over the year keep clear of it; seasonal ones (Christmas concerts) are dated. */
function isChristmasBreak(isoDate: string): boolean {
  const monthDay = isoDate.slice(5);
  return monthDay >= '12-20' || monthDay <= '01-03';
}

/** Moves a day to the nearest one (forward first) that fits the template's weekdays and months. */
function fitDay(today: string, offset: number, template: Template): number {
  const fits = (days: number) => {
    const date = addDays(today, days);
    return (
      (!template.weekdays || template.weekdays.includes(weekdayOf(date))) &&
      !template.skipMonths?.includes(Number(date.slice(5, 7))) &&
      !isChristmasBreak(date)
    );
  };
  for (let step = 0; step < 366; step++) {
    if (offset + step <= 364 && fits(offset + step)) return offset + step;
  }
  for (let step = 1; step < 366; step++) {
    if (fits(offset - step)) return offset - step;
  }
  throw new Error(`seed: no day fits "${template.title}"`);
}

/** The first day on or after `offset` that falls on one of `weekdays` (any day when absent). */
function onWeekday(today: string, offset: number, weekdays: readonly number[] | undefined): number {
  let days = offset;
  while (weekdays && !weekdays.includes(weekdayOf(addDays(today, days)))) days++;
  return days;
}

/**
 * Days from today to the next (month, day) after today; for an event spanning several days, one that began recently
 * and is still running counts (an exhibition that is on now), so the offset can be negative.
 */
function nextAnnual(today: string, month: number, day: number, span: number): number {
  const year = Number(today.slice(0, 4));
  for (const candidateYear of [year - 1, year, year + 1]) {
    const date = `${candidateYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const days = daysBetween(today, date);
    if (days > 0 || (span > 1 && days + span - 1 >= 0)) return days;
  }
  throw new Error('seed: unreachable');
}

/** The start of a seed event's id: its title as a slug, cut at a word boundary so an id never ends in half a word. */
function idStemOf(title: string): string {
  const slug = slugOf(title);
  return slug.length <= 40 ? slug : slug.slice(0, 41).replace(/-[^-]*$/, '');
}

function formatKroner(price: number): string {
  return price.toLocaleString('da-DK');
}

/** The last paragraph of every description: where, and how to get in. */
function practicalNote(place: Place | undefined, online: boolean, price: number, signup: SignupPlan): string {
  const where = place
    ? `Sted: ${place.name}, ${place.address}, ${place.postalCode} ${place.city}.`
    : 'Arrangementet foregår online; du skal bare bruge en computer, tablet eller telefon med internet.';
  let how: string;
  if (signup === null) {
    how = price > 0 ? `Entré: ${formatKroner(price)} kr., betales ved indgangen.` : 'Gratis adgang. Ingen tilmelding.';
  } else if (signup === 'external') {
    how =
      price > 0
        ? `Billetter à ${formatKroner(price)} kr. købes via arrangørens billetsalg.`
        : 'Gratis, men tilmelding sker på arrangørens hjemmeside.';
  } else {
    how =
      `Tilmelding her; der er ${signup.capacity} pladser.` +
      (signup.waitlist ? ' Når der er fuldt, kan du skrive dig på ventelisten.' : '') +
      (price > 0 ? ` Pris: ${formatKroner(price)} kr., som betales på dagen.` : ' Deltagelse er gratis.');
  }
  const link = online && place ? ' Arrangementet kan også følges online.' : '';
  return `${where}${link} ${how}`;
}

export interface SeedOptions {
  /**
   * The absolute URL of a demo picture, from its file name in `server/assets/demo-images/` (`seedDatabase` makes it
   * from the server's own base). Without it the events have no images. A function rather than the files themselves:
   * this module stays free of Node's APIs, so browser tests can import its ids.
   */
  imageUrl?: (file: string) => string;
}

/**
 * About a year of events, dated from `today` (most upcoming, a few in the recent past) in all six municipalities,
 * every category and every audience. The same `today` always gives the same list.
 */
export function seedEvents(today: Date, { imageUrl }: SeedOptions = {}): StoredEventInput[] {
  const random = prng(0x5eed_2026);
  const day0 = regionDate(today.getTime());
  const taken = new Set<string>();
  const events: StoredEventInput[] = [];

  for (const template of TEMPLATES) {
    const offsets =
      template.offsets?.map((offset) => (offset < 0 ? offset : fitDay(day0, offset, template))) ??
      template.dates?.map(([month, day]) =>
        onWeekday(day0, nextAnnual(day0, month, day, template.days ?? 1), template.weekdays),
      ) ??
      Array.from({ length: template.times ?? 1 }, (_, k) => {
        const times = template.times ?? 1;
        const spread = Math.floor(((k + 0.15 + 0.7 * random()) * 350) / times) + 5;
        return fitDay(day0, spread, template);
      });
    if (template.id && offsets.length !== 1) throw new Error(`seed: fixed id ${template.id} on a repeated event`);

    const rotation = Math.floor(random() * MUNICIPALITY_IDS.length);
    offsets.forEach((offset, k) => {
      const where = template.where;
      let place: Place | undefined;
      let municipality: MunicipalityId;
      let online = false;
      if ('places' in where) {
        place = placeNamed(where.places[k % where.places.length]!);
        municipality = place.municipality;
        online = where.alsoOnline === true;
      } else if ('kinds' in where) {
        const pool = where.in ?? ALL;
        municipality = pool[(rotation + k) % pool.length]!;
        const candidates = PLACES.filter(
          (candidate) => candidate.municipality === municipality && where.kinds.includes(candidate.kind),
        );
        const fallback = PLACES.filter(
          (candidate) => candidate.municipality === municipality && candidate.kind === 'bibliotek',
        );
        const from = candidates.length ? candidates : fallback;
        place = from[Math.floor(random() * from.length)]!;
      } else {
        municipality = where.online[k % where.online.length]!;
        online = true;
      }

      const date = addDays(day0, offset);
      const lastDate = addDays(date, (template.days ?? 1) - 1);
      let id = template.id ?? `${idStemOf(template.title)}-${date}`;
      for (let n = 2; taken.has(id); n++) id = `${idStemOf(template.title)}-${date}-${n}`;
      taken.add(id);

      const organizer =
        typeof template.organizer === 'function' ? template.organizer(municipality) : template.organizer;
      const price = Array.isArray(template.price)
        ? template.price[Math.floor(random() * template.price.length)]!
        : template.price;
      const start = regionInstant(date, template.hours[0]);
      const end = regionInstant(lastDate, template.hours[1]);

      let signup: SignupSettingsInput;
      if (template.signup === null) {
        signup = null;
      } else if (template.signup === 'external') {
        signup = { mode: 'external', url: `${organizer.url}/${price > 0 ? 'billetter' : 'tilmelding'}/${id}` };
      } else {
        const plan = template.signup;
        signup = {
          mode: 'internal',
          capacity: plan.capacity,
          waitlist: plan.waitlist,
          maxSeatsPerSignup: plan.maxSeatsPerSignup,
          fields: [...plan.fields],
          ...(plan.opensDaysBefore === undefined
            ? {}
            : { opensAt: regionInstant(addDays(date, -plan.opensDaysBefore), '09:00') }),
          ...(plan.closesDaysBefore === undefined
            ? {}
            : {
                closesAt:
                  plan.closesDaysBefore === 0 ? start : regionInstant(addDays(date, -plan.closesDaysBefore), '12:00'),
              }),
        };
      }

      const accessibility =
        place?.access ?? (online ? 'Transmissionen har automatiske undertekster på dansk.' : undefined);
      events.push({
        id,
        title: template.title,
        summary: template.summary,
        description: [...template.body, practicalNote(place, online, price, template.signup)].join('\n\n'),
        start,
        end,
        allDay: template.allDay ?? false,
        status: template.status ?? 'scheduled',
        municipality,
        ...(place
          ? {
              venue: {
                name: place.name,
                address: place.address,
                postalCode: place.postalCode,
                city: place.city,
                lat: place.lat,
                lng: place.lng,
              },
            }
          : {}),
        ...(online ? { online: { url: `https://live.kulturregionstorstroem.dk/${id}` } } : {}),
        categories: [...template.categories],
        audience: [...template.audience],
        organizer: { ...organizer },
        price,
        ...(template.image && imageUrl
          ? {
              image: {
                url: imageUrl(template.image.file),
                alt: template.image.alt,
              },
            }
          : {}),
        ...(accessibility ? { accessibility } : {}),
        ...(organizer.url ? { url: `${organizer.url}/arrangementer/${id}` } : {}),
        signup,
      });
    });
  }
  return events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------------------------
// Signups

interface Person {
  name: string;
  email: string;
  phone?: string;
  organization: string;
  municipality: string;
  seats?: number;
  comment?: string;
}

const MOBILHISTORIE_PEOPLE: Person[] = [
  {
    name: 'Mette Kristensen',
    email: 'mette.kristensen@example.dk',
    phone: '+45 21 43 65 87',
    organization: 'Stevns Musikforening',
    municipality: 'Stevns',
    seats: 2,
  },
  {
    name: 'Lars Nielsen',
    email: 'lars.nielsen@example.dk',
    phone: '+45 40 12 33 21',
    organization: 'Næstved Kunstforening',
    municipality: 'Næstved',
  },
  {
    name: 'Hanne Jørgensen',
    email: 'hanne.joergensen@example.dk',
    phone: '+45 22 98 14 07',
    organization: 'Glumsø Forsamlingshus',
    municipality: 'Næstved',
  },
  {
    name: 'Søren Mikkelsen',
    email: 'soeren@example.org',
    phone: '+45 30 55 71 19',
    organization: 'Gedser Remise',
    municipality: 'Guldborgsund',
    seats: 2,
  },
  {
    name: 'Anne Sofie Larsen',
    email: 'annesofie.larsen@example.dk',
    phone: '+45 61 20 48 93',
    organization: 'Møns Museum',
    municipality: 'Vordingborg',
  },
  {
    name: 'Jens Peter Hansen',
    email: 'jph@example.dk',
    phone: '+45 51 74 02 66',
    organization: 'Faxe Ladeplads Bådelaug',
    municipality: 'Faxe',
  },
  {
    name: 'Camilla Poulsen',
    email: 'camilla.poulsen@example.com',
    phone: '+45 28 36 90 11',
    organization: 'Lolland Bibliotekerne',
    municipality: 'Lolland',
  },
  {
    name: 'Mads Rasmussen',
    email: 'mads.rasmussen@example.dk',
    phone: '+45 26 81 47 30',
    organization: 'Karrebæksminde Kulturforening',
    municipality: 'Næstved',
  },
  {
    name: 'Birgitte Møller',
    email: 'birgitte.moeller@example.dk',
    phone: '+45 23 15 60 84',
    organization: 'Præstø Kunstforening',
    municipality: 'Vordingborg',
  },
];

const FUNDRAISING_PEOPLE: Person[] = [
  ['Karen Thomsen', 'karen.thomsen@example.dk', 'Maribo Teaterforening', 'Lolland'],
  ['Henrik Sørensen', 'henrik.soerensen@example.dk', 'Nakskov Jazzklub', 'Lolland'],
  ['Louise Pedersen', 'louise.pedersen@example.org', 'Rødby Byhistoriske Arkiv', 'Lolland'],
  ['Morten Andersen', 'morten.andersen@example.dk', 'Sakskøbing Sangkor', 'Guldborgsund'],
  ['Pia Christiansen', 'pia.christiansen@example.dk', 'Søllested Borgerforening', 'Lolland'],
  ['Niels Frederiksen', 'niels.frederiksen@example.com', 'Nysted Kunstforening', 'Guldborgsund'],
  ['Lene Olsen', 'lene.olsen@example.dk', 'Stubbekøbing Musikforening', 'Guldborgsund'],
  ['Thomas Holm', 'thomas.holm@example.dk', 'Kalvehave Havnehus', 'Vordingborg'],
  ['Susanne Jakobsen', 'susanne.jakobsen@example.dk', 'Maribo Filmklub', 'Lolland'],
  ['Rasmus Berg', 'rasmus.berg@example.dk', 'Store Heddinge Borgerforening', 'Stevns'],
  // Everyone above fills the ten seats; these three wait.
  ['Ida Lund', 'ida.lund@example.dk', 'Hårlev Kulturforening', 'Stevns'],
  ['Peter Schmidt', 'peter.schmidt@example.org', 'Fuglebjerg Lokalhistorie', 'Næstved'],
  ['Maria Kjær', 'maria.kjaer@example.dk', 'Gedser Fyrforening', 'Guldborgsund'],
].map(([name, email, organization, municipality]) => ({
  name: name!,
  email: email!,
  organization: organization!,
  municipality: municipality!,
}));

/** The fields the seeded event's form asks for, so a seed signup never carries more than the form would. */
function fieldsOf(eventId: string): readonly SignupField[] {
  const plan = TEMPLATES.find((template) => template.id === eventId)?.signup;
  if (!plan || typeof plan !== 'object') throw new Error(`seed: ${eventId} has no internal signup`);
  return plan.fields;
}

function toSignup(person: Person, fields: readonly SignupField[]): NewSignup {
  return {
    name: person.name,
    email: person.email,
    seats: person.seats ?? 1,
    ...(fields.includes('phone') && person.phone ? { phone: person.phone } : {}),
    ...(fields.includes('organization') ? { organization: person.organization } : {}),
    ...(fields.includes('municipality') ? { municipality: person.municipality } : {}),
    ...(fields.includes('comment') && person.comment ? { comment: person.comment } : {}),
    privacyVersion: PRIVACY_VERSION,
  };
}

/**
 * Signups that leave {@link NEARLY_FULL_EVENT_ID} with one free seat (11 of 12 taken) and {@link FULL_EVENT_ID} full
 * (10 of 10) with three people on the waitlist. Add them in this order: the waitlist depends on it.
 */
export function seedSignups(): Array<{ eventId: string; signup: NewSignup }> {
  return [
    ...MOBILHISTORIE_PEOPLE.map((person) => ({
      eventId: NEARLY_FULL_EVENT_ID,
      signup: toSignup(person, fieldsOf(NEARLY_FULL_EVENT_ID)),
    })),
    ...FUNDRAISING_PEOPLE.map((person) => ({
      eventId: FULL_EVENT_ID,
      signup: toSignup(person, fieldsOf(FULL_EVENT_ID)),
    })),
  ];
}
