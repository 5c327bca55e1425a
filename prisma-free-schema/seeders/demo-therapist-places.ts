// Where demo therapists are licensed and keep offices: states weighted roughly
// by where US therapists practise, each with real cities and their approximate
// downtown coordinates. Street addresses are invented.

export interface DemoCity {
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
}

export interface DemoState {
  /** Jurisdiction code from @rapport/taxonomy. */
  readonly code: string;
  readonly weight: number;
  readonly cities: readonly DemoCity[];
}

export const DEMO_STATES: readonly DemoState[] = [
  {
    code: 'CA',
    weight: 14,
    cities: [
      { name: 'Los Angeles', latitude: 34.0522, longitude: -118.2437 },
      { name: 'San Francisco', latitude: 37.7749, longitude: -122.4194 },
      { name: 'San Diego', latitude: 32.7157, longitude: -117.1611 },
      { name: 'Oakland', latitude: 37.8044, longitude: -122.2712 },
      { name: 'Sacramento', latitude: 38.5816, longitude: -121.4944 },
    ],
  },
  {
    code: 'NY',
    weight: 13,
    cities: [
      { name: 'New York', latitude: 40.7128, longitude: -74.006 },
      { name: 'Brooklyn', latitude: 40.6782, longitude: -73.9442 },
      { name: 'Buffalo', latitude: 42.8864, longitude: -78.8784 },
      { name: 'Albany', latitude: 42.6526, longitude: -73.7562 },
      { name: 'Rochester', latitude: 43.1566, longitude: -77.6088 },
    ],
  },
  {
    code: 'TX',
    weight: 10,
    cities: [
      { name: 'Houston', latitude: 29.7604, longitude: -95.3698 },
      { name: 'Austin', latitude: 30.2672, longitude: -97.7431 },
      { name: 'Dallas', latitude: 32.7767, longitude: -96.797 },
      { name: 'San Antonio', latitude: 29.4241, longitude: -98.4936 },
    ],
  },
  {
    code: 'FL',
    weight: 9,
    cities: [
      { name: 'Miami', latitude: 25.7617, longitude: -80.1918 },
      { name: 'Orlando', latitude: 28.5383, longitude: -81.3792 },
      { name: 'Tampa', latitude: 27.9506, longitude: -82.4572 },
      { name: 'Jacksonville', latitude: 30.3322, longitude: -81.6557 },
    ],
  },
  {
    code: 'IL',
    weight: 6,
    cities: [
      { name: 'Chicago', latitude: 41.8781, longitude: -87.6298 },
      { name: 'Evanston', latitude: 42.0451, longitude: -87.6877 },
      { name: 'Springfield', latitude: 39.7817, longitude: -89.6501 },
    ],
  },
  {
    code: 'MA',
    weight: 5,
    cities: [
      { name: 'Boston', latitude: 42.3601, longitude: -71.0589 },
      { name: 'Cambridge', latitude: 42.3736, longitude: -71.1097 },
      { name: 'Worcester', latitude: 42.2626, longitude: -71.8023 },
    ],
  },
  {
    code: 'PA',
    weight: 5,
    cities: [
      { name: 'Philadelphia', latitude: 39.9526, longitude: -75.1652 },
      { name: 'Pittsburgh', latitude: 40.4406, longitude: -79.9959 },
    ],
  },
  {
    code: 'WA',
    weight: 5,
    cities: [
      { name: 'Seattle', latitude: 47.6062, longitude: -122.3321 },
      { name: 'Tacoma', latitude: 47.2529, longitude: -122.4443 },
      { name: 'Spokane', latitude: 47.6588, longitude: -117.426 },
    ],
  },
  {
    code: 'CO',
    weight: 4,
    cities: [
      { name: 'Denver', latitude: 39.7392, longitude: -104.9903 },
      { name: 'Boulder', latitude: 40.015, longitude: -105.2705 },
      { name: 'Colorado Springs', latitude: 38.8339, longitude: -104.8214 },
    ],
  },
  {
    code: 'GA',
    weight: 4,
    cities: [
      { name: 'Atlanta', latitude: 33.749, longitude: -84.388 },
      { name: 'Decatur', latitude: 33.7748, longitude: -84.2963 },
      { name: 'Savannah', latitude: 32.0809, longitude: -81.0912 },
    ],
  },
  {
    code: 'NJ',
    weight: 4,
    cities: [
      { name: 'Newark', latitude: 40.7357, longitude: -74.1724 },
      { name: 'Jersey City', latitude: 40.7178, longitude: -74.0431 },
      { name: 'Princeton', latitude: 40.3573, longitude: -74.6672 },
    ],
  },
  {
    code: 'NC',
    weight: 4,
    cities: [
      { name: 'Charlotte', latitude: 35.2271, longitude: -80.8431 },
      { name: 'Raleigh', latitude: 35.7796, longitude: -78.6382 },
      { name: 'Durham', latitude: 35.994, longitude: -78.8986 },
    ],
  },
  {
    code: 'OH',
    weight: 3,
    cities: [
      { name: 'Columbus', latitude: 39.9612, longitude: -82.9988 },
      { name: 'Cleveland', latitude: 41.4993, longitude: -81.6944 },
      { name: 'Cincinnati', latitude: 39.1031, longitude: -84.512 },
    ],
  },
  {
    code: 'MI',
    weight: 3,
    cities: [
      { name: 'Detroit', latitude: 42.3314, longitude: -83.0458 },
      { name: 'Ann Arbor', latitude: 42.2808, longitude: -83.743 },
      { name: 'Grand Rapids', latitude: 42.9634, longitude: -85.6681 },
    ],
  },
  {
    code: 'VA',
    weight: 3,
    cities: [
      { name: 'Richmond', latitude: 37.5407, longitude: -77.436 },
      { name: 'Arlington', latitude: 38.8816, longitude: -77.091 },
      { name: 'Norfolk', latitude: 36.8508, longitude: -76.2859 },
    ],
  },
  {
    code: 'AZ',
    weight: 3,
    cities: [
      { name: 'Phoenix', latitude: 33.4484, longitude: -112.074 },
      { name: 'Tucson', latitude: 32.2226, longitude: -110.9747 },
    ],
  },
  {
    code: 'OR',
    weight: 3,
    cities: [
      { name: 'Portland', latitude: 45.5152, longitude: -122.6784 },
      { name: 'Eugene', latitude: 44.0521, longitude: -123.0868 },
    ],
  },
  {
    code: 'MN',
    weight: 3,
    cities: [
      { name: 'Minneapolis', latitude: 44.9778, longitude: -93.265 },
      { name: 'Saint Paul', latitude: 44.9537, longitude: -93.09 },
    ],
  },
  {
    code: 'MD',
    weight: 2,
    cities: [
      { name: 'Baltimore', latitude: 39.2904, longitude: -76.6122 },
      { name: 'Bethesda', latitude: 38.9807, longitude: -77.1003 },
    ],
  },
  {
    code: 'TN',
    weight: 2,
    cities: [
      { name: 'Nashville', latitude: 36.1627, longitude: -86.7816 },
      { name: 'Memphis', latitude: 35.1495, longitude: -90.049 },
    ],
  },
  {
    code: 'MO',
    weight: 2,
    cities: [
      { name: 'St. Louis', latitude: 38.627, longitude: -90.1994 },
      { name: 'Kansas City', latitude: 39.0997, longitude: -94.5786 },
    ],
  },
  { code: 'DC', weight: 1, cities: [{ name: 'Washington', latitude: 38.9072, longitude: -77.0369 }] },
];

export const DEMO_STATES_BY_CODE: ReadonlyMap<string, DemoState> = new Map(DEMO_STATES.map((state) => [state.code, state]));

export const STREET_NAMES = [
  'Alder Street',
  'Birch Avenue',
  'Cedar Lane',
  'Chestnut Street',
  'Clearwater Road',
  'Dogwood Drive',
  'Elm Street',
  'Fairview Avenue',
  'Garden Street',
  'Harbor Way',
  'Hawthorn Road',
  'Juniper Court',
  'Lakeview Drive',
  'Linden Avenue',
  'Magnolia Street',
  'Maple Avenue',
  'Meadow Lane',
  'Mill Street',
  'Oak Street',
  'Orchard Road',
  'Park Avenue',
  'Pine Street',
  'Riverside Drive',
  'Spruce Street',
  'Sycamore Lane',
  'Walnut Street',
  'Willow Way',
] as const;
