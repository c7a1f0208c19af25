// rehype pass (after captions): gives each runnable listing its final id, now that the caption each one
// carries is known (listings/listing-ids.ts); leaves the tree alone.
import type { VFile } from 'vfile';
import { assignListingIds, pageStem } from '../listings/listing-ids.ts';
import { chapterData } from './chapter-data.ts';

export default function rehypeListingIds() {
  return (_tree: unknown, file: VFile) => {
    const data = chapterData(file);
    const ids = assignListingIds(pageStem(data.ctx.path), data.listings);
    data.listings.forEach((draft, i) => {
      draft.listing.id = ids[i];
    });
  };
}
