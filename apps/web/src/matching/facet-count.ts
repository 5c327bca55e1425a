/** One facet value and how many therapists have it (the API's FacetValue). */
export interface FacetCount {
  value: string;
  count: number;
}
