export declare const DATE: number;
export declare const INT8: number;
export declare const NUMERIC: number;
export declare const parseDate: (v: string) => string;
export declare const parseNumber: (v: string) => number;
export declare const PGLITE_PARSERS: Record<number, (v: string) => unknown>;
export declare const PGLITE_CONF: string[];
