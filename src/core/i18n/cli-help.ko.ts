/**
 * `kakao-consult --help` in Korean: the same pages as the English help (src/node/cli/help.ts),
 * shown under a Korean locale or with `--lang ko`. Option names and values stay as typed.
 */

/** The environment variable `report` reads the signing secret from (as in the English help). */
const SECRET_ENV = 'CONSULT_SECRET';

export const EXIT_CODES_HELP_KO = `종료 코드:
  0   완료
  1   잘못된 입력: 값이나 CSV 줄이 잘못됐어요 (하나하나 stderr에 알려요)
  2   사용법 오류: 없는 명령이나 옵션, 빠졌거나 서로 맞지 않는 인수
  3   있는 파일을 덮어쓰게 돼요: 아무것도 쓰지 않았어요 (덮어쓰려면 --force)
  4   입출력 오류: 파일을 읽거나 쓸 수 없어요
  5   batch --skip-invalid: 올바른 줄은 쓰고 잘못된 줄은 건너뛰었어요 (하나하나 알려요)
  70  내부 오류: 버그예요, 알려 주세요
  141 출력을 받던 쪽이 파이프를 닫았어요 (예: | head): 유닉스 도구처럼 조용히 끝나요`;

const LAUNCH = `상담 열기 (<kakao-consult-button>과 같아요):
  --channel ID        채널 검색용 아이디, "@" 포함. 예: @mybrand, @카카오상담 (필수)
  --placement TEXT    어느 코드인지, 예: poster_a                (extra: p=…)
  --campaign TEXT     캠페인, 예: spring26                       (extra: c=…)
  --source TEXT       어디에 붙는지, 예: flyer                   (extra: s=…)
  --page TEXT         페이지나 매장 키                           (extra: k=…)
  --bot MODE          true: 챗봇 먼저, false: 상담사, auto: 지금 모드
  --event NAME        실행할 챗봇 블록 이벤트 (--bot true 또는 auto와 함께)
  --endpoint URL      상담 주소, https (기본 https://bizmessage.kakao.com/chat/open)`;

const RENDER = `이미지:
  --size LENGTH       인쇄 크기: 30mm, 3cm, 1.2in (SVG는 그 크기로, PNG는 그 크기에
                      맞는 픽셀과 해상도 정보를 가져요)
  --dpi N             PNG의 인쇄 해상도 (--size와 함께면 기본 300)
  --px N              픽셀 크기로 정하기 (PNG 기본 1024 px)
  --ecc L|M|Q|H       오류 복원 단계, 기본 M (7, 15, 25, 30 %가 가려져도 읽혀요)
  --margin N          둘레 여백(모듈 수), 기본 4 (표준의 최소)
  --dark COLOR        코드 색, #rgb 또는 #rrggbb (기본 #000000)
  --light COLOR       바탕 색 (기본 #ffffff); 대비가 3:1 이상이어야 해요
  --logo FILE.png     가운데 로고 (--ecc H로 바뀌어요)
  --template NAME     인쇄용 아트워크 (SVG, PDF): code (기본), sticker (코드, 카카오
                      심볼, --label; --size가 너비, 기본 50mm), card
                      (--size a6 또는 a5: 제목, 안내, 코드, --caption)
  --bleed [3mm]       아트워크 둘레 재단 여유와 재단선 (스티커, 카드); 값 없이 쓰면 3mm
  --lang ko|en        메시지 언어 (기본: LANG이 ko로 시작하면 한국어); 어디에 써도 돼요
  모듈이 0.3 mm보다 작게 인쇄되면 멀리서 읽히지 않을 수 있어 경고해요.`;

