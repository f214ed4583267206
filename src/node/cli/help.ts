import { BATCH_HELP_KO, MAIN_HELP_KO, QR_HELP_KO, REPORT_HELP_KO, URL_HELP_KO } from '../../core/i18n/cli-help.ko.js';
import { EXIT_CODES_HELP } from './exit-codes.js';
import { cliLocale } from './locale.js';

/** The environment variable `report` reads the signing secret from, keeping it out of the process list. */
export const SECRET_ENV = 'CONSULT_SECRET';

const LAUNCH = `Launch (as on <kakao-consult-button>):
  --channel ID        the channel's search ID with "@", e.g. @mybrand or @카카오상담 (required)
  --placement TEXT    which code this is, e.g. poster_a          (extra: p=…)
  --campaign TEXT     the campaign, e.g. spring26                (extra: c=…)
  --source TEXT       where it is shown, e.g. flyer              (extra: s=…)
  --page TEXT         a page or shop key                         (extra: k=…)
  --bot MODE          true: chatbot first, false: an agent, auto: the session's mode
  --event NAME        chatbot block event to run (with --bot true or auto)
  --endpoint URL      launch endpoint, https (default https://bizmessage.kakao.com/chat/open)`;

const RENDER = `Image:
  --size LENGTH       printed size: 30mm, 3cm, 1.2in (an SVG gets it as its size;
                      a PNG gets the pixels and records the density so it prints at it)
  --dpi N             print resolution of a PNG (default 300 with --size)
  --px N              size in pixels instead (a PNG is 1024 px by default)
  --ecc L|M|Q|H       error correction, default M (7, 15, 25 or 30 % may be lost)
  --margin N          quiet zone in modules, default 4 (the standard's minimum)
  --dark COLOR        dark modules, #rgb or #rrggbb (default #000000)
  --light COLOR       background (default #ffffff); contrast must be at least 3:1
  --logo FILE.png     a logo in the centre (forces --ecc H)
  --template NAME     print artwork (SVG, PDF): code (default), sticker (code, Kakao
                      symbol, --label; --size is its width, default 50mm) or card
                      (--size a6 or a5: heading, instruction, code, --caption)
  --bleed [3mm]       bleed around artwork, with crop marks (stickers, cards); alone: 3mm
  --lang ko|en        language of messages (default: Korean when LANG starts with ko);
                      anywhere on the command line
  A module printed under 0.3 mm may not scan from a distance: you get a warning.`;

/** `kakao-consult --help`. */
export const MAIN_HELP = `kakao-consult: QR codes and links that open a KakaoTalk 상담톡 consult

Usage:
  kakao-consult qr --channel @brand --placement poster_a -o poster_a.svg
  kakao-consult url --channel @brand --placement poster_a [--json]
  kakao-consult batch campaigns.csv -o out/
  kakao-consult batch out/manifest.csv -o again/   (the same codes again)
  kakao-consult report consults.csv [--format html > report.html]
  kakao-consult scans serve out/manifest.csv --port 8080 --db scans.db
  kakao-consult COMMAND --help      options of a command
  kakao-consult --version

Commands:
  qr      one QR code as an SVG or PNG, for print
  url     the launch URL (links, QR codes) and the POST form fields (buttons)
  batch   a QR code for every row of a table (CSV, TSV, XLSX), and a manifest
  report  which buttons and posters bring consults, counted from a consult log
  scans   serve scan-counted codes (302 to the launch, a count per code per day)

Each code carries its placement and campaign in "extra" (at most 50 characters),
so the agent sees which poster, flyer or window brought the customer.

${EXIT_CODES_HELP}`;

