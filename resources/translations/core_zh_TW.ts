<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>entry {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id}</translation>
    </message>
    <message>
      <source>note {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記 {id}</translation>
    </message>
    <message>
      <source>highlight {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線 {id}</translation>
    </message>
    <message>
      <source>import {id} was already undone</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>匯入 {id} 已經復原過了</translation>
    </message>
    <message>
      <source>import {id} cannot be undone: later import {later} changed the same entries or notes; undo that first</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法復原匯入 {id}：之後的匯入 {later} 改動了同樣的條目或筆記；請先復原那次匯入</translation>
    </message>
    <message>
      <source>import {id} cannot be undone: {what}, which it changed, is in the trash (restore it first: readinglog trash restore {held})</source>
      <translation>無法復原匯入 {id}：它改動過的{what} 在垃圾桶裡（請先還原：readinglog trash restore {held}）</translation>
    </message>
    <message>
      <source>item {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id}</translation>
    </message>
    <message>
      <source>no import with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有 ID 為 {id} 的匯入</translation>
    </message>
    <message>
      <source>import {id} cannot be undone safely: {edited} changed after it (undo with --force to lose those changes)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法安全地復原匯入 {id}：{edited} 在匯入之後又改動過（用 --force 復原會丟掉這些改動）</translation>
    </message>
    <message>
      <source>import {id} cannot be undone: {what}, which it changed, was deleted</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法復原匯入 {id}：它改動過的{what} 已被刪除</translation>
    </message>
    <message>
      <source>import {id} cannot be undone safely: {edited} and {more} more changed after it (undo with --force to lose those changes)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法安全地復原匯入 {id}：{edited} 以及另外 {more} 項在匯入之後又改動過（用 --force 復原會丟掉這些改動）</translation>
    </message>
    <message>
      <source>the image</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這張圖片</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>一段純文字</translation>
    </message>
    <message>
      <source>{source} is over {limit} MB; too big for a cover</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{source} 超過了 {limit} MB，用作封面太大了</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一份 PDF 文件</translation>
    </message>
    <message>
      <source>a BMP image</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一張 BMP 圖片</translation>
    </message>
    <message>
      <source>a TIFF image</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一張 TIFF 圖片</translation>
    </message>
    <message>
      <source>an icon (ICO) file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一個圖示（ICO）檔案</translation>
    </message>
    <message>
      <source>a zip archive</source>
      <translation>一個 zip 壓縮檔</translation>
    </message>
    <message>
      <source>a gzip file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一個 gzip 檔案</translation>
    </message>
    <message>
      <source>an empty file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一個空檔案</translation>
    </message>
    <message>
      <source>an AVIF image</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一張 AVIF 圖片</translation>
    </message>
    <message>
      <source>a HEIC image</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一張 HEIC 圖片</translation>
    </message>
    <message>
      <source>a web page (HTML)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一個網頁（HTML）</translation>
    </message>
    <message>
      <source>an SVG drawing</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一張 SVG 向量圖</translation>
    </message>
    <message>
      <source>XML or HTML text</source>
      <translation>一段 XML 或 HTML 文字</translation>
    </message>
    <message>
      <source>JSON text</source>
      <translation>一段 JSON 文字</translation>
    </message>
    <message>
      <source>{source} is not a cover image: it looks like {what} (a cover can be a JPEG, PNG, GIF or WebP image)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{source} 不是封面圖片：看起來是{what}（封面可以是 JPEG、PNG、GIF 或 WebP 圖片）</translation>
    </message>
    <message>
      <source>unknown binary data (starting {start})</source>
      <translation>一些未知的二進位資料（開頭是 {start}）</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：沒有這個檔案</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({reason})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：無法讀取（{reason}）</translation>
    </message>
    <message>
      <source>unexpected error: {error}; run again with --debug</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>意外錯誤：{error}；請加上 --debug 重新執行</translation>
    </message>
    <message>
      <source>no space left on device while writing</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>寫入時裝置空間不足</translation>
    </message>
    <message>
      <source>disk quota exceeded while writing</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>寫入時超出了磁碟配額</translation>
    </message>
    <message>
      <source>read-only file system: cannot write</source>
      <translation>檔案系統是唯讀的：無法寫入</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>沒有權限</translation>
    </message>
    <message>
      <source>input/output error (a failing disk or a lost connection) at</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>發生輸入/輸出錯誤（磁碟故障或連線中斷）</translation>
    </message>
    <message>
      <source>no space left on device while writing {path}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>寫入 {path} 時裝置空間不足</translation>
    </message>
    <message>
      <source>disk quota exceeded while writing {path}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>寫入 {path} 時超出了磁碟配額</translation>
    </message>
    <message>
      <source>read-only file system: cannot write {path}</source>
      <translation>檔案系統是唯讀的：無法寫入 {path}</translation>
    </message>
    <message>
      <source>permission denied: {path}</source>
      <translation>沒有權限：{path}</translation>
    </message>
    <message>
      <source>input/output error (a failing disk or a lost connection) at {path}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 發生輸入/輸出錯誤（磁碟故障或連線中斷）</translation>
    </message>
    <message>
      <source>{library} is locked by another ReadingLog process; try again when it is done</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>另一個 ReadingLog 程序正在使用{library}；請等它完成後再試</translation>
    </message>
    <message>
      <source>no space left on device while writing {library} (database or disk is full)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>裝置空間不足，無法寫入{library}（資料庫或磁碟已滿）</translation>
    </message>
    <message>
      <source>{library} is read-only: writes are refused</source>
      <translation>{library}是唯讀的：無法寫入</translation>
    </message>
    <message>
      <source>cannot open {library}: its folder is missing or cannot be written</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法開啟{library}：所在資料夾不存在或不可寫入</translation>
    </message>
    <message>
      <source>a disk input/output error while reading or writing {library}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>讀寫{library}時發生磁碟輸入/輸出錯誤</translation>
    </message>
    <message>
      <source>{library} is damaged (database disk image is malformed); restore a backup</source>
      <translation>{library}已損壞（資料庫檔案格式錯誤）；請還原一份備份</translation>
    </message>
    <message>
      <source>{library} is not a ReadingLog library (file is not a database)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{library}不是 ReadingLog 書庫（檔案不是資料庫）</translation>
    </message>
    <message>
      <source>unexpected error: {error}; details in {log}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>意外錯誤：{error}；詳情見 {log}</translation>
    </message>
    <message>
      <source>the library</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>書庫</translation>
    </message>
    <message>
      <source>the library {path}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>書庫（{path}）</translation>
    </message>
    <message>
      <source>entry {id} is a {kind}; feeds belong to a podcast show or a series</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id} 是{kind}；訂閱源只能屬於播客節目或系列課程</translation>
    </message>
    <message>
      <source>no feed episode with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>訂閱源裡沒有 ID 為 {id} 的單集</translation>
    </message>
    <message>
      <source>status: {mark} is not a mark; use {choices}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>狀態：{mark} 不能用來標記單集；請使用 {choices}</translation>
    </message>
    <message>
      <source>entry {id} ({title}) has no feed; give it one with: readinglog feed add {id} URL</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id}（{title}）沒有訂閱源；可以這樣新增：readinglog feed add {id} URL</translation>
    </message>
    <message>
      <source>{count} shows titled {name!r}; name it by its id</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>有 {count} 個節目的標題是 {name!r}；請用 ID 指定</translation>
    </message>
    <message>
      <source>no show titled {name!r}; name it by its id</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有標題為 {name!r} 的節目；請用 ID 指定</translation>
    </message>
    <message>
      <source>a highlight needs its text (or, for a note at a place, a comment)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線需要有文字（如果是記在某個位置的筆記，則需要有批註）</translation>
    </message>
    <message>
      <source>the highlight's text is {length:,} characters; at most {limit:,}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線文字有 {length:,} 個字元；最多 {limit:,} 個</translation>
    </message>
    <message>
      <source>the highlight's comment is {length:,} characters; at most {limit:,}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線批註有 {length:,} 個字元；最多 {limit:,} 個</translation>
    </message>
    <message>
      <source>no highlight with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有 ID 為 {id} 的劃線</translation>
    </message>
    <message>
      <source>name at least one highlight</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>請至少指定一條劃線</translation>
    </message>
    <message>
      <source>#{id} is a {kind}; book details fill books only</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>#{id} 是{kind}；圖書資訊只能填入圖書</translation>
    </message>
    <message>
      <source>field: {names} cannot be filled (use {choices})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>欄位：無法填寫 {names}（可以填寫：{choices}）</translation>
    </message>
    <message>
      <source>note: the text is {size:.1f} MB; a note can hold at most {limit} MB (split it into several notes)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記：正文有 {size:.1f} MB；一條筆記最多 {limit} MB（請拆成幾條筆記）</translation>
    </message>
    <message>
      <source>note: the text contains a NUL character (is it a binary file?)</source>
      <translation>筆記：正文含有 NUL 字元（是不是二進位檔案？）</translation>
    </message>
    <message>
      <source>title: {length} characters is more than {limit}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>標題：{length} 個字元，超過了上限 {limit}</translation>
    </message>
    <message>
      <source>amount</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>進度</translation>
    </message>
    <message>
      <source>time</source>
      <translation>花費時間</translation>
    </message>
    <message>
      <source>started</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>開始</translation>
    </message>
    <message>
      <source>{done} of {total} episodes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{done}/{total} 集</translation>
    </message>
    <message>
      <source>want</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>想讀</translation>
    </message>
    <message>
      <source>in-progress</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>在讀</translation>
    </message>
    <message>
      <source>finished</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>讀過</translation>
    </message>
    <message>
      <source>abandoned</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>棄讀</translation>
    </message>
    <message>
      <source>paused</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>擱置</translation>
    </message>
    <message>
      <source>{outcome}, date unknown</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{outcome}，日期不詳</translation>
    </message>
    <message>
      <source>{count} times</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{count} 次</translation>
    </message>
    <message>
      <source>page {page}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {page} 頁</translation>
    </message>
    <message>
      <source>episode {number}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {number} 集</translation>
    </message>
    <message>
      <source>page {page} of {pages} ({share}%)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {page} 頁，共 {pages} 頁（{share}%）</translation>
    </message>
    <message>
      <source>{done} of {length}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{done} / {length}</translation>
    </message>
    <message>
      <source>{done} of {total} courses</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{done}/{total} 門課程</translation>
    </message>
    <message>
      <source>{done} of {total} episode</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{done}/{total} 集</translation>
    </message>
    <message>
      <source>started {start}, not finished</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{start} 開始，還沒讀完</translation>
    </message>
    <message>
      <source>started {start} · {outcome}, date unknown</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{start} 開始 · {outcome}，日期不詳</translation>
    </message>
    <message>
      <source>once</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>一次</translation>
    </message>
    <message>
      <source>twice</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>兩次</translation>
    </message>
    <message>
      <source>episode {number} of {total}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>第 {number} 集，共 {total} 集</translation>
    </message>
    <message>
      <source>{done} of {total} course</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{done}/{total} 門課程</translation>
    </message>
    <message>
      <source>started, date unknown</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>已開始，日期不詳</translation>
    </message>
    <message>
      <source>{outcome} {times}, dates unknown</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{outcome}{times}，日期不詳</translation>
    </message>
    <message>
      <source>cannot sort {what} by {sort!r}; use one of {choices}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法按 {sort!r} 給{what}排序；請使用以下之一：{choices}</translation>
    </message>
    <message>
      <source>entries</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目</translation>
    </message>
    <message>
      <source>no entry with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有 ID 為 {id} 的條目</translation>
    </message>
    <message>
      <source>notes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記</translation>
    </message>
    <message>
      <source>no note with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有 ID 為 {id} 的筆記</translation>
    </message>
    <message>
      <source>title</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>標題</translation>
    </message>
    <message>
      <source>no entry with id {id} to be the parent</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有 ID 為 {id} 的條目可以作為上級</translation>
    </message>
    <message>
      <source>a {kind} cannot belong to a {parent}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{kind}不能歸入{parent}</translation>
    </message>
    <message>
      <source>tag: must not be empty</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>標籤：不能為空</translation>
    </message>
    <message>
      <source>tag: {name!r} is longer than {limit} characters</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>標籤：{name!r} 超過了 {limit} 個字元</translation>
    </message>
    <message>
      <source>entry {parent} is inside entry {id}; that would be a loop</source>
      <translation>條目 {parent} 本身就在條目 {id} 之下；這樣會形成循環</translation>
    </message>
    <message>
      <source>book</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>圖書</translation>
    </message>
    <message>
      <source>podcast show</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>播客節目</translation>
    </message>
    <message>
      <source>podcast episode</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>播客單集</translation>
    </message>
    <message>
      <source>course</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>課程</translation>
    </message>
    <message>
      <source>course series</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>系列課程</translation>
    </message>
    <message>
      <source>video or talk</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>影片/演講</translation>
    </message>
    <message>
      <source>article</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>文章</translation>
    </message>
  </context>
</TS>
