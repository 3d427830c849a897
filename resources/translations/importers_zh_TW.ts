<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>no importer for {kind}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有能匯入 {kind} 的匯入器</translation>
    </message>
    <message>
      <source>{path}: no such file or folder</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：沒有這個檔案或資料夾</translation>
    </message>
    <message>
      <source>done</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>完成</translation>
    </message>
    <message>
      <source>{title}: {note!r} was not imported: {reason}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>《{title}》：筆記 {note!r} 沒有匯入：{reason}</translation>
    </message>
    <message>
      <source>{count} columns where the header has {width}</source>
      <translation>這一行有 {count} 欄，表頭卻有 {width} 欄</translation>
    </message>
    <message>
      <source>{count} columns where the header has {width}, in lines {start}–{end} (an unbalanced quote may have merged them)</source>
      <translation>第 {start}–{end} 行共有 {count} 欄，表頭卻有 {width} 欄（可能是引號沒有配對，把幾行併成了一行）</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({reason})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：無法讀取（{reason}）</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：沒有這個檔案</translation>
    </message>
    <message>
      <source>{file}: not UTF-8 (first bad byte at offset {offset}); read as GB18030, the encoding Chinese Excel saves; check the titles look right</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是 UTF-8 編碼（第一個無法識別的位元組在偏移 {offset} 處）；已按中文版 Excel 儲存時用的 GB18030 編碼讀取，請檢查書名是否顯示正常</translation>
    </message>
    <message>
      <source>{file}: the file is empty</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：檔案是空的</translation>
    </message>
    <message>
      <source>{file}: line 1: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：第 1 行：{error}</translation>
    </message>
    <message>
      <source>cannot be read as CSV ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法按 CSV 讀取（{error}）</translation>
    </message>
    <message>
      <source>a Goodreads, StoryGraph, Readwise or 豆伴 CSV header, a Kindle My Clippings.txt, a KOReader sidecar (.lua), a WeRead notes export, a 豆瓣 JSON backup, OPML or Markdown</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Goodreads、StoryGraph、Readwise 或豆伴的 CSV 表頭，Kindle 的 My Clippings.txt，KOReader 的 .lua 後設資料檔案，微信讀書匯出的筆記，豆瓣 JSON 備份，OPML 或 Markdown</translation>
    </message>
    <message>
      <source>{file} is none of the files this imports: it looked for {looked_for}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file} 不是可以匯入的檔案；能匯入的有：{looked_for}</translation>
    </message>
    <message>
      <source>a KOReader sidecar (a book's metadata .lua)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>KOReader 後設資料檔案（一本書的 metadata .lua）</translation>
    </message>
    <message>
      <source>a Kindle My Clippings.txt</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Kindle 的 My Clippings.txt</translation>
    </message>
    <message>
      <source>a WeRead (微信读书) notes export</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>微信讀書匯出的筆記</translation>
    </message>
    <message>
      <source>a Readwise export</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Readwise 匯出檔案</translation>
    </message>
    <message>
      <source>a 豆瓣 backup or 豆伴 sheet</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>豆瓣備份或豆伴表格</translation>
    </message>
    <message>
      <source>{file}: the header is neither Goodreads', StoryGraph's, Readwise's nor 豆伴's</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：表頭既不是 Goodreads 的，也不是 StoryGraph、Readwise 或豆伴的</translation>
    </message>
    <message>
      <source>a folder: its Markdown files are imported as notes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>資料夾：其中的 Markdown 檔案將作為筆記匯入</translation>
    </message>
    <message>
      <source>{file} cannot be read</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取 {file}</translation>
    </message>
    <message>
      <source>a Markdown file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Markdown 檔案</translation>
    </message>
    <message>
      <source>an OPML file of podcast subscriptions</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>播客訂閱的 OPML 檔案</translation>
    </message>
    <message>
      <source>its header is a Goodreads library export's</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表頭是 Goodreads 書庫匯出的格式</translation>
    </message>
    <message>
      <source>its header is a StoryGraph export's</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表頭是 StoryGraph 匯出的格式</translation>
    </message>
    <message>
      <source>its header is a Readwise export's</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表頭是 Readwise 匯出的格式</translation>
    </message>
    <message>
      <source>a Readwise Markdown export (Books, Articles, ...)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Readwise 的 Markdown 匯出（Books、Articles 等資料夾）</translation>
    </message>
    <message>
      <source>a folder of KOReader books (*.sdr/metadata.*.lua)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>KOReader 書籍資料夾（*.sdr/metadata.*.lua）</translation>
    </message>
    <message>
      <source>{folder} is one KOReader book's folder: import its {sidecar}, or the folder that holds the books</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{folder} 是 KOReader 單本書的資料夾：請匯入其中的 {sidecar}，或匯入存放這些書的上一級資料夾</translation>
    </message>
    <message>
      <source>{file} cannot be read: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取 {file}：{error}</translation>
    </message>
    <message>
      <source>record {number}</source>
      <translation>第 {number} 筆紀錄</translation>
    </message>
    <message>
      <source>record {number}: {key}</source>
      <translation>第 {number} 筆紀錄：{key}</translation>
    </message>
    <message>
      <source>read {file}: {count} records</source>
      <translation>已讀取 {file}：共 {count} 筆紀錄</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not one of read, reading, wish (读过, 在读, 想读)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{raw!r} 不是 read、reading、wish（讀過、在讀、想讀）之一</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not a number from 1 to 5</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{raw!r} 不是 1 到 5 之間的數</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not a date (YYYY-MM-DD HH:MM:SS)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{raw!r} 不是日期（應為 YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
      <source>{where}: title: must not be empty</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：書名不能為空</translation>
    </message>
    <message>
      <source>{where} ({title}): no status; imported as {status_name}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}（《{title}》）：沒有閱讀狀態，已按 {status_name} 匯入</translation>
    </message>
    <message>
      <source>line {line}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行</translation>
    </message>
    <message>
      <source>record {number}: not an object but {type}</source>
      <translation>第 {number} 筆紀錄：應為物件，卻是 {type}</translation>
    </message>
    <message>
      <source>record {number}: title: {title!r} is not text</source>
      <translation>第 {number} 筆紀錄：書名 {title!r} 不是文字</translation>
    </message>
    <message>
      <source>record {number}: tags: {tags!r} is not a list</source>
      <translation>第 {number} 筆紀錄：標籤 {tags!r} 不是清單</translation>
    </message>
    <message>
      <source>record {number}: comment: {comment!r} is not text</source>
      <translation>第 {number} 筆紀錄：短評 {comment!r} 不是文字</translation>
    </message>
    <message>
      <source>{file}: {size} MB is more than a Douban backup holds ({limit} MB at most); split it into smaller files</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：{size} MB 超出了豆瓣備份的大小（最多 {limit} MB），請拆成幾個較小的檔案</translation>
    </message>
    <message>
      <source>{file}: not a Douban backup (a JSON array of books)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是豆瓣備份（應為一個由書組成的 JSON 陣列）</translation>
    </message>
    <message>
      <source>{file}: a spreadsheet (豆伴 xlsx) cannot be read here; open it and save each sheet (想读, 在读, 读过) as CSV UTF-8 with the sheet's name in the file name, then import those</source>
      <translation>{file}：這裡無法讀取試算表（豆伴 xlsx）；請開啟它，把每個工作表（想讀、在讀、讀過）分別另存為「CSV UTF-8」，檔名裡帶上工作表的名稱，再匯入這些檔案</translation>
    </message>
    <message>
      <source>{path}: not a file; a Douban backup is one JSON or CSV file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：不是檔案；豆瓣備份是單個 JSON 或 CSV 檔案</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not a valid date</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{raw!r} 不是有效的日期</translation>
    </message>
    <message>
      <source>{file}: line {line}: not valid JSON ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：第 {line} 行：不是有效的 JSON（{error}）</translation>
    </message>
    <message>
      <source>reading {file}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在讀取 {file}</translation>
    </message>
    <message>
      <source>{reason}; imported without it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{reason}；匯入時略去了這一項</translation>
    </message>
    <message>
      <source>not a Douban backup: a JSON array of books, or a 豆伴 sheet saved as CSV with the columns {required} and {rating}</source>
      <translation>不是豆瓣備份：應為由書組成的 JSON 陣列，或另存為 CSV、帶有 {required} 欄以及 {rating} 欄的豆伴表格</translation>
    </message>
    <message>
      <source>line {line}: {column}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：{column}</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{first}或{second}</translation>
    </message>
    <message>
      <source>{where}: front matter line {line}: {key}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：front matter 第 {line} 行：{key}</translation>
    </message>
    <message>
      <source>{where}: this YAML form is not supported: {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：不支援這種 YAML 寫法：{text!r}</translation>
    </message>
    <message>
      <source>{where}: front matter line {line}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：front matter 第 {line} 行</translation>
    </message>
    <message>
      <source>{where}: a list and keys mixed under one key</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：同一個鍵下混用了清單和鍵值</translation>
    </message>
    <message>
      <source>{where}: unclosed quote in {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：{text!r} 中的引號沒有閉合</translation>
    </message>
    <message>
      <source>{where}: cannot read {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：無法讀取 {text!r}</translation>
    </message>
    <message>
      <source>{where}: a list that does not close: {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：清單沒有閉合：{text!r}</translation>
    </message>
    <message>
      <source>{where}: front matter line {line}: {key!r}: cannot read {text!r}; left out</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：front matter 第 {line} 行：{key!r}：無法讀取 {text!r}，已略去</translation>
    </message>
    <message>
      <source>{where}: cannot read the quoted text {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：無法讀取引號中的文字 {text!r}</translation>
    </message>
    <message>
      <source>{where}: TOML front matter: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：TOML front matter：{error}</translation>
    </message>
    <message>
      <source>{reason}; left out</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{reason}；已略去</translation>
    </message>
    <message>
      <source>not a Goodreads library export: the header lacks {columns} (export it from My Books &gt; Import and export)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>不是 Goodreads 書庫匯出：表頭缺少 {columns}（請在 My Books &gt; Import and export 中匯出）</translation>
    </message>
    <message>
      <source>line {line}: Title: must not be empty</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：Title（書名）不能為空</translation>
    </message>
    <message>
      <source>line {line}: {column}: {raw!r} is not a number</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：{column}：{raw!r} 不是數字</translation>
    </message>
    <message>
      <source>line {line}: {reason}; imported without it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：{reason}；匯入時略去了這一項</translation>
    </message>
    <message>
      <source>{folder}: no such folder</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{folder}：沒有這個資料夾</translation>
    </message>
    <message>
      <source>writing {file}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在寫入 {file}</translation>
    </message>
    <message>
      <source>{done} of {total} books</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {done} 本，共 {total} 本</translation>
    </message>
    <message>
      <source>{title}: {reason}; the entry was made without it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>《{title}》：{reason}；條目已建立，但略去了這一項</translation>
    </message>
    <message>
      <source>{count:,} clippings read</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>已讀取 {count:,} 條摘錄</translation>
    </message>
    <message>
      <source>an empty note</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>空白筆記</translation>
    </message>
    <message>
      <source>the file ends inside this clipping (no closing ========== line)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>檔案在這條摘錄中間就結束了（缺少結尾的 ========== 行）</translation>
    </message>
    <message>
      <source>{file} is not a Kindle My Clippings.txt file: line {line} should be a clipping's "- Your Highlight ... | Added on ..." line but reads {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file} 不是 Kindle 的 My Clippings.txt 檔案：第 {line} 行應是摘錄的「- Your Highlight ... | Added on ...」一行，實際卻是 {text!r}</translation>
    </message>
    <message>
      <source>empty highlight: the clipping has no text</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>空白劃線：這條摘錄沒有文字</translation>
    </message>
    <message>
      <source>empty note: the clipping has no text</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>空白筆記：這條摘錄沒有文字</translation>
    </message>
    <message>
      <source>the line is not valid UTF-8; unreadable bytes are shown as �</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這一行不是有效的 UTF-8，無法識別的位元組顯示為 �</translation>
    </message>
    <message>
      <source>the metadata line is in a layout this importer does not know: {line!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法識別後設資料行的格式：{line!r}</translation>
    </message>
    <message>
      <source>the clipping has no book title</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條摘錄沒有書名</translation>
    </message>
    <message>
      <source>Kindle wrote its clipping-limit notice instead of the highlighted text ({text!r}): the publisher caps how much of this book can be clipped</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Kindle 寫入的是摘錄上限提示，而不是劃線的文字（{text!r}）：出版方限制了這本書可摘錄的字數</translation>
    </message>
    <message>
      <source>the clipping has no metadata line</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條摘錄沒有後設資料行</translation>
    </message>
    <message>
      <source>{file} is not a KOReader metadata.*.lua sidecar: it does not return a table of book settings and highlights</source>
      <translation>{file} 不是 KOReader 的 metadata.*.lua 後設資料檔案：它傳回的不是記錄書籍設定和劃線的表</translation>
    </message>
    <message>
      <source>{folder} holds no KOReader sidecar (no *.sdr/metadata.*.lua inside it).</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{folder} 中沒有 KOReader 後設資料檔案（裡面找不到 *.sdr/metadata.*.lua）。</translation>
    </message>
    <message>
      <source>{file} is not a KOReader metadata.*.lua sidecar: it does not return a table of book settings and highlights.</source>
      <translation>{file} 不是 KOReader 的 metadata.*.lua 後設資料檔案：它傳回的不是記錄書籍設定和劃線的表。</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取 {file}：{reason}。</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取 {file}：{reason}</translation>
    </message>
    <message>
      <source>{file} cannot be read as Lua data: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法按 Lua 資料讀取 {file}：{error}</translation>
    </message>
    <message>
      <source>{file}: 'annotations' is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：「annotations」不是表</translation>
    </message>
    <message>
      <source>{file}: annotation [{index}] is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：annotation [{index}] 不是表</translation>
    </message>
    <message>
      <source>{file}: annotation [{index}] has no page and no pos0</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：annotation [{index}] 既沒有 page 也沒有 pos0</translation>
    </message>
    <message>
      <source>{file}: 'highlight' is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：「highlight」不是表</translation>
    </message>
    <message>
      <source>{file}: 'bookmarks' is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：「bookmarks」不是表</translation>
    </message>
    <message>
      <source>{file}: the {field} is not valid UTF-8; kept with replacement characters</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：{field} 不是有效的 UTF-8，已用替換字元保留</translation>
    </message>
    <message>
      <source>{file}: highlight [{page}] is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：highlight [{page}] 不是表</translation>
    </message>
    <message>
      <source>{file}: bookmark [{index}] is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：bookmark [{index}] 不是表</translation>
    </message>
    <message>
      <source>{file}: highlight [{page}][{index}] is not a table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：highlight [{page}][{index}] 不是表</translation>
    </message>
    <message>
      <source>line {line}, column {column}: {message}</source>
      <translation>第 {line} 行第 {column} 欄：{message}</translation>
    </message>
    <message>
      <source>invalid escape sequence '\{escape}' in a string</source>
      <translation>字串中有無效的跳脫序列「\{escape}」</translation>
    </message>
    <message>
      <source>the end of the file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>檔案末尾</translation>
    </message>
    <message>
      <source>expected a value, found {found}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這裡應是一個值，卻是{found}</translation>
    </message>
    <message>
      <source>expected {what}, found {found}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這裡應是{what}，卻是{found}</translation>
    </message>
    <message>
      <source>expected the end of the file after the value, found {found}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>值之後應是檔案末尾，卻是{found}</translation>
    </message>
    <message>
      <source>found the name '{name}': only strings, numbers, true, false, nil and tables are data</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>遇到名稱「{name}」：只有字串、數字、true、false、nil 和表才是資料</translation>
    </message>
    <message>
      <source>tables nested deeper than {depth} levels</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表的巢狀超過了 {depth} 層</translation>
    </message>
    <message>
      <source>the key {key} appears twice in this table</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>鍵 {key} 在這個表中出現了兩次</translation>
    </message>
    <message>
      <source>expected a number after '-', found {found}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「-」之後應是數字，卻是{found}</translation>
    </message>
    <message>
      <source>malformed number</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>數字格式有誤</translation>
    </message>
    <message>
      <source>a string is not closed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>字串沒有閉合</translation>
    </message>
    <message>
      <source>'\u' needs hexadecimal digits in braces, as in {example}</source>
      <translation>「\u」後面需要用大括號括起的十六進位數字，例如 {example}</translation>
    </message>
    <message>
      <source>the escape {escape} is beyond U+10FFFF</source>
      <translation>跳脫序列 {escape} 超出了 U+10FFFF</translation>
    </message>
    <message>
      <source>a long string opened here is not closed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>從這裡開始的長字串沒有閉合</translation>
    </message>
    <message>
      <source>expected a value after 'return', found the end of the file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「return」之後應是一個值，卻已到檔案末尾</translation>
    </message>
    <message>
      <source>expected 'return' and a value, found an empty file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>應是「return」和一個值，檔案卻是空的</translation>
    </message>
    <message>
      <source>the table opened here is not closed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>從這裡開始的表沒有閉合</translation>
    </message>
    <message>
      <source>a string opened here is not closed on its line</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>從這裡開始的字串在本行沒有閉合</translation>
    </message>
    <message>
      <source>'\x' needs two hexadecimal digits</source>
      <translation>「\x」後面需要兩位十六進位數字</translation>
    </message>
    <message>
      <source>the escape '\{code}' is larger than 255</source>
      <translation>跳脫序列「\{code}」大於 255</translation>
    </message>
    <message>
      <source>a long comment opened here is not closed</source>
      <translation>從這裡開始的長註解沒有閉合</translation>
    </message>
    <message>
      <source>']' after the key</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>鍵之後的「]」</translation>
    </message>
    <message>
      <source>'=' after the key</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>鍵之後的「=」</translation>
    </message>
    <message>
      <source>expected ',' or '}}' after a table field, found {found}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表的欄位之後應是「,」或「}}」，卻是{found}</translation>
    </message>
    <message>
      <source>a table key must be a string or a number</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表的鍵必須是字串或數字</translation>
    </message>
    <message>
      <source>a table key cannot be NaN</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>表的鍵不能是 NaN</translation>
    </message>
    <message>
      <source>'{word}' is a Lua keyword, not a key</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「{word}」是 Lua 關鍵字，不能作鍵</translation>
    </message>
    <message>
      <source>{where}: {text!r} is not a date</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：{text!r} 不是日期</translation>
    </message>
    <message>
      <source>{file}: title: {length} characters is more than {limit}; the file name is the title</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：標題有 {length} 個字元，超過了 {limit} 個；已改用檔名作標題</translation>
    </message>
    <message>
      <source>{path}: no Markdown files (.md) found</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：沒有找到 Markdown 檔案（.md）</translation>
    </message>
    <message>
      <source>{where}: tag {name!r} is longer than {limit} characters; left out</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{where}：標籤 {name!r} 超過 {limit} 個字元，已略去</translation>
    </message>
    <message>
      <source>{file}: not an OPML file (no &lt;opml&gt; element)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是 OPML 檔案（沒有 &lt;opml&gt; 元素）</translation>
    </message>
    <message>
      <source>{file}: refused: the XML uses entities or external references ({error}), which a subscription list never needs</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：已拒絕：這個 XML 使用了實體或外部引用（{error}），訂閱清單從來用不到這些</translation>
    </message>
    <message>
      <source>{file}: line {line}: not well-formed XML ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：第 {line} 行：XML 格式有誤（{error}）</translation>
    </message>
    <message>
      <source>the show has no title or text</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這個節目沒有 title 或 text</translation>
    </message>
    <message>
      <source>{file} is empty, not a Readwise export.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file} 是空的，不是 Readwise 匯出檔案。</translation>
    </message>
    <message>
      <source>{folder} is not a Readwise Markdown export: it has no Books, Articles, Tweets or Podcasts folder with .md files.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{folder} 不是 Readwise 的 Markdown 匯出：裡面沒有裝著 .md 檔案的 Books、Articles、Tweets 或 Podcasts 資料夾。</translation>
    </message>
    <message>
      <source>{file} has an unknown Readwise CSV header: {header} (expected {expected}, or without the last one or two).</source>
      <translation>{file} 的 Readwise CSV 表頭無法識別：{header}（應為 {expected}，或少掉最後一兩欄）。</translation>
    </message>
    <message>
      <source>{file} is not a Readwise export: it has neither the CSV's header (Highlight,Book Title,...) nor the Markdown export's Metadata and Highlights.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file} 不是 Readwise 匯出檔案：既沒有 CSV 的表頭（Highlight,Book Title,...），也沒有 Markdown 匯出的 Metadata 和 Highlights 部分。</translation>
    </message>
    <message>
      <source>the record has no Book Title</source>
      <translation>這筆紀錄沒有 Book Title（書名）</translation>
    </message>
    <message>
      <source>the record has neither a highlight nor a note</source>
      <translation>這筆紀錄既沒有劃線，也沒有筆記</translation>
    </message>
    <message>
      <source>the record has {count} fields, the header {header}</source>
      <translation>這筆紀錄有 {count} 個欄位，表頭卻有 {header} 個</translation>
    </message>
    <message>
      <source>{file} is not a Readwise Markdown file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file} 不是 Readwise 的 Markdown 檔案</translation>
    </message>
    <message>
      <source>the record cannot be read as CSV ({error})</source>
      <translation>這筆紀錄無法按 CSV 讀取（{error}）</translation>
    </message>
    <message>
      <source>invalid UTF-8 bytes were replaced with �</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無效的 UTF-8 位元組已替換為 �</translation>
    </message>
    <message>
      <source>the file has no Highlights section</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>檔案中沒有 Highlights 部分</translation>
    </message>
    <message>
      <source>the highlight has no text</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條劃線沒有文字</translation>
    </message>
    <message>
      <source>the line is not part of a highlight: {text!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這一行不屬於任何劃線：{text!r}</translation>
    </message>
    <message>
      <source>read {file}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>已讀取 {file}</translation>
    </message>
    <message>
      <source>Goodreads library export (CSV)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Goodreads 書庫匯出（CSV）</translation>
    </message>
    <message>
      <source>StoryGraph export (CSV)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>StoryGraph 匯出（CSV）</translation>
    </message>
    <message>
      <source>Podcast subscriptions (OPML)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>播客訂閱（OPML）</translation>
    </message>
    <message>
      <source>Markdown notes (a file, a blog or a vault)</source>
      <translation>Markdown 筆記（單個檔案、部落格或 Obsidian 儲存庫）</translation>
    </message>
    <message>
      <source>Kindle highlights (My Clippings.txt)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Kindle 劃線（My Clippings.txt）</translation>
    </message>
    <message>
      <source>Readwise highlights (the CSV, or the Markdown export's folder)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>Readwise 劃線（CSV，或 Markdown 匯出的資料夾）</translation>
    </message>
    <message>
      <source>KOReader highlights (a book's metadata .lua, or a folder of books)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>KOReader 劃線（一本書的後設資料 .lua，或一個書籍資料夾）</translation>
    </message>
    <message>
      <source>WeRead notes (微信读书's exported text)</source>
      <translation>微信讀書筆記（微信讀書匯出的文字）</translation>
    </message>
    <message>
      <source>豆瓣 backup (JSON) or 豆伴 sheet (CSV)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>豆瓣備份（JSON）或豆伴表格（CSV）</translation>
    </message>
    <message>
      <source>{path} is a folder; {label} is one file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 是資料夾；{label}是單個檔案</translation>
    </message>
    <message>
      <source>Undoing import {batch}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在復原第 {batch} 次匯入</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在讀取 {file}</translation>
    </message>
    <message>
      <source>{file} went through a spreadsheet program: dates are read as day/month/year, and rows whose ISBN became a number like 9.78053E+12 are skipped; re-export from StoryGraph to import them</source>
      <translation>{file} 被試算表軟體開啟並儲存過：日期按「日/月/年」讀取，ISBN 被改成 9.78053E+12 這類數字的列已略過；要匯入這些列，請從 StoryGraph 重新匯出</translation>
    </message>
    <message>
      <source>not a StoryGraph export: the header lacks {columns} (export it from Manage Account &gt; Export StoryGraph Library)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>不是 StoryGraph 匯出：表頭缺少 {columns}（請在 Manage Account &gt; Export StoryGraph Library 中匯出）</translation>
    </message>
    <message>
      <source>{file} went through a spreadsheet program: dates are read as month/day/year, and rows whose ISBN became a number like 9.78053E+12 are skipped; re-export from StoryGraph to import them</source>
      <translation>{file} 被試算表軟體開啟並儲存過：日期按「月/日/年」讀取，ISBN 被改成 9.78053E+12 這類數字的列已略過；要匯入這些列，請從 StoryGraph 重新匯出</translation>
    </message>
    <message>
      <source>line {line}: {column}: {text!r} could be month/day or day/month (the file went through a spreadsheet); re-export from StoryGraph</source>
      <translation>第 {line} 行：{column}：{text!r} 可能是「月/日」，也可能是「日/月」（檔案被試算表軟體儲存過）；請從 StoryGraph 重新匯出</translation>
    </message>
    <message>
      <source>line {line}: ISBN/UID: {uid!r} was turned into a number by a spreadsheet and its digits are lost; re-export from StoryGraph</source>
      <translation>第 {line} 行：ISBN/UID：{uid!r} 被試算表軟體改成了數字，有些位數已經遺失；請從 StoryGraph 重新匯出</translation>
    </message>
    <message>
      <source>line {line}: {column}: {text!r} is not a valid date</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：{column}：{text!r} 不是有效的日期</translation>
    </message>
    <message>
      <source>line {line}: Dates Read: {dates!r} ends before it starts; kept the end date only</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：Dates Read：{dates!r} 的結束日期早於開始日期；只保留了結束日期</translation>
    </message>
    <message>
      <source>line {line}: Read Status is empty; imported as {status_name} (from the tag {tag!r})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：Read Status 為空；根據標籤 {tag!r} 按 {status_name} 匯入</translation>
    </message>
    <message>
      <source>line {line}: Read Status is empty; imported as want-to-read</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：Read Status 為空；按想讀匯入</translation>
    </message>
    <message>
      <source>line {line}: Read Status: {raw!r} is not one of {known}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {line} 行：Read Status：{raw!r} 不是可選值之一（{known}）</translation>
    </message>
    <message>
      <source>this line is not valid UTF-8; the undecodable bytes are shown as U+FFFD</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這一行不是有效的 UTF-8；無法解碼的位元組顯示為 U+FFFD</translation>
    </message>
    <message>
      <source>{file}: not a WeRead (微信读书) notes export: the file is empty</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是微信讀書匯出的筆記：檔案是空的</translation>
    </message>
    <message>
      <source>{file}: not a WeRead (微信读书) notes export: it does not start with a book's header (《书名》, the author, 'N个笔记')</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是微信讀書匯出的筆記：開頭不是一本書的書頭（《書名》、作者、「N個筆記」）</translation>
    </message>
    <message>
      <source>{file}: not a WeRead (微信读书) notes export: the notes under 《{title}》 have no ◆, &gt;&gt; or &gt; lines in any of its three layouts</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是微信讀書匯出的筆記：《{title}》下的筆記在三種格式裡都找不到 ◆、&gt;&gt; 或 &gt; 開頭的行</translation>
    </message>
    <message>
      <source>《{title}》: its notes are in no known WeRead layout; skipped</source>
      <translation>《{title}》：筆記不是已知的微信讀書格式，已略過</translation>
    </message>
    <message>
      <source>text after the end line '-- 来自微信读书' that starts no book</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>結尾行「-- 來自微信讀書」之後的文字不是新一本書的開頭</translation>
    </message>
    <message>
      <source>a highlight with no text</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條劃線沒有文字</translation>
    </message>
    <message>
      <source>a thought (发表想法) with no text</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條想法（發表想法）沒有文字</translation>
    </message>
    <message>
      <source>an '原文：' line that follows no thought (发表想法)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這行「原文：」前面沒有對應的想法（發表想法）</translation>
    </message>
    <message>
      <source>a line that is neither a ◆ chapter, a '&gt;' highlight nor a note on a chapter</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這一行既不是 ◆ 開頭的章節、「&gt;」開頭的劃線，也不是章節下的筆記</translation>
    </message>
    <message>
      <source>a line that is neither a chapter title (two blank lines before it) nor part of the note above it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這一行既不是章節標題（前面空兩行），也不屬於上面那條筆記</translation>
    </message>
  </context>
</TS>
