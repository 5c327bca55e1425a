/**
 * A few city centres so nobody has to look up coordinates. There is no geocoder:
 * anyone elsewhere types a latitude and longitude (a map app shows both).
 */
export interface CityPreset {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}

export const CITY_PRESETS: readonly CityPreset[] = [
  { id: 'NYC', label: 'New York, NY', latitude: 40.7128, longitude: -74.006 },
  { id: 'LA', label: 'Los Angeles, CA', latitude: 34.0522, longitude: -118.2437 },
  { id: 'SF', label: 'San Francisco, CA', latitude: 37.7749, longitude: -122.4194 },
  { id: 'CHI', label: 'Chicago, IL', latitude: 41.8781, longitude: -87.6298 },
  { id: 'HOU', label: 'Houston, TX', latitude: 29.7604, longitude: -95.3698 },
  { id: 'AUS', label: 'Austin, TX', latitude: 30.2672, longitude: -97.7431 },
  { id: 'PHX', label: 'Phoenix, AZ', latitude: 33.4484, longitude: -112.074 },
  { id: 'PHL', label: 'Philadelphia, PA', latitude: 39.9526, longitude: -75.1652 },
  { id: 'MIA', label: 'Miami, FL', latitude: 25.7617, longitude: -80.1918 },
  { id: 'ATL', label: 'Atlanta, GA', latitude: 33.749, longitude: -84.388 },
  { id: 'BOS', label: 'Boston, MA', latitude: 42.3601, longitude: -71.0589 },
  { id: 'SEA', label: 'Seattle, WA', latitude: 47.6062, longitude: -122.3321 },
  { id: 'DEN', label: 'Denver, CO', latitude: 39.7392, longitude: -104.9903 },
  { id: 'DC', label: 'Washington, DC', latitude: 38.9072, longitude: -77.0369 },
];

export const CUSTOM_LOCATION = 'CUSTOM';

export function findCityPreset(id: string): CityPreset | undefined {
  return CITY_PRESETS.find((preset) => preset.id === id);
}
