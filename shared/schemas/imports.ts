import { z } from 'zod';

/** Profile fields a CSV column can be mapped to. */
export const importTargetFields = [
  'email',
  'displayName',
  'department',
  'jobTitle',
  'seniorityLevel',
  'supervisorEmail',
  'location',
  'timeZone',
  'languages',
  'education',
  'profession',
  'expertiseOffered',
  'expertiseWanted',
  'mentorCapacity',
] as const;
export type ImportTargetField = (typeof importTargetFields)[number];

/** Which CSV column (by its header text) feeds each field; email and displayName are required. */
export const ColumnMappingSchema = z.partialRecord(z.enum(importTargetFields), z.string().max(200));
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** The largest CSV accepted through the API (the CLI streams files of any size). */
export const importCsvMaxBytes = 10_000_000;

export const ImportRequestSchema = z.object({
  csv: z.string().min(1).max(importCsvMaxBytes),
  /** Omitted: columns are matched to fields by their header names. */
  mapping: ColumnMappingSchema.optional(),
});

export const CommitImportSchema = ImportRequestSchema.extend({
  /** Required when the file has errors: import only the valid rows. */
  skipInvalidRows: z.boolean().default(false),
});

/** One problem, by line (1 is the header line) and column header. */
export const ImportErrorSchema = z.object({ line: z.number().int(), column: z.string().nullable(), message: z.string() });
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const ImportPreviewSchema = z.object({
  columns: z.array(z.string()),
  mapping: ColumnMappingSchema,
  sampleRows: z.array(z.record(z.string(), z.string())),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(ImportErrorSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(ImportErrorSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