export const MAIN_HELP_KO = `kakao-consult: 카카오톡 상담톡을 여는 QR 코드와 링크

사용법:
  kakao-consult qr --channel @brand --placement poster_a -o poster_a.svg
  kakao-consult url --channel @brand --placement poster_a [--json]
  kakao-consult batch campaigns.csv -o out/
  kakao-consult batch out/manifest.csv -o again/   (같은 코드 다시 만들기)
  kakao-consult report consults.csv [--format html > report.html]
  kakao-consult COMMAND --help      명령의 옵션
  kakao-consult --version

명령:
  qr      인쇄용 QR 코드 하나 (SVG, PNG, PDF)
  url     상담 주소 (링크, QR 코드)와 POST 양식 값 (버튼)
  batch   표(CSV, TSV, XLSX)의 줄마다 QR 코드 하나, 그리고 목록
  report  어느 버튼과 포스터가 상담을 불러오는지, 상담 기록에서 세기

코드마다 위치와 캠페인이 "extra"(50자까지)에 담겨, 상담사가 어느 포스터·전단·
창에서 온 고객인지 알 수 있어요.

${EXIT_CODES_HELP_KO}`;

export const QR_HELP_KO = `사용법: kakao-consult qr --channel @brand [옵션] -o FILE.svg|FILE.png|FILE.pdf

인쇄용 QR 코드 하나를 써요. 코드에는 휴대폰에서 카카오톡 상담 채팅을 여는 GET 주소가
담겨요. 주소와 extra는 stdout에, 경고는 stderr에 나와요.

  -o, --output FILE   쓸 곳; 확장자 .svg, .png, .pdf가 형식을 정해요 (필수)
  --force             FILE이 있으면 덮어쓰기
  --json              결과를 JSON으로

${LAUNCH}

${RENDER}

예:
  kakao-consult qr --channel @brand --placement poster_a --campaign spring26 \\
    --size 30mm --dpi 300 -o poster_a.png

${EXIT_CODES_HELP_KO}`;

export const URL_HELP_KO = `사용법: kakao-consult url --channel @brand [옵션]

GET 상담 주소(링크와 QR 코드용), 버튼이 보내는 POST 양식(uuid, extra, bot, event),
문맥이 extra에 어떻게 담겼는지를 보여 줘요.

  --json              JSON으로: { url, method, action, fields, extra }
  --html              대신 웹페이지에 붙여 넣을 HTML: 버튼 모양의 스타일, 이 버전의
                      스크립트 태그와 해시, 링크로 그린 버튼 (스크립트 전에도 동작해요)

${LAUNCH}

모양 (--html과 함께, <kakao-consult-button>과 같음):
  --label short|long           상담하기 (기본) 또는 카톡으로 상담하세요
  --color yellow|mono          카카오 노란색 (기본) 또는 흰색과 검정
  --size medium|small|large    높이 45 px (기본), 36, 54
  --shape rect|full|round      버튼 (기본), 가로 전체 (휴대폰), 떠 있는 상담 버튼

${EXIT_CODES_HELP_KO}`;

