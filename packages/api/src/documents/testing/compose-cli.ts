// Composes a combined PDF in a fresh process and prints its SHA-256, so a test can check that
// two processes given the same inputs produce the same bytes. Usage:
//   node --import tsx compose-cli.ts <spec.json>
// where spec.json is { cover, date, eula: { fileName, mediaType, path }, documents: [same] }.
import { readFile, stat } from 'node:fs/promises';
import { composeCombinedPdf, type SourceDocument } from '../combined-pdf';
import type { CoverFacts } from '../cover-page';

type FileSpec = { fileName: string; mediaType: SourceDocument['mediaType']; path: string };
type Spec = { cover: CoverFacts; date: string; eula: FileSpec; documents: FileSpec[] };

const toSource = async (file: FileSpec): Promise<SourceDocument> => ({
  fileName: file.fileName,
  mediaType: file.mediaType,
  // As the publish job knows each stored document's size before reading it.
  sizeBytes: (await stat(file.path)).size,
  load: async () => new Uint8Array(await readFile(file.path)),
});

const specPath = process.argv[2];
if (!specPath) throw new Error('usage: compose-cli.ts <spec.json>');
const spec = JSON.parse(await readFile(specPath, 'utf8')) as Spec;
const pdf = await composeCombinedPdf({
  cover: spec.cover,
  date: new Date(spec.date),
  eula: await toSource(spec.eula),
  documents: await Promise.all(spec.documents.map(toSource)),
});
process.stdout.write(`${pdf.sha256}\n`);