/** `kakao-consult qr --help`. */
export const QR_HELP = `Usage: kakao-consult qr --channel @brand [options] -o FILE.svg|FILE.png|FILE.pdf

Writes one QR code for print. It carries the GET launch URL, which opens KakaoTalk's
consult chat on a phone. Prints the URL and the extra on stdout; warnings on stderr.

  -o, --output FILE   where to write; .svg, .png or .pdf decides the format (required)
  --force             overwrite FILE if it exists
  --json              print the result as JSON

${LAUNCH}

${RENDER}

Example:
  kakao-consult qr --channel @brand --placement poster_a --campaign spring26 \\
    --size 30mm --dpi 300 -o poster_a.png

${EXIT_CODES_HELP}`;

/** `kakao-consult url --help`. */
export const URL_HELP = `Usage: kakao-consult url --channel @brand [options]

Prints the GET launch URL (for links and QR codes), the POST form the button sends
(uuid, extra, bot, event), and how the context fits in extra.

  --json              print it as JSON: { url, method, action, fields, extra }
  --html              print the snippet a web page pastes instead: the styles of the
                      button's look, the script tags of this version with their hashes,
                      and the button drawn as a link (it works before any script runs)

${LAUNCH}

Look (with --html, as on <kakao-consult-button>):
  --label short|long           상담하기 (default) or 카톡으로 상담하세요
  --color yellow|mono          Kakao yellow (default) or white and black
  --size medium|small|large    45 px high (default), 36 or 54
  --shape rect|full|round      a button (default), full width (phones), or the floating launcher

${EXIT_CODES_HELP}`;

/** `kakao-consult batch --help`. */
export const BATCH_HELP = `Usage: kakao-consult batch FILE -o DIR [options]

Writes one QR code per table row to DIR/NAME.svg, .png or .pdf, and DIR/manifest.csv
listing each file with its URL, extra and settings. Every row is checked first: bad rows
are reported by line, column and reason, and then nothing is written.

FILE: CSV, TSV (tabs), an Excel .xlsx, or a manifest.csv / manifest.json written before
(which makes the same codes again, byte for byte). The encoding is detected: UTF-8 (with
or without BOM), UTF-16 (Excel's "Unicode text"), CP949 (Korean Windows Excel's "CSV");
a byte that does not decode stops the run, named by line and column.

  -o, --output DIR          where to write (created if missing; required)
  --format svg|png|pdf      format of rows with no format column, default svg
  --manifest-format FORMAT  csv (default; UTF-8 with BOM and CRLF, as Excel likes) or json
  --skip-invalid            write the valid rows anyway; bad rows are still reported
                            and the exit code is 5 when any row was skipped
  --force                   overwrite existing files (checked for all rows before writing)
  --encoding ENC            utf-8, utf-16, cp949 (or euc-kr); default: detected
  --logo FILE.png           a logo on every code (forces level H)
  --scan-base URL           scan-counted codes: each code carries URL + a short id
                            (the same row keeps its id on a reprint), the manifest adds
                            scan_id and scan_url; serve them with "kakao-consult scans"
  --sheet a4|a3|sra3        also DIR/sheets-a4.pdf: every code imposed N-up, crop marks
                            per item, the job (file name, date, page n/m) in the margin
  --one-pdf                 also DIR/codes.pdf: the whole batch, one page per code

Every launch and image option of "qr" is accepted too, as the value for rows that
leave that column blank (e.g. --channel @brand --size 30mm); a row's own size or px
replaces both --size and --px.

CSV: a header row, then one row per code. Columns (in any order, case-insensitive,
English or Korean: 이름, 채널, 위치, 캠페인, 매체, 페이지, 챗봇, 이벤트, 형식, 템플릿, 크기, 설명, 문구):
  name        file name without extension, unique: letters (Korean too), digits, spaces
              and "_-.()+", starting with a letter or digit; no "/", "\\" or ".." (required)
  channel     search ID with "@" (required here or as --channel)
  placement, campaign, source, page, bot, event   the launch, as in "qr"
  format      svg, png or pdf
  size, dpi, px, ecc, margin, dark, light         the image, as in "qr"
  template, bleed, label, caption                 print artwork, as in "qr"
CRLF or LF; quoted fields may hold commas, line breaks and doubled quotes ("") as Excel
writes them. Unknown columns are reported and ignored;
empty rows are skipped and listed in the summary.

Example campaigns.csv:
  name,channel,placement,campaign,format,size
  poster_a,@brand,poster_a,spring26,png,30mm
  flyer_gangnam,@brand,"flyer, Gangnam",spring26,svg,25mm
  receipt,@브랜드,receipt,spring26,png,

${EXIT_CODES_HELP}`;

