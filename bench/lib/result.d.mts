export declare const RESULT_PREFIX: string;
export interface BenchResult {
  bench: string;
  figure: string;
  value: number;
  unit: string;
  reference: string;
  referenceValue: number | null;
  goal?: string;
}
export declare function emit(r: BenchResult): void;