export const BATCH_HELP_KO = `사용법: kakao-consult batch FILE -o DIR [옵션]

표의 줄마다 QR 코드 하나를 DIR/이름.svg, .png, .pdf로 쓰고, 파일마다 주소·extra·
설정을 적은 DIR/manifest.csv를 써요. 먼저 모든 줄을 확인해서 잘못된 줄은 줄 번호·
열·이유를 알리고, 그러면 아무것도 쓰지 않아요.

FILE: CSV, TSV(탭 구분), 엑셀 .xlsx, 또는 전에 쓴 manifest.csv / manifest.json
(같은 코드를 바이트 하나 다르지 않게 다시 만들어요). 인코딩은 알아서 알아봐요:
UTF-8 (BOM 있든 없든), UTF-16 (엑셀 "유니코드 텍스트"), CP949 (한국어 윈도우 엑셀의
"CSV"). 읽지 못하는 바이트는 줄과 칸을 알려 주고 멈춰요.

  -o, --output DIR          쓸 곳 (없으면 만들어요; 필수)
  --format svg|png|pdf      형식 열이 없는 줄의 형식, 기본 svg
  --manifest-format FORMAT  csv (기본; BOM과 CRLF, 엑셀에 맞게) 또는 json
  --skip-invalid            잘못된 줄이 있어도 나머지를 써요; 잘못된 줄은 알리고
                            건너뛴 줄이 있으면 종료 코드 5
  --force                   있는 파일 덮어쓰기 (쓰기 전에 모든 줄을 확인)
  --encoding ENC            utf-8, utf-16, cp949 (또는 euc-kr); 기본은 알아서
  --logo FILE.png           모든 코드에 로고 (H 단계로)

"qr"의 상담·이미지 옵션도 모두 받아요. 그 열을 비운 줄의 값이 돼요 (예: --channel
@brand --size 30mm). 줄에 크기나 px가 있으면 --size와 --px 대신 그 값을 써요.

표: 첫 줄은 열 이름, 그 아래로 코드마다 한 줄. 열 (순서·대소문자 상관없이, 영어나
한국어: 이름, 채널, 위치, 캠페인, 매체, 페이지, 챗봇, 이벤트, 형식, 템플릿, 크기, 설명, 문구):
  name        확장자 없는 파일 이름, 줄마다 달라야 해요: 글자(한국어도), 숫자, 공백,
              "_-.()+", 글자나 숫자로 시작; "/", "\\", ".." 안 돼요 (필수)
  channel     "@"로 시작하는 검색용 아이디 (여기나 --channel로 필수)
  placement, campaign, source, page, bot, event   상담 열기, "qr"과 같아요
  format      svg, png, pdf
  size, dpi, px, ecc, margin, dark, light         이미지, "qr"과 같아요
  template, bleed, label, caption                 인쇄용 아트워크, "qr"과 같아요
따옴표로 감싼 칸에는 쉼표, 줄바꿈, 두 번 쓴 따옴표("")가 들어갈 수 있어요 (엑셀처럼).
모르는 열은 알리고 쓰지 않아요; 빈 줄은 건너뛰고 끝에 알려요.

예: campaigns.csv
  name,channel,placement,campaign,format,size
  poster_a,@brand,poster_a,spring26,png,30mm
  flyer_gangnam,@brand,"flyer, Gangnam",spring26,svg,25mm
  receipt,@브랜드,receipt,spring26,png,

${EXIT_CODES_HELP_KO}`;

export const REPORT_HELP_KO = `사용법: kakao-consult report FILE [옵션]

상담 시스템에서 내보낸 기록의 상담을 위치·캠페인·매체·페이지·날짜별로 비율과 함께
세요. 파일을 흘려 읽어서 크기에 상관없이 메모리를 적게 써요. FILE은 첫 줄이 열 이름인
CSV나 TSV, 또는 /reference 본문의 JSON 줄; -는 표준 입력이에요. 읽을 수 없거나
extra가 이 키트의 것이 아닌 줄은 따로 세고, 처음 20줄을 줄 번호와 함께 stderr에 알려요.

  --column NAME|N      extra가 든 열: 열 이름이나 1부터 센 번호 (기본: extra,
                       reference, 메타정보라는 열, 없으면 값이 p=…;c=…로 읽히는 열).
                       칸에 /reference 본문이나 그 "reference" 객체 JSON이 들어 있어도 돼요.
  --by LIST            나눌 기준, 쉼표로: placement, campaign, source, page, day
                       (기본: 모두; day는 시간 열이 있을 때만: time, date, created_at,
                       timestamp, 일시, 날짜, 상담일시, …)
  --format FORMAT      table (기본), csv, json, html (막대 그래프가 있는 페이지 하나,
                       바깥에서 아무것도 불러오지 않아요)
  --top N              table과 html에서 기준마다 보여 줄 값 수, 기본 20
  --secret SECRET      서명된 extra 확인: 서명이 없거나 바뀌었거나 (상담 시각에) 만료된
                       줄은 따로 세요. 프로세스 목록에 남지 않게 환경 변수
                       ${SECRET_ENV}로 주는 편이 나아요.
  --encoding ENC       utf-8 (기본), utf-16, cp949 (또는 euc-kr)

예:
  kakao-consult report consults.csv --by placement,day --format html > report.html

${EXIT_CODES_HELP_KO}`;
