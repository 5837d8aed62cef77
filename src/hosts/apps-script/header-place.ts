// The unit's place words ("tổ dân phố" in a phường or thị trấn, "của thành phố" in a centrally-run city) read from the header a
// spreadsheet already holds, so that laying it out again writes its form sheets' labels in its own words, as the CLI and Excel do.
import { placeWords, type PlaceWords } from '../../core/data/place-words';
import { readHeader } from '../../core/read/read-header';

/** The place words of the header named values hold; undefined while the header is not complete (the form's own labels then). */
export function headerPlace(byName: Readonly<Record<string, unknown>>): PlaceWords | undefined {
  const { meta } = readHeader(byName, () => null);
  return meta ? placeWords(meta) : undefined;
}