/** `kakao-consult report --help`. */
export const REPORT_HELP = `Usage: kakao-consult report FILE [options]

Counts the consults in a log exported from the agent system by placement, campaign,
source, page and day, with shares, reading the file as it streams (any size, flat
memory). FILE is CSV or TSV with a header row, or JSON lines of /reference bodies;
- reads standard input. Rows that cannot be read, or whose extra is not the kit's,
are counted apart and the first 20 listed on stderr by line.

  --column NAME|N      the column holding extra: a header name or a number from 1
                       (default: a column named extra, reference or 메타정보, else the
                       one whose values read as p=…;c=…). A cell may also hold the
                       /reference body or its "reference" object as JSON.
  --by LIST            breakdowns, comma-separated: placement, campaign, source, page,
                       day (default: all; day only when the log has a time column:
                       time, date, created_at, timestamp, 일시, 날짜, 상담일시, …)
  --format FORMAT      table (default), csv, json, or html (one page with bar charts,
                       nothing loaded from outside)
  --top N              values shown per breakdown in table and html, default 20
  --secret SECRET      check signed extra values: rows unsigned, tampered or expired
                       (at the consult's time) are counted apart. Better: set
                       ${SECRET_ENV} in the environment, out of the process list.
  --encoding ENC       utf-8 (default), utf-16, cp949 (or euc-kr)
  --scans DB|FILE.csv  the funnel instead: per scan-counted code, its scans (from the
                       scans database, redis://…, or "scans count --format csv"), the
                       consults that came with its extra, and the consult rate

Example:
  kakao-consult report consults.csv --by placement,day --format html > report.html

${EXIT_CODES_HELP}`;

/** `kakao-consult scans --help`. */
export const SCANS_HELP = `Usage:
  kakao-consult scans serve MANIFEST --port N [--db FILE] [--host ADDRESS]
  kakao-consult scans count --db FILE [--format table|csv|json]

serve: answers GET .../ID for each scan-counted code in MANIFEST (the manifest.csv or
manifest.json of "kakao-consult batch --scan-base URL") with a 302 to that row's launch,
and counts the scan for the code and the day (Korea time). Nothing else is stored: no
address, no user agent. Unknown paths get a 404 page in Korean and English.
  --port N          default 8080 (0: any free port, printed on start)
  --host ADDRESS    default 127.0.0.1; put a proxy with https in front, or 0.0.0.0
  --db FILE         the SQLite file counts go to (created), default scans.db;
                    or redis://host:port for sites with several servers

count: the counts per code and day, and the total.
  --db FILE         the file (or redis://…) serve counted into (required)
  --format FORMAT   table (default), csv (what "report --scans" reads) or json

Example:
  kakao-consult batch posters.csv -o out --scan-base https://go.example.kr/s/
  kakao-consult scans serve out/manifest.csv --port 8080 --db scans.db
  kakao-consult scans count --db scans.db --format csv > scans.csv
  kakao-consult report consults.csv --scans scans.csv

${EXIT_CODES_HELP}`;
const PAGES = {
  main: { en: MAIN_HELP, ko: MAIN_HELP_KO },
  qr: { en: QR_HELP, ko: QR_HELP_KO },
  url: { en: URL_HELP, ko: URL_HELP_KO },
  batch: { en: BATCH_HELP, ko: BATCH_HELP_KO },
  report: { en: REPORT_HELP, ko: REPORT_HELP_KO },
};

/** A help page in this run's language. */
export function helpPage(page: keyof typeof PAGES): string {
  return PAGES[page][cliLocale()];
}
