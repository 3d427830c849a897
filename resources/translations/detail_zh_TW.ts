<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CoverView</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>圖片 (*.jpg *.jpeg *.png *.gif *.webp);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose cover…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇封面…</translation>
    </message>
    <message>
        <source>Use an image file on this computer as the cover (it is copied)</source>
        <translation>用這台電腦上的圖片當封面（會另存一份副本）</translation>
    </message>
    <message>
        <source>Remove cover</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>移除封面</translation>
    </message>
    <message>
        <source>Take the cover off this entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>去掉這個條目的封面</translation>
    </message>
    <message>
        <source>Cover of {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>《{title}》的封面</translation>
    </message>
    <message>
        <source>The cover file is missing: {path}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>找不到封面檔案：{path}</translation>
    </message>
    <message>
        <source>Choose a cover</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇封面</translation>
    </message>
    <message>
        <source>The cover image cannot be read.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無法讀取封面圖片。</translation>
    </message>
    <message>
        <source>No thumbnail: {folder} cannot be written ({why}).</source>
        <translation>無法產生縮圖：{folder} 無法寫入（{why}）。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Select an entry or a note.

Ctrl+N adds an entry, Ctrl+Shift+N writes a note.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇一個條目或一篇筆記。

按 Ctrl+N 新增條目，按 Ctrl+Shift+N 寫筆記。</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Original title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>原作名</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISBN-10</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN-10</translation>
    </message>
    <message>
        <source>Web page</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網頁</translation>
    </message>
    <message>
        <source>Feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱源</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所用時間</translation>
    </message>
    <message>
        <source>Episode</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>集數</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書日期</translation>
    </message>
    <message>
        <source>Certificate id</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書編號</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書</translation>
    </message>
    <message>
        <source>Certificate cost</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書費用</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>副標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Year</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版年</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>形式</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>語言</translation>
    </message>
    <message>
        <source>Duration</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>時長</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頻道</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網站</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Translator</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>譯者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編者</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>朗讀</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>來賓</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>講師</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>講者</translation>
    </message>
    <message>
        <source>started</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開始</translation>
    </message>
    <message>
        <source>progress</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>更新進度</translation>
    </message>
    <message>
        <source>finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>完成</translation>
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
        <source>note written</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>寫了筆記</translation>
    </message>
    <message>
        <source>open note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟筆記</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>進度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Part of</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所屬</translation>
    </message>
    <message>
        <source>Contains</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>包含</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>閱讀時段</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>動態</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記（{count}）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{words} 字</translation>
    </message>
    <message>
        <source>No notes yet (Ctrl+Shift+N).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有筆記（按 Ctrl+Shift+N 寫一篇）。</translation>
    </message>
</context>
<context>
    <name>Episode</name>
    <message>
        <source>watched</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已看</translation>
    </message>
    <message>
        <source>heard</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已聽</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>a video</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在看</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>a podcast&apos;s episode</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在聽</translation>
    </message>
    <message>
        <source>want</source>
        <comment>a video</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想看</translation>
    </message>
    <message>
        <source>want</source>
        <comment>a podcast&apos;s episode</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想聽</translation>
    </message>
</context>
<context>
    <name>EpisodeList</name>
    <message>
        <source>Episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>單集</translation>
    </message>
    <message>
        <source>&amp;Open the entry	Enter</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟條目(&amp;O)	Enter</translation>
    </message>
</context>
<context>
    <name>EpisodesModel</name>
    <message>
        <source>Title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Length</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>時長</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>EpisodesPanel</name>
    <message>
        <source>Episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>單集</translation>
    </message>
    <message>
        <source>Set feed address…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>設定訂閱地址…</translation>
    </message>
    <message>
        <source>Videos</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>影片</translation>
    </message>
    <message>
        <source>{noun} · {count}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{noun} · {count}</translation>
    </message>
    <message>
        <source>Mark as &amp;watched ({key})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標為已看(&amp;W)  {key}</translation>
    </message>
    <message>
        <source>In &amp;progress ({key})</source>
        <comment>videos</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在看(&amp;P)  {key}</translation>
    </message>
    <message>
        <source>&amp;Want ({key})</source>
        <comment>videos</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想看(&amp;W)  {key}</translation>
    </message>
    <message>
        <source>Mark as &amp;heard ({key})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標為已聽(&amp;H)  {key}</translation>
    </message>
    <message>
        <source>In &amp;progress ({key})</source>
        <comment>a podcast&apos;s episodes</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在聽(&amp;P)  {key}</translation>
    </message>
    <message>
        <source>&amp;Want ({key})</source>
        <comment>a podcast&apos;s episodes</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想聽(&amp;W)  {key}</translation>
    </message>
    <message>
        <source>Make an entry of the selected videos under the show, {status}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在這個節目下為選取的影片建立條目，標為「{status}」</translation>
    </message>
    <message>
        <source>Make an entry of the selected episodes under the show, {status}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在這個節目下為選取的單集建立條目，標為「{status}」</translation>
    </message>
    <message>
        <source>Refresh this feed ({keys})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>重新整理此訂閱（{keys}）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>No feed yet. {action} (in the Feeds menu) gives it one: a podcast&apos;s RSS address, or a YouTube channel&apos;s address or @handle.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有訂閱源。用「訂閱」選單裡的「{action}」新增：可以是播客的 RSS 地址，也可以是 YouTube 頻道的地址或 @使用者名稱。</translation>
    </message>
    <message>
        <source>Feed: {url} · checked {when}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱源：{url} · 上次檢查 {when}</translation>
    </message>
    <message>
        <source>Feed: {url} · not fetched yet</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱源：{url} · 尚未取得</translation>
    </message>
    <message>
        <source>No videos listed yet. {refresh} fetches them; nothing is fetched until you ask.</source>
        <translation>還沒有影片。用「{refresh}」取得清單；你不重新整理，就不會連網取得。</translation>
    </message>
    <message>
        <source>No episodes listed yet. {refresh} fetches them; nothing is fetched until you ask.</source>
        <translation>還沒有單集。用「{refresh}」取得清單；你不重新整理，就不會連網取得。</translation>
    </message>
    <message>
        <source>The last refresh failed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>上次重新整理失敗：{error}</translation>
    </message>
    <message>
        <source>Not marked yet: F marks it watched, P in progress, W want (that makes its entry)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這個影片還沒有標記：按 F 標為已看，P 在看，W 想看（標記後會為它建立條目）</translation>
    </message>
    <message>
        <source>Not marked yet: F marks it heard, P in progress, W want (that makes its entry)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這一集還沒有標記：按 F 標為已聽，P 在聽，W 想聽（標記後會為它建立條目）</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <source>Highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線</translation>
    </message>
    <message>
        <source>&amp;Edit highlight…	Enter</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯劃線(&amp;E)…	Enter</translation>
    </message>
    <message>
        <source>&amp;Delete	Del</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除(&amp;D)	Del</translation>
    </message>
    <message>
        <source>&amp;Copy as quotes	{keys}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>複製為引文(&amp;C)	{keys}</translation>
    </message>
</context>
<context>
    <name>HighlightRows</name>
    <message>
        <source>Without a chapter</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>未分章節</translation>
    </message>
    <message>
        <source>(a note at this place)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>（此處記了一條筆記）</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線</translation>
    </message>
    <message>
        <source>Add highlight…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增劃線…</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>Highlights · {count}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線 · {count}</translation>
    </message>
    <message>
        <source>No highlights yet. {action} adds one; imports from Kindle, KOReader, Readwise or 微信读书 bring them in.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有劃線。用「{action}」新增一條，或者從 Kindle、KOReader、Readwise、微信讀書匯入。</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title (leave empty to use the first line)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題（留空則取第一行）</translation>
    </message>
    <message>
        <source>Note title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記標題</translation>
    </message>
    <message>
        <source>page, chapter or time (p. 42, 第三章, 12:30)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁碼、章節或時間（如 第 42 頁、第三章、12:30）</translation>
    </message>
    <message>
        <source>Where in the entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在條目中的位置</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記正文（Markdown）</translation>
    </message>
    <message>
        <source>Write in Markdown, in English, 中文, or both…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>用 Markdown 書寫，中文、英文或中英混寫都可以…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>預覽</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>位置(&amp;W)：</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>New note (saved when you type)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新筆記（開始輸入就會儲存）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>未儲存：{reason}</translation>
    </message>
    <message>
        <source>Save state: {state}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>儲存狀態：{state}</translation>
    </message>
    <message>
        <source>{title}  (from the first line; type to change)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{title}（取自第一行；可輸入新標題）</translation>
    </message>
    <message>
        <source>{words} words · {chars} characters</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{words} 字 · {chars} 個字元</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>The preview failed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>預覽失敗：{error}</translation>
    </message>
</context>
<context>
    <name>SourcePreview</name>
    <message>
        <source>Write</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P switches between them</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>按 Ctrl+Shift+P 在兩者間切換</translation>
    </message>
</context>
</TS>
