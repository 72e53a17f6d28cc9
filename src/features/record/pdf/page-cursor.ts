/**
 * Where the next row goes, and when a new page starts. Content is handed over
 * as rows of fixed height (a line of text, a slice of a table row …); a group
 * of rows (one item, one table row) moves to the next page as a whole when it
 * does not fit in what is left of this page but fits on an empty one.
 * Headings wait for the group after them, so a heading never ends a page.
 */

/** Which borders a row slice must close because the page ends or begins at it. */
export type Edge = { pageTop: boolean; pageBottom: boolean };

export type Row<P> = {
  height: number;
  /** `top` is the y of the row's upper edge (PDF points, y grows upward). */
  draw: (page: P, top: number, edge: Edge) => void;
  /** Vertical space that is dropped at the top of a page. */
  collapsible?: boolean;
};

/** A group that breaks across pages starts with at least this much of itself under its headings. */
const MIN_START = 28;

export class PageCursor<P> {
  readonly pages: P[] = [];
  private page!: P;
  private y = 0;
  /** Nothing but repeated table headers on this page yet. */
  private fresh = true;
  private heads: Row<P>[] = [];
  private repeat: Row<P>[] = [];

  constructor(
    private readonly addPage: () => P,
    private readonly top: number,
    private readonly bottom: number,
  ) {
    this.newPage();
  }

  /** Rows drawn again at the top of each further page (a table's header), until `endRepeat`. */
  startRepeat(rows: Row<P>[]): void {
    this.repeat = rows;
  }

  endRepeat(): void {
    this.repeat = [];
  }

  /** Rows that may not end a page: they are placed with the next group. */
  keepWithNext(rows: Row<P>[]): void {
    this.heads.push(...rows);
  }

  /**
   * Places a group. With `together`, the group starts a new page when it does
   * not fit here but would on an empty page; a longer group starts here (if
   * its headings and first row fit) and breaks between rows.
   */
  place(rows: Row<P>[], together = true): void {
    const all = [...this.heads, ...rows];
    const headCount = this.heads.length;
    this.heads = [];
    const total = all.reduce((sum, row) => sum + (row.collapsible && this.fresh ? 0 : row.height), 0);
    const needed = together && total <= this.capacity() ? total : Math.min(this.headsAndFirst(all, headCount), this.capacity());
    if (needed > this.room() + 0.01 && !this.fresh) this.newPage();
    all.forEach((row, i) => {
      if (row.collapsible && this.fresh) return;
      if (row.height > this.room() + 0.01 && !this.fresh) {
        this.newPage();
        if (row.collapsible) return;
      }
      const next = all[i + 1];
      const pageBottom = next !== undefined && !next.collapsible && next.height > this.room() - row.height + 0.01;
      row.draw(this.page, this.y, { pageTop: this.fresh, pageBottom });
      this.y -= row.height;
      if (!row.collapsible) this.fresh = false;
    });
  }

  /** What follows starts on a new page (unless this one is still empty). */
  breakPage(): void {
    if (this.heads.length) this.place([]);
    if (!this.fresh) this.newPage();
  }

  /** Whatever headings are still waiting (there is no group after them). */
  finish(): P[] {
    if (this.heads.length) this.place([]);
    return this.pages;
  }

  /** The height of the headings and the start of the group after them (about two lines). */
  private headsAndFirst(all: Row<P>[], headCount: number): number {
    let sum = 0;
    let group = 0;
    for (let i = 0; i < all.length; i++) {
      const row = all[i]!;
      if (row.collapsible && this.fresh) continue;
      sum += row.height;
      if (i >= headCount) group += row.height;
      if (group >= MIN_START) break;
    }
    return sum;
  }

  private room(): number {
    return this.y - this.bottom;
  }

  private capacity(): number {
    return this.top - this.bottom - this.repeat.reduce((sum, row) => sum + row.height, 0);
  }

  private newPage(): void {
    this.page = this.addPage();
    this.pages.push(this.page);
    this.y = this.top;
    this.fresh = true;
    for (const row of this.repeat) {
      row.draw(this.page, this.y, { pageTop: true, pageBottom: false });
      this.y -= row.height;
    }
  }
}
