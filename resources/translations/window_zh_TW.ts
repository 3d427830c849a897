<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>BackupCommands</name>
    <message>
        <source>Daily backup made and verified: {file}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>每日備份已完成並通過驗證：{file}</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>每日備份失敗：{error}</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在備份書庫…</translation>
    </message>
    <message>
        <source>Backed up and verified: {file} ({size}, {entries}, {notes})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已備份並通過驗證：{file}（{size}，{entries}，{notes}）</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>備份失敗：{error}</translation>
    </message>
    <message>
        <source>A backup is running; try again in a moment.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在備份，請稍後再試。</translation>
    </message>
    <message>
        <source>Backing up the library first…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在先備份書庫…</translation>
    </message>
    <message>
        <source>Backing up the library first</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>先備份書庫</translation>
    </message>
    <message>
        <source>Backed up first: {file}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已先行備份：{file}</translation>
    </message>
    <message>
        <source>Nothing was changed: the backup made first failed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有做任何更改：事先備份失敗：{error}</translation>
    </message>
    <message>
        <source>Replace the library by the backup of {backup}?

The library as it is now is backed up first: it will be at the top of this list.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>要用 {backup} 的備份替換目前書庫嗎？

目前的書庫會先備份一份，它將出現在這個清單的最上方。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>恢復</translation>
    </message>
    <message>
        <source>The library is busy; try again in a moment.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書庫正忙，請稍後再試。</translation>
    </message>
    <message>
        <source>Restoring from backup</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在從備份恢復</translation>
    </message>
    <message>
        <source>Restored: {entries}, {notes}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已恢復：{entries}，{notes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 篇筆記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 篇筆記</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在檢查備份…</translation>
    </message>
    <message>
        <source>Backing up the library and putting the backup in place…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在備份目前書庫並換上所選備份…</translation>
    </message>
    <message>
        <source>Upgrading the restored library…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在升級恢復的書庫…</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>Finding the feed of {url}…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在查詢 {url} 的訂閱源…</translation>
    </message>
    <message>
        <source>%Ln feed refreshed, {new}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已重新整理 %Ln 個訂閱，{new}</translation>
    </message>
    <message>
        <source>%Ln feeds refreshed, {new}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已重新整理 %Ln 個訂閱，{new}</translation>
    </message>
    <message>
        <source>%Ln new episode</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增 %Ln 集</translation>
    </message>
    <message>
        <source>%Ln new episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增 %Ln 集</translation>
    </message>
    <message>
        <source>%Ln feed moved (the new address is kept)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 個訂閱已搬家（已記下新地址）</translation>
    </message>
    <message>
        <source>%Ln feeds moved (the new address is kept)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 個訂閱已搬家（已記下新地址）</translation>
    </message>
    <message>
        <source>%Ln failed: {title}: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 個失敗：{title}：{error}</translation>
    </message>
    <message>
        <source> (and %Ln more)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>（另有 %Ln 個）</translation>
    </message>
    <message>
        <source>; </source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>；</translation>
    </message>
    <message>
        <source>No show has a feed yet: open a podcast or a channel and choose Feeds ▸ Set feed address…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有節目設定訂閱源：開啟一個播客或頻道，然後選擇「訂閱 ▸ 設定訂閱地址…」</translation>
    </message>
    <message>
        <source>Open a podcast or a YouTube channel to refresh its feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先開啟一個播客或 YouTube 頻道，再重新整理它的訂閱</translation>
    </message>
    <message>
        <source>This show has no feed yet: Feeds ▸ Set feed address… gives it one</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這個節目還沒有訂閱源：可用「訂閱 ▸ 設定訂閱地址…」新增</translation>
    </message>
    <message>
        <source>Feeds are being refreshed; wait for it or cancel it</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在重新整理訂閱，請等它完成或取消</translation>
    </message>
    <message>
        <source>Refreshing feeds</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在重新整理訂閱</translation>
    </message>
    <message>
        <source>Refreshing the feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在重新整理訂閱</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>The feeds were not refreshed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱沒有重新整理：{error}</translation>
    </message>
    <message>
        <source>Feed refresh cancelled; the feeds read before it are kept</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已取消重新整理；取消前讀取的訂閱會保留</translation>
    </message>
    <message>
        <source>Open a podcast or a YouTube channel to give it a feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先開啟一個播客或 YouTube 頻道，再為它設定訂閱源</translation>
    </message>
    <message>
        <source>Set feed address</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>設定訂閱地址</translation>
    </message>
    <message>
        <source>The feed of “{title}”: a podcast&apos;s RSS address, or a YouTube channel&apos;s address or @handle</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>「{title}」的訂閱源：播客的 RSS 地址，或 YouTube 頻道的地址或 @帳號</translation>
    </message>
    <message>
        <source>Finding the feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在查詢訂閱源</translation>
    </message>
    <message>
        <source>Feeds ▸ Refresh this feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱 ▸ 重新整理此訂閱</translation>
    </message>
    <message>
        <source>Feed set: {url}. {keys} fetches its episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱源已設定：{url}。用 {keys} 取得它的單集</translation>
    </message>
    <message>
        <source>Cancelled; the feed was not changed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已取消，訂閱源沒有更改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個影片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln videos</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個影片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episode</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 集</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {what} {status}, under “{show}”</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已將「{show}」下的 {what}標記為{status}</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Select a note or an entry to export.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先選擇要匯出的筆記或條目。</translation>
    </message>
    <message>
        <source>There are no notes to export in this list.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這個清單裡沒有可匯出的筆記。</translation>
    </message>
    <message>
        <source>selected in the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選自清單</translation>
    </message>
    <message>
        <source>about the entries selected in the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關於清單中選取的條目</translation>
    </message>
    <message>
        <source>the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>清單</translation>
    </message>
    <message>
        <source>about the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關於清單中的條目</translation>
    </message>
    <message>
        <source>selected in {list}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選自「{list}」</translation>
    </message>
    <message>
        <source>about the entries selected in {list}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關於「{list}」中選取的條目</translation>
    </message>
    <message>
        <source>about {list}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關於「{list}」中的條目</translation>
    </message>
    <message>
        <source>Import ({number} of {count})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入（第 {number} 個，共 {count} 個）</translation>
    </message>
</context>
<context>
    <name>HighlightCommands</name>
    <message>
        <source>No note is open to quote into: open one, or start one with Ctrl+Shift+N</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有開啟的筆記可以引用進去：請開啟一篇，或按 Ctrl+Shift+N 新增一篇</translation>
    </message>
    <message>
        <source>Select highlights in the entry&apos;s list first</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先在條目的劃線清單中選擇劃線</translation>
    </message>
    <message>
        <source>Select an entry to add a highlight to</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先選擇要新增劃線的條目</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln highlight to the trash?</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要把 %Ln 條劃線移到垃圾桶嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln highlights to the trash?</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要把 %Ln 條劃線移到垃圾桶嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除</translation>
    </message>
    <message>
        <source>A note made of {highlights}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已用 {highlights}生成一篇筆記</translation>
    </message>
    <message>
        <source>Quoted {highlights} into “{note}”</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已把 {highlights}引用到「{note}」</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 條劃線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 條劃線</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Restored an earlier version</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已恢復到較早的版本</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message numerus="yes">
        <source>Delete %Ln note?

{titles}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要刪除 %Ln 篇筆記嗎？

{titles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln notes?

{titles}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要刪除 %Ln 篇筆記嗎？

{titles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entry?

{titles}
Their notes are kept.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要刪除 %Ln 個條目嗎？

{titles}
相關的筆記會保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entries?

{titles}
Their notes are kept.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要刪除 %Ln 個條目嗎？

{titles}
相關的筆記會保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Finished today: {entries}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>今天完成：{entries}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個條目</numerusform>
        </translation>
    </message>
    <message>
        <source>The library already has {entries}. Add the sample entries and notes to it anyway?</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書庫裡已經有 {entries}。仍要把範例條目和筆記加進來嗎？</translation>
    </message>
    <message>
        <source>Load the sample library</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>載入範例書庫</translation>
    </message>
    <message>
        <source>Add the sample</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增範例</translation>
    </message>
</context>
<context>
    <name>MainAction</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增條目(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a book, podcast, course, video or article</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增一本書、一檔播客、一門課程、一個影片或一篇文章</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增筆記(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note (about the selected entries)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>寫一篇筆記（關於所選條目）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected entry or note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯所選的條目或筆記</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected entries or notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除所選的條目或筆記</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last delete (from the trash) or the last rating set by key</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>復原上一次刪除（從垃圾桶找回）或上一次用按鍵打的評分</translation>
    </message>
    <message>
        <source>Note &amp;history…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記歷史(&amp;H)…</translation>
    </message>
    <message>
        <source>Earlier versions of the note in the editor; restore one</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檢視編輯器中這篇筆記的歷史版本，可恢復其中一個</translation>
    </message>
    <message>
        <source>&amp;Log progress…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>記錄進度(&amp;L)…</translation>
    </message>
    <message>
        <source>Record pages, minutes or percent for the selected entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>為所選條目記錄頁數、分鐘數或百分比</translation>
    </message>
    <message>
        <source>Mark &amp;finished today</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標記為今天完成(&amp;F)</translation>
    </message>
    <message>
        <source>Finish the selected entries today</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把所選條目標記為今天完成</translation>
    </message>
    <message>
        <source>Add &amp;highlight…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增劃線(&amp;H)…</translation>
    </message>
    <message>
        <source>Add a passage you marked (with your comment and its page) to the entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>為條目新增一段劃線（連同你的批註和頁碼）</translation>
    </message>
    <message>
        <source>&amp;Quote highlights in the open note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把劃線引用到開啟的筆記(&amp;Q)</translation>
    </message>
    <message>
        <source>Insert the selected highlights, with their citations, at the cursor of the open note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在開啟的筆記的游標處插入所選劃線及其出處</translation>
    </message>
    <message>
        <source>&amp;Make a note of the highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>用劃線生成筆記(&amp;M)</translation>
    </message>
    <message>
        <source>One new note quoting the selected highlights, opened in the editor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增一篇引用所選劃線的筆記，並在編輯器中開啟</translation>
    </message>
    <message>
        <source>Load the &amp;sample library</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>載入範例書庫(&amp;S)</translation>
    </message>
    <message>
        <source>Add a few English and Chinese entries and notes to try things out</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增幾條中英文條目和筆記，方便上手試用</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a Goodreads or StoryGraph CSV, podcast OPML or Markdown notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入 Goodreads 或 StoryGraph 的 CSV、播客 OPML 或 Markdown 筆記</translation>
    </message>
    <message>
        <source>&amp;Export note or entry…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出筆記或條目(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the note or entry shown as a blog post (Hugo, Jekyll, Hexo, Obsidian, Markdown)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把目前顯示的筆記或條目匯出為部落格草稿（Hugo、Jekyll、Hexo、Obsidian、Markdown）</translation>
    </message>
    <message>
        <source>Export notes in the lis&amp;t…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出清單中的筆記(&amp;T)…</translation>
    </message>
    <message>
        <source>Export every note in the list (or the selected ones), each as its own post</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出清單中的每篇筆記（或所選筆記），每篇單獨成文</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the library into the backups folder and check the copy</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把書庫複製到備份資料夾，並驗證副本</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library (the library is backed up first)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>用備份替換目前書庫（會先備份目前書庫）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Data folder, blog folders, export format and theme</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>資料資料夾、部落格資料夾、匯出格式和主題</translation>
    </message>
    <message>
        <source>Show or hide the note &amp;preview</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>顯示或隱藏筆記預覽(&amp;P)</translation>
    </message>
    <message>
        <source>Preview beside the Markdown, or one at a time when the pane is narrow</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>預覽與 Markdown 並排顯示；窗格較窄時二者輪流顯示</translation>
    </message>
    <message>
        <source>Show &amp;covers in the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在清單中顯示封面(&amp;C)</translation>
    </message>
    <message>
        <source>A Cover column with each entry&apos;s thumbnail (taller rows)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>增加「封面」一欄，顯示每個條目的縮圖（行會變高）</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>閱讀統計(&amp;T)</translation>
    </message>
    <message>
        <source>A year&apos;s numbers, charts, activity calendar and goals; click a bar to list its entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>一年的資料、圖表、活動日曆和目標；點選柱形可列出對應條目</translation>
    </message>
    <message>
        <source>&amp;Search and filter</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋和篩選(&amp;S)</translation>
    </message>
    <message>
        <source>Type words or a filter such as kind:book</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>輸入關鍵詞或篩選條件，例如 kind:book</translation>
    </message>
    <message>
        <source>Sa&amp;ve search…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>儲存搜尋(&amp;V)…</translation>
    </message>
    <message>
        <source>Keep what is typed in the filter box under a name in the sidebar</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把篩選框中的內容命名後儲存到側邊欄</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>轉到清單(&amp;L)</translation>
    </message>
    <message>
        <source>Move to the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把焦點移到清單</translation>
    </message>
    <message>
        <source>Go to the &amp;highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>轉到劃線(&amp;H)</translation>
    </message>
    <message>
        <source>Move to the highlights of the entry shown (Enter edits one, Del deletes)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把焦點移到目前條目的劃線（Enter 編輯，Del 刪除）</translation>
    </message>
    <message>
        <source>&amp;Refresh this feed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>重新整理此訂閱(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the feed of the podcast or channel shown and list its new episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>取得目前播客或頻道的訂閱源，並列出新的單集</translation>
    </message>
    <message>
        <source>Refresh &amp;all feeds</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>重新整理全部訂閱(&amp;A)</translation>
    </message>
    <message>
        <source>Fetch the feed of every show that has one (a feed that fails does not stop the others)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>取得每個設定了訂閱源的節目（某個訂閱源出錯不影響其他）</translation>
    </message>
    <message>
        <source>&amp;Set feed address…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>設定訂閱地址(&amp;S)…</translation>
    </message>
    <message>
        <source>Give the show its feed: a podcast&apos;s RSS address, or a YouTube channel&apos;s address or @handle</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>為節目設定訂閱源：播客的 RSS 地址，或 YouTube 頻道的地址或 @帳號</translation>
    </message>
    <message>
        <source>Go to the &amp;episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>轉到單集(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the episodes of the show shown (F heard, P in progress, W want, Enter opens)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把焦點移到目前節目的單集（F 聽過，P 在聽，W 想聽，Enter 開啟）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>儲存並退出</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所有操作及其快捷鍵</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>Show the error log in the file manager (to attach to a bug report)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在檔案管理器中顯示錯誤記錄檔（可附在問題回報中）</translation>
    </message>
    <message>
        <source>&amp;About ReadingLog</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關於 ReadingLog(&amp;A)</translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>版本和資料資料夾</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open an entry to go to its highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先開啟一個條目，再轉到它的劃線</translation>
    </message>
    <message>
        <source>This entry has no highlights yet: {keys} adds one</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這個條目還沒有劃線：按 {keys} 新增</translation>
    </message>
    <message>
        <source>Open a podcast or a YouTube channel to go to its episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先開啟一個播客或 YouTube 頻道，再轉到它的單集</translation>
    </message>
    <message>
        <source>No episodes listed yet: {menu} ▸ {action} fetches them</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有單集：用「{menu} ▸ {action}」取得</translation>
    </message>
    <message>
        <source>{app} — {view}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{app} — {view}</translation>
    </message>
    <message>
        <source>{entries} · {notes}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{entries} · {notes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 篇筆記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>%Ln 篇筆記</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Type a search or a filter first, then save it.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先輸入搜尋詞或篩選條件，再儲存。</translation>
    </message>
    <message>
        <source>Replaced the search “{name}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已替換搜尋「{name}」。</translation>
    </message>
    <message>
        <source>Saved the search “{name}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已儲存搜尋「{name}」。</translation>
    </message>
    <message>
        <source>Save search</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>儲存搜尋</translation>
    </message>
    <message>
        <source>Name for “{query}”:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>為「{query}」命名：</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>儲存</translation>
    </message>
    <message>
        <source>{app} — {view}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{app} — {view}</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”?

{query}

No entry or note is deleted.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>要刪除已儲存的搜尋「{name}」嗎？

{query}

不會刪除任何條目或筆記。</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除已儲存的搜尋</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The saved searches could not be written: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無法寫入已儲存的搜尋：{error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在清單中</translation>
    </message>
    <message>
        <source>Open the selected entry or note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟所選的條目或筆記</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇多行</translation>
    </message>
    <message>
        <source>Empty the filter box</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>清空篩選框</translation>
    </message>
    <message>
        <source>Rate the selected entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>為所選條目評分</translation>
    </message>
    <message>
        <source>1 – 5, 0 clears, + / − half a star</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>1 – 5；0 清除；+ / − 增減半星</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在搜尋框中</translation>
    </message>
    <message>
        <source>Go to the results or the list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>轉到搜尋結果或清單</translation>
    </message>
    <message>
        <source>Clear the search box</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>清空搜尋框</translation>
    </message>
    <message>
        <source>In an entry&apos;s highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在條目的劃線中</translation>
    </message>
    <message>
        <source>Edit the highlight</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯劃線</translation>
    </message>
    <message>
        <source>Move the selected highlights to the trash</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把所選劃線移到垃圾桶</translation>
    </message>
    <message>
        <source>Copy them as quotes with their citations</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>連同出處複製為引文</translation>
    </message>
    <message>
        <source>In a show&apos;s episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在節目的單集中</translation>
    </message>
    <message>
        <source>Mark the selected episodes heard or watched</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>把所選單集標記為聽過或看過</translation>
    </message>
    <message>
        <source>Mark them in progress</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標記為在聽或在看</translation>
    </message>
    <message>
        <source>Mark them as wanted</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標記為想聽或想看</translation>
    </message>
    <message>
        <source>Open a marked episode&apos;s entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟已標記單集的條目</translation>
    </message>
    <message>
        <source>In the sidebar</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在側邊欄中</translation>
    </message>
    <message>
        <source>Forget the selected saved search</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>移除所選的已儲存搜尋</translation>
    </message>
    <message>
        <source>In the statistics</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在閱讀統計中</translation>
    </message>
    <message>
        <source>Move between a chart&apos;s bars</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在圖表的柱形之間移動</translation>
    </message>
    <message>
        <source>Move a week or a day in the calendar</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在日曆中按周或按天移動</translation>
    </message>
    <message>
        <source>List the entries of the bar or the day</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>列出該柱形或該天的條目</translation>
    </message>
    <message>
        <source>Show the listed entry in the window</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>在主視窗中顯示列出的條目</translation>
    </message>
    <message>
        <source>Close the statistics</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關閉閱讀統計</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>Moved to the trash — Ctrl+Z to undo</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已移到垃圾桶 — 按 Ctrl+Z 復原</translation>
    </message>
    <message>
        <source>Restored, but:

{problems}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已恢復，但是：

{problems}</translation>
    </message>
    <message>
        <source>Nothing to undo: it is no longer in the trash</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有可復原的操作：它已經不在垃圾桶裡了</translation>
    </message>
    <message>
        <source>Restored {what}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已恢復{what}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>恢復</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>「{title}」</translation>
    </message>
    <message>
        <source>%Ln thing</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 項</translation>
    </message>
    <message>
        <source>%Ln things</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 項</translation>
    </message>
</context>
</TS>
