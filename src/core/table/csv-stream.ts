/**
 * CSV (or TSV) read as it streams in, chunk by chunk, in constant memory: the reading of
 * `parseCsv` (RFC 4180 as Excel writes it; CRLF, LF or CR; quoted fields with delimiters, line
 * breaks and doubled quotes), but for logs of a million rows. A row it cannot read is passed
 * on marked, never dropped or thrown, so a counter can count it apart and name its line.
 */

/** One record, the line it starts on (1-based), and what is wrong with it, if anything. */
export type RecordSink = (fields: string[], line: number, problem: string | undefined) => void;

export interface RecordReader {
  /** Reads the next piece of text; records are passed on as soon as they are complete. */
  push(text: string): void;
  /** Ends the input, passing on the last record. */
  end(): void;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** A reader splitting on `delimiter` (`,` or a tab) and passing each record to `sink`. Blank lines are skipped. */
export function createRecordReader(delimiter: string, sink: RecordSink): RecordReader {
  const separator = delimiter.charCodeAt(0);
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  // Inside quotes; just after a quote inside quotes (a doubled quote or the closing one);
  // after a field's closing quote; after a CR (a following LF belongs to it).
  let quoted = false;
  let quoteSeen = false;
  let closed = false;
  let afterCr = false;
  let quotedCr = false;
  let problem: string | undefined;

  const endField = () => {
    fields.push(field);
    field = '';
    closed = false;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '' || problem) sink(fields, recordLine, problem);
    fields = [];
    problem = undefined;
  };

  return {
    push(text) {
      // `start`: where the run of plain characters not yet added to `field` begins.
      let start = 0;
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (afterCr) {
          afterCr = false;
          if (code === LF) {
            start = index + 1;
            continue;
          }
        }
        if (quoteSeen) {
          quoteSeen = false;
          if (code === QUOTE) {
            field += '"';
            start = index + 1;
            continue;
          }
          quoted = false;
          closed = true;
        }
        if (quoted) {
          if (code === QUOTE) {
            field += text.slice(start, index);
            quoteSeen = true;
            start = index + 1;
          } else if (code === CR || (code === LF && !quotedCr)) {
            line++;
          }
          // A CRLF inside quotes is one line break, even when a chunk ends between the two.
          quotedCr = code === CR;
          continue;
        }
        if (code === separator || code === LF || code === CR) {
          field += text.slice(start, index);
          start = index + 1;
          if (code === separator) {
            endField();
            continue;
          }
          endRecord();
          line++;
          recordLine = line;
          afterCr = code === CR;
        } else if (closed) {
          problem ??= `text after a closing quote on line ${line}: a quoted field must end at the delimiter or the line's end`;
        } else if (code === QUOTE && field === '' && index === start) {
          quoted = true;
          quoteLine = line;
          start = index + 1;
        }
      }
      if (!closed) field += text.slice(start);
    },
    end() {
      if (quoteSeen) {
        quoted = false;
        closed = true;
      }
      if (quoted) problem = `a quoted field opened on line ${quoteLine} is never closed: the rest of the file was read as one field`;
      quoted = false;
      if (field !== '' || fields.length > 0 || closed || problem) endRecord();
    },
  };
}
