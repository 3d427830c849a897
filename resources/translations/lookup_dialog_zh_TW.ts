<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>LookupDialog</name>
    <message>
        <source>Source</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>來源</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書名</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>作者/譯者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Year</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>年份</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁數</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Cover</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>封面</translation>
    </message>
    <message>
        <source>author</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>著</translation>
    </message>
    <message>
        <source>translator</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>譯</translation>
    </message>
    <message>
        <source>editor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編</translation>
    </message>
    <message>
        <source>narrator</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>朗讀</translation>
    </message>
    <message>
        <source>host</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>主持</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>來賓</translation>
    </message>
    <message>
        <source>instructor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>講師</translation>
    </message>
    <message>
        <source>speaker</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>主講</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Look up a book</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>線上查詢書籍</translation>
    </message>
    <message>
        <source>an ISBN, or a title and author (置身事内 兰小欢)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN，或書名加作者（如：置身事內 蘭小歡）</translation>
    </message>
    <message>
        <source>ISBN or title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN 或書名</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>查詢(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;ISBN or title:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN 或書名(&amp;I)：</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere until you press Look up.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>按下「查詢」之前，不會向任何地方傳送資料。</translation>
    </message>
    <message>
        <source>Books found</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>找到的書</translation>
    </message>
    <message>
        <source>What would change</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>將要更改的內容</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>目前</translation>
    </message>
    <message>
        <source>Found</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>查到的</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Use this book</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>使用這本書(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Fill in the form</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>填入表單(&amp;F)</translation>
    </message>
    <message>
        <source>Type an ISBN or a title first.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請先輸入 ISBN 或書名。</translation>
    </message>
    <message>
        <source>{problem} (Preferences, Book details, sets the sources).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{problem}（可在「偏好設定 ▸ 書籍資料」中設定來源）。</translation>
    </message>
    <message>
        <source>{count} found: pick one (Enter).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>找到 {count} 本，請選一本（按 Enter 鍵確認）。</translation>
    </message>
    <message>
        <source>1 found (Enter uses it).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>找到 1 本（按 Enter 鍵使用）。</translation>
    </message>
    <message>
        <source>{found} {problems}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{found}{problems}。</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was asked.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已取消，不再繼續查詢。</translation>
    </message>
    <message>
        <source>has one</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已有</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>來自{source}</translation>
    </message>
    <message>
        <source>From {source}: {title}. Ticked fields go into the form (empty ones are ticked; what you typed is kept unless you tick it). Space ticks, Enter fills the form.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>來自{source}：{title}。勾選的欄位會填入表單（空欄位已預設勾選；你填寫過的內容除非勾選，否則保持不變）。按空格鍵勾選，按 Enter 鍵填入表單。</translation>
    </message>
    <message>
        <source>The cover could not be had: {problem}. {button} goes on without it.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無法取得封面：{problem}。點「{button}」將不帶封面繼續。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>
