import type { StoredText } from '../../db/schema/index.ts';

/**
 * The file as a whole cannot be imported: damaged, a zip bomb, too many rows, no header row.
 * Never retried (reading the same bytes again gives the same answer): the upload answers 4xx,
 * or the job ends the import `failed` with `message` and creates nothing.
 */
export class ImportFileError extends Error {
  override name = 'ImportFileError';

  constructor(
    readonly userMessage: StoredText,
    /** Technical detail for the logs. */
    detail?: string,
  ) {
    super(detail ? `${userMessage.en} (${detail})` : userMessage.en);
  }
}
