import type { MunicipalityId } from '@kulturregion/kultur/contract';

export interface RegionPlace {
  postalCode: string;
  town: string;
  municipality: MunicipalityId;
}

/** The postal districts of the six member municipalities. */
const PLACES: readonly RegionPlace[] = [
  { postalCode: '4640', town: 'Faxe', municipality: 'faxe' },
  { postalCode: '4690', town: 'Haslev', municipality: 'faxe' },
  { postalCode: '4654', town: 'Faxe Ladeplads', municipality: 'faxe' },
  { postalCode: '4683', town: 'Rønnede', municipality: 'faxe' },
  { postalCode: '4800', town: 'Nykøbing F', municipality: 'guldborgsund' },
  { postalCode: '4850', town: 'Stubbekøbing', municipality: 'guldborgsund' },
  { postalCode: '4880', town: 'Nysted', municipality: 'guldborgsund' },
  { postalCode: '4874', town: 'Gedser', municipality: 'guldborgsund' },
  { postalCode: '4871', town: 'Horbelev', municipality: 'guldborgsund' },
  { postalCode: '4873', town: 'Væggerløse', municipality: 'guldborgsund' },
  { postalCode: '4930', town: 'Maribo', municipality: 'lolland' },
  { postalCode: '4900', town: 'Nakskov', municipality: 'lolland' },
  { postalCode: '4970', town: 'Rødby', municipality: 'lolland' },
  { postalCode: '4920', town: 'Søllested', municipality: 'lolland' },
  { postalCode: '4943', town: 'Torrig L', municipality: 'lolland' },
  { postalCode: '4700', town: 'Næstved', municipality: 'naestved' },
  { postalCode: '4171', town: 'Glumsø', municipality: 'naestved' },
  { postalCode: '4160', town: 'Herlufmagle', municipality: 'naestved' },
  { postalCode: '4684', town: 'Holmegaard', municipality: 'naestved' },
  { postalCode: '4660', town: 'Store Heddinge', municipality: 'stevns' },
  { postalCode: '4652', town: 'Hårlev', municipality: 'stevns' },
  { postalCode: '4673', town: 'Rødvig Stevns', municipality: 'stevns' },
  { postalCode: '4671', town: 'Strøby', municipality: 'stevns' },
  { postalCode: '4760', town: 'Vordingborg', municipality: 'vordingborg' },
  { postalCode: '4780', town: 'Stege', municipality: 'vordingborg' },
  { postalCode: '4720', town: 'Præstø', municipality: 'vordingborg' },
  { postalCode: '4771', town: 'Kalvehave', municipality: 'vordingborg' },
  { postalCode: '4772', town: 'Langebæk', municipality: 'vordingborg' },
];

/** Other ways the towns are written. */
const ALIASES: Record<string, string> = {
  'nykøbing falster': '4800',
  'nykøbing f': '4800',
  torrig: '4943',
  rødvig: '4673',
};

const byCode = new Map(PLACES.map((place) => [place.postalCode, place]));

function townKey(town: string): string {
  return town.toLocaleLowerCase('da').replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

const byTown = new Map<string, RegionPlace>([
  ...PLACES.map((place): [string, RegionPlace] => [townKey(place.town), place]),
  ...Object.entries(ALIASES).map(([town, code]): [string, RegionPlace] => [town, byCode.get(code)!]),
]);

/** The region's postal district with this code, if it is one. */
export function placeByPostalCode(postalCode: string | undefined): RegionPlace | undefined {
  return postalCode === undefined ? undefined : byCode.get(postalCode.trim());
}

/** The region's postal district of a town named as people write it ("Nykøbing F.", "Maribo"). */
export function placeByTown(town: string | undefined): RegionPlace | undefined {
  return town === undefined ? undefined : byTown.get(townKey(town));
}
