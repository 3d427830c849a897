<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>EmptyList</name>
    <message>
        <source>File ▸ New entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案 ▸ 新增條目</translation>
    </message>
    <message>
        <source>File ▸ New note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案 ▸ 新增筆記</translation>
    </message>
    <message>
        <source>File ▸ Import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案 ▸ 匯入</translation>
    </message>
    <message>
        <source>Nothing is in progress. Log progress on an entry to list it here.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>現在沒有在讀的條目。給條目記錄進度後，它就會出現在這裡。</translation>
    </message>
    <message>
        <source>Nothing on the want list. Give an entry the status “want” to list it here.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想讀清單還是空的。把條目的狀態設為「想讀」，它就會出現在這裡。</translation>
    </message>
    <message>
        <source>Nothing finished yet. Mark an entry finished to list it here.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有讀過的條目。把條目標記為完成後，它就會出現在這裡。</translation>
    </message>
    <message>
        <source>Nothing is paused.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有擱置的條目。</translation>
    </message>
    <message>
        <source>Nothing was abandoned.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有棄讀的條目。</translation>
    </message>
    <message>
        <source>No notes match “{typed}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有與「{typed}」符合的筆記。</translation>
    </message>
    <message>
        <source>No entries match “{typed}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有與「{typed}」符合的條目。</translation>
    </message>
    <message>
        <source>No notes in {view} match “{typed}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>「{view}」中沒有與「{typed}」符合的筆記。</translation>
    </message>
    <message>
        <source>No entries in {view} match “{typed}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>「{view}」中沒有與「{typed}」符合的條目。</translation>
    </message>
    <message>
        <source>%Ln note does: see the results above, or Notes ▸ All notes.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不過有 %Ln 篇筆記符合：請看上方的搜尋結果，或開啟「筆記 ▸ 全部筆記」。</translation>
    </message>
    <message>
        <source>%Ln notes do: see the results above, or Notes ▸ All notes.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不過有 %Ln 篇筆記符合：請看上方的搜尋結果，或開啟「筆記 ▸ 全部筆記」。</translation>
    </message>
    <message>
        <source>Clear the filter (Esc)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>清除篩選（Esc）</translation>
    </message>
    <message>
        <source>No entries yet — add one with {new_item} or import a file ({import_file})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有條目 — 用 {new_item} 新增，或匯入檔案（{import_file}）</translation>
    </message>
    <message>
        <source>No notes yet — write one with {new_note}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有筆記 — 用 {new_note} 寫一篇</translation>
    </message>
    <message>
        <source>No standalone notes: every note is about an entry.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有獨立筆記：每篇筆記都關聯著條目。</translation>
    </message>
    <message>
        <source>No notes changed in the last {days} days.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>最近 {days} 天沒有修改過的筆記。</translation>
    </message>
    <message>
        <source>No podcast subscriptions — import an OPML file ({import_file}) to add them.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有播客訂閱 — 匯入 OPML 檔案（{import_file}）即可新增。</translation>
    </message>
    <message>
        <source>No {kind} yet — add one with {new_item}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有{kind} — 用 {new_item} 新增</translation>
    </message>
    <message>
        <source>No notes are tagged #{tag} now.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>現在沒有帶標籤 #{tag} 的筆記。</translation>
    </message>
    <message>
        <source>No entries are tagged #{tag} now.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>現在沒有帶標籤 #{tag} 的條目。</translation>
    </message>
    <message>
        <source>Nothing in {view}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>「{view}」中什麼也沒有。</translation>
    </message>
</context>
<context>
    <name>Kind</name>
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
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>英文</translation>
    </message>
    <message>
        <source>中文</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>中文</translation>
    </message>
    <message>
        <source>中文 + English</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>中英混合</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rating</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分</translation>
    </message>
    <message>
        <source>Started</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Cover</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>封面</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>相關條目</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>語言</translation>
    </message>
    <message>
        <source>Words</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>字數</translation>
    </message>
    <message>
        <source>Updated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此欄無法排序</translation>
    </message>
</context>
<context>
    <name>ListRating</name>
    <message>
        <source>Rate the selected entries (in the list): 1–5 stars, 0 clears, + / − half a star</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>為清單中所選條目評分：1–5 星，0 清除，+ / − 增減半星</translation>
    </message>
    <message>
        <source>Cleared the rating of %Ln entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已清除 %Ln 個條目的評分</translation>
    </message>
    <message>
        <source>Cleared the rating of the entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已清除該條目的評分</translation>
    </message>
    <message>
        <source>Rated %Ln entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已為 %Ln 個條目評分</translation>
    </message>
    <message>
        <source>Rated %Ln entries {rating} of 5</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已把 %Ln 個條目評為 {rating} 星（滿分 5 星）</translation>
    </message>
    <message>
        <source>Rated the entry {rating} of 5</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已把該條目評為 {rating} 星（滿分 5 星）</translation>
    </message>
    <message>
        <source>Rating undone</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已復原評分</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書架</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已儲存的搜尋</translation>
    </message>
    <message>
        <source>Trash</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>垃圾桶</translation>
    </message>
    <message>
        <source>{view}: {count}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{view}：{count}</translation>
    </message>
    <message>
        <source>{query}  (notes)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{query}（筆記）</translation>
    </message>
    <message>
        <source>{query}  (entries)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{query}（條目）</translation>
    </message>
    <message>
        <source>Deleted entries and notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已刪除的條目和筆記</translation>
    </message>
    <message>
        <source>Deleted entries and notes: {count} (kept for {days} days)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已刪除的條目和筆記：{count}（保留 {days} 天）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>want</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想讀</translation>
    </message>
    <message>
        <source>in progress</source>
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
        <source>subscribed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已訂閱</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Books</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>圖書</translation>
    </message>
    <message>
        <source>Podcast shows</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>播客節目</translation>
    </message>
    <message>
        <source>Podcast episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>播客單集</translation>
    </message>
    <message>
        <source>Courses</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>課程</translation>
    </message>
    <message>
        <source>Course series</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>系列課程</translation>
    </message>
    <message>
        <source>Videos and talks</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>影片與演講</translation>
    </message>
    <message>
        <source>Articles</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>文章</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在讀</translation>
    </message>
    <message>
        <source>Want</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想讀</translation>
    </message>
    <message>
        <source>Finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀過</translation>
    </message>
    <message>
        <source>Paused</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>擱置</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>棄讀</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已訂閱</translation>
    </message>
    <message>
        <source>All entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>全部條目</translation>
    </message>
    <message>
        <source>All notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>全部筆記</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>獨立筆記</translation>
    </message>
    <message>
        <source>Recent</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>最近修改</translation>
    </message>
</context>
</TS>
