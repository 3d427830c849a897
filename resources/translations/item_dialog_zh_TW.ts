<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>FieldHelp</name>
    <message>
        <source>title in the original language</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>原語言的標題</translation>
    </message>
    <message>
        <source>0 to 5 in quarter steps</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>0 到 5，以 0.25 為一檔</translation>
    </message>
    <message>
        <source>language code, e.g. zh or en</source>
        <translation>語言代碼，如 zh 或 en</translation>
    </message>
    <message>
        <source>web page (episode, video, article or course URL)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網頁（單集、影片、文章或課程的網址）</translation>
    </message>
    <message>
        <source>a short description</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>簡短介紹</translation>
    </message>
    <message>
        <source>total time spent (1h30m, 90)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>總共花費的時間（1h30m 或 90）</translation>
    </message>
    <message>
        <source>the book&apos;s subtitle</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書的副標題</translation>
    </message>
    <message>
        <source>ISBN-10 or ISBN-13</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN-10 或 ISBN-13</translation>
    </message>
    <message>
        <source>publisher</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版社</translation>
    </message>
    <message>
        <source>year published</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版年份</translation>
    </message>
    <message>
        <source>number of pages</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁數</translation>
    </message>
    <message>
        <source>paper, ebook or audio</source>
        <translation>紙本書、電子書或有聲書</translation>
    </message>
    <message>
        <source>path of a cover image</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>封面圖片的路徑</translation>
    </message>
    <message>
        <source>RSS feed URL</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>RSS 訂閱源網址</translation>
    </message>
    <message>
        <source>episode number</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>第幾集</translation>
    </message>
    <message>
        <source>length (1:02:03, 45m)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>時長（1:02:03 或 45m）</translation>
    </message>
    <message>
        <source>date published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>channel or event</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頻道或活動</translation>
    </message>
    <message>
        <source>web site or publication</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網站或刊物</translation>
    </message>
    <message>
        <source>provider or platform</source>
        <translation>機構或平台</translation>
    </message>
    <message>
        <source>date of the certificate</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書日期</translation>
    </message>
    <message>
        <source>certificate id</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書編號</translation>
    </message>
    <message>
        <source>certificate URL</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書網址</translation>
    </message>
    <message>
        <source>what it cost, e.g. 49 USD</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>花費，如 49 USD</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Authors</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Translators</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>譯者</translation>
    </message>
    <message>
        <source>Editors</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編者</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>朗讀者</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>來賓</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>講師</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>主講人</translation>
    </message>
    <message>
        <source>Edit {kind}: {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯{kind}：{title}</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增條目</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目類型</translation>
    </message>
    <message>
        <source>title as you want to see it (人类简史, Sapiens)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>你希望顯示的標題（人類簡史、Sapiens）</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>type to find it by title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>輸入標題查詢</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所屬(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Look up…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>線上查詢(&amp;L)…</translation>
    </message>
    <message>
        <source>Find this book&apos;s details and cover online by ISBN or title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>按 ISBN 或書名線上查詢這本書的資料和封面</translation>
    </message>
    <message>
        <source>{people} of this entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這個條目的{people}</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>多個名字用 ; 分隔</translation>
    </message>
    <message>
        <source>&amp;Part of ({kinds}):</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所屬{kinds}(&amp;P)：</translation>
    </message>
    <message>
        <source>Part of {kinds}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所屬{kinds}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{label}：</translation>
    </message>
    <message>
        <source> or </source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>或</translation>
    </message>
    <message>
        <source>the cover from {source} (kept on OK)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>來自{source}的封面（點「確定」後儲存）</translation>
    </message>
    <message>
        <source>Filled {count} field and the cover from {source}: check them, then OK saves the entry.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已從{source}填入 {count} 個欄位和封面，請核對，點「確定」即可儲存條目。</translation>
    </message>
    <message>
        <source>Filled {count} fields and the cover from {source}: check them, then OK saves the entry.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已從{source}填入 {count} 個欄位和封面，請核對，點「確定」即可儲存條目。</translation>
    </message>
    <message>
        <source>Filled {count} field from {source}: check them, then OK saves the entry.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已從{source}填入 {count} 個欄位，請核對，點「確定」即可儲存條目。</translation>
    </message>
    <message>
        <source>Filled {count} fields from {source}: check them, then OK saves the entry.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已從{source}填入 {count} 個欄位，請核對，點「確定」即可儲存條目。</translation>
    </message>
    <message>
        <source>Filled the cover from {source}: check them, then OK saves the entry.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已從{source}填入封面，請核對，點「確定」即可儲存條目。</translation>
    </message>
    <message>
        <source>Nothing new from {source}: the form has everything it found.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{source}沒有新內容：它找到的資料表單裡都已經有了。</translation>
    </message>
    <message>
        <source>title: must not be empty</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題：不能為空</translation>
    </message>
    <message>
        <source>part of: pick a {kinds} from the list ({typed} is not one)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所屬：請從清單中選擇一個{kinds}（{typed} 不在其中）</translation>
    </message>
</context>
</TS>
